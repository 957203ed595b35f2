/**
 * Scale data for the benchmarks.
 *
 *   npm run bench:seed -- --calls 10000000 --phones 10000 [--turns 8] [--fresh]
 *   npm run bench:seed -- --remove
 *
 * Phone numbers `bench-00001` ... with Zipf-sized tenants (phone k gets a
 * share proportional to 1/k: a few huge, a long tail of small ones) in seven
 * time zones, an owner and a viewer each, and three benchmark users who are
 * members of 1, 10 and 100 phones. Calls cover the last 18 months, inserted
 * in time order (as they arrive) in 60 slices, each one transaction, at local
 * times that follow a business day (a morning and an afternoon peak), with
 * repeat callers in seven area codes, 80% completed (with a short transcript
 * and summary; 1 in 1000 mentions a flood), 10% missed, 10% dropped after
 * answering, a few still in progress, and metadata with tags on 40% of
 * completed calls. Completed calls have --turns conversation turns each
 * (default 8; a tool turn among them; 1 call in 4 mentions
 * insurance, 1 in 1000 a sinkhole, in its turns only).
 * Every phone has 12 conversation rules and weekday hours with a lunch break.
 *
 * Set-based SQL, one statement per slice. The statistics triggers are switched
 * off inside each slice's transaction (other sessions never see them off) and
 * the statistics are rebuilt per phone at the end, then the summary view is
 * refreshed and the tables vacuumed and analysed. Progress lives in the
 * `bench` schema: an interrupted run continues where it stopped; `--fresh`
 * removes earlier benchmark data first.
 */
import type pg from 'pg';
import { fail } from '../tooling/shell.ts';
import { BENCH_MEMBERS, connectBench, option, progress, runMain } from './harness.ts';

const SLICES = 60;
const DAYS = 548;

async function prepare(db: pg.Client, calls: number, phones: number, fresh: boolean): Promise<boolean> {
  type Run = { calls: string; phones: number; finished_at: Date | null };
  // No bench schema yet: no earlier run.
  const { rows } = await db.query<Run>('select * from bench.run').catch(() => ({ rows: [] as Run[] }));
  const run = rows[0];
  if (run && !fresh) {
    if (Number(run.calls) !== calls || run.phones !== phones) {
      fail(`the database holds benchmark data for ${run.calls} calls over ${run.phones} phones; ` +
        'pass --fresh to replace it');
    }
    if (run.finished_at) return false;
    console.log('  continuing an interrupted run');
    return true;
  }
  await removeBenchData(db);
  await db.query('begin');
  await db.query('create schema bench');
  await db.query(`create table bench.run (
    calls bigint not null, phones integer not null, started_at timestamptz not null default now(), finished_at timestamptz)`);
  await db.query('insert into bench.run (calls, phones) values ($1, $2)', [calls, phones]);
  await db.query(`create table bench.slices (slice integer primary key, done_at timestamptz)`);
  await db.query('insert into bench.slices (slice) select generate_series(0, $1 - 1)', [SLICES]);
  // Zipf sizes: phone k gets calls * (1/k) / H(phones), at least one.
  await db.query(
    `create table bench.phones as
     select k, 'bench-' || lpad(k::text, 5, '0') as id,
            greatest(1, round($1::numeric / k / h))::integer as calls,
            (array['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles',
                   'Europe/London', 'Europe/Berlin', 'Australia/Sydney'])[1 + k % 7] as tz
       from generate_series(1, $2::integer) k,
            (select sum(1.0 / i) as h from generate_series(1, $2::integer) i) hs`,
    [calls, phones],
  );
  await db.query(`alter table bench.phones add primary key (k)`);
  await db.query(
    `insert into public.phone_numbers (id, number, business_name, timezone)
     select id, '+1777' || lpad(k::text, 7, '0'), 'Benchmark business ' || k, tz from bench.phones`,
  );
  // An owner per phone, who is also the viewer of another phone.
  await db.query(
    `insert into auth.users (id, aud, role, email)
     select extensions.uuid_generate_v5(extensions.uuid_ns_url(), 'bench-owner-' || k), 'authenticated', 'authenticated',
            'owner-' || k || '@bench.test'
       from bench.phones
     union all
     select extensions.uuid_generate_v5(extensions.uuid_ns_url(), m), 'authenticated', 'authenticated', m || '@bench.test'
       from unnest($1::text[]) m`,
    [Object.values(BENCH_MEMBERS)],
  );
  await db.query(
    `insert into public.phone_members (phone_id, user_id, role)
     select id, extensions.uuid_generate_v5(extensions.uuid_ns_url(), 'bench-owner-' || k), 'owner'::public.member_role from bench.phones
     union all
     select p.id, extensions.uuid_generate_v5(extensions.uuid_ns_url(), 'bench-owner-' || (p.k * 7 % $1 + 1)), 'viewer'::public.member_role
       from bench.phones p where p.k * 7 % $1 + 1 <> p.k`,
    [phones],
  );
  // The benchmark's members: admin of the 10th largest phone; viewer of 10 and
  // of 100 phones spread over the sizes (ranks 1, 1+step, ...).
  await db.query(
    `insert into public.phone_members (phone_id, user_id, role)
     select p.id, extensions.uuid_generate_v5(extensions.uuid_ns_url(), m.name), m.role::public.member_role
       from (values ($2, 1, 'admin'), ($3, 10, 'viewer'), ($4, 100, 'viewer')) m(name, n, role)
       join bench.phones p
         on (m.n = 1 and p.k = least(10, $1)) or (m.n > 1 and (p.k - 1) % greatest(1, $1 / m.n) = 0 and p.k <= m.n * greatest(1, $1 / m.n))
     on conflict do nothing`,
    [phones, BENCH_MEMBERS[1], BENCH_MEMBERS[10], BENCH_MEMBERS[100]],
  );
  // What the receptionist reads per call: 12 rules (3 of each type, one
  // inactive) and weekday hours with a lunch break.
  await db.query(
    `insert into public.conversation_rules (phone_id, rule_type, conditions, actions, priority, is_active)
     select p.id, (array['greeting', 'routing', 'transfer', 'hours'])[1 + r % 4]::public.rule_type,
            jsonb_build_object('intent', 'intent-' || r), jsonb_build_object('say', 'Script ' || r), r * 10, r % 5 <> 0
       from bench.phones p, generate_series(1, 12) r`,
  );
  await db.query(
    `insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at)
     select p.id, d, h.opens_at, h.closes_at
       from bench.phones p, generate_series(1, 5) d,
            (values (time '08:00', time '12:00'), (time '13:00', time '18:00')) h(opens_at, closes_at)`,
  );
  await db.query('commit');
  return true;
}

