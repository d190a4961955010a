/** The Chromium executable to use, or `undefined` when none is installed. */
export function findChromium(): string | undefined;
