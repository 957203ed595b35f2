/**
 * Migrations rehearsed under load: the pending migrations of
 * supabase/migrations are applied one at a time with `supabase db push` to the
 * benchmark database while the telephony backend's webhooks write (several
 * service-role connections sending ringing, answered and completed events
 * through public.ingest_call_event) and members read their screens (the SQL
 * PostgREST sends, through asUser). Per migration it reports how long it took,
 * the writes that failed, the longest lock wait anyone had while it ran (from
 * pg_locks.waitstart, sampled every 20 ms, so a wait is seen up to 20 ms
 * short; waits of the load behind the load itself, webhooks of one phone
 * taking turns on its rows, are not the migration's and are left out) and the
 * p99 latency of the writes and reads; a baseline period before
 * the first migration gives the load's own figures.
 *
 *   npm run bench:seed -- --calls 10000000 --phones 10000   # at the schema to migrate from
 *   npm run bench:migrate -- [--writers 4] [--readers 2] [--baseline 10] [--attempts 5] [--until VERSION] [--report PATH]
 *
 * The target is no failed write and no lock wait over 100 ms. A migration that
 * fails (for instance on its lock_timeout) stops the run, named, with the
 * Supabase CLI's message; the history then holds what was applied before it.
 * One that gives up on its lock_timeout rolled back and is tried again, up to
 * --attempts times (default 5), as whoever deploys it would; the tries are
 * reported.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { CompiledQuery } from 'kysely';
import pg from 'pg';
import { asUser } from '../as-user.ts';
import { createDb } from '../db.ts';
import { migrationFiles, pushThrough } from '../tooling/reset.ts';
import { fail, seconds } from '../tooling/shell.ts';
import { benchUrl, connectBench, option, p99, runMain } from './harness.ts';
import * as pgrst from './postgrest.ts';

/** Most a writer may wait on a lock, and what counts as a failed write: any error. */
const TARGET_WAIT_MS = 100;
/** The Supabase CLI's message when a statement gave up waiting for a lock (SQLSTATE 55P03). */
const LOCK_TIMEOUT = /lock timeout|55P03/i;

const NEWEST: pgrst.Order = [['created_at', 'desc'], ['id', 'desc']];

type Sample = { phase: string; ms: number; ok: boolean; error?: string };
type Phase = {
  name: string;
  ms: number;
  writes: Sample[];
  reads: Sample[];
  longestWaitMs: number;
  waiter: string;
  /** Times `db push` ran it: more than one when it gave up on its lock_timeout. */
  tries: number;
  error?: string;
};

function versionOption(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const v = args[i + 1] ?? '';
  if (!/^\d{14}$/.test(v)) fail(`--${name} needs a 14-digit migration version, got ${v || 'nothing'}`);
  return v;
}

/** The load: webhook writers and member readers, each sample tagged with the phase it ran in. */
/** The load's connections name themselves, so its own waits (webhooks of one phone taking turns) are told apart. */
const LOAD_APP = 'bench-migrate-load';
const withAppName = (url: string) => `${url}${url.includes('?') ? '&' : '?'}application_name=${LOAD_APP}`;

