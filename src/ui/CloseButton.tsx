/** The × control; its accessible name is the `close` text. */
export function CloseButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" class="x" part="close" aria-label={label} onClick={onClick}>
      ×
    </button>
  );
}
