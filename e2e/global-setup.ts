import { existsSync } from 'node:fs';

/**
 * The e2e suite tests what ships: the built IIFE loaded through a real <script> tag.
 * Fail fast with the fix instead of thirty timeouts when it has not been built.
 */
export default function globalSetup(): void {
  const bundle = new URL('../dist/consentry.js', import.meta.url);
  if (!existsSync(bundle)) {
    throw new Error('dist/consentry.js is missing: run `npm run build` first (or `npm test`, which builds).');
  }
}