async function startLoad(baseUrl: string, writers: number, readers: number, phase: () => string) {
  const url = withAppName(baseUrl);
  const writes: Sample[] = [];
  const reads: Sample[] = [];
  let running = true;
  const setup = await connectBench();
  const phones = (await setup.query<{ id: string }>(
    `select id from public.phone_numbers order by id limit 200`,
  )).rows.map((r) => r.id);
  const members = (await setup.query<{ user_id: string; phones: string[] }>(
    `select user_id, array_agg(phone_id order by phone_id) as phones from public.phone_members
      group by user_id order by count(*) desc, user_id limit 3`,
  )).rows;
  await setup.end();
  if (phones.length === 0 || members.length === 0) fail('the database has no phone numbers or members: run npm run bench:seed first');

  const timed = async (into: Sample[], fn: () => Promise<unknown>) => {
    const name = phase();
    const t0 = performance.now();
    try {
      await fn();
      into.push({ phase: name, ms: performance.now() - t0, ok: true });
    } catch (e) {
      const err = e as { code?: string; message?: string };
      into.push({ phase: name, ms: performance.now() - t0, ok: false, error: `${err.code ?? ''} ${err.message ?? String(e)}`.trim() });
    }
  };

  const writer = async (w: number) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query('set role service_role');
    let n = 0;
    while (running) {
      const phone = phones[(w * 7919 + n) % phones.length]!;
      const sid = `CM${process.pid}x${w}x${n++}`;
      const caller = `+1555${String(1_000_000 + ((w * 104_729 + n) % 9_000_000)).padStart(7, '0')}`;
      for (const status of ['ringing', 'answered', 'completed'] as const) {
        if (!running) break;
        await timed(writes, () => c.query(
          `select public.ingest_call_event(phone_id => $1, call_sid => $2, caller_number => $3,
                                           occurred_at => now(), status => $4::public.call_status)`,
          [phone, sid, caller, status],
        ));
      }
    }
    await c.end();
  };

  const db = createDb(url, { max: readers });
  const reader = async (r: number) => {
    let n = 0;
    while (running) {
      const m = members[(r + n) % members.length]!;
      const phone = m.phones[n++ % m.phones.length]!;
      // The calls screen and the calls in progress, as supabase-js asks for them.
      const st = n % 2
        ? pgrst.read('calls', { filters: [['phone_id', 'eq', phone]], order: NEWEST, limit: 20 })
        : pgrst.read('calls', { filters: [['phone_id', 'eq', phone], ['status', 'in', ['ringing', 'answered']]], order: NEWEST });
      await timed(reads, () => asUser(db, { role: 'authenticated', sub: m.user_id }, (trx) =>
        trx.executeQuery(CompiledQuery.raw(st.sql, st.params)), { readOnly: true }));
    }
  };

  const done = Promise.all([
    ...Array.from({ length: writers }, (_, w) => writer(w)),
    ...Array.from({ length: readers }, (_, r) => reader(r)),
  ]);
  return {
    writes,
    reads,
    async stop() {
      running = false;
      await done;
      await db.destroy();
    },
  };
}

/** Samples pg_locks every 20 ms; `take()` returns the longest wait since the last call and who had it. */
async function startLockSampler(url: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  let longest = { ms: 0, who: '' };
  let running = true;
  const loop = (async () => {
    while (running) {
      const r = await c.query<{ ms: number; who: string }>(
        `select extract(epoch from clock_timestamp() - l.waitstart) * 1000 as ms,
                left(regexp_replace(coalesce(a.query, ''), '\\s+', ' ', 'g'), 60)
                  || ', behind: ' || coalesce((select left(regexp_replace(b.query, '\\s+', ' ', 'g'), 60)
                                                 from pg_catalog.pg_stat_activity b
                                                where b.pid = (pg_catalog.pg_blocking_pids(l.pid))[1]), '?') as who
           from pg_catalog.pg_locks l left join pg_catalog.pg_stat_activity a on a.pid = l.pid
          where not l.granted and l.waitstart is not null
            -- waits behind the migration (or anything but the load itself)
            and exists (select from pg_catalog.unnest(pg_catalog.pg_blocking_pids(l.pid)) b(pid)
                          join pg_catalog.pg_stat_activity x on x.pid = b.pid
                         where x.application_name is distinct from '${LOAD_APP}')
          order by 1 desc limit 1`,
      );
      const top = r.rows[0];
      if (top && Number(top.ms) > longest.ms) longest = { ms: Number(top.ms), who: top.who };
      await new Promise((res) => setTimeout(res, 20));
    }
  })();
  return {
    take() {
      const l = longest;
      longest = { ms: 0, who: '' };
      return l;
    },
    async stop() {
      running = false;
      await loop;
      await c.end();
    },
  };
}

function table(phases: Phase[]): string[] {
  const f = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '–');
  const lines = [
    '| migration | tries | took | writes | failed writes | longest lock wait ms | write p99 ms | read p99 ms | target |',
    '|---|---:|---:|---:|---:|---:|---:|---:|:---:|',
  ];
  for (const p of phases) {
    const failed = p.writes.filter((s) => !s.ok).length;
    const met = p.name === 'baseline (no migration)' ? '' : failed === 0 && p.longestWaitMs <= TARGET_WAIT_MS && !p.error ? 'met' : '**missed**';
    lines.push(`| ${p.name}${p.error ? ' (failed)' : ''} | ${p.tries || ''} | ${seconds(p.ms)} | ${p.writes.length} | ${failed} | ${f(p.longestWaitMs)} | ` +
      `${f(p99(p.writes.filter((s) => s.ok).map((s) => s.ms)))} | ${f(p99(p.reads.filter((s) => s.ok).map((s) => s.ms)))} | ${met} |`);
  }
  const errors = phases.flatMap((p) => {
    const counts = new Map<string, number>();
    for (const s of [...p.writes, ...p.reads]) if (s.error) counts.set(s.error, (counts.get(s.error) ?? 0) + 1);
    return [...counts].map(([e, n]) => `- ${p.name}: ${n} × ${e}`);
  });
  if (errors.length) lines.push('', 'Errors the load met:', '', ...errors);
  return lines;
}

