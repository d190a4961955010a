import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The e2e suite tests what ships: the built IIFE loaded through a real <script> tag.
 * Fail fast with the fix instead of thirty timeouts when it has not been built. The demo's
 * single-page app is then bundled from that build (demo/build.js), so its tests run the current one.
 */
export default function globalSetup(): void {
  const bundle = new URL('../dist/consentry.js', import.meta.url);
  if (!existsSync(bundle)) {
    throw new Error('dist/consentry.js is missing: run `npm run build` first (or `npm test`, which builds).');
  }
  execFileSync(process.execPath, [fileURLToPath(new URL('../demo/build.js', import.meta.url))], { stdio: 'inherit' });
}
