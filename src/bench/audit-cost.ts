/**
 * What the audit trail costs the writes it records: people's edits, each its
 * own transaction as a request would be, with the audit trigger enabled and
 * disabled on the tables they write, in the same run.
 *
 *   npm run bench:audit -- [--edits 600] [--rounds 6] [--async-commit]
 *
 *   rule      an admin changes a conversation rule's priority (configuration)
 *   call      an admin corrects a call's transcript (tenant data, people only)
 *   member    an owner changes a member's role (a membership, with the
 *             last-owner trigger)
 *
 * Rounds alternate which variant goes first so a noisy machine hits both
 * alike; figures are medians over rounds. --async-commit sets
 * synchronous_commit = off, leaving the CPU the trigger adds without the WAL
 * flush's noise. Everything it creates (a phone number, its users, rows and
 * audit entries) is removed.
 */
import type pg from 'pg';
import { connectBench, option, runMain } from './harness.ts';

const PHONE = 'bench-audit';
const OWNER = '0bec0000-0000-4000-8000-00000000a0d1';
const ADMIN = '0bec0000-0000-4000-8000-00000000a0d2';
const MEMBER = '0bec0000-0000-4000-8000-00000000a0d3';
const TABLES = ['public.conversation_rules', 'public.calls', 'public.phone_members'];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function tearDown(db: pg.Client): Promise<void> {
  for (const t of TABLES) await db.query(`alter table ${t} enable trigger audit`);
  await db.query(`delete from public.phone_numbers where id = $1`, [PHONE]);
  await db.query(`delete from public.audit_log where phone_id = $1`, [PHONE]);
  await db.query(`delete from auth.users where id = any ($1::uuid[])`, [[OWNER, ADMIN, MEMBER]]);
}

async function setUp(db: pg.Client): Promise<void> {
  await tearDown(db);
  await db.query(`insert into auth.users (id, aud, role, email)
                  select u, 'authenticated', 'authenticated', 'bench-audit-' || u || '@bench.test' from unnest($1::uuid[]) u`,
  [[OWNER, ADMIN, MEMBER]]);
  await db.query(`insert into public.phone_numbers (id, number, business_name) values ($1, '+15559990100', 'Audit benchmark')`, [PHONE]);
  await db.query(`insert into public.phone_members (phone_id, user_id, role) values ($1, $2, 'owner'), ($1, $3, 'admin'), ($1, $4, 'viewer')`,
    [PHONE, OWNER, ADMIN, MEMBER]);
  await db.query(`insert into public.conversation_rules (phone_id, rule_type, actions, priority)
                  select $1, 'routing', jsonb_build_object('say', 'Rule ' || g), g from generate_series(1, 20) g`, [PHONE]);
  await db.query(`insert into public.calls (phone_id, call_sid, caller_number, status, created_at)
                  select $1, 'CABENCHAUDIT' || g, '+1415555' || lpad(g::text, 4, '0'), 'ringing', now() - interval '1 hour'
                    from generate_series(1, 20) g`, [PHONE]);
}

type Kind = 'rule' | 'call' | 'member';
const KINDS: Kind[] = ['rule', 'call', 'member'];

/** One edit of `kind` as a request: its own transaction, the person's role and claims. */
async function edit(db: pg.Client, kind: Kind, n: number): Promise<void> {
  const who = kind === 'member' ? OWNER : ADMIN;
  await db.query('begin');
  await db.query(`select set_config('request.jwt.claims', $1, true), set_config('role', 'authenticated', true)`,
    [JSON.stringify({ role: 'authenticated', sub: who })]);
  if (kind === 'rule') {
    await db.query(`update public.conversation_rules set priority = $2
                     where phone_id = $1 and id = (select id from public.conversation_rules where phone_id = $1 order by id offset $3 limit 1)`,
    [PHONE, n % 1000, n % 20]);
  } else if (kind === 'call') {
    await db.query(`update public.calls set transcript = $2
                     where phone_id = $1 and call_sid = $3`, [PHONE, `Corrected transcript ${n}.`, `CABENCHAUDIT${1 + (n % 20)}`]);
  } else {
    await db.query(`update public.phone_members set role = $3 where phone_id = $1 and user_id = $2`,
      [PHONE, MEMBER, n % 2 ? 'admin' : 'viewer']);
  }
  await db.query('commit');
}

async function timed(db: pg.Client, kind: Kind, first: number, count: number): Promise<number> {
  const t0 = performance.now();
  for (let n = first; n < first + count; n++) await edit(db, kind, n);
  return performance.now() - t0;
}

async function setAudit(db: pg.Client, on: boolean): Promise<void> {
  for (const t of TABLES) await db.query(`alter table ${t} ${on ? 'enable' : 'disable'} trigger audit`);
}

runMain(async (args) => {
  const edits = option(args, 'edits', 600);
  const rounds = option(args, 'rounds', 6);
  const asyncCommit = args.includes('--async-commit');
  const perRound = Math.max(1, Math.floor(edits / rounds));
  const db = await connectBench();
  const ms: Record<Kind, { with: number[]; without: number[] }> = {
    rule: { with: [], without: [] }, call: { with: [], without: [] }, member: { with: [], without: [] },
  };
  try {
    if (asyncCommit) await db.query('set synchronous_commit = off');
    await setUp(db);
    for (const kind of KINDS) await timed(db, kind, 0, Math.min(50, perRound)); // warm plans and caches
    for (let r = 0; r < rounds; r++) {
      const order = r % 2 ? [false, true] : [true, false];
      for (const on of order) {
        await setAudit(db, on);
        for (const kind of KINDS) ms[kind][on ? 'with' : 'without'].push(await timed(db, kind, 1000 + r * perRound, perRound));
      }
      process.stdout.write(`\r  round ${r + 1}/${rounds}`);
    }
    await setAudit(db, true);
    const { rows } = await db.query<{ n: number }>(`select count(*)::int as n from public.audit_log where phone_id = $1`, [PHONE]);
    process.stdout.write('\n');
    console.log(`\n${perRound} edits of each kind per variant and round, each its own transaction, median of ${rounds} rounds,` +
      ` synchronous_commit ${asyncCommit ? 'off' : 'on'} (${rows[0]?.n ?? 0} audit entries written):\n`);
    console.log('| edit | µs with the audit trigger | µs without | with ÷ without |');
    console.log('|---|---:|---:|---:|');
    for (const kind of KINDS) {
      const w = (median(ms[kind].with) / perRound) * 1000;
      const wo = (median(ms[kind].without) / perRound) * 1000;
      const label = { rule: 'an admin changes a rule', call: 'an admin corrects a transcript', member: 'an owner changes a role' }[kind];
      console.log(`| ${label} | ${w.toFixed(0)} | ${wo.toFixed(0)} | ${(w / wo).toFixed(2)} |`);
    }
  } finally {
    await tearDown(db).catch(() => undefined);
    await db.end();
  }
});
