/**
 * `npm run db:health` — thresholds over the database's activity, on the local
 * stack or SUPABASE_DB_URL. Exits 1 and names every breach.
 *
 * What it reads, and why there is SQL of our own at all (thresholds are
 * DEFAULT_THRESHOLDS, each one a flag of the command):
 *
 *   cache hit ratio       `supabase inspect report` (db_stats.csv): the table and index hit
 *                         ratios, healthy above 0.95. The CLI prints them rounded to two places
 *                         (0.95 is a breach; 0.955 prints as 0.96) and without the block accesses
 *                         behind them, so one query of ours (pg_statio_user_tables) counts those:
 *                         below cacheMinBlocks (10,000) a ratio is not judged, nor is it when
 *                         nothing has been read since the statistics were reset (the CLI's 'N/A',
 *                         e.g. a database just recreated).
 *   unused indexes        `inspect report`: unused_indexes.csv is the CLI's own definition (a
 *                         non-unique index scanned fewer than 50 times, on a table above 40 kB);
 *                         table_stats.csv and index_stats.csv give a table's reads (sequential
 *                         scans and the scans of all its indexes). Such an index is reported only
 *                         on a table read at least minTableScans (1,000) times since the
 *                         statistics were reset: on a fresh database every index is "unused".
 *   duplicate indexes     `supabase db advisors` (its duplicate_index lint: definitions identical
 *                         but for the name). The report's own rule compares column lists only and
 *                         would call a partial index a duplicate of the full one.
 *   bloat                 `inspect report` (bloat.csv): a table or index more than bloatFactor
 *                         (4, the CLI's own bound) times its estimated size with at least
 *                         bloatMinWasteBytes (10 MB) wasted; smaller ones are autovacuum's.
 *   long-running queries  our query on pg_stat_activity: the CLI's long-running-queries report
 *                         has a fixed bound of 5 minutes, while the API roles time out after
 *                         3 to 8 seconds; ours takes longQueryMs (60 s). Like the CLI's, it
 *                         counts a transaction left idle from its last statement.
 *   slow statements       our query on extensions.pg_stat_statements: mean execution time above
 *                         slowStatementMs (1 s) for statements run by anon, authenticated or
 *                         service_role (the app's traffic through PostgREST and asUser). The
 *                         CLI's outliers report ranks only the connecting role's statements
 *                         (postgres: migrations, pg_cron, tooling) by total time, top 10.
 *
  * Gathering (`gather`) and judging (`evaluate`) are separate: `evaluate` is a
 * pure function of what was gathered, so each verdict can be tested on rows.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bin, fail, run } from './shell.ts';
import { databaseUrl, isExternal, redact, withClient } from './stack.ts';

export const CHECKS = [
  'cache hit ratio',
  'unused indexes',
  'duplicate indexes',
  'bloat',
  'long-running queries',
  'slow statements',
] as const;
export type CheckName = (typeof CHECKS)[number];

export type Thresholds = {
  /** Healthy when the table and the index hit ratio are both above this. */
  cacheHitRatio: number;
  /** Block accesses (hits and reads) a ratio needs before it is judged. */
  cacheMinBlocks: number;
  /** Reads (sequential and index scans) a table needs before its indexes are judged. */
  minTableScans: number;
  /** A relation this many times its estimated size is bloated (with bloatMinWasteBytes wasted). */
  bloatFactor: number;
  bloatMinWasteBytes: number;
  /** A statement running (or a transaction idle) longer than this. */
  longQueryMs: number;
  /** A statement whose mean execution time is above this. */
  slowStatementMs: number;
  /** The roles whose statements are timed: the app's. */
  statementRoles: string[];
};

export const DEFAULT_THRESHOLDS: Thresholds = {
  cacheHitRatio: 0.95,
  cacheMinBlocks: 10_000,
  minTableScans: 1_000,
  bloatFactor: 4,
  bloatMinWasteBytes: 10 * 1024 * 1024,
  longQueryMs: 60_000,
  slowStatementMs: 1_000,
  statementRoles: ['anon', 'authenticated', 'service_role'],
};

