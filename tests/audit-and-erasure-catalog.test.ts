/**
 * Coverage of the audit trail and of caller erasure, read from the catalog, so
 * that a table added later is covered or fails here by name:
 *
 *   audit      every tenant table (a phone_id column, in public or private,
 *              partitions aside) and phone_numbers has the audit trigger, or
 *              its comment carries [not audited] followed by the reason. The
 *              list of exceptions lives in the database, on each table, so the
 *              reason is where the table is documented (supabase/current-schema)
 *              and the check holds on any database with the migrations (a
 *              restore, a branch). The trigger's key columns are the table's
 *              primary key, and a column named like a secret is redacted.
 *   personal   a column of a tenant table that looks like it can hold a
 *              caller's number or words (JSON of any name, or text named like
 *              one) carries [personal] in its comment, or is on
 *              NOT_PERSONAL below with the reason. The list is the heuristic's
 *              own exceptions and lives beside it. That tagged columns are
 *              emptied by erasure is proved in
 *              supabase/tests/erasure/tagged_columns_hold_nothing_after_erasure.test.sql.
 */
import { describe, expect, it } from 'vitest';
import { connect } from './support/db.ts';

const { rows } = connect();

/** Tenant tables: a phone_id column, in the project's schemas, partitions aside; and the tenant itself. */
const TENANT_TABLES = `
  select c.oid, n.nspname || '.' || c.relname as name
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
   where n.nspname in ('public', 'private') and c.relkind in ('r', 'p') and not c.relispartition
     and (exists (select from pg_attribute a where a.attrelid = c.oid and a.attname = 'phone_id' and not a.attisdropped)
          or c.oid = 'public.phone_numbers'::regclass)`;

/** The audit trigger of each table that has one, with its arguments. */
const AUDIT_TRIGGERS = `
  select t.tgrelid, t.tgtype, p.oid::regprocedure::text as fn,
         string_to_array(encode(t.tgargs, 'escape'), '\\000') as args
    from pg_trigger t join pg_proc p on p.oid = t.tgfoid
   where t.tgname = 'audit' and not t.tgisinternal`;

describe('the audit trail', () => {
  it('covers every tenant table, or the table says [not audited] and why', async () => {
    const bad = await rows<{ name: string }>(`
      with t as (${TENANT_TABLES})
      select t.name from t
       where not exists (select from pg_trigger g where g.tgrelid = t.oid and g.tgname = 'audit')
         and coalesce(obj_description(t.oid, 'pg_class'), '') !~ '\\[not audited\\] \\S'
       order by 1`);
    expect(bad.map((r) => r.name), 'tenant tables neither audited (private.audit_table) nor tagged [not audited] <reason>').toEqual([]);
  });

  it('audits no table it says is not audited', async () => {
    const bad = await rows<{ name: string }>(`
      select c.oid::regclass::text as name from pg_class c
       where obj_description(c.oid, 'pg_class') like '%[not audited]%'
         and exists (select from pg_trigger g where g.tgrelid = c.oid and g.tgname = 'audit')`);
    expect(bad.map((r) => r.name)).toEqual([]);
  });

  it('records every insert, update and delete, row by row, after the change, through private.record_audit_entry', async () => {
    // tgtype bits: 1 row, 2 before, 4 insert, 8 delete, 16 update.
    const bad = await rows<{ name: string }>(`
      with g as (${AUDIT_TRIGGERS})
      select g.tgrelid::regclass::text as name from g
       where g.fn <> 'private.record_audit_entry()' or g.tgtype & (1 | 2 | 4 | 8 | 16) <> (1 | 4 | 8 | 16)`);
    expect(bad.map((r) => r.name)).toEqual([]);
  });

  it("records rows by the table's current primary key", async () => {
    const bad = await rows<{ name: string; recorded: string; primary_key: string }>(`
      with g as (${AUDIT_TRIGGERS})
      select g.tgrelid::regclass::text as name, g.args[2] as recorded,
             (select string_agg(a.attname, ',' order by k.ord) from pg_index i
               cross join lateral unnest(i.indkey::int2[]) with ordinality k(attnum, ord)
               join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
              where i.indrelid = g.tgrelid and i.indisprimary) as primary_key
        from g`);
    const stale = bad.filter((r) => r.recorded !== r.primary_key);
    expect(stale, 'run select private.audit_table(...) again for these').toEqual([]);
    expect(bad.length).toBeGreaterThan(10);
  });

  it('redacts every audited column named like a secret', async () => {
    const bad = await rows<{ col: string }>(`
      with g as (${AUDIT_TRIGGERS})
      select g.tgrelid::regclass::text || '.' || a.attname as col
        from g join pg_attribute a on a.attrelid = g.tgrelid and a.attnum > 0 and not a.attisdropped
       where a.attname ~* '(hash|token|secret|password|salt|private_key)'
         and not a.attname = any (string_to_array(g.args[3], ','))
       order by 1`);
    expect(bad.map((r) => r.col), 'pass these to private.audit_table(..., redacted => ...)').toEqual([]);
  });
});

