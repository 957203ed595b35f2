-- The appointment lifecycle (trigger private.check_appointment_status): the
-- seven allowed steps (booked -> confirmed; booked or confirmed -> canceled,
-- completed or no_show) pass, every other change is refused with 23514 naming
-- appointments_status_transition and both states, and leaves the appointment
-- as it was; canceled, completed and no_show are final. An appointment is
-- completed or a no-show only once it has started
-- (appointments_outcome_after_start). As postgres; the appointments are booked
-- with outside_hours_override, so their times can be relative to now.
begin;
select plan(21);

select tests.create_appointments_fixture();

-- One appointment per (from, to) pair, two days ago (started), an hour long,
-- created in the from state; ids name the pair in the caller's digits.
create temporary table pair on commit drop as
select f::public.appointment_status as from_status, t::public.appointment_status as to_status,
       gen_random_uuid() as id
  from unnest(array['booked', 'confirmed', 'canceled', 'completed', 'no_show']) f,
       unnest(array['booked', 'confirmed', 'canceled', 'completed', 'no_show']) t
 where f <> t;
insert into public.appointments (phone_id, id, caller_number, starts_at, ends_at, status, outside_hours_override)
select 'appt-a', p.id, '+13105550200', now() - interval '2 days', now() - interval '2 days' + interval '1 hour',
       p.from_status, true
  from pair p;

-- Changes the pair's appointment to its to state; the error, or 'no error'.
create function pg_temp.step(f text, t text) returns text
language sql as $$
  select tests.error_of(format(
    'update public.appointments set status = %L where phone_id = %L and id = %L', t, 'appt-a',
    (select id from pair where from_status::text = f and to_status::text = t)))
$$;
create function pg_temp.status_of(f text, t text) returns text
language sql as $$
  select a.status::text from public.appointments a join pair p on p.id = a.id
   where p.from_status::text = f and p.to_status::text = t
$$;

-- The seven allowed steps -----------------------------------------------------------
select is(pg_temp.step('booked', 'confirmed'), 'no error', 'booked -> confirmed is allowed');
select is(pg_temp.step('booked', 'canceled'), 'no error', 'booked -> canceled is allowed');
select is(pg_temp.step('booked', 'completed'), 'no error', 'booked -> completed is allowed (it has started)');
select is(pg_temp.step('booked', 'no_show'), 'no error', 'booked -> no_show is allowed (it has started)');
select is(pg_temp.step('confirmed', 'canceled'), 'no error', 'confirmed -> canceled is allowed');
select is(pg_temp.step('confirmed', 'completed'), 'no error', 'confirmed -> completed is allowed');
select is(pg_temp.step('confirmed', 'no_show'), 'no error', 'confirmed -> no_show is allowed');
select results_eq(
  $$select p.from_status::text || '->' || p.to_status::text, a.status::text
      from pair p join public.appointments a on a.id = p.id
     where (p.from_status, p.to_status) in (('booked', 'confirmed'), ('booked', 'canceled'), ('booked', 'completed'),
             ('booked', 'no_show'), ('confirmed', 'canceled'), ('confirmed', 'completed'), ('confirmed', 'no_show'))
     order by 1$$,
  $$values ('booked->canceled', 'canceled'), ('booked->completed', 'completed'), ('booked->confirmed', 'confirmed'),
           ('booked->no_show', 'no_show'), ('confirmed->canceled', 'canceled'), ('confirmed->completed', 'completed'),
           ('confirmed->no_show', 'no_show')$$,
  'each allowed step stored its new status'
);

-- Every other change is refused by name -----------------------------------------------
select is(pg_temp.step('confirmed', 'booked'),
  format('23514 appointments_status_transition: appointment %s cannot change status from confirmed to booked',
         (select id from pair where from_status = 'confirmed' and to_status = 'booked')),
  'confirmed -> booked is refused: 23514 naming appointments_status_transition and both states');
