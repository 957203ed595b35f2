-- Driven by the catalog: every column tagged [personal] (in a comment), in
-- every table of public and private, is looked at. Two callers are seeded
-- into every table (tests.seed_caller); erasing one leaves none of its
-- number or words in any tagged column of the phone, and all of the other's.
-- A table with tagged columns that the seed does not reach, or that no
-- erasure rule covers, fails by name.
begin;
select plan(5);

select tests.create_phone('era-a', '+15550007101', 'America/Chicago');
select tests.add_member('era-a', 'era-a-owner', 'owner');
select tests.add_member('era-a', 'era-a-admin', 'admin');
select tests.seed_caller('era-a', 'era-a-admin', '+14155550199', 'Quillfeather');
select tests.seed_caller('era-a', 'era-a-admin', '+14155550188', 'Marrowbright');

create temporary table tagged on commit drop as
select a.attrelid::regclass as relation, a.attname::text as column_name
  from pg_attribute a join pg_class c on c.oid = a.attrelid
 where c.relnamespace in ('public'::regnamespace, 'private'::regnamespace) and c.relkind in ('r', 'p')
   and not c.relispartition and a.attnum > 0 and not a.attisdropped
   and col_description(a.attrelid, a.attnum) like '%[personal]%';

-- The tagged columns of era-a that hold the number or the word, as table.column.
create function pg_temp.holding(number text, word text) returns text[]
language plpgsql as $$
declare
  t record;
  found boolean;
  result text[] := '{}';
begin
  for t in select relation, column_name from tagged order by relation::text, column_name loop
    execute format('select exists (select from %s where phone_id = %L and (strpos(%I::text, %L) > 0 or strpos(%I::text, %L) > 0))',
                   t.relation, 'era-a', t.column_name, number, t.column_name, word)
      into found;
    if found then
      result := result || (t.relation::text || '.' || t.column_name);
    end if;
  end loop;
  return result;
end
$$;

create temporary table before on commit drop as
select pg_temp.holding('+14155550199', 'Quillfeather') as erased, pg_temp.holding('+14155550188', 'Marrowbright') as kept;

select is(
  array(select distinct relation::text from tagged
         where not exists (select from unnest((select erased from before)) h where h like relation::text || '.%')
         order by 1),
  '{}',
  'the seed reaches every table with [personal] columns (add a table''s seed to tests.seed_caller)');
select is(
  array(select distinct relation::text from tagged
         where relation <> 'public.audit_log'::regclass
           and relation not in (select r.relation from private.caller_erasure_rules r)
         order by 1),
  '{}',
  'every table with [personal] columns has an erasure rule (private.caller_erasure_rules), the audit trail apart');

select tests.authenticate_as('era-a-owner');
select lives_ok($$select * from public.erase_caller('era-a', '+14155550199')$$, 'the owner erases the first caller');
select tests.clear_authentication();

select is(pg_temp.holding('+14155550199', 'Quillfeather'), '{}',
  'no [personal] column of the phone holds the erased caller''s number or words');
select is(pg_temp.holding('+14155550188', 'Marrowbright'), (select kept from before),
  'every [personal] column that held the other caller''s data still does');

select * from finish();
rollback;
