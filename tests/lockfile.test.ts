import { describe, expect, it } from 'vitest';
import { missingPlatformEntries } from '../src/tooling/lockfile.ts';

describe('package-lock.json', () => {
  it('lists every platform package of the CLIs, so `npm ci` accepts it (fix: npm run lockfile)', () => {
    expect(missingPlatformEntries().map(([key]) => key)).toEqual([]);
  });

  it('detects a platform package the lock lacks', () => {
    const lock = {
      packages: {
        '': {},
        'node_modules/supabase': { version: '1.0.0', dev: true, optionalDependencies: { '@supabase/cli-darwin-arm64': '1.0.0' } },
      },
    };
    expect(missingPlatformEntries(lock)).toEqual([
      ['node_modules/@supabase/cli-darwin-arm64', '1.0.0', { version: '1.0.0', dev: true, optional: true, os: ['darwin'], cpu: ['arm64'] }],
    ]);
  });
});
