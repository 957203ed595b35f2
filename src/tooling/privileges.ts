/**
 * The API roles' privileges, checked against the policies from the catalog.
 *
 * anon and authenticated may hold only what some policy or design rule uses:
 *
 *   anon           nothing in the project's schemas (no policy is written for it)
 *   authenticated  on a public table, SELECT and DELETE only where a policy for
 *                  that command exists; INSERT and UPDATE only by column, only
 *                  where a policy exists, never of a column the database fills
 *                  (a default that calls a function, identity, generated) and
 *                  never UPDATE of the primary key or the tenant key; never
 *                  TRUNCATE, REFERENCES or TRIGGER; SELECT on views (which run
 *                  as the invoker), nothing on materialized views; EXECUTE on
 *                  public functions that run as the invoker, and on private
 *                  functions only where a policy, constraint, index, column
 *                  default or view depends on them, or a function the role
 *                  runs (or a trigger on a public table) calls them by name;
 *                  never on a trigger function; no sequences
 *   PUBLIC         nothing in the project's schemas
 *   both           no CREATE on the project's schemas; no privilege in
 *                  extensions that the project's own role granted (the tests'
 *                  own pgTAP aside); no default privilege of the project's
 *                  role that grants them new objects
 *
 * Every violation is one finding, naming the object, the role and the
 * privilege. Run against any database that has the migrations (a fresh stack,
 * a restore, a branch): the rules are read from that database's catalog.
 */
import type pg from 'pg';
import { PROJECT_SCHEMAS, TEST_ONLY } from './current-schema.ts';

export type PrivilegeFinding = { object: string; role: string; privilege: string; rule: string };

/** The role that runs the migrations and owns the project's objects. */
const PROJECT_ROLE = 'postgres';

