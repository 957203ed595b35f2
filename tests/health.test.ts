/**
 * `db:inspect` and `db:health`: each threshold judged on rows shaped as the Supabase CLI writes
 * them, then the command itself on a scratch cluster of its own, migrated and
 * seeded (the other suites change the shared database's statistics while
 * they run): it passes there, and names every breach the test then provokes.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, evaluate, parseCsv, parseSize, type Snapshot, type Verdict } from '../src/tooling/health.ts';
import { startScratchCluster, type ScratchCluster } from '../src/tooling/scratch.ts';
import { push } from '../src/tooling/reset.ts';
import { bin, run } from '../src/tooling/shell.ts';

/** A database nothing has read yet: what the CLI reports right after it was created. */
const fresh: Snapshot = {
  unavailable: {},
  dbStats: { index_hit_rate: 'N/A', table_hit_rate: 'N/A' },
  cacheBlocks: { table: 0, index: 0 },
  unusedIndexes: [],
  indexStats: [],
  tableStats: [],
  bloat: [],
  duplicateIndexes: [],
  activity: [],
  statements: { counted: 0, slow: [] },
};

const verdict = (s: Partial<Snapshot>, name: Verdict['check'], t = DEFAULT_THRESHOLDS) =>
  evaluate({ ...fresh, ...s }, t).find((v) => v.check === name)!;

describe('health thresholds', () => {
  it('pass on a database nothing has read yet, judging no ratio', () => {
    const verdicts = evaluate(fresh);
    expect(verdicts.filter((v) => !v.ok)).toEqual([]);
    expect(verdicts.find((v) => v.check === 'cache hit ratio')!.detail).toContain('table: no reads yet, not judged');
  });

  it('judge the cache hit ratio only over enough block accesses, and pass it only above 0.95', () => {
    const few = verdict({ dbStats: { index_hit_rate: '0.50', table_hit_rate: '0.99' }, cacheBlocks: { table: 20_000, index: 300 } }, 'cache hit ratio');
    expect(few.ok).toBe(true);
    expect(few.detail).toContain('index 0.50 over 300 block accesses, fewer than 10,000: not judged');
    const low = verdict({ dbStats: { index_hit_rate: '0.95', table_hit_rate: '0.96' }, cacheBlocks: { table: 20_000, index: 20_000 } }, 'cache hit ratio');
    expect(low.ok).toBe(false);
    expect(low.breaches).toEqual(['index hit ratio 0.95 is not above 0.95']);
  });

  it('count an index as unused only on a table read often enough', () => {
    const tableStats = [{ name: 'public.calls', seq_scans: '20' }, { name: 'public.rules', seq_scans: '3' }];
    const indexStats = [
      { name: 'public.calls_pkey', table: 'public.calls', index_scans: '990' },
      { name: 'public.calls_created_brin', table: 'public.calls', index_scans: '0' },
      { name: 'public.rules_pkey', table: 'public.rules', index_scans: '5' },
      { name: 'public.rules_lookup_idx', table: 'public.rules', index_scans: '0' },
    ];
    const unusedIndexes = [
      { name: 'public.calls', index: 'calls_created_brin', index_size: '24 kB', index_scans: '0' },
      { name: 'public.rules', index: 'rules_lookup_idx', index_size: '16 kB', index_scans: '0' },
    ];
    const v = verdict({ tableStats, indexStats, unusedIndexes }, 'unused indexes');
    expect(v.ok).toBe(false);
    expect(v.breaches).toEqual(['public.calls_created_brin (24 kB): 0 scans while public.calls was read 1,010 times']);
    expect(verdict({ tableStats, indexStats, unusedIndexes }, 'unused indexes', { ...DEFAULT_THRESHOLDS, minTableScans: 1_011 }).ok).toBe(true);
  });

  it('call a relation bloated when it is both over 4x its size and wastes 10 MB', () => {
    const bloat = [
      { type: 'table', name: 'public.daily_call_stats', bloat: '5.5', waste: '72 kB' },
      { type: 'table', name: 'public.calls', bloat: '3.9', waste: '800 MB' },
      { type: 'index', name: 'public.calls::calls_pkey', bloat: '6.0', waste: '12 MB' },
    ];
    expect(verdict({ bloat }, 'bloat').breaches).toEqual(['index public.calls::calls_pkey: 6× its estimated size, 12 MB wasted']);
  });

  it('name duplicate indexes, long-running queries and slow statements', () => {
    expect(verdict({ duplicateIndexes: [{ table: 'public.calls', indexes: ['a_idx', 'b_idx'] }] }, 'duplicate indexes').breaches)
      .toEqual(['public.calls: a_idx, b_idx are identical']);
    const activity = [
      { pid: 7, role: 'service_role', state: 'active', ms: 61_000, query: 'select 1' },
      { pid: 8, role: 'postgres', state: 'active', ms: 59_000, query: 'select 2' },
    ];
    expect(verdict({ activity }, 'long-running queries').breaches).toEqual(['pid 7 (service_role, active for 61 s): select 1']);
    const statements = { counted: 2, slow: [{ role: 'authenticated', calls: 3, mean_ms: 1_500, max_ms: 2_000, query: 'select x' }] };
    expect(verdict({ statements }, 'slow statements').breaches).toEqual(['authenticated, 3 calls, mean 1.5 s, max 2.0 s: select x']);
    const missing = verdict({ statements: { error: 'relation "extensions.pg_stat_statements" does not exist' } }, 'slow statements');
    expect(missing.ok).toBe(false);
  });

  it("read the CLI's CSV and sizes as it writes them", () => {
    expect(parseCsv('a,b\n1,"x, ""y""\nz"\n2,\n')).toEqual([{ a: '1', b: 'x, "y"\nz' }, { a: '2', b: '' }]);
    expect(parseSize('8192 bytes')).toBe(8192);
    expect(parseSize('12 MB')).toBe(12 * 1024 * 1024);
  });
});

