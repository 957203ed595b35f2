/**
 * The walk over every migration and its down, on a database that holds the
 * Supabase baseline and nothing else (a scratch cluster): before each
 * migration a snapshot of the schema (snapshot.ts); the migration, then its
 * down; the snapshot must be what it was; then the migration again, and on to
 * the next. Alongside, the tables and columns the migration added and the down
 * dropped again, from the catalog, must be exactly what the down's `loses
 * data` header names.
 */
import path from 'node:path';
import pg from 'pg';
import { MIGRATIONS_DIR, applySqlFile, downPath, hasDown, losesData, lostName, readDown } from './downs.ts';
import { addedThenDropped, dataHolders, schemaSnapshot, snapshotDiff } from './snapshot.ts';

export type WalkFailure = {
  migration: string;
  problem: 'no down' | 'migration failed' | 'down failed' | 'schema not restored' | 'loses data header';
  detail: string;
};

export type WalkResult = { failures: WalkFailure[]; walked: number; ms: number };

/**
 * Walks `files` (migration file names, in order) on the database at `url`,
 * which must hold everything before the first of them. Stops at the first
 * migration whose down fails or does not restore the schema (what follows
 * would start from a state nobody wrote); a missing down or a wrong header is
 * reported and the walk goes on.
 */
export async function walkMigrations(
  url: string,
  files: string[],
  log: (line: string) => void = () => undefined,
): Promise<WalkResult> {
  const t0 = performance.now();
  const failures: WalkFailure[] = [];
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let walked = 0;
  try {
    let before = await schemaSnapshot(url, client);
    let holdersBefore = await dataHolders(client);
    for (const file of files) {
      const up = path.join(MIGRATIONS_DIR, file);
      const t = performance.now();
      try {
        await applySqlFile(url, up, client);
      } catch (e) {
        failures.push({ migration: file, problem: 'migration failed', detail: (e as Error).message });
        break;
      }
      const holdersAfter = await dataHolders(client);
      if (!hasDown(file)) {
        failures.push({ migration: file, problem: 'no down', detail: `supabase/migrations/down/${file} does not exist` });
        before = await schemaSnapshot(url, client);
        holdersBefore = holdersAfter;
        continue;
      }
      try {
        await applySqlFile(url, downPath(file), client);
      } catch (e) {
        failures.push({ migration: file, problem: 'down failed', detail: (e as Error).message });
        break;
      }
      const restored = await schemaSnapshot(url, client);
      const diff = await snapshotDiff(before, restored, [`before ${file}`, `after ${file} and its down`]);
      if (diff) {
        failures.push({ migration: file, problem: 'schema not restored', detail: diff });
        break;
      }
      const dropped = addedThenDropped(holdersBefore, holdersAfter, await dataHolders(client));
      const named = losesData(readDown(file)).map(lostName).sort();
      if (dropped.join() !== named.join()) {
        failures.push({
          migration: file,
          problem: 'loses data header',
          detail: `the down drops what the migration added: ${dropped.join(', ') || 'nothing'}; ` +
            `its header names: ${named.join(', ') || 'nothing'}` +
            (dropped.length ? `\nexpected: -- loses data: ${dropped.join(', ')}` : '\nexpected: no loses data header'),
        });
      }
      try {
        await applySqlFile(url, up, client);
      } catch (e) {
        failures.push({ migration: file, problem: 'migration failed', detail: `again after its down: ${(e as Error).message}` });
        break;
      }
      before = await schemaSnapshot(url, client);
      holdersBefore = holdersAfter;
      walked++;
      log(`${file}: up, down, up (${Math.round(performance.now() - t)} ms)`);
    }
  } finally {
    await client.end();
  }
  return { failures, walked, ms: performance.now() - t0 };
}

/** A failure as a person reads it. */
export function describeFailure(f: WalkFailure): string {
  return `${f.migration}: ${f.problem}\n${f.detail}`;
}