/** Removes every benchmark phone (and with it its calls) and the bench schema. */
async function removeBenchData(db: pg.Client): Promise<void> {
  await db.query('begin');
  // Removing the calls one by one through the statistics triggers would take
  // as long as inserting them; their statistics go with the phones anyway.
  await db.query(`alter table public.calls disable trigger count_call_deletes`);
  await db.query(`alter table private.calls_archive disable trigger count_call_deletes`);
  await db.query(`delete from public.phone_numbers where id like 'bench-%'`);
  await db.query(`delete from auth.users where email like '%@bench.test'`);
  await db.query(`alter table public.calls enable trigger count_call_deletes`);
  await db.query(`alter table private.calls_archive enable trigger count_call_deletes`);
  await db.query('drop schema if exists bench cascade');
  await db.query('commit');
}

const SLICE_SQL = `
  with slice as (
    select now() - make_interval(days => $3) + make_interval(secs => $1::integer * $3 * 86400.0 / $2) as starts,
           $3 * 86400.0 / $2 as seconds
  ),
  gen as (
    select p.id as phone_id, p.k, g, p.tz,
           -- 50 + calls/20 distinct callers, some calling far more often than
           -- others, in seven area codes (1 in 7 a +1415 number)
           floor(random() ^ 3 * (50 + p.calls / 20))::bigint as caller,
           random() as r_status, random() as r_talk,
           -- a business hour of the slice's local day; one still to come today
           -- moves to the day before (calls are not clamped to one instant)
           (select case when t > now() - interval '1 minute'
                        then t - interval '1 day' * ceil(extract(epoch from t - now() + interval '1 minute') / 86400.0)
                        else t end
              from (select (((s.starts + random() * s.seconds * interval '1 second') at time zone p.tz)::date
                      + make_interval(hours => (array[7, 8, 8, 9, 9, 9, 10, 10, 10, 10, 11, 11, 11, 11, 12, 12, 13, 13, 13,
                                                      14, 14, 14, 14, 15, 15, 15, 15, 16, 16, 16, 17, 17, 18, 19, 20, 21])
                                               [1 + floor(random() * 36)::integer])
                      + random() * interval '1 hour') at time zone p.tz as t) future) as created_at
      from bench.phones p, slice s, generate_series($1::integer + 1, p.calls, $2::integer) g
  ),
  shaped as (
    select gen.*,
           '+1' || (array['415', '212', '312', '646', '718', '305', '617'])[1 + gen.caller % 7]
                || lpad(((gen.k * 7919 + gen.caller * 104729) % 10000000)::text, 7, '0') as caller_number,
           (array['an appointment', 'opening hours', 'prices', 'a delivery', 'a cancellation'])[1 + floor(r_talk * 5)::integer] as topic,
           case when created_at > now() - interval '10 minutes' then
                  case when r_status < 0.5 then 'ringing' else 'answered' end
                when r_status < 0.8 then 'completed'
                when r_status < 0.9 then 'failed'          -- missed: never answered
                else 'failed' end::public.call_status as status,
           r_status < 0.8 or r_status >= 0.9 as answered,
           case when r_status < 0.8 then 15 + least(3585, floor(-ln(1 - r_talk) * 150))::integer
                when r_status >= 0.9 then 5 + floor(r_talk * 40)::integer end as talk
      from gen
  ),
  inserted as (
    insert into public.calls (phone_id, call_sid, caller_number, status, duration, answered_at, ended_at,
                              transcript, ai_summary, ai_confidence, created_at)
    select phone_id, 'CB' || k || 'x' || g, caller_number, status,
           case when status in ('completed', 'failed') and answered then talk else 0 end,
           case when status <> 'ringing' and (answered or status = 'answered') then created_at + interval '8 seconds' end,
           case when status = 'completed' or (status = 'failed' and answered) then created_at + interval '8 seconds' + talk * interval '1 second'
                when status = 'failed' then created_at + interval '30 seconds' end,
           -- A short transcript; 1 call in 1000 mentions a flood (a rare word to search for).
           case when status = 'completed' then 'Caller: Hello, I am calling about ' || topic || '. Receptionist: '
                || case when r_status < 0.0008 then 'I am sorry to hear about the flood. ' else '' end
                || 'Of course, let me help you with that.' end,
           case when status = 'completed' then 'Caller asked about ' || topic end,
           case when status = 'completed' then round((0.55 + r_talk * 0.44)::numeric, 2) end,
           created_at
      from shaped
     order by created_at
    returning phone_id, id, status
  ),
  metadata as (
  insert into public.call_metadata (phone_id, call_id, metadata, tags)
  select phone_id, id,
         jsonb_build_object('intent', (array['booking', 'question', 'billing', 'emergency', 'complaint'])[1 + floor(random() * 5)::integer],
                            'sentiment', (array['positive', 'neutral', 'negative'])[1 + floor(random() * 3)::integer]),
         ((array['{booking}', '{booking,new-customer}', '{question}', '{follow-up}', '{urgent}', '{vip}', '{booking,follow-up}'])
           [1 + floor(random() * 7)::integer])::text[]
    from inserted
   where status = 'completed' and random() < 0.4
  ),
  -- Conversation turns of completed calls, $4 each: a greeting, the
  -- caller and the receptionist by turns, a tool turn (a calendar lookup) as
  -- the fourth. The caller mentions insurance on 1 call in 4 (a common word
  -- only the turns hold) and a sinkhole on 1 in 1000 (a rare one).
  turns as (
    insert into public.call_turns (phone_id, call_id, sequence, offset_ms, speaker, content, tool_name, tool_arguments)
    select i.phone_id, i.id, t.n, t.n * 4500 + floor(random() * 3000)::integer,
           case when t.n = 3 then 'tool' when t.n % 2 = 1 then 'caller' else 'assistant' end::public.turn_speaker,
           case when t.n = 0 then 'Thank you for calling, how can I help you today?'
                when t.n = 1 then 'Hi, I am calling about ' || i.topic
                                  || case when i.r < 0.25 then ' and whether my insurance covers it' else '' end
                                  || case when i.r > 0.999 then ', we had a sinkhole in the street' else '' end || '.'
                when t.n = 3 then '{"slots": ["09:30", "14:00"]}'
                when t.n % 2 = 1 then (array['Yes, please.', 'Could you repeat that?', 'Tuesday works for me.', 'Thanks, bye!'])[1 + t.n / 2 % 4]
                else (array['Let me check the calendar.', 'I have 09:30 or 14:00.', 'You are booked in.', 'Anything else?'])[1 + t.n / 2 % 4] end,
           case when t.n = 3 then 'check_availability' end,
           case when t.n = 3 then jsonb_build_object('topic', i.topic) end
      from (select inserted.*, random() as r,
                   (array['an appointment', 'opening hours', 'prices', 'a delivery', 'a cancellation'])[1 + floor(random() * 5)::integer] as topic
              from inserted where inserted.status = 'completed') i
     cross join generate_series(0, $4::integer - 1) t(n)
    returning 1
  )
  select count(*)::integer as calls, (select count(*) from turns)::integer as turns from inserted`;