/** Rows as the CLI writes them (every value a string), and what our own queries return. */
export type Snapshot = {
  /** Why a source could not be read (a lock the CLI's size queries waited on past LOCK_TIMEOUT, say). */
  unavailable: Partial<Record<'inspect report' | 'db advisors', string>>;
  dbStats: { index_hit_rate: string; table_hit_rate: string };
  cacheBlocks: { table: number; index: number };
  unusedIndexes: Array<{ name: string; index: string; index_size: string; index_scans: string }>;
  indexStats: Array<{ name: string; table: string; index_scans: string }>;
  tableStats: Array<{ name: string; seq_scans: string }>;
  bloat: Array<{ type: string; name: string; bloat: string; waste: string }>;
  duplicateIndexes: Array<{ table: string; indexes: string[] }>;
  activity: Array<{ pid: number; role: string; state: string; ms: number; query: string }>;
  /** Null when extensions.pg_stat_statements cannot be read. */
  statements: { error: string } | { counted: number; slow: Array<{ role: string; calls: number; mean_ms: number; max_ms: number; query: string }> };
};

export type Verdict = { check: CheckName; ok: boolean; detail: string; breaches: string[] };

// ─── judging ────────────────────────────────────────────────────────────────

const fmt = (n: number) => n.toLocaleString('en-US');
const plural = (n: number, noun: string) => `${fmt(n)} ${noun}${n === 1 ? '' : 's'}`;

/** '8192 bytes', '72 kB', '12 MB', '1.5 GB' (pg_size_pretty) in bytes. */
export function parseSize(text: string): number {
  const m = /^\s*(-?[\d.]+)\s*(bytes|kB|MB|GB|TB|PB)\s*$/.exec(text);
  if (!m) return Number.NaN;
  const unit = { bytes: 0, kB: 1, MB: 2, GB: 3, TB: 4, PB: 5 }[m[2] as 'bytes'];
  return Number(m[1]) * 1024 ** unit;
}

function ms(n: number): string {
  if (n === 0) return '0 ms';
  return n >= 1000 ? `${(n / 1000).toFixed(n >= 10_000 ? 0 : 1)} s` : `${n.toFixed(n >= 10 ? 0 : 2)} ms`;
}

function cache(s: Snapshot, t: Thresholds): Verdict {
  const parts: string[] = [];
  const breaches: string[] = [];
  for (const [kind, rate, blocks] of [
    ['table', s.dbStats.table_hit_rate, s.cacheBlocks.table],
    ['index', s.dbStats.index_hit_rate, s.cacheBlocks.index],
  ] as const) {
    const ratio = Number(rate);
    if (rate === 'N/A' || !Number.isFinite(ratio)) {
      parts.push(`${kind}: no reads yet, not judged`);
    } else if (blocks < t.cacheMinBlocks) {
      parts.push(`${kind} ${rate} over ${fmt(blocks)} block accesses, fewer than ${fmt(t.cacheMinBlocks)}: not judged`);
    } else if (ratio > t.cacheHitRatio) {
      parts.push(`${kind} ${rate} (${fmt(blocks)} block accesses)`);
    } else {
      parts.push(`${kind} ${rate} (${fmt(blocks)} block accesses)`);
      breaches.push(`${kind} hit ratio ${rate} is not above ${t.cacheHitRatio}`);
    }
  }
  return { check: 'cache hit ratio', ok: breaches.length === 0, detail: `${parts.join('; ')}; healthy above ${t.cacheHitRatio}`, breaches };
}

function unused(s: Snapshot, t: Thresholds): Verdict {
  // A table's reads: its sequential scans (table-stats) and the scans of all its indexes (index-stats;
  // that report's own seq_scans column is joined on the index, not the table, and always 0).
  const reads = new Map<string, number>();
  for (const r of s.tableStats) reads.set(r.name, Number(r.seq_scans) || 0);
  for (const r of s.indexStats) reads.set(r.table, (reads.get(r.table) ?? 0) + (Number(r.index_scans) || 0));
  const judged = [...reads].filter(([, n]) => n >= t.minTableScans).map(([table]) => table).sort();
  const breaches = s.unusedIndexes
    .filter((u) => (reads.get(u.name) ?? 0) >= t.minTableScans)
    .map((u) => `${u.name.split('.')[0]}.${u.index} (${u.index_size}): ${fmt(Number(u.index_scans))} scans while ${u.name} was read ${fmt(reads.get(u.name)!)} times`);
  const detail = breaches.length
    ? `${breaches.length} of the indexes on tables read at least ${fmt(t.minTableScans)} times`
    : `none on the ${plural(judged.length, 'table')} read at least ${fmt(t.minTableScans)} times${judged.length ? ` (${judged.join(', ')})` : ''}; ` +
      `${plural(reads.size - judged.length, 'table')} read less not judged`;
  return { check: 'unused indexes', ok: breaches.length === 0, detail, breaches };
}

