/**
 * supabase/docs/: the schema as a reader wants it, generated from the catalog
 * by `db:reset` and checked for drift by `npm test` (like types/ and
 * supabase/current-schema/). One Markdown file per schema of PROJECT_SCHEMAS
 * and an index:
 *
 *   - an ER diagram (Mermaid erDiagram, which GitHub renders) of the schema's
 *     tables with their key columns and foreign keys;
 *   - every table and view: its comment, columns (type, nullability, default,
 *     comment), keys and checks, foreign keys, indexes, triggers, row level
 *     security and its policies, and what anon, authenticated and
 *     service_role may do (table privileges, or the columns they cover);
 *   - every function with its signature, security, comment and who may
 *     execute it (public's in full: they are the API), and the types.
 *
 * Partitions are left out (they change with the calendar); a partitioned
 * table shows its partition key. Everything is ordered by name (collation
 * "C") so the output depends on the schema only.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import { ROOT } from './shell.ts';
import { databaseUrl, withClient } from './stack.ts';
import { PROJECT_SCHEMAS } from './current-schema.ts';

export const DOCS_DIR = 'supabase/docs';

const API_ROLES = ['anon', 'authenticated', 'service_role'] as const;

type Relation = {
  oid: number; schema: string; name: string; kind: string; comment: string | null; rls: boolean; force_rls: boolean;
  partkey: string | null; options: string[] | null; definition: string | null;
};
type Column = {
  relid: number; num: number; name: string; type: string; not_null: boolean; default: string | null;
  generated: string; identity: string; comment: string | null;
};
type Constraint = {
  relid: number; name: string; type: string; definition: string; columns: string[]; comment: string | null;
  ref_schema: string | null; ref_table: string | null;
};
type Index = { relid: number; name: string; definition: string; constraint: string | null; comment: string | null };
type Trigger = { relid: number; name: string; definition: string; comment: string | null };
type Policy = {
  relid: number; name: string; command: string; permissive: boolean; roles: string[];
  using: string | null; check: string | null; comment: string | null;
};
type Privilege = { relid: number; role: string; privilege: string; table_level: boolean; columns: string[] };
type Func = {
  schema: string; name: string; args: string; result: string; kind: string; language: string; volatility: string;
  definer: boolean; config: string[] | null; comment: string | null; executors: string[];
};
type Type = { schema: string; name: string; kind: string; detail: string; comment: string | null };

type Catalog = {
  relations: Relation[]; columns: Column[]; constraints: Constraint[]; indexes: Index[]; triggers: Trigger[];
  policies: Policy[]; privileges: Privilege[]; functions: Func[]; types: Type[]; schemaComments: Record<string, string | null>;
};

const C = 'collate "C"';

async function readCatalog(c: pg.Client, schemas: readonly string[]): Promise<Catalog> {
  // Names in definitions come out schema-qualified whatever the connecting role's search_path.
  await c.query(`set search_path = ''`);
  const q = async <T extends pg.QueryResultRow>(sql: string) => (await c.query<T>(sql, [schemas, API_ROLES])).rows;
  const relations = await q<Relation>(`
    select c.oid::int as oid, n.nspname as schema, c.relname as name, c.relkind as kind,
           obj_description(c.oid, 'pg_class') as comment, c.relrowsecurity as rls, c.relforcerowsecurity as force_rls,
           case when c.relkind = 'p' then pg_get_partkeydef(c.oid) end as partkey, c.reloptions as options,
           case when c.relkind in ('v', 'm') then pg_get_viewdef(c.oid, true) end as definition
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = any ($1) and c.relkind in ('r', 'p', 'v', 'm') and not c.relispartition
       and $2::text[] is not null
     order by n.nspname ${C}, c.relname ${C}`);
  const oids = relations.map((r) => r.oid);
  const rq = async <T extends pg.QueryResultRow>(sql: string) => (await c.query<T>(sql, [oids, API_ROLES])).rows;
  const columns = await rq<Column>(`
    select a.attrelid::int as relid, a.attnum::int as num, a.attname as name, format_type(a.atttypid, a.atttypmod) as type,
           a.attnotnull as not_null, pg_get_expr(d.adbin, d.adrelid) as default, a.attgenerated as generated,
           a.attidentity as identity, col_description(a.attrelid, a.attnum) as comment
      from pg_attribute a left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
     where a.attrelid = any ($1::oid[]) and a.attnum > 0 and not a.attisdropped and $2::text[] is not null
     order by a.attrelid, a.attnum`);
  const constraints = await rq<Constraint>(`
    select con.conrelid::int as relid, con.conname as name, con.contype as type, pg_get_constraintdef(con.oid, true) as definition,
           array(select a.attname from unnest(con.conkey) with ordinality k(n, i)
                   join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.n order by k.i)::text[] as columns,
           obj_description(con.oid, 'pg_constraint') as comment,
           rn.nspname as ref_schema, rc.relname as ref_table
      from pg_constraint con
      left join pg_class rc on rc.oid = con.confrelid left join pg_namespace rn on rn.oid = rc.relnamespace
     where con.conrelid = any ($1::oid[]) and con.contype in ('p', 'u', 'f', 'c', 'x') and $2::text[] is not null
     order by con.conrelid, case con.contype when 'p' then 0 when 'u' then 1 when 'x' then 2 when 'f' then 3 else 4 end, con.conname ${C}`);
  const indexes = await rq<Index>(`
    select i.indrelid::int as relid, ic.relname as name, pg_get_indexdef(i.indexrelid) as definition,
           con.conname as constraint, obj_description(i.indexrelid, 'pg_class') as comment
      from pg_index i join pg_class ic on ic.oid = i.indexrelid
      left join pg_constraint con on con.conindid = i.indexrelid and con.conrelid = i.indrelid and con.contype in ('p', 'u', 'x')
     where i.indrelid = any ($1::oid[]) and $2::text[] is not null
     order by i.indrelid, ic.relname ${C}`);
  const triggers = await rq<Trigger>(`
    select t.tgrelid::int as relid, t.tgname as name, pg_get_triggerdef(t.oid, true) as definition,
           obj_description(t.oid, 'pg_trigger') as comment
      from pg_trigger t
     where t.tgrelid = any ($1::oid[]) and not t.tgisinternal and $2::text[] is not null
     order by t.tgrelid, t.tgname ${C}`);
  const policies = await rq<Policy>(`
    select p.polrelid::int as relid, p.polname as name,
           case p.polcmd when 'r' then 'SELECT' when 'a' then 'INSERT' when 'w' then 'UPDATE' when 'd' then 'DELETE' else 'ALL' end as command,
           p.polpermissive as permissive,
           array(select x from (select case when r = 0 then 'public' else pg_get_userbyid(r)::text end as x from unnest(p.polroles) r) s
                   order by x ${C})::text[] as roles,
           pg_get_expr(p.polqual, p.polrelid) as using, pg_get_expr(p.polwithcheck, p.polrelid) as check,
           obj_description(p.oid, 'pg_policy') as comment
      from pg_policy p
     where p.polrelid = any ($1::oid[]) and $2::text[] is not null
     order by p.polrelid, case p.polcmd when 'r' then 0 when 'a' then 1 when 'w' then 2 when 'd' then 3 else 4 end, p.polname ${C}`);
  const privileges = await rq<Privilege>(`
    select c.oid::int as relid, r.role, p.privilege,
           has_table_privilege(r.role, c.oid, p.privilege) as table_level,
           case when p.privilege in ('SELECT', 'INSERT', 'UPDATE', 'REFERENCES') and not has_table_privilege(r.role, c.oid, p.privilege) then
             array(select a.attname from pg_attribute a
                    where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
                      and has_column_privilege(r.role, c.oid, a.attnum, p.privilege) order by a.attnum)::text[]
           else '{}'::text[] end as columns
      from pg_class c cross join unnest($2::text[]) with ordinality r(role, ri)
     cross join unnest(array['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER']) with ordinality p(privilege, pi)
     where c.oid = any ($1::oid[])
     order by c.oid, r.ri, p.pi`);
  const functions = await q<Func>(`
    select n.nspname as schema, p.proname as name, pg_get_function_identity_arguments(p.oid) as args,
           coalesce(pg_get_function_result(p.oid), '') as result, p.prokind as kind, l.lanname as language,
           case p.provolatile when 'i' then 'immutable' when 's' then 'stable' else 'volatile' end as volatility,
           p.prosecdef as definer, p.proconfig as config, obj_description(p.oid, 'pg_proc') as comment,
           array(select r from unnest($2::text[]) with ordinality x(r, i) where has_function_privilege(r, p.oid, 'EXECUTE') order by i)::text[] as executors
      from pg_proc p join pg_namespace n on n.oid = p.pronamespace join pg_language l on l.oid = p.prolang
     where n.nspname = any ($1)
       and not exists (select 1 from pg_depend d where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e')
     order by n.nspname ${C}, p.proname ${C}, pg_get_function_identity_arguments(p.oid) ${C}`);
  const types = await q<Type>(`
    select n.nspname as schema, t.typname as name,
           case t.typtype when 'e' then 'enum' when 'd' then 'domain' else 'composite' end as kind,
           case t.typtype
             when 'e' then (select string_agg(e.enumlabel, ', ' order by e.enumsortorder) from pg_enum e where e.enumtypid = t.oid)
             when 'd' then format_type(t.typbasetype, t.typtypmod)
             else (select string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod), ', ' order by a.attnum)
                     from pg_attribute a where a.attrelid = t.typrelid and a.attnum > 0 and not a.attisdropped)
           end as detail,
           obj_description(t.oid, 'pg_type') as comment
      from pg_type t join pg_namespace n on n.oid = t.typnamespace
     where n.nspname = any ($1) and $2::text[] is not null
       and (t.typtype in ('e', 'd') or (t.typtype = 'c' and (select relkind from pg_class where oid = t.typrelid) = 'c'))
     order by n.nspname ${C}, t.typname ${C}`);
  const sc = await q<{ schema: string; comment: string | null }>(`
    select nspname as schema, obj_description(oid, 'pg_namespace') as comment from pg_namespace
     where nspname = any ($1) and $2::text[] is not null`);
  return {
    relations, columns, constraints, indexes, triggers, policies, privileges, functions, types,
    schemaComments: Object.fromEntries(sc.map((r) => [r.schema, r.comment])),
  };
}

// ─── Markdown ───────────────────────────────────────────────────────────────

const KIND: Record<string, string> = { r: 'table', p: 'partitioned table', v: 'view', m: 'materialized view' };

/** A table cell: pipes escaped, line breaks kept. */
function cell(text: string | null | undefined): string {
  if (text === null || text === undefined || text === '') return '';
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/** Inline code in a table cell; whitespace runs collapsed. */
function code(text: string | null | undefined): string {
  if (!text) return '';
  const t = text.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');
  return t.includes('`') ? `\`\` ${t} \`\`` : `\`${t}\``;
}

function table(header: string[], rows: string[][]): string[] {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

/** GitHub's heading anchor. */
function anchor(heading: string): string {
  return heading.toLowerCase().replace(/[^a-z0-9 _-]/g, '').replace(/ /g, '-');
}

/** The comment's first sentence, or its first 160 characters. */
function firstSentence(text: string | null): string {
  if (!text) return '';
  const flat = text.replace(/\s+/g, ' ').trim();
  const m = /^(.*?[a-z0-9)]\.)( [A-Z]|$)/.exec(flat);
  const sentence = m ? m[1]! : flat;
  return sentence.length <= 160 ? sentence : `${sentence.slice(0, 160).replace(/\s+\S*$/, '')} …`;
}

/** A type Mermaid accepts as an attribute type: a word. */
function mermaidType(type: string): string {
  const short: Record<string, string> = {
    'timestamp with time zone': 'timestamptz', 'timestamp without time zone': 'timestamp',
    'time without time zone': 'time', 'time with time zone': 'timetz', 'character varying': 'varchar',
    'double precision': 'float8',
  };
  const base = type.replace(/\(.*?\)/g, '').replace(/\[\]$/, '');
  const word = (short[base] ?? base).replace(/^.*\./, '').replace(/[^A-Za-z0-9_]/g, '_');
  return type.endsWith('[]') ? `${word}_array` : word;
}

function diagram(schema: string, cat: Catalog): string[] {
  const rels = cat.relations.filter((r) => r.schema === schema && (r.kind === 'r' || r.kind === 'p'));
  // Tables of other schemas (auth.users) appear through their relationships alone, as schema_table.
  const entity = (s: string, n: string) => (s === schema ? n : `${s}_${n}`);
  const lines = ['```mermaid', 'erDiagram'];
  const links: string[] = [];
  for (const r of rels) {
    const cons = cat.constraints.filter((c) => c.relid === r.oid);
    const keyed = new Map<string, Set<string>>();
    const mark = (col: string, m: string) => keyed.set(col, (keyed.get(col) ?? new Set()).add(m));
    for (const c of cons) {
      for (const col of c.columns) {
        if (c.type === 'p') mark(col, 'PK');
        else if (c.type === 'f') mark(col, 'FK');
        else if (c.type === 'u') mark(col, 'UK');
      }
    }
    const cols = cat.columns.filter((c) => c.relid === r.oid && keyed.has(c.name));
    lines.push(`  ${entity(r.schema, r.name)} {`);
    for (const c of cols) {
      const marks = ['PK', 'FK', 'UK'].filter((m) => keyed.get(c.name)!.has(m)).join(', ');
      lines.push(`    ${mermaidType(c.type)} ${c.name} ${marks}`);
    }
    lines.push('  }');
    for (const f of cons.filter((c) => c.type === 'f')) {
      const parent = entity(f.ref_schema!, f.ref_table!);
      const nullable = f.columns.some((n) => !cat.columns.find((c) => c.relid === r.oid && c.name === n)?.not_null);
      const unique = cons.some((c) => (c.type === 'p' || c.type === 'u') &&
        c.columns.length === f.columns.length && c.columns.every((n) => f.columns.includes(n)));
      links.push(`  ${parent} ${nullable ? '|o' : '||'}--${unique ? 'o|' : 'o{'} ${entity(r.schema, r.name)} : "${f.columns.join(', ')}"`);
    }
  }
  lines.push(...links, '```');
  return lines;
}

function privileges(r: Relation, cat: Catalog): string[] {
  const privs = cat.privileges.filter((p) => p.relid === r.oid);
  const shown = ['SELECT', 'INSERT', 'UPDATE', 'DELETE'];
  const rows = API_ROLES.map((role) => {
    const mine = privs.filter((p) => p.role === role);
    const state = (priv: string) => {
      const p = mine.find((x) => x.privilege === priv)!;
      if (p.table_level) return 'all columns';
      if (p.columns.length) return p.columns.map((c) => `\`${c}\``).join(', ');
      return '—';
    };
    const other = mine.filter((p) => !shown.includes(p.privilege) && (p.table_level || p.columns.length))
      .map((p) => (p.table_level ? p.privilege : `${p.privilege} (${p.columns.join(', ')})`)).join(', ');
    return [`\`${role}\``, ...shown.map(state), other || '—'];
  });
  return table(['role', 'select', 'insert', 'update', 'delete', 'other'], rows);
}

function relationSection(r: Relation, cat: Catalog): string[] {
  const out: string[] = [`### ${r.schema}.${r.name}`, ''];
  const facts = [KIND[r.kind]!];
  if (r.kind === 'r' || r.kind === 'p') facts.push(r.rls ? `row level security${r.force_rls ? ' (forced)' : ''}` : 'no row level security');
  if (r.partkey) facts.push(`partitioned by ${r.partkey}`);
  const invoker = r.options?.includes('security_invoker=true') || r.options?.includes('security_invoker=on');
  if (r.kind === 'v') facts.push(invoker ? 'security_invoker' : 'runs as its owner');
  out.push(`*${facts.join(' · ')}*`, '');
  if (r.comment) out.push(r.comment, '');

  const cols = cat.columns.filter((c) => c.relid === r.oid);
  out.push(...table(['column', 'type', 'null', 'default', 'comment'], cols.map((c) => [
    `\`${c.name}\``, code(c.type), c.not_null ? 'not null' : 'null',
    c.generated === 's' ? `generated: ${code(c.default)}` : c.identity ? `identity (${c.identity === 'a' ? 'always' : 'by default'})` : code(c.default),
    cell(c.comment),
  ])), '');

  const cons = cat.constraints.filter((c) => c.relid === r.oid);
  const keys = cons.filter((c) => c.type !== 'f');
  if (keys.length) {
    const label: Record<string, string> = { p: 'primary key', u: 'unique', x: 'exclusion', c: 'check' };
    out.push('**Keys and checks**', '', ...table(['constraint', 'kind', 'definition', 'comment'],
      keys.map((c) => [`\`${c.name}\``, label[c.type]!, code(c.definition), cell(c.comment)])), '');
  }
  const fks = cons.filter((c) => c.type === 'f');
  if (fks.length) {
    out.push('**Foreign keys**', '', ...table(['constraint', 'definition', 'comment'],
      fks.map((c) => [`\`${c.name}\``, code(c.definition), cell(c.comment)])), '');
  }
  const idx = cat.indexes.filter((i) => i.relid === r.oid);
  if (idx.length) {
    out.push('**Indexes**', '', ...table(['index', 'definition', 'comment'], idx.map((i) => [
      `\`${i.name}\``, code(i.definition.replace(/^CREATE (UNIQUE )?INDEX \S+ ON \S+ /, '$1')),
      cell(i.comment ?? (i.constraint ? `backs constraint \`${i.constraint}\`` : '')),
    ])), '');
  }
  const trg = cat.triggers.filter((t) => t.relid === r.oid);
  if (trg.length) {
    out.push('**Triggers**', '', ...table(['trigger', 'definition', 'comment'], trg.map((t) => [
      `\`${t.name}\``, code(t.definition.replace(/^CREATE (CONSTRAINT )?TRIGGER \S+ /, '')), cell(t.comment),
    ])), '');
  }
  if (r.kind === 'r' || r.kind === 'p') {
    const pols = cat.policies.filter((p) => p.relid === r.oid);
    if (pols.length) {
      out.push('**Policies**', '', ...table(['policy', 'command', 'roles', 'using', 'with check', 'comment'], pols.map((p) => [
        `\`${p.name}\``, `${p.command}${p.permissive ? '' : ' (restrictive)'}`, p.roles.join(', '), code(p.using), code(p.check), cell(p.comment),
      ])), '');
    } else {
      out.push(`**Policies**: none${r.rls ? ' (with row level security on, the API roles reach no row)' : ''}.`, '');
    }
  }
  out.push('**Who may do what** (privileges of the API roles; row level security applies on top)', '', ...privileges(r, cat), '');
  if (r.definition) {
    out.push('<details><summary>definition</summary>', '', '```sql', r.definition.trim(), '```', '', '</details>', '');
  }
  return out;
}

function functionsSection(schema: string, cat: Catalog): string[] {
  const fns = cat.functions.filter((f) => f.schema === schema);
  if (!fns.length) return [];
  const kind = (f: Func) => (f.kind === 'p' ? 'procedure' : f.kind === 'a' ? 'aggregate' : f.kind === 'w' ? 'window' : 'function');
  const security = (f: Func) => (f.definer ? 'definer' : 'invoker');
  const execute = (f: Func) => (f.executors.length ? f.executors.join(', ') : '—');
  if (schema === 'public') {
    const out = ['## Functions', '', 'The API: what supabase-js calls with `.rpc()` (PostgREST exposes `public`).', ''];
    for (const f of fns) {
      out.push(`### ${f.schema}.${f.name}(${f.args})`, '');
      out.push(`*${kind(f)} · returns ${code(f.result)} · ${f.language} · ${f.volatility} · security ${security(f)}` +
        `${f.config?.length ? ` · ${f.config.map((c) => code(c)).join(', ')}` : ''} · execute: ${execute(f)}*`, '');
      if (f.comment) out.push(f.comment, '');
    }
    return out;
  }
  return ['## Functions', '', ...table(['function', 'returns', 'security', 'execute', 'comment'], fns.map((f) => [
    `\`${f.name}(${cell(f.args)})\``, code(f.result), `${security(f)}, ${f.volatility}${f.config?.length ? `, ${f.config.map((c) => code(c)).join(', ')}` : ''}`,
    execute(f), cell(f.comment),
  ])), ''];
}

function typesSection(schema: string, cat: Catalog): string[] {
  const types = cat.types.filter((t) => t.schema === schema);
  if (!types.length) return [];
  return ['## Types', '', ...table(['type', 'kind', 'values or definition', 'comment'], types.map((t) => [
    `\`${t.name}\``, t.kind, code(t.detail), cell(t.comment),
  ])), ''];
}

const HEADER = '<!-- Generated by npm run db:reset from the database catalog (src/tooling/schema-docs.ts). Do not edit. -->';

function schemaFile(schema: string, cat: Catalog): string {
  const rels = cat.relations.filter((r) => r.schema === schema);
  const tables = rels.filter((r) => r.kind === 'r' || r.kind === 'p');
  const views = rels.filter((r) => r.kind === 'v' || r.kind === 'm');
  const out = [HEADER, '', `# Schema \`${schema}\``, ''];
  if (cat.schemaComments[schema]) out.push(cat.schemaComments[schema]!, '');
  out.push('[Index](README.md)', '');
  if (tables.length) out.push('## Diagram', '', 'Key columns (PK, FK, UK) and foreign keys; every column is listed under its table below.', '', ...diagram(schema, cat), '');
  if (tables.length) out.push('## Tables', '', ...tables.flatMap((r) => relationSection(r, cat)));
  if (views.length) out.push('## Views', '', ...views.flatMap((r) => relationSection(r, cat)));
  out.push(...functionsSection(schema, cat), ...typesSection(schema, cat));
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function indexFile(schemas: readonly string[], cat: Catalog): string {
  const out = [HEADER, '', '# The schema', '',
    'Every table, view, function and type of the project\'s schemas as the migrations leave them, read from the',
    'database catalog: columns, keys, indexes, policies and what the API roles may do, with the comments the',
    'migrations give them. `npm run db:reset` writes these files and `npm test` fails when they differ from the',
    'migrations. The SQL of each object is in `supabase/current-schema/`.', ''];
  for (const schema of schemas) {
    const rels = cat.relations.filter((r) => r.schema === schema);
    const fns = cat.functions.filter((f) => f.schema === schema);
    out.push(`## [\`${schema}\`](${schema}.md)`, '');
    if (cat.schemaComments[schema]) out.push(cat.schemaComments[schema]!, '');
    out.push(...table(['relation', 'kind', 'what it is'], rels.map((r) => [
      `[${r.name}](${schema}.md#${anchor(`${r.schema}.${r.name}`)})`, KIND[r.kind]!, cell(firstSentence(r.comment)),
    ])), '');
    out.push(`${fns.length} functions, ${cat.types.filter((t) => t.schema === schema).length} types.`, '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** The files of supabase/docs/ for the database at `url`, by name. */
export async function renderSchemaDocs(url = databaseUrl()): Promise<Record<string, string>> {
  const cat = await withClient(url, (c) => readCatalog(c, PROJECT_SCHEMAS));
  const files: Record<string, string> = { 'README.md': indexFile(PROJECT_SCHEMAS, cat) };
  for (const schema of PROJECT_SCHEMAS) files[`${schema}.md`] = schemaFile(schema, cat);
  return files;
}

function existing(): string[] {
  const dir = path.join(ROOT, DOCS_DIR);
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')).sort() : [];
}

/** Rewrites supabase/docs/ from the database; returns the file names. */
export async function generateSchemaDocs(url = databaseUrl()): Promise<string[]> {
  const files = await renderSchemaDocs(url);
  const dir = path.join(ROOT, DOCS_DIR);
  mkdirSync(dir, { recursive: true });
  for (const f of existing().filter((f) => !(f in files))) rmSync(path.join(dir, f));
  for (const [f, text] of Object.entries(files)) writeFileSync(path.join(dir, f), text);
  return Object.keys(files).sort();
}

/** Files of supabase/docs/ that are missing, extra or different from what the database gives. */
export async function schemaDocsDrift(url = databaseUrl()): Promise<string[]> {
  const files = await renderSchemaDocs(url);
  const have = existing();
  const dir = path.join(ROOT, DOCS_DIR);
  return [
    ...Object.keys(files).filter((f) => !have.includes(f)).map((f) => `${f} (missing)`),
    ...have.filter((f) => !(f in files)).map((f) => `${f} (no longer generated)`),
    ...Object.keys(files).filter((f) => have.includes(f) && readFileSync(path.join(dir, f), 'utf8') !== files[f]).map((f) => `${f} (differs)`),
  ].sort();
}
