/** Keyboard handling of the open dialog: Tab and Shift+Tab wrap inside it, Escape closes it. */
export function focusTrap(root: ShadowRoot, close: () => void): (event: KeyboardEvent) => void {
  return (event) => {
    const dialog = root.querySelector('[role=dialog]');
    if (!dialog) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Tab') {
      const list = focusables(dialog);
      const i = list.indexOf(root.activeElement as HTMLElement);
      const n = list.length;
      event.preventDefault();
      // From the dialog itself (i = -1) Tab goes to the first control, Shift+Tab to the last.
      list[event.shiftKey ? (i > 0 ? i - 1 : n - 1) : (i + 1) % n]?.focus();
    }
  };
}

// The UI removes what it does not show, so every control in the dialog is on screen.
function focusables(dialog: Element): HTMLElement[] {
  return [...dialog.querySelectorAll<HTMLElement>('button,input,a[href]')].filter((el) => !(el as HTMLButtonElement).disabled);
}
