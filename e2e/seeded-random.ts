// Seeds for the randomized tests: each runs fixed seeds, the same every run, plus one random seed
// per run, printed so that a failure can be replayed.
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * One random seed for the whole run, shared by the worker processes: `process.env[name]` if set,
 * else a random one written once to a file named after the runner's pid (every worker's parent),
 * so that all tests of a run use, and print, the same seed.
 */
export function runSeed(name: string): number {
  if (process.env[name]) return Number(process.env[name]) >>> 0;
  const file = join(tmpdir(), `consentry-${name}-${process.ppid}`);
  // A file left by an earlier run whose runner had the same pid is stale.
  if (existsSync(file) && Date.now() - statSync(file).mtimeMs > 30 * 60_000) rmSync(file, { force: true });
  try {
    writeFileSync(file, String((Math.random() * 2 ** 32) >>> 0), { flag: 'wx' });
  } catch {
    // Another worker of this run wrote it first.
  }
  for (let attempt = 0; attempt < 50; attempt++) {
    const text = readFileSync(file, 'utf8');
    if (text) return Number(text) >>> 0;
  }
  return (Math.random() * 2 ** 32) >>> 0;
}

/** The seeds of a randomized test: the fixed ones, then this run's random one (`process.env[name]` replays one). */
export function runSeeds(name: string, fixed: number[] = [1, 2, 3]): number[] {
  return [...fixed, runSeed(name)];
}

/** mulberry32: a small, fast, seeded PRNG (https://gist.github.com/tommyettinger/46a874533244883189143505d203312c). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
