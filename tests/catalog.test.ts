/**
 * Schema conventions, checked against the catalog of the migrated database.
 * They hold for every table, policy and function, present and future: a new
 * object that breaks one fails here by name.
 */
import { describe, expect, it } from 'vitest';
import { PROJECT_SCHEMAS, TEST_ONLY } from '../src/tooling/current-schema.ts';
import { connect } from './support/db.ts';

const { rows } = connect();
const APP_SCHEMAS = `(${PROJECT_SCHEMAS.map((s) => `'${s}'`).join(', ')})`;

/** Schemas a Supabase database has before any migration (the local stack reproduces them). */
const SUPABASE_SCHEMAS = ['auth', 'cron', 'extensions', 'graphql_public', 'information_schema', 'pg_catalog', 'supabase_migrations'];

describe('schemas', () => {
  it("are the project's, Supabase's or the tests' own: a new schema is added to PROJECT_SCHEMAS", async () => {
    // PROJECT_SCHEMAS decides what supabase/current-schema/ and these conventions cover.
    const known = [...PROJECT_SCHEMAS, ...SUPABASE_SCHEMAS, ...TEST_ONLY.schemas];
    const found = await rows<{ nspname: string }>(
      `select nspname from pg_namespace where nspname !~ '^pg_(toast|temp_|toast_temp_)' order by 1`);
    expect(found.map((r) => r.nspname).filter((n) => !known.includes(n))).toEqual([]);
  });
});

describe('row level security', () => {
  it('is enabled on every table in public', async () => {
    const off = await rows(`
      select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relrowsecurity`);
    expect(off.map((r) => r.relname)).toEqual([]);
  });

  it('has policies only for authenticated (none for anon or public)', async () => {
    const bad = await rows(`
      select tablename, policyname, roles::text from pg_policies
       where schemaname in ${APP_SCHEMAS} and roles <> '{authenticated}'::name[]`);
    expect(bad).toEqual([]);
  });

  it('has one policy per command and table, never FOR ALL', async () => {
    const bad = await rows(`
      select tablename, cmd, count(*)::int as n from pg_policies
       where schemaname in ${APP_SCHEMAS}
       group by tablename, cmd having count(*) > 1 or cmd = 'ALL'`);
    expect(bad).toEqual([]);
  });

  it('checks new rows on every insert and update policy', async () => {
    const bad = await rows(`
      select tablename, policyname from pg_policies
       where schemaname in ${APP_SCHEMAS} and cmd in ('INSERT', 'UPDATE') and with_check is null`);
    expect(bad).toEqual([]);
  });

  it('gives the API roles no TRUNCATE, REFERENCES or TRIGGER (they bypass RLS)', async () => {
    const bad = await rows(`
      select c.relname, r.rolname, p.privilege_type
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
       cross join (values ('anon'), ('authenticated')) r(rolname)
       cross join (values ('TRUNCATE'), ('REFERENCES'), ('TRIGGER')) p(privilege_type)
       where n.nspname in ${APP_SCHEMAS} and c.relkind in ('r', 'p', 'v', 'm')
         and has_table_privilege(r.rolname, c.oid, p.privilege_type)`);
    expect(bad).toEqual([]);
  });
});

describe('private schema', () => {
  it('grants the API roles no privilege on any of its tables, views or materialized views', async () => {
    const bad = await rows(`
      select c.oid::regclass::text as relation, r.rolname, p.privilege_type
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
       cross join (values ('anon'), ('authenticated')) r(rolname)
       cross join (values ('SELECT'), ('INSERT'), ('UPDATE'), ('DELETE')) p(privilege_type)
       where n.nspname = 'private' and c.relkind in ('r', 'p', 'v', 'm')
         and has_table_privilege(r.rolname, c.oid, p.privilege_type)`);
    expect(bad).toEqual([]);
  });

  it('lets the API roles select no materialized view in any schema (they carry no RLS)', async () => {
    const bad = await rows(`
      select c.oid::regclass::text as matview, r.rolname
        from pg_class c cross join (values ('anon'), ('authenticated')) r(rolname)
       where c.relkind = 'm' and has_table_privilege(r.rolname, c.oid, 'SELECT')`);
    expect(bad).toEqual([]);
  });
});