function duplicates(s: Snapshot): Verdict {
  const breaches = s.duplicateIndexes.map((d) => `${d.table}: ${d.indexes.join(', ')} are identical`);
  return { check: 'duplicate indexes', ok: breaches.length === 0, detail: breaches.length ? `${breaches.length} ${breaches.length === 1 ? 'set' : 'sets'}` : 'none', breaches };
}

function bloat(s: Snapshot, t: Thresholds): Verdict {
  const rows = s.bloat.map((b) => ({ ...b, factor: Number(b.bloat), bytes: parseSize(b.waste) }));
  const breaches = rows
    .filter((b) => b.factor > t.bloatFactor && b.bytes >= t.bloatMinWasteBytes)
    .map((b) => `${b.type} ${b.name}: ${b.factor}× its estimated size, ${b.waste} wasted`);
  const worst = rows.filter((b) => Number.isFinite(b.bytes)).sort((a, b) => b.bytes - a.bytes)[0];
  const bound = `above ${t.bloatFactor}× with ${fmt(t.bloatMinWasteBytes / 1024 / 1024)} MB or more wasted`;
  const detail = breaches.length ? bound : `none ${bound}${worst ? ` (most wasted: ${worst.name}, ${worst.factor}×, ${worst.waste})` : ''}`;
  return { check: 'bloat', ok: breaches.length === 0, detail, breaches };
}

function longRunning(s: Snapshot, t: Thresholds): Verdict {
  const breaches = s.activity
    .filter((a) => a.ms > t.longQueryMs)
    .map((a) => `pid ${a.pid} (${a.role}, ${a.state} for ${ms(a.ms)}): ${a.query}`);
  return {
    check: 'long-running queries', ok: breaches.length === 0,
    detail: breaches.length ? `longer than ${ms(t.longQueryMs)}` : `none longer than ${ms(t.longQueryMs)}`, breaches,
  };
}

function slow(s: Snapshot, t: Thresholds): Verdict {
  const roles = t.statementRoles.join(', ');
  if ('error' in s.statements) {
    return { check: 'slow statements', ok: false, detail: 'not measured', breaches: [`extensions.pg_stat_statements cannot be read: ${s.statements.error}`] };
  }
  const breaches = s.statements.slow
    .filter((r) => r.mean_ms > t.slowStatementMs)
    .map((r) => `${r.role}, ${fmt(r.calls)} calls, mean ${ms(r.mean_ms)}, max ${ms(r.max_ms)}: ${r.query}`);
  const detail = breaches.length
    ? `mean above ${ms(t.slowStatementMs)}, of ${plural(s.statements.counted, 'statement')} run by ${roles}`
    : s.statements.counted === 0
      ? `no statement run by ${roles} yet`
      : `none of ${plural(s.statements.counted, 'statement')} run by ${roles} averages above ${ms(t.slowStatementMs)}`;
  return { check: 'slow statements', ok: breaches.length === 0, detail, breaches };
}

/** Which source each check judges. */
const SOURCE: Partial<Record<CheckName, keyof Snapshot['unavailable']>> = {
  'cache hit ratio': 'inspect report', 'unused indexes': 'inspect report', bloat: 'inspect report', 'duplicate indexes': 'db advisors',
};

/** Every check's verdict on a snapshot, in the order of CHECKS; a check whose source could not be read is breached. */
export function evaluate(s: Snapshot, t: Thresholds = DEFAULT_THRESHOLDS): Verdict[] {
  return [cache(s, t), unused(s, t), duplicates(s), bloat(s, t), longRunning(s, t), slow(s, t)].map((v) => {
    const source = SOURCE[v.check];
    const error = source && s.unavailable[source];
    return error ? { check: v.check, ok: false, detail: 'not measured', breaches: [`supabase ${source}: ${error}`] } : v;
  });
}

export function render(verdicts: Verdict[]): string {
  const width = Math.max(...verdicts.map((v) => v.check.length));
  const lines = verdicts.flatMap((v) => [
    `${v.ok ? '✔' : '✖'} ${v.check.padEnd(width)}  ${v.detail}`,
    ...v.breaches.map((b) => `    ${b}`),
  ]);
  const failed = verdicts.filter((v) => !v.ok).map((v) => v.check);
  lines.push(failed.length ? `health: ${failed.length} ${failed.length === 1 ? 'breach' : 'breaches'}: ${failed.join(', ')}` : 'health: ok');
  return lines.join('\n');
}

// ─── gathering ──────────────────────────────────────────────────────────────