async function generate(db: pg.Client, total: number, turnsPerCall: number): Promise<void> {
  const { rows } = await db.query<{ slice: number }>('select slice from bench.slices where done_at is null order by slice');
  const { rows: done } = await db.query<{ n: string }>(
    `select count(*) as n from public.calls where phone_id like 'bench-%'`,
  );
  let inserted = Number(done[0]?.n ?? 0);
  let turns = 0;
  const bar = progress('calls', total, 'calls');
  bar.update(inserted, ` (${SLICES - rows.length}/${SLICES} slices)`);
  for (const { slice } of rows) {
    await db.query('begin');
    await db.query(`alter table public.calls disable trigger count_call_inserts, disable trigger check_call_status`);
    const { rows: n } = await db.query<{ calls: number; turns: number }>(SLICE_SQL, [slice, SLICES, DAYS, turnsPerCall]);
    await db.query(`alter table public.calls enable trigger count_call_inserts, enable trigger check_call_status`);
    await db.query('update bench.slices set done_at = now() where slice = $1', [slice]);
    await db.query('commit');
    inserted += n[0]?.calls ?? 0;
    turns += n[0]?.turns ?? 0;
    bar.update(inserted, ` (${slice + 1}/${SLICES} slices)`);
  }
  bar.done(`${inserted.toLocaleString('en-US')} calls` + (turns > 0 ? `, ${turns.toLocaleString('en-US')} turns this run` : ''));
}

