import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// scripts/package.test.ts alone (`npm run test:package`): it packs, installs and type-checks, so
// it stays out of the quick unit run.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['scripts/package.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    reporters: ['default', ['json', { outputFile: 'test-results/package.json' }]],
  },
});