async function main(args: string[]) {
  const writers = option(args, 'writers', 4);
  const attempts = option(args, 'attempts', 5);
  const readers = option(args, 'readers', 2);
  const baselineS = option(args, 'baseline', 10);
  const until = versionOption(args, 'until');
  const reportAt = args.includes('--report') ? args[args.indexOf('--report') + 1] : undefined;
  const url = benchUrl();

  const db = await connectBench();
  const applied = new Set((await db.query<{ version: string }>(
    'select version from supabase_migrations.schema_migrations',
  ).catch(() => fail('the database has no migration history: migrate it first (npm run db:reset)'))).rows.map((r) => r.version));
  const calls = (await db.query<{ n: string }>(`select reltuples::bigint as n from pg_class where oid = 'public.calls'::regclass`)).rows[0]?.n;
  await db.end();
  const pending = migrationFiles().filter((f) => !applied.has(f.slice(0, 14)) && (!until || f.slice(0, 14) <= until));
  if (pending.length === 0) fail('no pending migration: every file in supabase/migrations is in the history');
  console.log(`${pending.length} pending migrations on ${Number(calls).toLocaleString('en-US')} calls (estimate); ` +
    `load: ${writers} webhook writers, ${readers} member readers`);

  let current = 'baseline (no migration)';
  const load = await startLoad(url, writers, readers, () => current);
  const locks = await startLockSampler(url);
  const phases: Phase[] = [];
  const close = (name: string, ms: number, tries: number, error?: string) => {
    const wait = locks.take();
    phases.push({
      name, ms, tries, error, longestWaitMs: wait.ms, waiter: wait.who,
      writes: load.writes.filter((s) => s.phase === name),
      reads: load.reads.filter((s) => s.phase === name),
    });
  };
  try {
    const t0 = performance.now();
    await new Promise((res) => setTimeout(res, baselineS * 1000));
    close(current, performance.now() - t0, 0);
    for (const file of pending) {
      current = file.replace(/\.sql$/, '');
      const t = performance.now();
      let error: string | undefined;
      let tries = 0;
      // A migration that gives up on its lock_timeout changed nothing (its
      // transaction rolled back): it is tried again, as whoever deploys would.
      do {
        tries++;
        error = undefined;
        try {
          await pushThrough(url, file.slice(0, 14));
        } catch (e) {
          error = e instanceof Error ? e.message : String(e);
          if (LOCK_TIMEOUT.test(error) && tries < attempts) await new Promise((res) => setTimeout(res, 500 * tries));
        }
      } while (error && LOCK_TIMEOUT.test(error) && tries < attempts);
      close(current, performance.now() - t, tries, error);
      const p = phases.at(-1)!;
      console.log(`  ${current}: ${seconds(p.ms)}, ${p.writes.filter((s) => !s.ok).length} failed writes, ` +
        `longest lock wait ${p.longestWaitMs.toFixed(1)} ms${p.waiter ? ` (${p.waiter})` : ''}`);
      if (error) {
        console.log(`\n${current} failed; the migrations after it were not applied:\n${error}`);
        break;
      }
    }
  } finally {
    await locks.stop();
    await load.stop();
  }
  const lines = table(phases);
  console.log(`\n${lines.join('\n')}`);
  if (reportAt) {
    writeFileSync(reportAt, [
      `# Migrations under load (${new Date().toISOString().slice(0, 10)})`, '',
      `${Number(calls).toLocaleString('en-US')} calls (estimate), ${writers} webhook writers, ${readers} member readers, ` +
        `${os.cpus().length} cores. Longest lock wait: pg_locks.waitstart sampled every 20 ms, waits behind the load itself left out. Target: no failed write, ` +
        `no wait over ${TARGET_WAIT_MS} ms.`, '', ...lines, '',
    ].join('\n'));
    console.log(`\nwrote ${reportAt}`);
  }
  if (phases.some((p) => p.error)) process.exitCode = 1;
}

runMain(main);