const FINDINGS_SQL = `
with api(role) as (values ('anon'), ('authenticated')),
schemas(nsp) as (select unnest($1::text[])::regnamespace),
rel as (
  select c.oid, c.relkind, c.relnamespace::regnamespace::text as nsp, c.oid::regclass::text as name
    from pg_class c join schemas s on s.nsp = c.relnamespace
   where c.relkind in ('r', 'p', 'v', 'm', 'f', 'S')
),
-- Table-level grants, and column-level grants not implied by one.
rel_grant as (
  select r.*, a.privilege_type as priv, case when a.grantee = 0 then 'public' else pg_get_userbyid(a.grantee) end as role, null::text as col
    from rel r cross join lateral aclexplode(coalesce((select relacl from pg_class where oid = r.oid), acldefault((case when r.relkind = 'S' then 's' else 'r' end)::"char", (select relowner from pg_class where oid = r.oid)))) a
   where a.grantee <> (select relowner from pg_class where oid = r.oid)
  union all
  select r.*, a.privilege_type, case when a.grantee = 0 then 'public' else pg_get_userbyid(a.grantee) end, att.attname::text
    from rel r join pg_attribute att on att.attrelid = r.oid and att.attnum > 0 and not att.attisdropped and att.attacl is not null
   cross join lateral aclexplode(att.attacl) a
),
policy_cmd as (
  select p.polrelid as oid, case p.polcmd when 'r' then 'SELECT' when 'a' then 'INSERT' when 'w' then 'UPDATE' when 'd' then 'DELETE' end as priv
    from pg_policy p where 'authenticated'::regrole = any (p.polroles)
  union
  select p.polrelid, x from pg_policy p, unnest(array['SELECT', 'INSERT', 'UPDATE', 'DELETE']) x
   where p.polcmd = '*' and 'authenticated'::regrole = any (p.polroles)
),
filled as (  -- columns the database fills: identity, generated, or a default that calls a function
  select att.attrelid as oid, att.attname::text as col
    from pg_attribute att join rel r on r.oid = att.attrelid
   where att.attnum > 0 and not att.attisdropped
     and (att.attidentity <> '' or att.attgenerated <> ''
          or exists (select from pg_attrdef d
                      where d.adrelid = att.attrelid and d.adnum = att.attnum
                        -- a call (not a cast, funcformat 1 or 2) or CURRENT_TIMESTAMP and the like
                        and d.adbin::text ~ '\\{(FUNCEXPR :funcid \\d+ :funcresulttype \\d+ :funcretset \\w+ :funcvariadic \\w+ :funcformat 0|SQLVALUEFUNCTION) '))
),
key_col as (  -- primary key columns and the tenant key
  select con.conrelid as oid, att.attname::text as col
    from pg_constraint con join pg_attribute att on att.attrelid = con.conrelid and att.attnum = any (con.conkey)
   where con.contype = 'p'
  union
  select att.attrelid, att.attname::text from pg_attribute att join rel r on r.oid = att.attrelid where att.attname = 'phone_id'
),
rel_findings as (
  select g.name || coalesce('.' || g.col, '') as object, g.role, g.priv as privilege,
         case
           when g.role = 'anon' then 'anon holds nothing in the project''s schemas'
           when g.role = 'public' then 'PUBLIC holds nothing in the project''s schemas'
           when g.relkind = 'S' then 'no sequence is used by the API roles'
           when g.relkind = 'm' then 'a materialized view carries no row level security'
           when g.nsp <> 'public' then 'the API roles hold nothing on private relations'
           when g.priv in ('TRUNCATE', 'REFERENCES', 'TRIGGER') then 'TRUNCATE, REFERENCES and TRIGGER bypass row level security'
           when g.relkind = 'v' and g.priv <> 'SELECT' then 'views are read only for the API roles'
           when g.relkind = 'v' then null
           when g.col is null and g.priv in ('INSERT', 'UPDATE') then 'inserts and updates are granted by column'
           when not exists (select from policy_cmd p where p.oid = g.oid and p.priv = g.priv) then 'no ' || lower(g.priv) || ' policy for authenticated'
           when g.priv in ('INSERT', 'UPDATE') and exists (select from filled f where f.oid = g.oid and f.col = g.col)
             then 'the database fills this column'
           when g.priv = 'UPDATE' and exists (select from key_col k where k.oid = g.oid and k.col = g.col)
             then 'a key column is never updated'
         end as rule
    from rel_grant g
   where g.role in ('anon', 'authenticated', 'public')
),
fn as (
  select p.oid, p.pronamespace::regnamespace::text as nsp, p.oid::regprocedure::text as name, p.prosecdef,
         p.prorettype = 'trigger'::regtype as is_trigger, p.prosrc, p.proname::text as proname
    from pg_proc p join schemas s on s.nsp = p.pronamespace
),
fn_grant as (
  select f.*, a.privilege_type as priv, case when a.grantee = 0 then 'public' else pg_get_userbyid(a.grantee) end as role
    from fn f cross join lateral aclexplode(coalesce((select proacl from pg_proc where oid = f.oid), acldefault('f', (select proowner from pg_proc where oid = f.oid)))) a
   where a.grantee <> (select proowner from pg_proc where oid = f.oid)
),
-- Functions whose code runs as authenticated: the ones it may execute, and
-- the triggers on public tables.
runs_as_caller as (
  select f.prosrc from fn_grant f where f.role = 'authenticated' and not f.prosecdef
  union all
  select p.prosrc from pg_trigger t join pg_proc p on p.oid = t.tgfoid
   where t.tgrelid in (select oid from rel where nsp = 'public') and not t.tgisinternal and not p.prosecdef
),
fn_used as (
  select f.oid from fn f
   where exists (select from pg_depend d
                  where d.refclassid = 'pg_proc'::regclass and d.refobjid = f.oid
                    and d.classid in ('pg_policy'::regclass, 'pg_constraint'::regclass, 'pg_attrdef'::regclass,
                                      'pg_rewrite'::regclass, 'pg_class'::regclass))
      or exists (select from runs_as_caller c where c.prosrc ~* ('\\m' || f.nsp || '\\.' || f.proname || '\\s*\\('))
),
fn_findings as (
  select g.name as object, g.role, g.priv as privilege,
         case
           when g.role = 'anon' then 'anon holds nothing in the project''s schemas'
           when g.role = 'public' then 'PUBLIC holds nothing in the project''s schemas'
           when g.is_trigger then 'a trigger function is never called directly'
           when g.nsp = 'public' and g.prosecdef then 'a public function runs as the invoker'
           when g.nsp = 'public' then null
           when g.oid not in (select oid from fn_used) then 'no policy, constraint, index, default, view or caller''s function uses it'
         end as rule
    from fn_grant g
   where g.role in ('anon', 'authenticated', 'public')
),
schema_findings as (
  select s.nsp::text as object, r.role, p.priv as privilege,
         case when p.priv = 'CREATE' then 'the API roles create nothing in the project''s schemas'
              else 'anon holds nothing in the project''s schemas' end as rule
    from schemas s cross join api r cross join (values ('CREATE'), ('USAGE')) p(priv)
   where has_schema_privilege(r.role, s.nsp, p.priv)
     and (p.priv = 'CREATE' or (r.role = 'anon' and s.nsp::text <> 'public'))
),
extension_findings as (
  select coalesce(c.oid::regclass::text, pr.oid::regprocedure::text) as object, pg_get_userbyid(a.grantee) as role,
         a.privilege_type as privilege, 'the project grants the API roles nothing in extensions' as rule
    from (select oid, relacl as acl, 'c' as k from pg_class where relnamespace = 'extensions'::regnamespace
          union all select oid, proacl, 'p' from pg_proc where pronamespace = 'extensions'::regnamespace) o
    left join pg_class c on o.k = 'c' and c.oid = o.oid
    left join pg_proc pr on o.k = 'p' and pr.oid = o.oid
   cross join lateral aclexplode(o.acl) a
   where a.grantor = $2::regrole and a.grantee in ('anon'::regrole, 'authenticated'::regrole)
     and not exists (select from pg_depend d join pg_extension e on e.oid = d.refobjid
                      where d.objid = o.oid and d.deptype = 'e' and e.extname = any ($3::text[]))
),
default_findings as (
  select format('default privileges of %s in %s on %s', d.defaclrole::regrole,
                coalesce(d.defaclnamespace::regnamespace::text, 'every schema'),
                case d.defaclobjtype when 'r' then 'tables' when 'S' then 'sequences' when 'f' then 'functions' when 'T' then 'types' when 'n' then 'schemas' end) as object,
         case when a.grantee = 0 then 'public' else pg_get_userbyid(a.grantee) end as role, a.privilege_type as privilege,
         'a new object is granted by the migration that creates it' as rule
    from pg_default_acl d cross join lateral aclexplode(d.defaclacl) a
   where d.defaclrole = $2::regrole
     and (d.defaclnamespace = 0 or d.defaclnamespace in (select nsp from schemas))
     and d.defaclobjtype in ('r', 'S', 'f')
     and (a.grantee in ('anon'::regrole, 'authenticated'::regrole) or (a.grantee = 0 and d.defaclobjtype = 'f'))
)
select object, role, privilege, rule from rel_findings where rule is not null
union all select object, role, privilege, rule from fn_findings where rule is not null
union all select * from schema_findings
union all select * from extension_findings
union all select * from default_findings
order by 1, 2, 3`;

/** Every privilege of anon, authenticated or PUBLIC that no policy or rule above needs. */
export async function privilegeFindings(client: Pick<pg.ClientBase, 'query'>): Promise<PrivilegeFinding[]> {
  // The planner's guesses for catalog functions make this a JIT candidate:
  // compiling takes seconds, running it milliseconds.
  const { rows: [setting] } = await client.query<{ jit: string }>(`select current_setting('jit') as jit`);
  await client.query(`select set_config('jit', 'off', false)`);
  try {
    const { rows } = await client.query<PrivilegeFinding>(FINDINGS_SQL, [[...PROJECT_SCHEMAS], PROJECT_ROLE, [...TEST_ONLY.extensions]]);
    return rows;
  } finally {
    await client.query(`select set_config('jit', $1, false)`, [setting?.jit ?? 'on']);
  }
}

/** One line per finding, for an error message or a report. */
export function formatFindings(findings: PrivilegeFinding[]): string {
  return findings.map((f) => `${f.role} ${f.privilege} on ${f.object}: ${f.rule}`).join('\n');
}
