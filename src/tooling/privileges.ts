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
import { migrationFiles, push, pushFiles } from './reset.ts';
import { startScratchCluster } from './scratch.ts';
import { fail, step } from './shell.ts';
import { databaseUrl, redact, start, withClient } from './stack.ts';

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
  return withSettings(client, { jit: 'off' }, async () => {
    const { rows } = await client.query<PrivilegeFinding>(FINDINGS_SQL, [[...PROJECT_SCHEMAS], PROJECT_ROLE, [...TEST_ONLY.extensions]]);
    return rows;
  });
}

/** One line per finding, for an error message or a report. */
export function formatFindings(findings: PrivilegeFinding[]): string {
  return findings.map((f) => `${f.role} ${f.privilege} on ${f.object}: ${f.rule}`).join('\n');
}

/*
 * Equality: the privileges a database gives the API roles and PUBLIC, object by
 * object, against a reference (what the migrations give a new project, or what
 * a backup's source had). The rules above say what may be granted; this says
 * what is granted, so a widening by any path (a restore under a destination's
 * default privileges, a manual grant, a new default, a role membership) and a
 * narrowing both fail by name.
 */

/** Whose privileges are compared: the API roles, and PUBLIC (which every role holds). */
export const COMPARED_ROLES = ['anon', 'authenticated', 'service_role', 'public'] as const;

/** One privilege a compared role effectively holds on one object (`… WITH GRANT OPTION` is a privilege of its own). */
export type Privilege = { kind: string; object: string; role: string; privilege: string };

/** A privilege the database holds and the reference does not (extra), or the other way round (missing). */
export type PrivilegeDifference = Privilege & { change: 'extra' | 'missing' };

