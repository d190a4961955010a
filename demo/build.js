// Builds the demo's single-page app (demo/spa/) into dist-demo/, which the demo server serves at
// /dist-demo/. It imports `consentry` by its package name, as an app would; the package refers to
// itself through its own "exports", so that is the built dist/ (run `npm run build` first).
// dist-demo/ is ignored by git and never published (package.json "files" lists dist/ only).
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Bundles demo/spa/main.tsx with its imports, Preact and the built `consentry` included. */
export async function buildDemo() {
  if (!existsSync(new URL('../dist/index.js', import.meta.url))) {
    throw new Error('dist/index.js is missing: run `npm run build` first.');
  }
  rmSync(new URL('../dist-demo', import.meta.url), { recursive: true, force: true });
  await build({
    absWorkingDir: ROOT,
    entryPoints: ['demo/spa/main.tsx'],
    outdir: 'dist-demo',
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2020',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    sourcemap: true,
    logLevel: 'warning',
    // Rollup's chunks import each other for order only; with "sideEffects": false esbuild warns
    // that it drops those bare imports, which is what they are for. Nothing is lost.
    logOverride: { 'ignored-bare-import': 'silent' },
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildDemo();
  console.log('Built the demo app into dist-demo/');
}