/** RFC 4180 CSV (quoted fields may hold commas, quotes and newlines) as objects keyed by the header. */
export function parseCsv(text: string): Array<Record<string, string>> {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  const [header, ...body] = rows;
  if (!header) return [];
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

/** The local stack serves no TLS: asked for none, the CLI prints no fallback warning. */
function cliEnv(): NodeJS.ProcessEnv {
  return isExternal() ? {} : { PGSSLMODE: 'disable' };
}

/**
 * How long any of the checks' statements waits for a lock. The CLI's size
 * queries (pg_table_size) wait behind an ACCESS EXCLUSIVE lock, such as a
 * migration's; during such an incident the check reports it rather than hang.
 */
export const LOCK_TIMEOUT = '5s';

/** `url` with lock_timeout as a startup parameter, which the CLI's driver and pg both pass on. */
export function withLockTimeout(url: string): string {
  const u = new URL(url);
  u.searchParams.delete('options');
  const options = `options=${encodeURIComponent(`-c lock_timeout=${LOCK_TIMEOUT}`)}`;
  return `${u.toString()}${u.search ? '&' : '?'}${options}`;
}

class SourceError extends Error {}

/** Runs the Supabase CLI against `url` and returns its stdout (the JSON it prints). */
async function supabase(args: string[], url: string): Promise<string> {
  const res = await run(bin('supabase'), [...args, `--remote=${withLockTimeout(url)}`], { env: cliEnv() });
  if (res.code !== 0) {
    // The JSON error the CLI prints with --output-format json, or its text error.
    const error = /"message":"((?:[^"\\]|\\.)*)"/.exec(res.stdout)?.[1]?.replace(/^failed to copy output: error: /, '')
      ?? /ERROR: (.*)/.exec(`${res.stdout}${res.stderr}`)?.[1];
    if (error) throw new SourceError(error);
    fail(`supabase ${args.slice(0, 3).join(' ')} failed (exit ${res.code}):\n${res.stdout}${res.stderr}`);
  }
  return res.stdout;
}

function json<T>(text: string, what: string): T {
  const start = text.indexOf('{');
  try {
    return JSON.parse(text.slice(start)) as T;
  } catch {
    return fail(`${what} printed no JSON:\n${text}`);
  }
}