describe('tenancy', () => {
  const tenantTables = `
    select c.oid, c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname in ${APP_SCHEMAS} and c.relkind in ('r', 'p')
       and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'phone_id' and not a.attisdropped)`;

  it('has at least the core tenant tables', async () => {
    const names = (await rows<{ relname: string }>(tenantTables)).map((r) => r.relname);
    expect(names).toContain('phone_members');
  });

  it('declares phone_id not null on every tenant table', async () => {
    const bad = await rows(`
      with t as (${tenantTables})
      select t.relname from t join pg_attribute a on a.attrelid = t.oid and a.attname = 'phone_id'
       where not a.attnotnull`);
    expect(bad).toEqual([]);
  });

  it('includes phone_id in every primary key and unique constraint of a tenant table', async () => {
    const bad = await rows(`
      with t as (${tenantTables})
      select t.relname, con.conname from t join pg_constraint con on con.conrelid = t.oid
       where con.contype in ('p', 'u', 'x')
         and not exists (select 1 from pg_attribute a
                          where a.attrelid = t.oid and a.attname = 'phone_id' and a.attnum = any (con.conkey))`);
    expect(bad).toEqual([]);
  });

  it('includes phone_id in every foreign key between tenant tables', async () => {
    const bad = await rows(`
      with t as (${tenantTables})
      select t.relname, con.conname from t join pg_constraint con on con.conrelid = t.oid
       where con.contype = 'f' and con.confrelid in (select oid from t)
         and not exists (select 1 from pg_attribute a
                          where a.attrelid = t.oid and a.attname = 'phone_id' and a.attnum = any (con.conkey))`);
    expect(bad).toEqual([]);
  });
});

describe('indexes', () => {
  it('are all valid: an interrupted create index concurrently leaves one that serves nothing', async () => {
    const bad = await rows(`
      select i.indexrelid::regclass::text as idx from pg_index i
        join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace
       where n.nspname in ${APP_SCHEMAS} and not (i.indisvalid and i.indisready)`);
    expect(bad).toEqual([]);
  });

  it('covers every foreign key with an index that starts with its columns', async () => {
    const bad = await rows(`
      select con.conrelid::regclass::text as tbl, con.conname
        from pg_constraint con join pg_namespace n on n.oid = con.connamespace
       where con.contype = 'f' and n.nspname in ${APP_SCHEMAS}
         and not exists (
           select 1 from pg_index i
            where i.indrelid = con.conrelid
              and (i.indkey::int2[])[0:cardinality(con.conkey) - 1] @> con.conkey
              and (i.indkey::int2[])[0:cardinality(con.conkey) - 1] <@ con.conkey)`);
    expect(bad).toEqual([]);
  });
});

describe('functions', () => {
  it('pins search_path on every SECURITY DEFINER function', async () => {
    const bad = await rows(`
      select p.oid::regprocedure::text as fn from pg_proc p join pg_namespace n on n.oid = p.pronamespace
       where n.nspname in ${APP_SCHEMAS} and p.prosecdef
         and not coalesce('search_path=""' = any (p.proconfig), false)`);
    expect(bad).toEqual([]);
  });

  it('lets anon execute nothing in private', async () => {
    const bad = await rows(`
      select p.oid::regprocedure::text as fn from pg_proc p join pg_namespace n on n.oid = p.pronamespace
       where n.nspname = 'private' and has_function_privilege('anon', p.oid, 'EXECUTE')`);
    expect(bad).toEqual([]);
  });

  it('keeps SECURITY DEFINER functions out of the exposed public schema', async () => {
    const bad = await rows(`
      select p.oid::regprocedure::text as fn from pg_proc p join pg_namespace n on n.oid = p.pronamespace
       where n.nspname = 'public' and p.prosecdef`);
    expect(bad).toEqual([]);
  });
});

describe('documentation', () => {
  it('comments every table, view, function, type and policy', async () => {
    const missing = await rows(`
      select 'relation ' || c.oid::regclass::text as object
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname in ${APP_SCHEMAS} and c.relkind in ('r', 'p', 'v', 'm')
         and obj_description(c.oid, 'pg_class') is null
      union all
      select 'function ' || p.oid::regprocedure::text
        from pg_proc p join pg_namespace n on n.oid = p.pronamespace
       where n.nspname in ${APP_SCHEMAS} and obj_description(p.oid, 'pg_proc') is null
         and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e')
      union all
      select 'type ' || t.oid::regtype::text
        from pg_type t join pg_namespace n on n.oid = t.typnamespace
       where n.nspname in ${APP_SCHEMAS} and t.typtype in ('e', 'd', 'c') and t.typrelid = 0
         and obj_description(t.oid, 'pg_type') is null
      union all
      select 'policy ' || pol.polname || ' on ' || pol.polrelid::regclass::text
        from pg_policy pol join pg_class c on c.oid = pol.polrelid join pg_namespace n on n.oid = c.relnamespace
       where n.nspname in ${APP_SCHEMAS} and obj_description(pol.oid, 'pg_policy') is null`);
    expect(missing.map((r) => r.object)).toEqual([]);
  });

  it("comments every column of every table, view and materialized view (a partition's are its parent's)", async () => {
    // supabase/docs/ shows these comments; a column without one fails here by name.
    const missing = await rows<{ column: string }>(`
      select format('%s.%s.%s', n.nspname, c.relname, a.attname) as column
        from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
       where n.nspname in ${APP_SCHEMAS} and c.relkind in ('r', 'p', 'v', 'm') and not c.relispartition
         and a.attnum > 0 and not a.attisdropped and col_description(c.oid, a.attnum) is null
       order by 1`);
    expect(missing.map((r) => r.column)).toEqual([]);
  });
});
