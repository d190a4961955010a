import { readFile } from 'node:fs/promises';
import type { Reporter } from '../policy/reporter';
import { checkConfig } from './check-config';
import { locateJsonError } from './locate-json-error';

/** What the command reads and writes: the process's by default, a test's own in tests. */
export interface CliIo {
  readFile(path: string): Promise<string>;
  /** One line of the report. */
  stdout(line: string): void;
  /** One line about the command itself: usage and its mistakes. */
  stderr(line: string): void;
}

const NODE_IO: CliIo = {
  readFile: (path) => readFile(path, 'utf8'),
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
};

const USAGE = `Usage: consentry validate [--strict] <file.json>…

Checks Consentry configs (the JSON of #consentry-config or of a data-config file) with the
checks the browser runs, and prints each problem with its file and path. Exits with 1 when a
file has an error, or with --strict a warning (an unknown key, a capped value).`;

type Level = 'error' | 'warning';

/**
 * Runs `consentry <args>`; resolves to the exit code: 0 when every file passes, 1 when one has
 * an error (or a warning, with `--strict`), 2 for a mistake in the command.
 * @example process.exitCode = await runCli(process.argv.slice(2))
 */
export async function runCli(args: string[], io: CliIo = NODE_IO): Promise<number> {
  const [command, ...rest] = args;
  if (command === '--help' || command === '-h' || command === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  const options = rest.filter((arg) => arg.startsWith('-'));
  const files = rest.filter((arg) => !arg.startsWith('-'));
  const mistake = findMistake(command, options, files);
  if (mistake) {
    io.stderr(`consentry: ${mistake}\n\n${USAGE}`);
    return 2;
  }
  const counts: Record<Level, number> = { error: 0, warning: 0 };
  for (const file of files) {
    const problems = await checkFile(file, io);
    for (const { level, text } of problems) {
      counts[level]++;
      io.stdout(`${file}: ${level}: ${text}`);
    }
    if (!problems.length) io.stdout(`${file}: ok`);
  }
  const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
  io.stdout(`checked ${plural(files.length, 'file')}: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}`);
  return counts.error || (options.includes('--strict') && counts.warning) ? 1 : 0;
}

/** What is wrong with the command line, if anything. */
function findMistake(command: string | undefined, options: string[], files: string[]): string | undefined {
  if (!command) return 'no command';
  if (command !== 'validate') return `unknown command "${command}"`;
  const unknown = options.filter((option) => option !== '--strict');
  if (unknown.length) return `unknown option ${unknown.join(', ')}`;
  if (!files.length) return 'no file given';
}

/** The problems of one file, each once, in the order found. */
async function checkFile(file: string, io: CliIo): Promise<Array<{ level: Level; text: string }>> {
  let text: string;
  try {
    // An editor may save a byte order mark, which `fetch`'s `json()` ignores too.
    text = (await io.readFile(file)).replace(/^\uFEFF/, '');
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    return [{ level: 'error', text: `cannot read the file (${code === 'ENOENT' ? 'no such file' : message})` }];
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return [{ level: 'error', text: `not valid JSON: ${describeJsonError(text, error)}` }];
  }
  const seen = new Map<string, Level>();
  const add = (level: Level) => (path: string, message: string) => {
    const text = `${path}: ${message}`;
    // `texts`, `theme` and `links` that are not objects fail both validators alike.
    if (!seen.has(text)) seen.set(text, level);
  };
  const report: Reporter = { error: add('error'), warn: add('warning') };
  checkConfig(raw, report);
  return [...seen].map(([text, level]) => ({ level, text }));
}

/** Where the JSON breaks, as a line and column, and what is there. */
function describeJsonError(text: string, error: unknown): string {
  const offset = locateJsonError(text);
  if (offset < 0) return String(error);
  const before = text.slice(0, offset).split('\n');
  const found = offset < text.length ? `unexpected ${JSON.stringify(text[offset])}` : 'unexpected end of file';
  return `${found} at line ${before.length}, column ${before[before.length - 1].length + 1}`;
}
