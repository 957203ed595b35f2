import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The backup-and-restore round trip, alone: nothing else writes to the database while it is backed up. */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['tests/round-trip.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 600_000,
  },
});