function literal(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

function textArray(values: readonly string[]): string {
  return `array[${values.map(literal).join(', ')}]::text[]`;
}

/**
 * The query behind readPrivileges, as self-contained SQL text (no parameters)
 * so that a restore can run it inside its own transaction through psql. Names
 * are schema-qualified when it runs with an empty search_path (readPrivileges
 * sets one; so does the restore).
 *
 * In `schemas`, every object's effective privileges (has_*_privilege, so a
 * grant to PUBLIC counts for every role): the schemas themselves, tables,
 * views, materialized views, sequences, columns (their own grants, so that a
 * table-wide grant is one difference, not one per column), functions and
 * procedures, types and domains. Elsewhere, what the project's
 * role granted (it runs the migrations, so nothing else it grants is theirs),
 * leaving out what the pgTAP suites install. Then the database's CONNECT,
 * CREATE and TEMPORARY, the project role's default privileges (global, where
 * no row means Postgres's built-in defaults, and in `schemas`), the roles the
 * API roles are members of, and parameters granted to them.
 */
export function privilegesSql(schemas: readonly string[]): string {
  const roles = textArray(COMPARED_ROLES);
  const suffixes = `(values (''), (' WITH GRANT OPTION')) g(suffix)`;
  return `
with roles(role) as (select unnest(${roles})),
nsp as (select oid, nspname from pg_namespace where nspname = any (${textArray(schemas)})),
role_oid(role, oid) as (select r.role, case r.role when 'public' then 0::oid else (select oid from pg_roles where rolname = r.role) end from roles r),
rel as (
  select c.oid, c.relkind, format('%I.%I', n.nspname, c.relname) as name
    from pg_class c join nsp n on n.oid = c.relnamespace
   where c.relkind in ('r', 'p', 'v', 'm', 'f', 'S')
),
test_only as (
  select d.classid, d.objid from pg_depend d join pg_extension e on e.oid = d.refobjid
   where d.refclassid = 'pg_extension'::regclass and d.deptype = 'e' and e.extname = any (${textArray(TEST_ONLY.extensions)})
),
other as (  -- objects outside the compared schemas, with the ACL of each
  select 'pg_class'::regclass as classid, c.oid, c.relnamespace as nspoid, c.relacl as acl,
         case c.relkind when 'S' then 'sequence' when 'v' then 'view' when 'm' then 'materialized view' when 'f' then 'foreign table' else 'table' end as kind,
         format('%I.%I', n.nspname, c.relname) as name
    from pg_class c join pg_namespace n on n.oid = c.relnamespace where c.relacl is not null
  union all
  select 'pg_class'::regclass, c.oid, c.relnamespace, a.attacl, 'column', format('%I.%I.%I', n.nspname, c.relname, a.attname)
    from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
   where a.attacl is not null and a.attnum > 0 and not a.attisdropped
  union all
  select 'pg_proc'::regclass, p.oid, p.pronamespace, p.proacl, case p.prokind when 'p' then 'procedure' else 'function' end,
         p.oid::regprocedure::text
    from pg_proc p where p.proacl is not null
  union all
  select 'pg_type'::regclass, t.oid, t.typnamespace, t.typacl, 'type', format('%I.%I', n.nspname, t.typname)
    from pg_type t join pg_namespace n on n.oid = t.typnamespace where t.typacl is not null
  union all
  select 'pg_namespace'::regclass, n.oid, n.oid, n.nspacl, 'schema', quote_ident(n.nspname)
    from pg_namespace n where n.nspacl is not null
),
privileges(kind, object, role, privilege) as (
  select 'schema', quote_ident(n.nspname), r.role, p.priv || g.suffix
    from nsp n cross join roles r cross join ${suffixes} cross join unnest(array['USAGE', 'CREATE']) p(priv)
   where has_schema_privilege(r.role, n.oid, p.priv || g.suffix)
  union all
  select case c.relkind when 'S' then 'sequence' when 'v' then 'view' when 'm' then 'materialized view' when 'f' then 'foreign table' else 'table' end,
         c.name, r.role, p.priv || g.suffix
    from rel c cross join roles r cross join ${suffixes}
   cross join lateral unnest(case when c.relkind = 'S' then array['USAGE', 'SELECT', 'UPDATE']
                                  else array['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER'] end) p(priv)
   where case when c.relkind = 'S' then has_sequence_privilege(r.role, c.oid, p.priv || g.suffix)
              else has_table_privilege(r.role, c.oid, p.priv || g.suffix) end
  union all
  -- Column grants, whatever the table's: to the role itself or to PUBLIC (the
  -- API roles do not inherit, so these are all a column grant can give them).
  select 'column', format('%s.%I', c.name, att.attname), r.role, a.privilege_type || g.suffix
    from rel c join pg_attribute att on att.attrelid = c.oid and att.attnum > 0 and not att.attisdropped and att.attacl is not null
   cross join lateral aclexplode(att.attacl) a join role_oid r on a.grantee in (r.oid, 0)
   cross join ${suffixes}
   where g.suffix = '' or a.is_grantable
  union all
  select case p.prokind when 'p' then 'procedure' else 'function' end,
         p.oid::regprocedure::text, r.role, 'EXECUTE' || g.suffix
    from pg_proc p join nsp n on n.oid = p.pronamespace cross join roles r cross join ${suffixes}
   where has_function_privilege(r.role, p.oid, 'EXECUTE' || g.suffix)
  union all
  -- Types and domains; an array type follows its element type, a table's row type its table.
  select case t.typtype when 'd' then 'domain' else 'type' end, format('%I.%I', n.nspname, t.typname), r.role, 'USAGE' || g.suffix
    from pg_type t join nsp n on n.oid = t.typnamespace cross join roles r cross join ${suffixes}
   where (t.typrelid = 0 or exists (select from pg_class c where c.oid = t.typrelid and c.relkind = 'c'))
     and not exists (select from pg_type e where e.typarray = t.oid)
     and has_type_privilege(r.role, t.oid, 'USAGE' || g.suffix)
  union all
  select o.kind, o.name, case when a.grantee = 0 then 'public' else pg_get_userbyid(a.grantee) end,
         a.privilege_type || case when a.is_grantable then ' WITH GRANT OPTION' else '' end
    from other o cross join lateral aclexplode(o.acl) a
   where o.nspoid not in (select oid from nsp)
     and (select nspname from pg_namespace where oid = o.nspoid) <> all (${textArray(TEST_ONLY.schemas)})
     and not exists (select from test_only t where t.classid = o.classid and t.objid = o.oid)
     and a.grantor = ${literal(PROJECT_ROLE)}::regrole
     and a.grantee in (select oid from role_oid)
  union all
  select 'database', 'the current database', r.role, p.priv || g.suffix
    from roles r cross join ${suffixes} cross join unnest(array['CREATE', 'CONNECT', 'TEMPORARY']) p(priv)
   where has_database_privilege(r.role, current_database(), p.priv || g.suffix)
  union all
  select 'default privileges',
         format('of %I%s on %s', d.role, coalesce(' in schema ' || quote_ident(d.nspname), ''),
                case d.objtype when 'r' then 'tables' when 'S' then 'sequences' when 'f' then 'functions' when 'T' then 'types' when 'n' then 'schemas' end),
         case when a.grantee = 0 then 'public' else pg_get_userbyid(a.grantee) end,
         a.privilege_type || case when a.is_grantable then ' WITH GRANT OPTION' else '' end
    from (
      select ${literal(PROJECT_ROLE)} as role, null::name as nspname, t.objtype,
             coalesce((select defaclacl from pg_default_acl
                        where defaclrole = ${literal(PROJECT_ROLE)}::regrole and defaclnamespace = 0 and defaclobjtype = t.objtype),
                      acldefault(case t.objtype when 'S' then 's' else t.objtype end, ${literal(PROJECT_ROLE)}::regrole)) as acl
        from unnest(array['r', 'S', 'f', 'T', 'n']::"char"[]) t(objtype)
      union all
      select ${literal(PROJECT_ROLE)}, n.nspname, d.defaclobjtype, d.defaclacl
        from pg_default_acl d join nsp n on n.oid = d.defaclnamespace
       where d.defaclrole = ${literal(PROJECT_ROLE)}::regrole
    ) d cross join lateral aclexplode(d.acl) a
   where a.grantee in (select oid from role_oid)
  union all
  select 'role', quote_ident(pg_get_userbyid(m.roleid)), pg_get_userbyid(m.member),
         'MEMBER' || case when m.admin_option then ' WITH ADMIN OPTION' else '' end
    from pg_auth_members m where m.member in (select oid from role_oid)
  union all
  select 'parameter', p.parname, case when a.grantee = 0 then 'public' else pg_get_userbyid(a.grantee) end,
         a.privilege_type || case when a.is_grantable then ' WITH GRANT OPTION' else '' end
    from pg_parameter_acl p cross join lateral aclexplode(p.paracl) a
   where a.grantee in (select oid from role_oid)
)
select distinct kind, object, role, privilege from privileges`;
}

/** What `schemas` (the project's, by default) and the rest of the database give the compared roles, sorted. */
export async function readPrivileges(
  client: Pick<pg.ClientBase, 'query'>,
  schemas: readonly string[] = PROJECT_SCHEMAS,
): Promise<Privilege[]> {
  // Type names in function signatures are qualified as the search_path
  // requires: an empty one qualifies all but pg_catalog's, as in a restore.
  return withSettings(client, { jit: 'off', search_path: '' }, async () => {
    const { rows } = await client.query<Privilege>(`${privilegesSql(schemas)} order by 1, 2, 3, 4`);
    return rows;
  });
}

/** Runs `fn` with session settings changed, and puts them back after. */
async function withSettings<T>(client: Pick<pg.ClientBase, 'query'>, settings: Record<string, string>, fn: () => Promise<T>): Promise<T> {
  const names = Object.keys(settings);
  const { rows: [before] } = await client.query<{ values: string[] }>(
    'select array(select current_setting(n) from unnest($1::text[]) n) as values', [names]);
  await client.query('select set_config(n, v, false) from unnest($1::text[], $2::text[]) as s(n, v)', [names, Object.values(settings)]);
  try {
    return await fn();
  } finally {
    await client.query('select set_config(n, v, false) from unnest($1::text[], $2::text[]) as s(n, v)', [names, before!.values]);
  }
}

function key(p: Privilege): string {
  return `${p.kind}\0${p.object}\0${p.role}\0${p.privilege}`;
}

/** Every privilege in one list and not the other, sorted by object. */
export function comparePrivileges(actual: readonly Privilege[], expected: readonly Privilege[]): PrivilegeDifference[] {
  const want = new Set(expected.map(key));
  const have = new Set(actual.map(key));
  const strip = ({ kind, object, role, privilege }: Privilege): Privilege => ({ kind, object, role, privilege });
  return [
    ...actual.filter((p) => !want.has(key(p))).map((p) => ({ change: 'extra' as const, ...strip(p) })),
    ...expected.filter((p) => !have.has(key(p))).map((p) => ({ change: 'missing' as const, ...strip(p) })),
  ].sort((a, b) => key(a).localeCompare(key(b)) || a.change.localeCompare(b.change));
}

/** The differences between what the database gives the compared roles and `reference`. */
export async function privilegeDifferences(
  client: Pick<pg.ClientBase, 'query'>,
  reference: readonly Privilege[],
  schemas: readonly string[] = PROJECT_SCHEMAS,
): Promise<PrivilegeDifference[]> {
  return comparePrivileges(await readPrivileges(client, schemas), reference);
}

/** One line per difference: `extra: anon SELECT on table public.calls`. */
export function formatDifferences(differences: readonly PrivilegeDifference[]): string {
  return differences.map((d) => `${d.change}: ${d.role} ${d.privilege} on ${d.kind} ${d.object}`).join('\n');
}

/**
 * What the migrations give a new project, as the reference for equality: a
 * scratch cluster (the Supabase baseline and nothing else) migrated with
 * `supabase db push`, read, and removed. Built, not stored: no generated file
 * can fall behind the migrations or be edited to agree with a database, and a
 * new table needs nothing. With `versions` (a database's own history), only
 * those migrations are applied, so a database that is behind this checkout is
 * compared with what it has applied.
 */
export async function migrationsPrivileges(versions?: readonly string[]): Promise<Privilege[]> {
  let subset: string[] | undefined;
  if (versions) {
    const byVersion = new Map(migrationFiles().map((f) => [f.split('_')[0]!, f]));
    const unknown = versions.filter((v) => !byVersion.has(v));
    if (unknown.length) {
      fail(`the database has applied migrations this checkout does not have: ${unknown.join(', ')}; compare from a checkout that has them`);
    }
    subset = versions.map((v) => byVersion.get(v)!);
  }
  const scratch = await startScratchCluster();
  try {
    await (subset ? pushFiles(scratch.url, subset) : push({ seed: false, url: scratch.url }));
    return await withClient(scratch.url, (c) => readPrivileges(c));
  } finally {
    await scratch.stop();
  }
}

/**
 * `npm run db:privileges`: the database's privileges against the migrations it
 * has applied (equality), and against the least-privilege rules above.
 */
export async function privilegesCli(): Promise<number> {
  const url = databaseUrl();
  await step('database', () => start(), () => redact(url));
  const applied = await withClient(url, async (c) => {
    const { rows: [t] } = await c.query<{ present: boolean }>(
      `select to_regclass('supabase_migrations.schema_migrations') is not null as present`);
    if (!t!.present) return [];
    return (await c.query<{ version: string }>('select version from supabase_migrations.schema_migrations order by 1')).rows.map((r) => r.version);
  });
  const all = migrationFiles().map((f) => f.split('_')[0]!);
  const same = applied.join() === all.join();
  const reference = await step(
    `reference: a scratch cluster migrated with supabase db push (${same ? 'every migration' : `the ${applied.length} the database has applied, of ${all.length}`})`,
    () => migrationsPrivileges(same ? undefined : applied), (r) => `${r.length} privileges`);
  const { differences, findings } = await step('compare', () => withClient(url, async (c) => ({
    differences: await privilegeDifferences(c, reference),
    findings: await privilegeFindings(c),
  })), (r) => `${r.differences.length} differences from the migrations, ${r.findings.length} beyond the least-privilege rules`);
  if (differences.length) console.log(`\nDiffers from what the migrations give a new project:\n${indent(formatDifferences(differences))}`);
  if (findings.length) console.log(`\nBeyond the least-privilege rules:\n${indent(formatFindings(findings))}`);
  if (!differences.length && !findings.length) console.log('\nThe API roles hold exactly what the migrations grant, and nothing beyond the rules.');
  return differences.length || findings.length ? 1 : 0;
}

function indent(text: string): string {
  return text.split('\n').map((l) => `  ${l}`).join('\n');
}