/** The CLI's CSV reports (`supabase inspect report`), by file name without .csv. */
export async function inspectReport(url = databaseUrl()): Promise<Record<string, Array<Record<string, string>>>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'replytics-inspect-'));
  try {
    const out = json<{ files: Array<{ name: string; path: string }> }>(
      await supabase(['inspect', 'report', '--output-dir', dir, '--output-format', 'json'], url), 'supabase inspect report');
    return Object.fromEntries(out.files.map((f) => [f.name, parseCsv(readFileSync(f.path, 'utf8'))]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function report<T>(reports: Record<string, Array<Record<string, string>>>, name: string): T[] {
  if (Object.keys(reports).length === 0) return [];
  const rows = reports[name] ?? fail(`supabase inspect report wrote no ${name}.csv`);
  return rows as T[];
}

/** Schemas the CLI's reports leave out (Supabase's own); the block counts follow them. */
const CLI_INTERNAL_SCHEMAS = ['auth', 'cron', 'extensions', 'graphql', 'graphql_public', 'net', 'pgbouncer', 'pgsodium',
  'pgsodium_masks', 'realtime', 'storage', 'supabase_functions', 'supabase_migrations', 'vault'];

const CACHE_BLOCKS_SQL = `
  select coalesce(sum(heap_blks_hit + heap_blks_read), 0)::float8 as table,
         coalesce(sum(coalesce(idx_blks_hit, 0) + coalesce(idx_blks_read, 0)), 0)::float8 as index
    from pg_statio_user_tables
   where schemaname <> all ($1::text[]) and schemaname not like 'pg\\_%' and schemaname <> 'information_schema'`;

/** Sessions running a statement or holding a transaction open (the CLI's notion: state other than idle), oldest first. */
const ACTIVITY_SQL = `
  select pid, coalesce(usename, '') as role, state,
         (extract(epoch from clock_timestamp() - query_start) * 1000)::float8 as ms,
         left(regexp_replace(query, '\\s+', ' ', 'g'), 160) as query
    from pg_stat_activity
   where backend_type = 'client backend' and pid <> pg_backend_pid()
     and state <> 'idle' and query_start is not null
   order by query_start`;

const STATEMENTS_SQL = `
  select r.rolname as role, s.calls::float8 as calls, s.mean_exec_time as mean_ms, s.max_exec_time as max_ms,
         left(regexp_replace(s.query, '\\s+', ' ', 'g'), 160) as query
    from extensions.pg_stat_statements s join pg_roles r on r.oid = s.userid
   where s.dbid = (select oid from pg_database where datname = current_database())
     and r.rolname = any ($1::text[])
   order by s.mean_exec_time desc, s.queryid`;

/** Everything the checks judge, read from the database at `url`. */
export async function gather(url = databaseUrl(), t: Thresholds = DEFAULT_THRESHOLDS): Promise<Snapshot> {
  const unavailable: Snapshot['unavailable'] = {};
  const source = async <T>(name: keyof Snapshot['unavailable'], read: () => Promise<T>, none: T): Promise<T> => {
    try {
      return await read();
    } catch (e) {
      if (!(e instanceof SourceError)) throw e;
      unavailable[name] = e.message;
      return none;
    }
  };
  type Advice = { results: Array<{ name: string; metadata: { schema: string; name: string; indexes?: string[] } }> };
  const [reports, advisors] = await Promise.all([
    source('inspect report', () => inspectReport(url), {} as Record<string, Array<Record<string, string>>>),
    source('db advisors', async () => json<Advice>(await supabase(
      ['db', 'advisors', '--type', 'performance', '--level', 'info', '--fail-on', 'none', '--output-format', 'json'], url),
    'supabase db advisors'), { results: [] } as Advice),
  ]);
  const own = await withClient(withLockTimeout(url), async (c) => {
    const blocks = await c.query<{ table: number; index: number }>(CACHE_BLOCKS_SQL, [CLI_INTERNAL_SCHEMAS]);
    const activity = await c.query<Snapshot['activity'][number]>(ACTIVITY_SQL);
    let statements: Snapshot['statements'];
    try {
      const rows = (await c.query<{ role: string; calls: number; mean_ms: number; max_ms: number; query: string }>(STATEMENTS_SQL, [t.statementRoles])).rows;
      statements = { counted: rows.length, slow: rows.filter((r) => r.mean_ms > t.slowStatementMs) };
    } catch (e) {
      statements = { error: (e as Error).message };
    }
    return { blocks: blocks.rows[0]!, activity: activity.rows, statements };
  });
  const [dbStats] = report<Snapshot['dbStats']>(reports, 'db_stats');
  return {
    unavailable,
    dbStats: dbStats ?? { index_hit_rate: 'N/A', table_hit_rate: 'N/A' },
    cacheBlocks: own.blocks,
    unusedIndexes: report(reports, 'unused_indexes'),
    indexStats: report(reports, 'index_stats'),
    tableStats: report(reports, 'table_stats'),
    bloat: report(reports, 'bloat'),
    duplicateIndexes: advisors.results
      .filter((r) => r.name === 'duplicate_index')
      .map((r) => ({ table: `${r.metadata.schema}.${r.metadata.name}`, indexes: r.metadata.indexes ?? [] })),
    activity: own.activity.filter((a) => a.ms > t.longQueryMs),
    statements: own.statements,
  };
}

export async function health(url = databaseUrl(), t: Thresholds = DEFAULT_THRESHOLDS): Promise<Verdict[]> {
  return evaluate(await gather(url, t), t);
}

/** `--long-query-ms 500 --slow-statement-ms 0 …` over the defaults. */
export function thresholdsFrom(argv: string[]): Thresholds {
  const flags: Record<string, keyof Thresholds> = {
    '--cache-hit-ratio': 'cacheHitRatio', '--cache-min-blocks': 'cacheMinBlocks', '--min-table-scans': 'minTableScans',
    '--bloat-factor': 'bloatFactor', '--bloat-min-waste-mb': 'bloatMinWasteBytes', '--long-query-ms': 'longQueryMs',
    '--slow-statement-ms': 'slowStatementMs',
  };
  const t: Thresholds = { ...DEFAULT_THRESHOLDS };
  for (let i = 0; i < argv.length; i++) {
    const key = flags[argv[i]!];
    if (!key) fail(`unknown option ${argv[i]}; known: ${Object.keys(flags).join(', ')}`);
    const value = Number(argv[++i]);
    if (!Number.isFinite(value)) fail(`${argv[i - 1]} needs a number`);
    (t as Record<string, unknown>)[key] = key === 'bloatMinWasteBytes' ? value * 1024 * 1024 : value;
  }
  return t;
}

/** The command: prints every verdict, returns 1 when any check is breached. */
export async function runHealth(argv: string[]): Promise<number> {
  const t = thresholdsFrom(argv);
  console.log(`health of ${redact(databaseUrl())}`);
  const verdicts = await health(databaseUrl(), t);
  console.log(render(verdicts));
  return verdicts.every((v) => v.ok) ? 0 : 1;
}