select is(
  (select array_agg(f || '->' || t || ': ' || split_part(pg_temp.step(f, t), ':', 1) order by f, t)
     from unnest(array['canceled', 'completed', 'no_show']) f,
          unnest(array['booked', 'confirmed', 'canceled', 'completed', 'no_show']) t
    where f <> t),
  array['canceled->booked: 23514 appointments_status_transition', 'canceled->completed: 23514 appointments_status_transition',
        'canceled->confirmed: 23514 appointments_status_transition', 'canceled->no_show: 23514 appointments_status_transition',
        'completed->booked: 23514 appointments_status_transition', 'completed->canceled: 23514 appointments_status_transition',
        'completed->confirmed: 23514 appointments_status_transition', 'completed->no_show: 23514 appointments_status_transition',
        'no_show->booked: 23514 appointments_status_transition', 'no_show->canceled: 23514 appointments_status_transition',
        'no_show->completed: 23514 appointments_status_transition', 'no_show->confirmed: 23514 appointments_status_transition'],
  'canceled, completed and no_show are final: all twelve changes out of them are refused by appointments_status_transition'
);
select is_empty(
  $$select p.from_status, a.status from pair p join public.appointments a on a.id = p.id
     where (p.from_status in ('canceled', 'completed', 'no_show') or (p.from_status, p.to_status) = ('confirmed', 'booked'))
       and a.status <> p.from_status$$,
  'every refused change left its appointment in the state it was in'
);
select is(
  tests.error_of($$update public.appointments a set status = 'booked', starts_at = a.starts_at + interval '1 day',
                     ends_at = a.ends_at + interval '1 day'
                    from pair p where p.id = a.id and p.from_status = 'canceled' and p.to_status = 'booked'$$),
  format('23514 appointments_status_transition: appointment %s cannot change status from canceled to booked',
         (select id from pair where from_status = 'canceled' and to_status = 'booked')),
  'a canceled appointment is not revived by moving it to another time as booked'
);
select is(
  tests.error_of($$update public.appointments a set status = a.status, notes = 'Same status again'
                    from pair p where p.id = a.id and p.from_status = 'completed' and p.to_status = 'booked'$$),
  'no error',
  'setting a final status to itself is no change, and the rest of a final appointment stays editable'
);

-- completed and no_show only once the appointment has started ----------------------------
insert into public.appointments (phone_id, id, caller_number, starts_at, ends_at, status, outside_hours_override) values
  ('appt-a', 'a2000000-0000-4000-8000-000000000001', '+13105550201', now() + interval '1 day', now() + interval '1 day 1 hour', 'booked', true),
  ('appt-a', 'a2000000-0000-4000-8000-000000000002', '+13105550202', now() + interval '1 day', now() + interval '1 day 1 hour', 'confirmed', true),
  ('appt-a', 'a2000000-0000-4000-8000-000000000003', '+13105550203', now() - interval '10 minutes', now() + interval '20 minutes', 'confirmed', true);
select matches(
  tests.error_of($$update public.appointments set status = 'completed' where id = 'a2000000-0000-4000-8000-000000000001'$$),
  '^23514 appointments_outcome_after_start: appointment a2000000-0000-4000-8000-000000000001 starts at .* and cannot be completed before it has started$',
  'a booked appointment tomorrow cannot be completed yet (appointments_outcome_after_start)');
select matches(
  tests.error_of($$update public.appointments set status = 'no_show' where id = 'a2000000-0000-4000-8000-000000000002'$$),
  '^23514 appointments_outcome_after_start: ',
  'a confirmed appointment tomorrow cannot be a no-show yet (appointments_outcome_after_start)');
select is(
  tests.error_of($$update public.appointments set status = 'canceled' where id = 'a2000000-0000-4000-8000-000000000001'$$),
  'no error',
  'an appointment tomorrow can be canceled');
select is(
  tests.error_of($$update public.appointments set status = 'completed' where id = 'a2000000-0000-4000-8000-000000000003'$$),
  'no error',
  'an appointment that began ten minutes ago can be completed before its end');
select matches(
  tests.error_of($$update public.appointments set starts_at = now() + interval '1 hour', ends_at = now() + interval '2 hours'
                    where id = 'a2000000-0000-4000-8000-000000000003'$$),
  '^23514 appointments_outcome_after_start: ',
  'a completed appointment cannot be moved to a start in the future');
select matches(
  tests.error_of($$insert into public.appointments (phone_id, caller_number, starts_at, ends_at, status, outside_hours_override)
                   values ('appt-a', '+13105550204', now() + interval '3 days', now() + interval '3 days 1 hour', 'completed', true)$$),
  '^23514 appointments_outcome_after_start: ',
  'an appointment in three days cannot be recorded as completed');
select is(
  tests.error_of($$insert into public.appointments (phone_id, caller_number, starts_at, ends_at, status, outside_hours_override)
                   values ('appt-a', '+13105550205', now() - interval '3 days', now() - interval '3 days' + interval '1 hour', 'completed', true)$$),
  'no error',
  'an appointment three days ago can be recorded as completed (a walk-in written down afterwards)');

-- New appointments ----------------------------------------------------------------
select results_eq(
  $$insert into public.appointments (phone_id, caller_number, starts_at, ends_at, outside_hours_override)
    values ('appt-a', '+13105550206', now() + interval '5 days', now() + interval '5 days 30 minutes', true)
    returning status::text$$,
  $$values ('booked')$$,
  'a new appointment is booked unless given another status'
);

select * from finish();
rollback;