/**
 * Columns the heuristic flags that hold no caller's number or words, and why.
 * Keep it short: a column that can hold what a caller said or their number is
 * tagged [personal] instead, and erasure covers it.
 */
const NOT_PERSONAL: Record<string, string> = {
  'public.phone_numbers.number': "the business's own number",
  'public.phone_numbers.display_name': "the business's label for its number",
  'public.phone_numbers.business_name': "the business's name",
  'public.voice_settings.voice_name': 'a voice of the text-to-speech provider',
  'public.voice_settings.greeting_message': 'what the business has the receptionist say',
  'public.conversation_rules.conditions': 'rules the business writes, about intents and times',
  'public.conversation_rules.actions': 'what the business has the receptionist do',
  'public.phone_invitations.email': "a future member's address, not a caller's",
  'public.api_keys.name': "the owner's label for a key",
  'public.prompt_versions.body': 'a prompt the business writes',
  'public.prompt_versions.note': "the author's note on a prompt version",
  'public.campaigns.name': "the business's name for a campaign",
  'public.campaigns.caller_id': 'the number the business calls from',
  'public.resources.name': 'a staff member or room of the business',
  'public.audit_log.table_name': 'the name of the table an entry is about',
  'public.call_turns.tool_name': 'the name of a tool the receptionist called',
  'private.call_turns_archive.tool_name': 'the name of a tool the receptionist called',
};

describe('personal data', () => {
  const looksPersonal = `
    with t as (${TENANT_TABLES})
    select t.name || '.' || a.attname as col, coalesce(col_description(a.attrelid, a.attnum), '') like '%[personal]%' as tagged
      from t join pg_attribute a on a.attrelid = t.oid and a.attnum > 0 and not a.attisdropped
     where format_type(a.atttypid, null) in ('jsonb', 'json')
        or (format_type(a.atttypid, null) in ('text', 'text[]', 'character varying', 'character varying[]', 'character')
            and a.attname ~ '(^|_)(callers?|numbers?|names?|notes?|transcripts?|text|summary|body|messages?|email|recording|contents?|speech|utterances?|words|comments?|address|payload|metadata|fields)($|_)')
     order by 1`;

  it('tags every column that looks like it can hold a caller’s number or words [personal], or lists it as not personal', async () => {
    const found = await rows<{ col: string; tagged: boolean }>(looksPersonal);
    const untagged = found.filter((r) => !r.tagged && !(r.col in NOT_PERSONAL)).map((r) => r.col);
    expect(untagged, 'tag these [personal] in their comment (and give the table an erasure rule), or add them to NOT_PERSONAL with the reason').toEqual([]);
  });

  it('lists as not personal only columns that exist, look personal and are untagged', async () => {
    const found = await rows<{ col: string; tagged: boolean }>(looksPersonal);
    const untagged = new Set(found.filter((r) => !r.tagged).map((r) => r.col));
    expect(Object.keys(NOT_PERSONAL).filter((c) => !untagged.has(c))).toEqual([]);
  });

  it('gives every table with [personal] columns an erasure rule, the audit trail apart (which erase_caller anonymizes)', async () => {
    const bad = await rows<{ name: string }>(`
      select distinct a.attrelid::regclass::text as name
        from pg_attribute a join pg_class c on c.oid = a.attrelid
       where c.relnamespace in ('public'::regnamespace, 'private'::regnamespace) and c.relkind in ('r', 'p') and not c.relispartition
         and col_description(a.attrelid, a.attnum) like '%[personal]%'
         and a.attrelid <> 'public.audit_log'::regclass
         and a.attrelid not in (select relation from private.caller_erasure_rules)
       order by 1`);
    expect(bad.map((r) => r.name), 'add a row to private.caller_erasure_rules for these').toEqual([]);
  });
});
