/**
 * Keeps package-lock.json installable with `npm ci`.
 *
 * The Supabase CLI and squawk ship their binaries as per-platform optional
 * packages. When the registry in use serves only this platform's package,
 * `npm install` leaves the others out of the lock file and `npm ci` then
 * refuses the lock as out of sync. This adds the missing entries with their
 * os/cpu (and libc) so npm skips them as foreign platforms, as it would had it
 * seen them. Run `npm run lockfile` after `npm install`; a test fails when an
 * entry is missing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './shell.ts';

type LockEntry = {
  version?: string;
  dev?: boolean;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
};
type Lock = { packages: Record<string, LockEntry> };

const LOCK = path.join(ROOT, 'package-lock.json');

function platformOf(name: string): Pick<LockEntry, 'os' | 'cpu' | 'libc'> | null {
  const m = name.match(/(darwin|linux|win32|windows)-(arm64|x64|arm|ia32)(-musl)?$/);
  if (!m) return null;
  return { os: [m[1] === 'windows' ? 'win32' : m[1]!], cpu: [m[2]!], ...(m[3] ? { libc: ['musl'] } : {}) };
}

/** Optional platform packages that a locked package declares but the lock lacks. */
export function missingPlatformEntries(lock: Lock = JSON.parse(readFileSync(LOCK, 'utf8'))): Array<[string, string, LockEntry]> {
  const out: Array<[string, string, LockEntry]> = [];
  for (const meta of Object.values(lock.packages)) {
    for (const [dep, version] of Object.entries(meta.optionalDependencies ?? {})) {
      const key = `node_modules/${dep}`;
      const platform = platformOf(dep);
      if (!lock.packages[key] && platform) {
        out.push([key, version, { version, dev: meta.dev, optional: true, ...platform }]);
      }
    }
  }
  return out;
}

export function fixLockfile(): string[] {
  const lock: Lock = JSON.parse(readFileSync(LOCK, 'utf8'));
  const missing = missingPlatformEntries(lock);
  for (const [key, , entry] of missing) lock.packages[key] = entry;
  const [root, ...rest] = Object.entries(lock.packages);
  lock.packages = Object.fromEntries([root!, ...rest.sort(([a], [b]) => a.localeCompare(b))]);
  writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
  return missing.map(([key]) => key);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const added = fixLockfile();
  console.log(added.length ? `added to package-lock.json:\n  ${added.join('\n  ')}` : 'package-lock.json is complete');
}
