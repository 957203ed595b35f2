import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['tests/**/*.test.ts'],
    // Run on its own, after these (tests/vitest.round-trip.config.ts): it backs up
    // the database, which the other suites write to while they run.
    exclude: [...configDefaults.exclude, 'tests/round-trip.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
