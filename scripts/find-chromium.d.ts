/** Launch flags for a closed network and a root user. */
export const CHROMIUM_ARGS: string[];

/** The Chromium executable to use, or `undefined` when none is installed. */
export function findChromium(): string | undefined;
