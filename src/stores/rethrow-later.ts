/**
 * Rethrows a page callback's error in a task of its own, so the page still sees it while the
 * consent flow that called the callback (other listeners, the gate) goes on.
 */
export function rethrowLater(error: unknown): void {
  setTimeout(() => {
    throw error;
  });
}
