import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allSnippets, parseJson } from '../../scripts/doc-snippets';
import { runOn } from './cli-io.fixture';
import { schemaErrors } from './schema.fixture';

// Every config a reader can copy must pass both checks: the config blocks of the docs, as the
// doc tests find them (scripts/doc-snippets.ts: ```json blocks not marked as another shape, a
// fragment like `"theme": { … }` read as the object it belongs in), and the configs of the demo
// pages (inline #consentry-config JSON and every JSON file of the demo but the app's tsconfig).
// - demo/fixtures/bad-config.html holds a config that is wrong on purpose: it must fail both.
// - demo/fixtures/languages.html writes its config from the page's query string at run time.

const ROOT = new URL('../../', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, ROOT), 'utf8');

const docs = allSnippets()
  .filter((snippet) => snippet.kind === 'config')
  .map((snippet) => ({ where: snippet.id, config: parseJson(snippet.code) }));

const BUILT_AT_RUN_TIME = ['demo/fixtures/languages.html'];
const WRONG_ON_PURPOSE = 'demo/fixtures/bad-config.html';
const demoFiles = readdirSync(new URL('demo', ROOT), { recursive: true, encoding: 'utf8' }).map((file) => `demo/${file.replace(/\\/g, '/')}`);
const inlineConfig = (file: string) => /<script type="application\/json" id="consentry-config">([^]*?)<\/script>/.exec(read(file))?.[1];
const demos = [
  ...demoFiles
    .filter((file) => file.endsWith('.html') && read(file).includes('id="consentry-config"'))
    .filter((file) => !BUILT_AT_RUN_TIME.includes(file) && file !== WRONG_ON_PURPOSE)
    // A page whose element the pattern misses fails here, instead of going unchecked.
    .map((file) => ({ where: file, config: JSON.parse(inlineConfig(file) ?? `missing in ${file}`) })),
  // Every JSON file of the demo is a config, but the app's TypeScript settings.
  ...demoFiles.filter((file) => file.endsWith('.json') && !file.endsWith('/tsconfig.json')).map((file) => ({ where: file, config: JSON.parse(read(file)) })),
];

async function validate(config: unknown) {
  return runOn(['validate', 'config.json'], { 'config.json': JSON.stringify(config) });
}

describe('configs in the docs and the demo', () => {
  it('finds the configs it checks', () => {
    expect(docs.length).toBeGreaterThanOrEqual(30);
    expect(demos.length).toBeGreaterThanOrEqual(25);
    expect(BUILT_AT_RUN_TIME.every((file) => demoFiles.includes(file) && /id="consentry-config"/.test(read(file)))).toBe(true);
  });

  it.each([...docs, ...demos])('$where passes the schema and consentry validate', async ({ config }) => {
    expect(schemaErrors(config)).toEqual([]);
    expect(await validate(config)).toEqual({
      code: 0,
      stdout: ['config.json: ok', 'checked 1 file: 0 errors, 0 warnings'],
      stderr: [],
    });
  });

  it(`${WRONG_ON_PURPOSE} fails both at the paths its test expects`, async () => {
    const config = JSON.parse(inlineConfig(WRONG_ON_PURPOSE)!);
    expect(schemaErrors(config)).toEqual(expect.arrayContaining(['/mode', '/cookie/expiresDays']));
    const { code, stdout } = await validate(config);
    expect(code).toBe(1);
    expect(stdout.filter((line) => line.includes(': error: ')).map((line) => line.split(': ')[2])).toEqual(['mode', 'cookie.expiresDays']);
  });
});