describe.runIf(!process.env.SUPABASE_DB_URL)('npm run db:health on a stack of its own', () => {
  let stack: ScratchCluster & { cli: (args: string[]) => Promise<{ code: number; out: string }> };
  let db: pg.Client;

  // Its own cluster, migrated and seeded as db:reset does: the other suites
  // running beside this one would change the shared database's statistics.
  beforeAll(async () => {
    const cluster = await startScratchCluster();
    const cli = async (args: string[]) => {
      const r = await run(bin('tsx'), ['src/tooling/cli.ts', ...args], { env: { SUPABASE_DB_URL: cluster.url, PGSSLMODE: 'disable' } });
      return { code: r.code, out: r.stdout + r.stderr };
    };
    stack = Object.assign(cluster, { cli });
    await push({ seed: true, url: stack.url });
    db = new pg.Client({ connectionString: stack.url });
    await db.connect();
  }, 600_000);

  /** Until the statement marked `mark` waits on a lock (each poll is a query, not a timer). */
  async function waitUntilBlocked(mark: string): Promise<void> {
    for (;;) {
      const { rows } = await db.query(`select 1 from pg_stat_activity where wait_event_type = 'Lock' and position($1 in query) > 0`, [mark]);
      if (rows.length) return;
    }
  }

  afterAll(async () => {
    await db?.end();
    await stack?.stop();
  }, 120_000);

  it("db:inspect prints the CLI's own reports, and names a report the CLI does not have", async () => {
    const r = await stack.cli(['inspect', 'db-stats', 'long-running-queries', '--no-health']);
    expect(r.out).toMatch(/━━ db-stats ━━\n *Name +\| Database Size \|.*\| Index Hit Rate \| Table Hit Rate \|/);
    expect(r.out).toMatch(/━━ long-running-queries ━━\n *pid \| Duration \| Query/);
    expect(r.code, r.out).toBe(0);
    const unknown = await stack.cli(['inspect', 'cache-hits']);
    expect(unknown.out).toContain('unknown report cache-hits; reports: db-stats, table-stats');
    expect(unknown.code).toBe(1);
  }, 300_000);

  it('passes on the freshly seeded stack: both ratios judged and above 0.95, no unused index on the tables read enough, nothing else', async () => {
    const r = await stack.cli(['health']);
    expect(r.out).toMatch(/✔ cache hit ratio +table 1\.00 \([\d,]+ block accesses\); index 0\.9\d \([\d,]+ block accesses\)/);
    expect(r.out).toMatch(/✔ unused indexes +none on the \d+ tables? read at least 1,000 times \([^)]*\); \d+ tables read less not judged/);
    expect(r.out).toMatch(/✔ duplicate indexes +none/);
    expect(r.out).toMatch(/✔ bloat +none above 4×/);
    expect(r.out).toMatch(/✔ long-running queries +none longer than 60 s/);
    expect(r.out).toMatch(/✔ slow statements +no statement run by anon, authenticated, service_role yet/);
    expect(r.out).toContain('health: ok');
    expect(r.code, r.out).toBe(0);
  }, 300_000);

  it('fails and names each breach the test provokes', async () => {
    // A duplicate of calls_phone_created_idx, identical but for its name.
    await db.query('create index health_probe_duplicate on public.calls (phone_id, created_at desc, id desc)');
    // A table with 95% of its rows deleted: about 14 MB of dead space, over 4x its live size.
    await db.query(`create table public.health_probe as select g as id, repeat('x', 200) as pad from generate_series(1, 60000) g`);
    await db.query('delete from public.health_probe where id % 20 <> 0');
    await db.query('analyze public.health_probe');
    // calls read 1,000 times: its BRIN index, which no such read uses, is now unused.
    await db.query('do $$ begin for i in 1..1000 loop perform count(*) from public.calls; end loop; end $$');
    await db.query('select pg_stat_force_next_flush()');
    // A statement of the app's: the service role's.
    await db.query('set role service_role');
    await db.query('select /* health probe */ count(*) from public.voice_settings');
    await db.query('reset role');
    // A query held behind a row lock the test keeps.
    const [holder, waiter] = [new pg.Client({ connectionString: stack.url }), new pg.Client({ connectionString: stack.url })];
    await holder.connect();
    await waiter.connect();
    try {
      await holder.query('begin');
      await holder.query(`select 1 from public.voice_settings where phone_id = 'acme-dental' for update`);
      const waiting = waiter.query(`select /* held by the health test */ 1 from public.voice_settings where phone_id = 'acme-dental' for update`);
      await waitUntilBlocked('held by the health test');

      const r = await stack.cli(['health', '--long-query-ms', '0', '--slow-statement-ms', '0']);
      expect(r.out).toMatch(/✖ unused indexes[^\n]*\n(    [^\n]*\n)*    public\.calls_created_brin \([^)]*\): 0 scans while public\.calls was read [\d,]+ times/);
      expect(r.out).toContain('    public.calls: calls_phone_created_idx, health_probe_duplicate are identical');
      expect(r.out).toMatch(/    table public\.health_probe: [\d.]+× its estimated size, \d+ MB wasted/);
      expect(r.out).toMatch(/    pid \d+ \(postgres, active for [^)]*\): select \/\* held by the health test \*\/ 1 from public\.voice_settings/);
      expect(r.out).toMatch(/    pid \d+ \(postgres, idle in transaction for [^)]*\): select 1 from public\.voice_settings/);
      expect(r.out).toMatch(/    service_role, 1 calls, mean [^:]*: select \/\* health probe \*\/ count\(\*\) from public\.voice_settings/);
      expect(r.out).toContain('health: 5 breaches: unused indexes, duplicate indexes, bloat, long-running queries, slow statements');
      expect(r.code).toBe(1);

      await holder.query('rollback');
      await waiting;
    } finally {
      await holder.end();
      await waiter.end();
      await db.query('drop index if exists public.health_probe_duplicate');
      await db.query('drop table if exists public.health_probe');
    }
  }, 300_000);

  it('names a lock that keeps the reports from reading, instead of waiting behind it', async () => {
    // What a migration holding ACCESS EXCLUSIVE looks like: the CLI's size queries would wait on it.
    const holder = new pg.Client({ connectionString: stack.url });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query('lock table public.business_hours in access exclusive mode');
      const r = await stack.cli(['health', '--long-query-ms', '0']);
      expect(r.out).toMatch(/✖ cache hit ratio +not measured\n    supabase inspect report: canceling statement due to lock timeout/);
      expect(r.out).toMatch(/    pid \d+ \(postgres, idle in transaction for [^)]*\): lock table public\.business_hours in access exclusive mode/);
      expect(r.code).toBe(1);
    } finally {
      await holder.end();
    }
  }, 300_000);
});
