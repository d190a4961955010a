// corpora/configs.json in Chromium, through the built files (docs/configuration.md, Validation):
// every config an npm caller can pass goes to `createConsent` of the npm build in one page, one
// instance after the other; a representative part goes to the script tag as the text of
// `#consentry-config`. Each names its path in the console, leaves the person undecided with every
// non-essential category denied and the banner shown, and throws nothing into the page. The
// data-config answers of the corpus run in e2e/fetched-config.spec.ts.
import { buildConfig, CONFIG_CASES, CORPUS_HOST, isJson, readsAsObject, type ConfigCase } from '../corpora/corpus';
import { onHost } from './gating-helpers';
import { expect, test, type ConsentState } from './helpers';
import { NPM_PAGE, serveBundle } from './npm-bundle';

const DENIED = { essential: true, functional: false, analytics: false, marketing: false };

/** What a page saw of one case. */
interface Seen {
  name: string;
  errors: string[];
  warnings: string[];
  pageErrors: string[];
  thrown?: string;
  state?: ConsentState;
  banner?: boolean;
}

/** The problems of one case: a missing message, a thrown error, a state that grants or a banner not shown. */
function problems(c: ConfigCase, seen: Seen): string[] {
  const found: string[] = [];
  const lines = c.level === 'warning' ? seen.warnings : seen.errors;
  const prefix = `[consentry] ${c.path}: `;
  if (!lines.some((line) => line.startsWith(prefix))) found.push(`no console.${c.level === 'warning' ? 'warn' : 'error'} naming ${c.path} (got ${JSON.stringify([...seen.errors, ...seen.warnings]).slice(0, 400)})`);
  if (seen.thrown) found.push(`threw ${seen.thrown}`);
  if (seen.pageErrors.length) found.push(`page errors ${JSON.stringify(seen.pageErrors)}`);
  if (seen.state?.decided !== false || JSON.stringify(seen.state.categories) !== JSON.stringify(DENIED)) found.push(`state ${JSON.stringify(seen.state)}`);
  if (!seen.banner) found.push('no banner');
  return found.map((problem) => `${c.name}: ${problem}`);
}

// An npm caller passes objects: every case but a text the script tag alone reads, and a data-config answer.
const NPM_CASES = CONFIG_CASES.filter((c) => !c.dataConfig && (c.raw === undefined || readsAsObject(c)));
const HOSTS = [...new Set(NPM_CASES.map((c) => c.host ?? CORPUS_HOST))];

test(`the npm build reports each of the ${NPM_CASES.length} configs of the corpus an npm caller can pass at its path, and grants nothing`, async ({ visitor, baseURL }) => {
  test.setTimeout(120_000);
  const v = await visitor();
  await serveBundle(
    v.context,
    `import { createConsent } from 'consentry';
     import { buildConfig } from './corpora/build-config';
     window.__corpus = { createConsent, buildConfig };`,
  );
  const seen: Seen[] = [];
  for (const host of HOSTS) {
    await v.page.goto(onHost(baseURL, host, NPM_PAGE));
    const cases = NPM_CASES.filter((c) => (c.host ?? CORPUS_HOST) === host);
    seen.push(
      ...(await v.page.evaluate(async (cases) => {
        type Corpus = { createConsent(config: unknown): { mount(): void; getState(): ConsentState; destroy(): void }; buildConfig(c: unknown): unknown };
        const { createConsent, buildConfig } = (window as unknown as { __corpus: Corpus }).__corpus;
        let current: Seen | undefined;
        // The reporter writes to the console at call time: each message goes to the case that made it.
        console.error = (...args: unknown[]) => current?.errors.push(args.map(String).join(' '));
        console.warn = (...args: unknown[]) => current?.warnings.push(args.map(String).join(' '));
        addEventListener('error', (event) => current?.pageErrors.push(String(event.message)));
        addEventListener('unhandledrejection', (event) => current?.pageErrors.push(String(event.reason)));
        const results: Seen[] = [];
        for (const c of cases) {
          current = { name: c.name, errors: [], warnings: [], pageErrors: [] };
          try {
            const consent = createConsent(buildConfig(c));
            consent.mount();
            // The ready step runs in a microtask, the UI renders at once; a frame lets effects run too.
            await new Promise((resolve) => requestAnimationFrame(resolve));
            current.banner = !!document.querySelector('consentry-ui')?.shadowRoot?.querySelector('[part="banner"]');
            current.state = consent.getState();
            consent.destroy();
          } catch (error) {
            current.thrown = String(error);
          }
          results.push(current);
        }
        return results;
      }, cases)),
    );
  }
  const found = NPM_CASES.map((c) => problems(c, seen.find((s) => s.name === c.name) ?? { name: c.name, errors: [], warnings: [], pageErrors: [], thrown: 'not run' }));
  console.log(`hostile configs in Chromium (npm build): ${NPM_CASES.length} cases, ${found.filter((p) => !p.length).length} reported at their path with nothing granted`);
  expect(found.flat()).toEqual([]);
  expect(v.pageErrors).toEqual([]);
});

// The script tag reads text: every text of the corpus, and every tenth JSON config.
const SCRIPT_TAG_CASES = CONFIG_CASES.filter((c, i) => c.raw !== undefined || (isJson(c) && i % 10 === 0 && readsAsObject(c)));
const PAGE = '/demo/fixtures/corpus-config.html';

test.describe(`the script tag over ${SCRIPT_TAG_CASES.length} configs of the corpus`, () => {
  for (const c of SCRIPT_TAG_CASES) {
    const path = readsAsObject(c) ? c.path : '#consentry-config';
    test(`${c.name}: reports ${path}, shows the banner and grants nothing`, async ({ visitor, baseURL }) => {
      const v = await visitor();
      // `<` written as `\u003c` in JSON keeps a text from closing the element early, as a site's template does.
      const text = c.raw ?? JSON.stringify(buildConfig(c)).replace(/</g, '\\u003c');
      const element = `<script type="application/json" id="consentry-config">${text}</script>`;
      await v.context.route('**/demo/fixtures/corpus-config.js', (route) =>
        route.fulfill({ contentType: 'text/javascript', body: `document.write(${JSON.stringify(element)});` }),
      );
      await v.goto(onHost(baseURL, c.host ?? CORPUS_HOST, PAGE));
      // By its part: a config's texts can rename the region.
      await expect(v.page.locator('consentry-ui [part="banner"]')).toBeVisible();
      expect(await v.state()).toMatchObject({ decided: false, categories: DENIED });
      const messages = v.consoleOf(c.level === 'warning' && path === c.path ? 'warning' : 'error').map((message) => message.text);
      expect(messages.filter((text) => text.startsWith(`[consentry] ${path}: `)), messages.join('\n').slice(0, 2000)).not.toEqual([]);
      expect(v.pageErrors).toEqual([]);
    });
  }
});
