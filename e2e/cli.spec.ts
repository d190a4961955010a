// `consentry validate` as it ships: dist/cli.js, run by Node the way `npx consentry` runs it
// (docs/configuration.md, Checking a config), and kept out of every browser bundle.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const CLI = 'dist/cli.js';
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

let dir: string;
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'consentry-cli-'));
  writeFileSync(join(dir, 'ok.json'), JSON.stringify({ $schema: './node_modules/consentry/consentry.schema.json', tenant: 'acme', theme: { primary: 'rebeccapurple' } }));
  writeFileSync(join(dir, 'tenant.json'), JSON.stringify({ tenants: { '*.acme.com': { theme: { primary: 'url(x)' } } }, colour: 'red' }, null, 2));
  writeFileSync(join(dir, 'broken.json'), '{\n  "tenant": "acme",\n}\n');
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Run in the temporary folder, so that it reads the files by their own names.
const run = (...args: string[]) => spawnSync(process.execPath, [join(process.cwd(), CLI), ...args], { cwd: dir, encoding: 'utf8' });

test('is the package bin: a Node script with its shebang', () => {
  expect(pkg.bin).toEqual({ consentry: './dist/cli.js' });
  expect(readFileSync(CLI, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
});

test('prints ok and exits with 0 for a valid config', () => {
  const result = run('validate', 'ok.json');
  expect({ status: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({
    status: 0,
    stdout: 'ok.json: ok\nchecked 1 file: 0 errors, 0 warnings\n',
    stderr: '',
  });
});

test('names each problem by file and path, and exits with 1', () => {
  const result = run('validate', 'ok.json', 'tenant.json', 'broken.json', 'missing.json');
  expect(result.stdout.split('\n')).toEqual([
    'ok.json: ok',
    'tenant.json: warning: colour: unknown key, ignored',
    'tenant.json: error: tenants["*.acme.com"].theme.primary: expected a CSS color, got "url(x)"; using the default',
    'broken.json: error: not valid JSON: unexpected "}" at line 3, column 1',
    'missing.json: error: cannot read the file (no such file)',
    'checked 4 files: 3 errors, 1 warning',
    '',
  ]);
  expect(result.status).toBe(1);
});

test('exits with 2 and its usage for a mistake in the command', () => {
  const result = run('validat', 'ok.json');
  expect(result.status).toBe(2);
  expect(result.stderr).toMatch(/^consentry: unknown command "validat"\n\nUsage: consentry validate/);
});

test('is in no browser bundle', () => {
  // A word only the CLI's color names hold, and its usage.
  for (const file of ['dist/consentry.js', 'dist/consentry-ui.js', 'dist/index.js', 'dist/core.js', 'dist/ui.js']) {
    const code = readFileSync(file, 'utf8');
    expect([file, code.includes('lightgoldenrodyellow') || code.includes('Usage: consentry')]).toEqual([file, false]);
  }
  expect(readFileSync(CLI, 'utf8')).toContain('lightgoldenrodyellow');
  expect(readFileSync(CLI, 'utf8')).toContain('Usage: consentry');
});

test('ships the schema with the package', () => {
  expect(pkg.files).toContain('consentry.schema.json');
  expect(pkg.exports['./consentry.schema.json']).toBe('./consentry.schema.json');
  expect(JSON.parse(readFileSync('consentry.schema.json', 'utf8')).$schema).toBe('http://json-schema.org/draft-07/schema#');
});
