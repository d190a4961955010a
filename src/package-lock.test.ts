import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// `npm ci` installs exactly package-lock.json and refuses a lock that has drifted from
// package.json, on every platform: these fail first, with the reason, when it would.
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const exec = promisify(execFile);

interface LockEntry {
  version?: string;
  optionalDependencies?: Record<string, string>;
}
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const lock: { packages: Record<string, LockEntry & Record<string, unknown>> } = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
const FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];

/** True when the lock has `name` where Node looks for it from the package at `from`: its own node_modules, then each parent's. */
function isLocked(name: string, from: string): boolean {
  for (let dir = from; ; dir = dir.slice(0, Math.max(dir.lastIndexOf('/node_modules/'), 0))) {
    if (lock.packages[dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`]) return true;
    if (!dir) return false;
  }
}

/** Runs npm in `cwd`: null when it succeeds, else what it printed. */
const npm = (args: string[], cwd: string) =>
  exec('npm', args, { cwd }).then(
    () => null,
    (error: { stderr: string }) => error.stderr,
  );

describe('package-lock.json', () => {
  it('records the dependency ranges of package.json (run `npm install` after editing them)', () => {
    const recorded = lock.packages[''];
    for (const field of FIELDS) expect(recorded[field], field).toEqual(pkg[field]);
  });

  it('locks a version within every range asked for (`npm ls` finds no invalid or missing package)', async () => {
    expect(await npm(['ls', '--all', '--package-lock-only'], root)).toBeNull();
  });

  it('locks every optional dependency, so the platform packages of Rollup and esbuild install on any platform', () => {
    const missing = Object.entries(lock.packages).flatMap(([key, { optionalDependencies = {} }]) =>
      Object.keys(optionalDependencies)
        .filter((name) => !isLocked(name, key))
        .map((name) => `${name} (for ${key})`),
    );
    expect(missing).toEqual([]);
    for (const name of ['@rollup/rollup-win32-x64-msvc', '@rollup/rollup-darwin-arm64', '@rollup/rollup-linux-x64-musl', '@esbuild/win32-x64', '@esbuild/darwin-arm64', '@esbuild/linux-arm64']) {
      expect(lock.packages[`node_modules/${name}`], name).toBeDefined();
    }
  });

  it('is accepted by `npm ci` from an empty cache, offline', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'consentry-lock-'));
    try {
      await copyFile(join(root, 'package.json'), join(dir, 'package.json'));
      await copyFile(join(root, 'package-lock.json'), join(dir, 'package-lock.json'));
      const args = ['ci', '--dry-run', '--offline', '--ignore-scripts', '--no-audit', '--no-fund', '--cache', join(dir, 'cache')];
      expect(await npm(args, dir)).toBeNull();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
