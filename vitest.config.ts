import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'corpora/*.test.ts'],
    // It packs and installs the package: its own run (`npm run test:package`, scripts/package.vitest.config.ts).
    exclude: [...configDefaults.exclude, 'scripts/package.test.ts'],
    // Policy and stores run in Node; a file opts into a DOM with `// @vitest-environment happy-dom`.
    environment: 'node',
    reporters: ['default', ['json', { outputFile: 'test-results/unit.json' }]],
  },
});