async function finish(db: pg.Client, phones: number): Promise<void> {
  const { rows } = await db.query<{ id: string }>('select id from bench.phones order by k');
  const bar = progress('statistics', phones, 'phones');
  for (let i = 0; i < rows.length; i += 50) {
    const ids = rows.slice(i, i + 50).map((r) => r.id);
    await db.query('select private.rebuild_daily_call_stats(id) from unnest($1::text[]) id', [ids]);
    bar.update(Math.min(i + 50, rows.length));
  }
  bar.done(`${rows.length} phones rebuilt`);
  const t0 = performance.now();
  await db.query('vacuum (analyze) public.calls, public.call_metadata, public.call_turns, public.daily_call_stats, private.daily_call_callers');
  await db.query('select private.refresh_phone_performance_summary()');
  await db.query('analyze public.phone_members, public.phone_numbers, public.conversation_rules');
  console.log(`  vacuum, analyze, summary refresh: ${((performance.now() - t0) / 1000).toFixed(1)}s`);
  await db.query('update bench.run set finished_at = now()');
}

async function main(args: string[]): Promise<void> {
  if (args.includes('--remove')) {
    const db = await connectBench();
    try {
      await removeBenchData(db);
      console.log('  benchmark data removed');
    } finally {
      await db.end();
    }
    return;
  }
  const calls = option(args, 'calls', 1_000_000);
  const phones = option(args, 'phones', 1000);
  const turnsPerCall = option(args, 'turns', 8);
  if (turnsPerCall > 100) fail('--turns can be at most 100 per completed call');
  if (phones > 99_999) fail('--phones can be at most 99999');
  if (phones > calls) fail('--calls must be at least --phones: every phone gets a call');
  const db = await connectBench();
  try {
    const t0 = performance.now();
    if (!(await prepare(db, calls, phones, args.includes('--fresh')))) {
      console.log(`  benchmark data for ${calls} calls over ${phones} phones is already there (--fresh to regenerate)`);
      return;
    }
    const { rows } = await db.query<{ n: string }>('select sum(calls) as n from bench.phones');
    await generate(db, Number(rows[0]?.n ?? calls), turnsPerCall);
    await finish(db, phones);
    const { rows: size } = await db.query<{ size: string; turns: string }>(
      `select pg_size_pretty(pg_total_relation_size('public.calls') + pg_total_relation_size('public.call_metadata')) as size,
              pg_size_pretty(pg_total_relation_size('public.call_turns')) as turns`,
    );
    console.log(`bench:seed done in ${((performance.now() - t0) / 1000).toFixed(1)}s; calls and metadata take ${size[0]?.size}, ` +
      `turns ${size[0]?.turns}`);
  } catch (e) {
    await db.query('rollback').catch(() => undefined);
    throw e;
  } finally {
    await db.end();
  }
}

runMain(main);
