/**
 * `npm test` — every check the project has, in order, with a summary:
 * type-check, squawk, pgTAP (pg_prove), vitest, the backup-and-restore round
 * trip, Supabase's advisors and the drift checks of types/,
 * supabase/current-schema/ and supabase/docs/, then a small run of the
 * benchmarks. All checks run even when one fails; the exit code is non-zero if
 * any did.
 */
import { ROOT, bin, info, pgEnv, run, seconds, ToolError } from './shell.ts';
import * as stack from './stack.ts';
import { migrationFiles, push, reset } from './reset.ts';
import { startScratchCluster } from './scratch.ts';
import { typeDrift } from './types.ts';
import { CURRENT_SCHEMA_DIR, currentSchemaDrift } from './current-schema.ts';
import { DOCS_DIR, schemaDocsDrift } from './schema-docs.ts';

type Check = { name: string; run: () => Promise<string | void> };

/** How many of the newest migrations the bench check replays under load (bench:migrate). */
const REHEARSED = 6;

/** Advisor lints about what the database has been doing rather than what the migrations made. */
const ACTIVITY_LINTS = ['unused_index', 'table_bloat'];

async function mustPass(cmd: string, args: string[], env?: NodeJS.ProcessEnv): Promise<string> {
  const res = await run(cmd, args, { echo: true, ...(env ? { env } : {}) });
  if (res.code !== 0) throw new ToolError(`${cmd.split('/').pop()} exited with ${res.code}`);
  return res.stdout.replace(/\x1b\[[0-9;]*m/g, '');
}

/** Brings the database to the state the tests expect: running, every migration applied. */
async function ensureDatabase(): Promise<void> {
  await stack.start();
  const applied = await stack
    .withClient(stack.databaseUrl(), (c) =>
      c.query<{ version: string }>('select version from supabase_migrations.schema_migrations order by 1'),
    )
    .then((r) => r.rows.map((x) => x.version))
    .catch(() => [] as string[]);
  const expected = migrationFiles().map((f) => f.split('_')[0]!);
  if (applied.join() !== expected.join()) {
    info('the database does not match supabase/migrations: running db:reset first');
    await reset();
  }
  // Millions of benchmark calls would slow the suites down (the archive test
  // archives whatever is due) and the bench check replaces them.
  const bench = await stack.withClient(stack.databaseUrl(), (c) =>
    c.query<{ present: boolean }>(`select to_regclass('bench.run') is not null as present`));
  if (bench.rows[0]?.present) {
    throw new ToolError('the database holds benchmark data (npm run bench:seed); remove it first with ' +
      'npm run bench:seed -- --remove, or npm run db:reset');
  }
}

const checks: Check[] = [
  { name: 'typecheck', run: () => mustPass(bin('tsc'), ['--noEmit', '-p', ROOT]).then(() => 'tsc --noEmit clean') },
  {
    name: 'squawk',
    run: async () => {
      const files = migrationFiles().map((f) => `supabase/migrations/${f}`);
      await mustPass(bin('squawk'), files);
      return `${files.length} migrations lint clean`;
    },
  },
  { name: 'database', run: () => ensureDatabase().then(() => stack.redact(stack.databaseUrl())) },
  {
    name: 'pgtap',
    run: async () => {
      const out = await mustPass('pg_prove', ['--ext', '.sql', '-r', 'supabase/tests'], pgEnv(stack.databaseUrl()));
      return out.match(/Files=\d+, Tests=\d+/)?.[0];
    },
  },
  {
    name: 'vitest',
    run: async () => {
      const out = await mustPass(bin('vitest'), ['run', '--config', 'tests/vitest.config.ts'], { DATABASE_URL: stack.databaseUrl() });
      return out.match(/Tests\s+(.*)/)?.[1]?.trim();
    },
  },
  {
    // After the other suites, alone: the seeded database backed up, restored into a
    // scratch cluster, and every guarantee checked there (tests/round-trip.test.ts).
    name: 'round-trip',
    run: async () => {
      const out = await mustPass(bin('vitest'), ['run', '--config', 'tests/vitest.round-trip.config.ts'], { DATABASE_URL: stack.databaseUrl() });
      const pgtap = out.match(/pgTAP on the restored database: (.*)/)?.[1];
      return [out.match(/Tests\s+(.*)/)?.[1]?.trim(), pgtap && `pgTAP there: ${pgtap}`].filter(Boolean).join('; ');
    },
  },
  {
    name: 'advisors',
    run: async () => {
      const out = await mustPass(bin('supabase'), [
        'db', 'advisors', `--remote=${stack.databaseUrl()}`, '--level', 'info', '--fail-on', 'none',
      ]);
      // Two lints read the database's activity, not its schema: unused_index (the usage
      // counters of a database created minutes ago say nothing, and the last test's backend
      // may not have flushed them) and table_bloat (the dead rows the suites just churned,
      // before autovacuum came by). Both made this check fail at random; they belong to
      // monitoring a live database. Every other finding fails it.
      const start = out.indexOf('[');
      const findings = start < 0 ? [] : (JSON.parse(out.slice(start)) as { name: string; detail: string }[]);
      const failing = findings.filter((f) => !ACTIVITY_LINTS.includes(f.name));
      if (failing.length) throw new ToolError(`${failing.length} advisor findings: ${failing.map((f) => `${f.name}: ${f.detail}`).join('; ')}`);
      const ignored = findings.filter((f) => ACTIVITY_LINTS.includes(f.name)).map((f) => f.name);
      return `supabase db advisors: no findings${ignored.length ? ` (${ignored.length} ignored: ${[...new Set(ignored)].join(', ')})` : ''}`;
    },
  },
  {
    name: 'types drift',
    run: async () => {
      const drifted = await typeDrift();
      if (drifted.length) {
        throw new ToolError(`${drifted.join(', ')} differ from what the migrations generate; run npm run db:reset and commit types/`);
      }
      return 'types/ matches the migrations';
    },
  },
  {
    name: 'schema drift',
    run: async () => {
      const drifted = await currentSchemaDrift();
      if (drifted.length) {
        throw new ToolError(`${CURRENT_SCHEMA_DIR}/ differs from what the migrations give: ${drifted.join(', ')}; ` +
          `run npm run db:reset and commit ${CURRENT_SCHEMA_DIR}/`);
      }
      return `${CURRENT_SCHEMA_DIR}/ matches the migrations`;
    },
  },
  {
    name: 'docs drift',
    run: async () => {
      const drifted = await schemaDocsDrift();
      if (drifted.length) {
        throw new ToolError(`${DOCS_DIR}/ differs from what the migrations give: ${drifted.join(', ')}; ` +
          `run npm run db:reset and commit ${DOCS_DIR}/`);
      }
      return `${DOCS_DIR}/ matches the migrations`;
    },
  },
  {
    // The benchmark tooling at a small scale, so it keeps working; its
    // figures are printed, never asserted. Last, and its data removed after,
    // so no other check sees it.
    name: 'bench',
    run: async () => {
      const tsx = bin('tsx');
      try {
        await mustPass(tsx, ['src/bench/seed.ts', '--calls', '50000', '--phones', '300', '--fresh']);
        await mustPass(tsx, ['src/bench/benchmark.ts', '--reps', '5', '--budget', '1', '--flows', '40']);
      } finally {
        await run(tsx, ['src/bench/seed.ts', '--remove'], { echo: true });
      }
      // The newest migrations, replayed under load on a scratch cluster with
      // benchmark data: seeded at the full schema (the generator writes what
      // the newest migrations add), rolled back past them with their downs,
      // then applied again by bench:migrate.
      const scratch = await startScratchCluster();
      try {
        const env = { SUPABASE_DB_URL: scratch.url };
        const from = migrationFiles().at(-(REHEARSED + 1))!.slice(0, 14);
        await push({ seed: false, url: scratch.url });
        await mustPass(tsx, ['src/bench/seed.ts', '--calls', '20000', '--phones', '100'], env);
        await mustPass(tsx, ['src/tooling/cli.ts', 'rollback', '--to', from, '--force', '--yes'], env);
        await mustPass(tsx, ['src/bench/migrate.ts', '--baseline', '2', '--writers', '2', '--readers', '1'], env);
      } finally {
        await scratch.stop();
      }
      return `bench:seed (50k calls), bench and bench:migrate (the last ${REHEARSED} migrations) ran; figures not asserted`;
    },
  },
];

export async function runTests(argv: string[]): Promise<number> {
  const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1]?.split(',') : undefined;
  const selected = checks.filter((c) => !only || only.includes(c.name) || c.name === 'database');
  const results: Array<{ name: string; ok: boolean; ms: number; detail: string }> = [];
  const t0 = performance.now();
  for (const check of selected) {
    process.stdout.write(`\n━━ ${check.name} ━━\n`);
    const start = performance.now();
    try {
      const detail = (await check.run()) ?? '';
      results.push({ name: check.name, ok: true, ms: performance.now() - start, detail });
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      process.stdout.write(`✖ ${detail}\n`);
      results.push({ name: check.name, ok: false, ms: performance.now() - start, detail });
      if (check.name === 'database') break;
    }
  }
  process.stdout.write(`\n━━ summary (${seconds(performance.now() - t0)}) ━━\n`);
  for (const r of results) {
    process.stdout.write(`${r.ok ? '✔' : '✖'} ${r.name.padEnd(12)} ${seconds(r.ms).padStart(7)}  ${r.detail.split('\n')[0]}\n`);
  }
  const failed = results.filter((r) => !r.ok).length + (selected.length - results.length);
  return failed === 0 ? 0 : 1;
}
