import type { ComponentChildren } from 'preact';

/** A primary button; every choice uses this one look so none outweighs another (docs/accessibility.md). */
export function Button({
  onClick,
  children,
}: {
  onClick: () => void;
  children: ComponentChildren;
}) {
  return (
    <button type="button" class="btn" part="button" onClick={onClick}>
      {children}
    </button>
  );
}
