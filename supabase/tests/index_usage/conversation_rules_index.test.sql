-- The receptionist's rule lookup on every call (one phone's active rules of
-- one type, in priority order) uses the partial conversation_rules_lookup_idx
-- by the planner's own choice (no planner switch is touched), on a table of
-- production size where one phone's rules are a small share of the rows.
begin;
select plan(3);

-- 40 rules per phone, 10 of each type, 1 in 9 inactive, each with its
-- matching conditions and a spoken script (~1 kB: rules carry prompts), for
-- five phones idx-a .. idx-e and 200 more that have only rules: with five
-- phones alone one phone's rules are a fifth of the table and a sequential
-- scan of 200 rows competes with the index on cost; with 8 200 rows the
-- lookup's choice is the one a production table would see.
select count(tests.create_phone('idx-' || c, '+1555000500' || i, 'America/Chicago', 'Index ' || upper(c)))
  from unnest(array['a', 'b', 'c', 'd', 'e']) with ordinality as p(c, i);
select count(tests.create_phone('idx-r' || lpad(i::text, 3, '0'), '+1555006' || lpad(i::text, 4, '0'), 'UTC', 'Rules ' || i))
  from generate_series(1, 200) i;

insert into public.conversation_rules (phone_id, rule_type, conditions, actions, priority, is_active)
select p.id, (array['greeting', 'routing', 'transfer', 'hours'])[1 + r % 4]::public.rule_type,
       jsonb_build_object('intent', 'intent-' || r,
                          'keywords', array['word' || r, 'other' || r, 'third' || r],
                          'caller_prefix', '+1' || (200 + r)),
       jsonb_build_object('say', (select string_agg(md5(p.id || r || w), ' ') from generate_series(1, 28) w),
                          'transfer_to', '+1555005' || lpad(r::text, 4, '0')),
       r * 10, r % 9 <> 0
  from public.phone_numbers p cross join generate_series(1, 40) r
 where p.id like 'idx-_' or p.id like 'idx-r___';

-- What autovacuum does after a bulk load: gather statistics.
analyze public.conversation_rules;

-- The lookup, run with EXPLAIN ANALYZE so the index's scan counter moves.
create temp table lookup as
select e.* from tests.explain_analyze(
  $q$select * from public.conversation_rules where phone_id = 'idx-a' and rule_type = 'routing' and is_active
      order by priority, id$q$, 'public.conversation_rules_lookup_idx') e;

select matches((select plan from lookup), '\mconversation_rules_lookup_idx\M',
  'the rule lookup uses the partial conversation_rules_lookup_idx');
select doesnt_match((select plan from lookup), 'Seq Scan on conversation_rules\M',
  'the rule lookup does not scan conversation_rules sequentially');
select cmp_ok((select index_scans from lookup), '>', 0::bigint,
  'the rule lookup added to the scan counter of conversation_rules_lookup_idx');

select * from finish();
rollback;
