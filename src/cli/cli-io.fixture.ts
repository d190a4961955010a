// Test helper: runs `consentry <args>` on files held in memory and collects what it prints.
import { runCli } from './run-cli';

/** Runs the command with `files` as the only readable files; `stdout` and `stderr` as lines. */
export async function runOn(args: string[], files: Record<string, string> = {}) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runCli(args, {
    readFile: async (path) => {
      if (!Object.prototype.hasOwnProperty.call(files, path)) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
      return files[path];
    },
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
  });
  return { code, stdout, stderr };
}
