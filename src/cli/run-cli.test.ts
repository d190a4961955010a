import { describe, expect, it } from 'vitest';
import { runOn } from './cli-io.fixture';

const TENANT = JSON.stringify({
  $schema: './node_modules/consentry/consentry.schema.json',
  tenant: 'acme',
  theme: { primary: 'rebeccapurple' },
  tenants: {
    '*.acme.com': { theme: { primary: 'url(x)' } },
    'globex.platform.io': { tenant: 'globex', links: { doNotSell: 'javascript:alert(1)' }, colour: 'red' },
  },
});

describe('consentry validate', () => {
  it('prints ok for a valid config, $schema included, and exits with 0', async () => {
    const { code, stdout, stderr } = await runOn(['validate', 'ok.json'], { 'ok.json': '{ "$schema": "./node_modules/consentry/consentry.schema.json", "tenant": "acme" }' });
    expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: ['ok.json: ok', 'checked 1 file: 0 errors, 0 warnings'], stderr: [] });
  });

  it('checks the texts, theme and links of every tenants entry, not only one', async () => {
    const { code, stdout } = await runOn(['validate', 'tenant.json'], { 'tenant.json': TENANT });
    expect(stdout).toEqual([
      'tenant.json: warning: tenants["globex.platform.io"].colour: unknown key, ignored',
      'tenant.json: error: tenants["*.acme.com"].theme.primary: expected a CSS color, got "url(x)"; using the default',
      'tenant.json: error: tenants["globex.platform.io"].links.doNotSell: expected an http:, https:, mailto: or relative URL, got "javascript:alert(1)"; using the default',
      'checked 1 file: 2 errors, 1 warning',
    ]);
    expect(code).toBe(1);
  });

  it('takes color names as a browser does, though Node has no CSS.supports', async () => {
    const config = { theme: { primary: 'RebeccaPurple', background: 'white', text: 'hsl(0 0% 10%)' } };
    expect((await runOn(['validate', 'c.json'], { 'c.json': JSON.stringify(config) })).code).toBe(0);
    expect((await runOn(['validate', 'c.json'], { 'c.json': JSON.stringify({ theme: { primary: 'rgb(1,2)' } }) })).stdout[0]).toBe(
      'c.json: error: theme.primary: expected a CSS color, got "rgb(1,2)"; using the default',
    );
  });

  it('reports a service name the script tag does not carry, at its index in the file', async () => {
    const config = { services: [7, 'google-analytics', 'segment'], tenants: { 'acme.com': { services: ['mixpanel'] } } };
    const { stdout } = await runOn(['validate', 's.json'], { 's.json': JSON.stringify(config) });
    expect(stdout.filter((line) => line.includes('unknown service'))).toEqual([
      's.json: error: services[2]: unknown service "segment"; give it as a definition (docs/gating.md)',
      's.json: error: tenants["acme.com"].services[0]: unknown service "mixpanel"; give it as a definition (docs/gating.md)',
    ]);
  });

  it('reports a texts, theme or links that is not an object once', async () => {
    const { stdout } = await runOn(['validate', 't.json'], { 't.json': '{ "theme": "dark", "tenants": { "acme.com": { "links": [] } } }' });
    expect(stdout).toEqual([
      't.json: error: theme: expected an object, got "dark"; using the default',
      't.json: error: tenants["acme.com"].links: expected an object, got []; using the default',
      'checked 1 file: 2 errors, 0 warnings',
    ]);
  });

  it('checks every file and exits with 1 when one has an error', async () => {
    const files = { 'a.json': '{ "mode": "opt-out" }', 'b.json': '{ "mode": "sideways" }', 'c.json': '{}' };
    const { code, stdout } = await runOn(['validate', 'a.json', 'b.json', 'c.json'], files);
    expect(stdout).toEqual([
      'a.json: ok',
      "b.json: error: mode: expected 'opt-in' | 'opt-out' | 'auto', got \"sideways\"; using the default",
      'c.json: ok',
      'checked 3 files: 1 error, 0 warnings',
    ]);
    expect(code).toBe(1);
  });

  it('prints warnings but exits with 0 for them, and with 1 under --strict', async () => {
    const files = { 'w.json': '{ "cookie": { "expiresDays": 400 }, "colour": "red" }' };
    const loose = await runOn(['validate', 'w.json'], files);
    expect(loose.stdout).toEqual([
      'w.json: warning: cookie.expiresDays: capped at 395 days',
      'w.json: warning: colour: unknown key, ignored',
      'checked 1 file: 0 errors, 2 warnings',
    ]);
    expect(loose.code).toBe(0);
    expect((await runOn(['validate', '--strict', 'w.json'], files)).code).toBe(1);
    expect((await runOn(['validate', 'w.json', '--strict'], files)).code).toBe(1);
  });

  it('names the line and column where a file stops being JSON', async () => {
    const { code, stdout } = await runOn(['validate', 'bad.json'], { 'bad.json': '{\n  "tenant": "acme"\n  "mode": "opt-in"\n}\n' });
    expect(stdout[0]).toBe('bad.json: error: not valid JSON: unexpected "\\"" at line 3, column 3');
    expect(code).toBe(1);
  });

  it.each<[string, string]>([
    ['', 'unexpected end of file at line 1, column 1'],
    ['{ "tenant": "acme", }', 'unexpected "}" at line 1, column 21'],
    ['{ "tenant": \'acme\' }', 'unexpected "\'" at line 1, column 13'],
    ['{ "revision": 1 }\n{}', 'unexpected "{" at line 2, column 1'],
  ])('reports %j as not valid JSON: %s', async (text, where) => {
    expect((await runOn(['validate', 'x.json'], { 'x.json': text })).stdout[0]).toBe(`x.json: error: not valid JSON: ${where}`);
  });

  it('reads a file that starts with a byte order mark', async () => {
    expect((await runOn(['validate', 'bom.json'], { 'bom.json': '\uFEFF{ "tenant": "acme" }' })).stdout[0]).toBe('bom.json: ok');
  });

  it('reports a file it cannot read and goes on with the others', async () => {
    const { code, stdout } = await runOn(['validate', 'missing.json', 'ok.json'], { 'ok.json': '{}' });
    expect(stdout).toEqual(['missing.json: error: cannot read the file (no such file)', 'ok.json: ok', 'checked 2 files: 1 error, 0 warnings']);
    expect(code).toBe(1);
  });

  it.each<[string[], string]>([
    [[], 'no command'],
    [['check', 'a.json'], 'unknown command "check"'],
    [['validate'], 'no file given'],
    [['validate', '--fix', 'a.json'], 'unknown option --fix'],
  ])('refuses %j with its usage and exit code 2', async (args, mistake) => {
    const { code, stdout, stderr } = await runOn(args, { 'a.json': '{}' });
    expect(code).toBe(2);
    expect(stdout).toEqual([]);
    expect(stderr.join('\n')).toMatch(new RegExp(`^consentry: ${mistake}\\n\\nUsage: consentry validate`));
  });

  it('prints its usage for --help', async () => {
    const { code, stdout } = await runOn(['--help']);
    expect(code).toBe(0);
    expect(stdout.join('\n')).toMatch(/^Usage: consentry validate \[--strict\] <file\.json>…/);
  });
});
