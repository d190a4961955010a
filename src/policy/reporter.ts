/** Where configuration and input problems go; tests pass a recording one. */
export interface Reporter {
  /** An invalid value: named by its full path, replaced by the safest default. */
  error(path: string, message: string): void;
  /** An unknown key or a value that was adjusted. */
  warn(path: string, message: string): void;
}

const PREFIX = '[consentry]';

/** Reports to the console, naming the field first so it is easy to find. */
export const CONSOLE_REPORTER: Reporter = {
  error: (path, message) => console.error(`${PREFIX} ${path}: ${message}`),
  warn: (path, message) => console.warn(`${PREFIX} ${path}: ${message}`),
};
