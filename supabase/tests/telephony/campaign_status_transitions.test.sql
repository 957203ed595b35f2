-- Campaign status: every step between two different states is tried once,
-- whoever writes it. The ten steps of the lifecycle are allowed; each of the
-- twenty others is refused with 23514 naming both states. A finished campaign
-- no longer changes at all; the trigger fills started_at and finished_at.
begin;
select plan(35);

select tests.create_phone('steps-a', '+15550008201', 'America/Chicago', 'Steps A');

-- One campaign per ordered pair of states, in the first state of its pair.
create temporary table steps (from_status public.campaign_status, to_status public.campaign_status, id uuid, allowed boolean);
insert into steps
select f, t, md5(f::text || '>' || t::text)::uuid,
       (f, t) in (('draft'::public.campaign_status, 'scheduled'::public.campaign_status), ('draft', 'canceled'),
                  ('scheduled', 'running'), ('scheduled', 'canceled'),
                  ('running', 'paused'), ('running', 'completed'), ('running', 'canceled'),
                  ('paused', 'running'), ('paused', 'completed'), ('paused', 'canceled'))
  from unnest(enum_range(null::public.campaign_status)) f, unnest(enum_range(null::public.campaign_status)) t
 where f <> t;
insert into public.campaigns (phone_id, id, name, caller_id, window_start, window_end, status)
select 'steps-a', s.id, s.from_status || ' to ' || s.to_status, '+15550008201', '09:00', '17:00', s.from_status
  from steps s;

select is((select count(*)::int from steps where allowed), 10, 'the lifecycle has ten steps');

select lives_ok(format('update public.campaigns set status = %L where phone_id = %L and id = %L', to_status, 'steps-a', id),
                format('%s -> %s is allowed', from_status, to_status))
  from steps where allowed order by from_status, to_status;

select throws_ok(format('update public.campaigns set status = %L where phone_id = %L and id = %L', to_status, 'steps-a', id),
                 '23514', format('campaign %s cannot change status from %s to %s', id, from_status, to_status),
                 format('%s -> %s is refused, naming the step', from_status, to_status))
  from steps where not allowed order by from_status, to_status;

-- What the trigger fills, and finished campaigns.
select results_eq(
  $$select s.from_status::text, s.to_status::text, c.started_at is not null, c.finished_at is not null
      from steps s join public.campaigns c on c.phone_id = 'steps-a' and c.id = s.id
     where s.allowed and s.from_status in ('draft', 'scheduled') order by 1, 2$$,
  $$values ('draft', 'canceled', false, true), ('draft', 'scheduled', false, false),
           ('scheduled', 'canceled', false, true), ('scheduled', 'running', true, false)$$,
  'a campaign under way has started_at, a finished one finished_at');
select throws_ok(
  format($$update public.campaigns set name = 'Renamed' where phone_id = 'steps-a' and id = %L$$,
         (select id from steps where from_status = 'running' and to_status = 'completed')),
  '55000', format('campaign %s is completed and no longer changes', (select id from steps where from_status = 'running' and to_status = 'completed')),
  'a completed campaign''s settings no longer change (55000)');
select throws_ok(
  format($$update public.campaigns set max_concurrent = 3 where phone_id = 'steps-a' and id = %L$$,
         (select id from steps where from_status = 'draft' and to_status = 'canceled')),
  '55000', format('campaign %s is canceled and no longer changes', (select id from steps where from_status = 'draft' and to_status = 'canceled')),
  'a canceled campaign''s settings no longer change (55000)');
select throws_ok(
  $$insert into public.campaigns (phone_id, name, caller_id, window_start, window_end, status, finished_at)
    values ('steps-a', 'Inconsistent', '+15550008201', '09:00', '17:00', 'running', now())$$,
  '23514', 'new row for relation "campaigns" violates check constraint "campaigns_finished_when_final"',
  'a campaign under way has no finished_at (campaigns_finished_when_final)');

select * from finish();
rollback;
