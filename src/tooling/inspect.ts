/**
 * `npm run db:inspect` — Supabase's own `supabase inspect db` reports against
 * the local stack or SUPABASE_DB_URL, printed one after another as the CLI
 * renders them, then the health check (src/tooling/health.ts), whose verdict
 * is the exit code. `npm run db:inspect -- outliers calls` prints only those
 * reports; `--no-health` skips the check.
 *
 * outliers and calls read extensions.pg_stat_statements (the local stack
 * preloads it and creates it there, as Supabase does); outliers lists only the
 * statements of the role it connects as.
 */
import { bin, fail, run } from './shell.ts';
import { databaseUrl, isExternal, redact } from './stack.ts';
import { runHealth } from './health.ts';

/** The CLI's reports (its deprecated aliases left out), in the order they are printed. */
export const REPORTS = [
  'db-stats', 'table-stats', 'index-stats', 'bloat', 'vacuum-stats', 'toast-sizes', 'xid-age',
  'outliers', 'calls', 'long-running-queries', 'blocking', 'locks',
  'role-stats', 'traffic-profile', 'replication-slots', 'collation-drift',
] as const;

/** One report as the CLI prints it (its table, without the "Target:" line it writes to stderr). */
export async function inspectDb(report: string, url = databaseUrl()): Promise<string> {
  const res = await run(bin('supabase'), ['inspect', 'db', report, `--remote=${url}`], {
    env: isExternal() ? {} : { PGSSLMODE: 'disable' },
  });
  if (res.code !== 0) fail(`supabase inspect db ${report} failed (exit ${res.code}):\n${res.stdout}${res.stderr}`);
  return res.stdout.replace(/^\s*\n/gm, '').trimEnd();
}

export async function runInspect(argv: string[]): Promise<number> {
  const health = !argv.includes('--no-health');
  const asked = argv.filter((a) => a !== '--no-health');
  const unknown = asked.filter((a) => !(REPORTS as readonly string[]).includes(a));
  if (unknown.length) fail(`unknown report ${unknown.join(', ')}; reports: ${REPORTS.join(', ')}`);
  const reports = asked.length ? asked : [...REPORTS];
  console.log(`supabase inspect db against ${redact(databaseUrl())}`);
  // Two at a time: each report is a CLI process of its own.
  const outputs: Array<Promise<string>> = [];
  for (let i = 0; i < reports.length; i++) {
    outputs.push(i < 2 ? inspectDb(reports[i]!) : outputs[i - 2]!.then(() => inspectDb(reports[i]!)));
  }
  for (let i = 0; i < reports.length; i++) {
    console.log(`\n━━ ${reports[i]} ━━\n${await outputs[i]}`);
  }
  if (!health) return 0;
  console.log('\n━━ health ━━');
  return runHealth([]);
}
