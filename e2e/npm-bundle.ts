// Builds what an app's bundler would make of `consentry` from npm: the built dist/ files,
// resolved through the package's own `exports`, so e2e tests run the npm build in a real page.
import type { BrowserContext } from '@playwright/test';
import { build } from 'esbuild';

/** The page the npm specs load; its one script is the bundle `serveBundle` answers with. */
export const NPM_PAGE = '/demo/fixtures/npm.html';

/**
 * Bundles `source` (an app's entry, importing `consentry`, `consentry/core`, …) into one IIFE.
 * `sourcefile` names it in errors; `loader` is its language.
 */
export async function bundleApp(source: string, { loader = 'ts', sourcefile }: { loader?: 'ts' | 'tsx' | 'js' | 'jsx'; sourcefile?: string } = {}): Promise<string> {
  const result = await build({
    stdin: { contents: source, resolveDir: process.cwd(), loader, sourcefile },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  return result.outputFiles[0].text;
}

/** Answers NPM_PAGE's script with the bundle of `source` in this context. */
export async function serveBundle(context: BrowserContext, source: string): Promise<void> {
  const body = await bundleApp(source);
  await context.route('**/demo/fixtures/npm-bundle.js', (route) => route.fulfill({ contentType: 'text/javascript', body }));
}
