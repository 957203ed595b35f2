/**
 * The SQL that PostgREST v12.2 (v12.2.3; the query builder is unchanged up to
 * v12.2.12) sends for the app's supabase-js requests, rendered as text and
 * parameters so the benchmark can time the statements the app really runs,
 * through pg / Kysely (`CompiledQuery.raw(sql, params)`) inside asUser.
 * For the benchmark only: the app itself talks to PostgREST, never to this.
 *
 * The shapes follow PostgREST's source, by file:
 *   src/PostgREST/Query/Statements.hs    prepareRead and prepareCall: the
 *       `WITH pgrst_source AS (...)` statement, the optional pgrst_source_count
 *       CTE, and the outer SELECT of total_result_set, page_total, body,
 *       response_headers, response_status, response_inserted over _postgrest_t
 *   src/PostgREST/Query/QueryBuilder.hs  readPlanToQuery, readPlanToCountQuery,
 *       getJoin/getJoinSelects (embeds as LEFT JOIN LATERAL with row_to_json
 *       for to-one, json_agg for to-many), callPlanToQuery (the function call)
 *   src/PostgREST/Query/SqlFragment.hs   pgFmtIdent, fromQi, pgFmtColumn,
 *       pgFmtFilter, orderF/pgFmtOrderTerm, limitOffsetF, countF, asJsonF and
 *       handlerF (the body), fromJsonBodyF (RPC arguments), unknownLiteral
 *   src/PostgREST/Plan.hs                addRels/getJoinConditions (aliases
 *       `<table>_<depth>`, `<parent>_<embed>_<depth>`), callPlan and
 *       inferColsEmbedNeeds, treeRestrictRange (max_rows on every node),
 *       negotiateContent (no aggregate for HEAD)
 *   src/PostgREST/SchemaCache.hs         allM2OandO2ORels (one-to-one when the
 *       foreign key columns are a primary key or unique) and the function
 *       query (argument types, return kinds) that routineFromCatalog mirrors
 *   src/PostgREST/SchemaCache/Routine.hs funcReturnsScalar, funcTableName, ...
 *   src/PostgREST/RangeQuery.hs          restrictRange (limit/max_rows)
 *
 * Parameters are bound as PostgREST binds them: filter values, LIMIT and
 * OFFSET as untyped text (hasql's `unknown` encoder; pg sends every parameter
 * untyped, which Postgres treats the same way), so Postgres infers each from
 * its context. The one typed parameter, the RPC's JSON body, is a `json`
 * parameter in PostgREST; pg cannot declare a parameter's type, so it is
 * written `$1::json`, which makes Postgres type the parameter json exactly
 * as a declared type would (no cast is executed). Whitespace follows the
 * source, double spaces included.
 *
 * What PostgREST does around the statement is not here: the transaction (READ
 * ONLY for GET/HEAD and for stable or immutable functions: `readOnly` below),
 * role, claims and search path (asUser sets those), and the request.* settings.
 */

/** A statement as PostgREST sends it: `$n` placeholders numbered in textual order. */
export type PgrstStatement = {
  sql: string;
  params: unknown[];
  /** PostgREST runs it in a READ ONLY transaction (reads; calls of stable or immutable functions). */
  readOnly: boolean;
};

/**
 * A filter as supabase-js sends it (`column=op.value`); values are the query string's text.
 * `not.is` with `null` is `.not(column, 'is', null)`.
 */
export type Filter = [column: string, op: 'eq' | 'gte' | 'lte' | 'lt' | 'gt' | 'in' | 'is' | 'not.is', value: string | string[]];
export type Order = Array<[column: string, dir: 'asc' | 'desc']>;

/** The API schema (`[api] schemas` of supabase/config.toml; tables and functions live here). */
export const SCHEMA = 'public';
/** `[api] max_rows` of supabase/config.toml: PostgREST caps every node of a read at this. */
export const MAX_ROWS = 1000;

// ---------------------------------------------------------------------------
// Snippets: SQL text with parameters in place, numbered when rendered (as
// hasql's dynamic statements do), so a fragment can be built in any order.

type Part = string | { readonly value: unknown; readonly cast?: string };
type Snippet = Part[];

const param = (value: unknown, cast?: string): Snippet => [cast ? { value, cast } : { value }];
const cat = (...xs: Array<Snippet | string>): Snippet => xs.flatMap((x) => (typeof x === 'string' ? [x] : x));
const join = (sep: string, xs: Snippet[]): Snippet => xs.flatMap((x, i) => (i === 0 ? x : [sep, ...x]));

function render(s: Snippet, readOnly: boolean): PgrstStatement {
  const params: unknown[] = [];
  const sql = s
    .map((p) => {
      if (typeof p === 'string') return p;
      params.push(p.value);
      return `$${params.length}${p.cast ? `::${p.cast}` : ''}`;
    })
    .join('');
  return { sql, params, readOnly };
}

// ---------------------------------------------------------------------------
// Identifiers (SqlFragment.hs: pgFmtIdent, fromQi, pgFmtColumn).

/** A qualified identifier; schema '' for aliases and the CTE. */
type Qi = { schema: string; name: string };

const trimNul = (x: string) => x.split('\0')[0] ?? '';
const ident = (x: string) => `"${trimNul(x).replaceAll('"', '""')}"`;
const fromQi = (qi: Qi) => (qi.schema ? `${ident(qi.schema)}.` : '') + ident(qi.name);
const column = (qi: Qi, c: string) => `${fromQi(qi)}.${c === '*' ? '*' : ident(c)}`;

// ---------------------------------------------------------------------------
// Relationships (SchemaCache.hs: allM2OandO2ORels, addInverseRels).

/**
 * The foreign keys embeds may follow. `oneToOne`: the referencing columns are
 * the table's primary key or a unique key, which PostgREST reads as a
 * one-to-one relationship (an object in both directions). The test suite
 * checks these against the catalog.
 */
export const FOREIGN_KEYS = [
  { name: 'call_metadata_call_fkey', table: 'call_metadata', columns: ['phone_id', 'call_id'], references: 'calls', refColumns: ['phone_id', 'id'], oneToOne: true },
  { name: 'calls_phone_id_fkey', table: 'calls', columns: ['phone_id'], references: 'phone_numbers', refColumns: ['id'], oneToOne: false },
] as const;

/** A relationship from `table` to `target`: column pairs (table's, target's), and whether it is to-one. */
type Relationship = { table: string; target: string; columns: Array<[string, string]>; toOne: boolean };

/** findRel without hints: the relationships from origin whose other end is target; exactly one must exist. */
function findRel(origin: string, target: string): Relationship {
  const rels: Relationship[] = [];
  for (const fk of FOREIGN_KEYS) {
    const pairs = fk.columns.map((c, i) => [c, fk.refColumns[i] ?? ''] as [string, string]);
    // The referencing side: many-to-one (or one-to-one).
    if (fk.table === origin && fk.references === target) rels.push({ table: origin, target, columns: pairs, toOne: true });
    // The referenced side: one-to-many (or one-to-one), the pairs swapped.
    if (fk.references === origin && fk.table === target) {
      rels.push({ table: origin, target, columns: pairs.map(([a, b]) => [b, a]), toOne: fk.oneToOne });
    }
  }
  if (rels.length !== 1) {
    throw new Error(`${rels.length === 0 ? 'no' : 'more than one'} relationship between ${origin} and ${target} here`);
  }
  return rels[0] as Relationship;
}

// ---------------------------------------------------------------------------
// The select parameter: columns, `*`, and embeds `name(...)`; nothing else
// (no aliases, casts, JSON paths, hints or spreads: the app sends none).

type SelectItem = { column: string } | { embed: string; items: SelectItem[] };

function parseSelect(select: string): SelectItem[] {
  const s = select.replace(/\s+/g, '');
  let i = 0;
  const list = (): SelectItem[] => {
    const items: SelectItem[] = [];
    while (i < s.length && s[i] !== ')') {
      const m = /^(\*|[A-Za-z_][A-Za-z0-9_]*)/.exec(s.slice(i));
      if (!m?.[1]) throw new Error(`unsupported select at ${JSON.stringify(s.slice(i))}`);
      i += m[1].length;
      if (s[i] === '(') {
        i++;
        items.push({ embed: m[1], items: list() });
        if (s[i++] !== ')') throw new Error(`unclosed embed in select ${JSON.stringify(select)}`);
      } else {
        items.push({ column: m[1] });
      }
      if (s[i] === ',') i++;
      else if (i < s.length && s[i] !== ')') throw new Error(`unsupported select at ${JSON.stringify(s.slice(i))}`);
    }
    return items;
  };
  const items = list();
  if (i !== s.length) throw new Error(`unbalanced select ${JSON.stringify(select)}`);
  return items;
}

// ---------------------------------------------------------------------------
// The read plan (Plan.hs) and its query (QueryBuilder.hs).

type ReadNode = {
  from: Qi;
  alias?: string;
  /** The table the node reads (for relationships): the table, or the function's table type. */
  table: string;
  columns: string[];
  filters: Filter[];
  order: Order;
  /** After max_rows: always set when MAX_ROWS is. */
  limit?: number;
  children: Array<{ node: ReadNode; name: string; aggAlias: string; toOne: boolean; fkColumns: string[] }>;
  /** [child column, parent column] SQL for the embed's WHERE. */
  joinConds: Array<[string, string]>;
};

/** The columns' qualifier: the alias when there is one (getQualifiedIdentifier). */
const nodeQi = (n: ReadNode): Qi => (n.alias ? { schema: '', name: n.alias } : n.from);

/** restrictRange with max_rows, at offset 0. */
const restrict = (limit: number | undefined) => (limit === undefined ? MAX_ROWS : Math.min(limit, MAX_ROWS));

function buildNode(items: SelectItem[], base: Omit<ReadNode, 'columns' | 'children'>, depth: number): ReadNode {
  const node: ReadNode = { ...base, columns: [], children: [] };
  for (const item of items) {
    if ('column' in item) {
      node.columns.push(item.column);
      continue;
    }
    const d = depth + 1;
    const rel = findRel(node.table, item.embed);
    const alias = `${rel.target}_${d}`;
    // The parent's columns: its alias when it has one, else the schema-qualified table.
    const parentQi: Qi = node.alias ? { schema: '', name: node.alias } : { schema: SCHEMA, name: rel.table };
    const child = buildNode(item.items, {
      from: { schema: SCHEMA, name: rel.target },
      alias,
      table: rel.target,
      filters: [],
      order: [],
      limit: restrict(undefined),
      joinConds: rel.columns.map(([c, fc]) => [column({ schema: '', name: alias }, fc), column(parentQi, c)]),
    }, d);
    node.children.push({ node: child, name: item.embed, aggAlias: `${rel.table}_${item.embed}_${d}`, toOne: rel.toOne, fkColumns: rel.columns.map(([c]) => c) });
  }
  return node;
}

/** pgFmtFilter: `<not> <column> <op> <value>`; a leading space, as the source writes it. */
function filterSql(qi: Qi, [col, op, value]: Filter): Snippet {
  const field = column(qi, col);
  if (op === 'in') {
    const vals = typeof value === 'string' ? [value] : value;
    // `in.()` parses to one empty element, rendered without a parameter.
    if (vals.length === 0 || (vals.length === 1 && vals[0] === '')) return cat(` ${field} = ANY('{}') `);
    // pgBuildArrayLiteral: every element double-quoted, backslashes and quotes escaped.
    const literal = `{${vals.map((v) => `"${trimNul(v).replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`;
    return cat(` ${field} = ANY (`, param(literal), ') ');
  }
  if (typeof value !== 'string') throw new TypeError(`${op} takes one value`);
  if (op === 'is' || op === 'not.is') {
    // `Is triVal`: a keyword from a whitelist, never a parameter; `not.` puts NOT in front.
    const keyword = { null: 'NULL', true: 'TRUE', false: 'FALSE', unknown: 'UNKNOWN' }[value];
    if (!keyword) throw new TypeError(`is takes null, true, false or unknown, not ${value}`);
    return cat(`${op === 'not.is' ? 'NOT' : ''} ${field} IS ${keyword}`);
  }
  const sym = { eq: '=', gte: '>=', lte: '<=', lt: '<', gt: '>' }[op];
  return cat(` ${field} ${sym} `, param(value));
}

/** orderF: `ORDER BY <col> DESC , <col> ASC ` (each term is `unwords [direction, nulls]`). */
function orderSql(qi: Qi, order: Order): string {
  if (order.length === 0) return '';
  return `ORDER BY ${order.map(([c, dir]) => `${column(qi, c)} ${dir === 'desc' ? 'DESC' : 'ASC'} `).join(', ')}`;
}

/** limitOffsetF: nothing for the whole range, else LIMIT and OFFSET as untyped parameters. */
const limitSql = (limit: number | undefined): Snippet =>
  limit === undefined ? [] : cat('LIMIT ', param(String(limit)), ' OFFSET ', param('0'));

/** readPlanToQuery. */
function readQuery(n: ReadNode): Snippet {
  const qi = nodeQi(n);
  const selects: Snippet[] = (n.columns.length === 0 && n.children.length === 0 ? ['*'] : n.columns).map((c) => [column(qi, c)]);
  const joinSelects: Snippet[] = [];
  const joins: Snippet[] = [];
  for (const c of n.children) {
    const agg = ident(c.aggAlias);
    const sub = readQuery(c.node);
    // An embed with nothing selected (`name()`) is joined but not output.
    const empty = c.node.columns.length === 0 && c.node.children.length === 0;
    if (c.toOne) {
      if (!empty) joinSelects.push([`row_to_json(${agg}.*)::jsonb AS ${ident(c.name)}`]);
      joins.push(cat('LEFT JOIN LATERAL ( ', sub, ` ) AS ${agg} ON TRUE`));
    } else {
      if (!empty) joinSelects.push([`COALESCE( ${agg}.${agg}, '[]') AS ${ident(c.name)}`]);
      joins.push(cat(`LEFT JOIN LATERAL ( SELECT json_agg(${agg})::jsonb AS ${agg} FROM (`, sub, ` ) AS ${agg} ) AS ${agg} ON TRUE`));
    }
  }
  const conds = [...n.filters.map((f) => filterSql(qi, f)), ...n.joinConds.map(([a, b]) => [`${a} = ${b}`])];
  const from = `FROM ${fromQi(n.from)}${n.alias ? ` AS ${ident(n.alias)}` : ''}`;
  return cat(
    'SELECT ', join(', ', [...selects, ...joinSelects]), ' ',
    from, ' ',
    join(' ', joins), ' ',
    conds.length ? cat('WHERE ', join(' AND ', conds)) : '', ' ',
    '', ' ', // groupF: no aggregates
    orderSql(qi, n.order), ' ',
    limitSql(n.limit),
  );
}

/** readPlanToCountQuery: the root's filters only (embeds are LEFT joins), no order or limit. */
function countQuery(n: ReadNode): Snippet {
  const conds = n.filters.map((f) => filterSql(nodeQi(n), f));
  return cat(`SELECT 1 FROM ${fromQi(n.from)}${n.alias ? ` AS ${ident(n.alias)}` : ''}`, conds.length ? ' WHERE ' : '', join(' AND ', conds));
}

/** The outer SELECT's last columns, the same for reads and calls. */
const RESPONSE_COLUMNS =
  "nullif(current_setting('response.headers', true), '') AS response_headers, " +
  "nullif(current_setting('response.status', true), '') AS response_status, " +
  "'' AS response_inserted ";

/** countF */
const countParts = (count: Snippet | undefined): [Snippet, string] =>
  count ? [cat(', pgrst_source_count AS (', count, ')'), '(SELECT pg_catalog.count(*) FROM pgrst_source_count)'] : [[], 'null::bigint'];

function filtersFor(q: { filters?: Filter[] }): Filter[] {
  for (const f of q.filters ?? []) {
    if (!['eq', 'gte', 'lte', 'lt', 'gt', 'in', 'is', 'not.is'].includes(f[1])) throw new Error(`unsupported operator ${f[1]}`);
  }
  return [...(q.filters ?? [])];
}

/**
 * `GET /<table>?select=...&<column>=<op>.<value>...&order=...&limit=N` (HEAD
 * with `head`; `Prefer: count=exact` with `count`), as
 * `supabase.from(table).select(select, { count, head }).eq(...).order(...).limit(N)`.
 * Filters in the order the app adds them (PostgREST keeps the query string's order).
 * `single`: the object body `.single()` asks for (Accept:
 * application/vnd.pgrst.object+json); `.maybeSingle()` sends the plain request.
 */
export function read(
  table: string,
  q: { select?: string; filters?: Filter[]; order?: Order; limit?: number; count?: 'exact'; head?: boolean; single?: boolean } = {},
): PgrstStatement {
  if (q.limit !== undefined && (!Number.isInteger(q.limit) || q.limit < 0)) throw new RangeError(`limit must be a whole number, got ${q.limit}`);
  const root = buildNode(parseSelect(q.select ?? '*'), {
    from: { schema: SCHEMA, name: table },
    table,
    filters: filtersFor(q),
    order: [...(q.order ?? [])],
    limit: restrict(q.limit),
    joinConds: [],
  }, 0);
  const [countCte, countResult] = countParts(q.count === 'exact' ? countQuery(root) : undefined);
  // HEAD: no aggregate (negotiateContent gives NoAgg), the body is ''.
  const body = q.head
    ? "''::text"
    : q.single ? "coalesce(json_agg(_postgrest_t)->0, 'null')" : "coalesce(json_agg(_postgrest_t), '[]')";
  return render(cat(
    'WITH pgrst_source AS ( ', readQuery(root), ' ) ', countCte, ' ',
    `SELECT ${countResult} AS total_result_set, pg_catalog.count(_postgrest_t) AS page_total, ${body} AS body, `,
    RESPONSE_COLUMNS,
    'FROM ( SELECT * FROM pgrst_source ) _postgrest_t',
  ), true);
}

// ---------------------------------------------------------------------------
// Functions (Plan.hs callPlan, QueryBuilder.hs callPlanToQuery, Statements.hs prepareCall).

/**
 * A function as PostgREST's schema cache describes it: its input parameters
 * in order (type as `regtype::text`), its return type and volatility.
 */
export type Routine = {
  name: string;
  params: Array<{ name: string; type: string; required: boolean; variadic: boolean }>;
  /** composite: a table type or `returns table (...)` (then `type` is `record`). */
  returns: { setof: boolean; composite: boolean; type: string };
  volatility: 'immutable' | 'stable' | 'volatile';
};

const p = (name: string, type: string, required = false) => ({ name, type, required, variadic: false });

/** The app's functions (supabase/migrations); the test suite checks them against routineFromCatalog. */
export const ROUTINES: Record<string, Routine> = {
  latest_calls: {
    name: 'latest_calls',
    params: [p('phone_ids', 'text[]'), p('max_calls', 'integer')],
    returns: { setof: true, composite: true, type: 'calls' },
    volatility: 'stable',
  },
  call_counts: {
    name: 'call_counts',
    params: [p('from_day', 'date'), p('to_day', 'date'), p('phone_ids', 'text[]')],
    returns: { setof: true, composite: true, type: 'record' },
    volatility: 'stable',
  },
  search_calls: {
    name: 'search_calls',
    params: [
      p('phone_id', 'text', true), p('query', 'text'), p('caller', 'text'), p('tags', 'text[]'), p('statuses', 'call_status[]'),
      p('started_from', 'timestamp with time zone'), p('started_before', 'timestamp with time zone'), p('min_duration', 'integer'),
      p('after_created_at', 'timestamp with time zone'), p('after_id', 'uuid'), p('max_calls', 'integer'),
    ],
    returns: { setof: true, composite: true, type: 'calls' },
    volatility: 'stable',
  },
  is_open: {
    name: 'is_open',
    params: [p('p_phone_id', 'text', true), p('p_at', 'timestamp with time zone')],
    returns: { setof: false, composite: false, type: 'bool' },
    volatility: 'stable',
  },
};

/** Anything with pg's `query(text, values)`: a pg.Pool or pg.Client. */
export type Queryable = { query: (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }> };

/**
 * The function `public.<fn>` as PostgREST's schema cache reads it: input
 * parameters from proargnames/proargtypes (required: no default), return type
 * (composite for a table type or when TABLE/OUT/INOUT parameters exist; the
 * composite's name is its table's, else the type's, so `record`), volatility.
 * Overloaded functions are refused.
 */
export async function routineFromCatalog(client: Queryable, fn: string): Promise<Routine> {
  const { rows } = await client.query(
    `select p.proname as name,
            coalesce((select json_agg(json_build_object('name', coalesce(a.name, ''), 'type', a.type::regtype::text,
                                                        'required', a.idx <= p.pronargs - p.pronargdefaults,
                                                        'variadic', coalesce(a.mode = 'v', false)) order by a.idx)
                        from unnest(p.proargnames, p.proargtypes, p.proargmodes) with ordinality as a(name, type, mode, idx)
                       where a.type is not null), '[]') as params,
            p.proretset as setof,
            (t.typtype = 'c' or coalesce(p.proargmodes::text[] && '{t,b,o}', false)) as composite,
            coalesce(c.relname, t.typname) as type,
            case p.provolatile when 'i' then 'immutable' when 's' then 'stable' else 'volatile' end as volatility
       from pg_catalog.pg_proc p
       join pg_catalog.pg_type t on t.oid = p.prorettype
       left join pg_catalog.pg_class c on c.oid = t.typrelid
      where p.pronamespace = $1::regnamespace and p.proname = $2 and p.prokind = 'f'`,
    [SCHEMA, fn],
  );
  if (rows.length !== 1) throw new Error(`${rows.length} functions ${SCHEMA}.${fn}`);
  const r = rows[0] as { name: string; params: Routine['params']; setof: boolean; composite: boolean; type: string; volatility: Routine['volatility'] };
  return { name: r.name, params: r.params, returns: { setof: r.setof, composite: r.composite, type: r.type }, volatility: r.volatility };
}

/** The parameter's type in json_to_record's column list: fixed-length bit/character widened (funcsSqlQuery). */
function typeMaxLength(type: string): string {
  return ({ bit: 'bit varying', 'bit[]': 'bit varying[]', character: 'character varying', 'character[]': 'character varying[]' } as Record<string, string>)[type] ?? type;
}

/**
 * `POST /rpc/<fn>` with the JSON body `args` (named arguments), as
 * `supabase.rpc(fn, args).select(...).order(...).limit(N)`. `fn` is one of
 * ROUTINES or a Routine (e.g. from routineFromCatalog). The arguments are the
 * body's keys, passed by name in the function's parameter order through
 * json_to_record; the result is read as `pgrst_source` aliased with the
 * function's table type (or its own name), where select, filters, order and
 * limit (max_rows included) apply.
 */
export function rpc(
  fn: string | Routine,
  args: Record<string, unknown>,
  q: { select?: string; filters?: Filter[]; order?: Order; limit?: number } = {},
): PgrstStatement {
  const routine = typeof fn === 'string' ? ROUTINES[fn] : fn;
  if (!routine) throw new Error(`unknown function ${String(fn)}: add it to ROUTINES or pass a Routine`);
  if (q.limit !== undefined && (!Number.isInteger(q.limit) || q.limit < 0)) throw new RangeError(`limit must be a whole number, got ${q.limit}`);
  // The body exactly as supabase-js sends it; its keys pick the parameters (findProc).
  const body = JSON.stringify(args);
  const keys = new Set(Object.keys(JSON.parse(body) as object));
  const known = new Set(routine.params.map((x) => x.name));
  const missing = routine.params.filter((x) => x.required && !keys.has(x.name)).map((x) => x.name);
  const unknown = [...keys].filter((k) => !known.has(k));
  if (missing.length || unknown.length) {
    throw new Error(`${routine.name}: no function with these arguments (missing ${missing.join(', ') || '-'}; unknown ${unknown.join(', ') || '-'})`);
  }
  const given = routine.params.filter((x) => keys.has(x.name));

  const { setof, composite, type } = routine.returns;
  const scalar = !setof && !composite;
  const setOfScalar = setof && !composite;
  const single = !setof;

  // The read plan over the function's result: FROM "pgrst_source" AS "<table type or function>".
  const alias = composite ? type : routine.name;
  const root = buildNode(parseSelect(q.select ?? '*'), {
    from: { schema: '', name: 'pgrst_source' },
    alias,
    table: alias,
    filters: filtersFor(q),
    order: [...(q.order ?? [])],
    limit: restrict(q.limit),
    joinConds: [],
  }, 0);

  // inferColsEmbedNeeds: `*`, or the selected columns and the embeds' columns, as a sorted set.
  const returned = root.columns.includes('*')
    ? ['*']
    : [...new Set([...root.columns, ...root.children.flatMap((c) => c.fkColumns)])].sort();
  const callee = fromQi({ schema: SCHEMA, name: routine.name });
  const callIt = (argsSql: string) =>
    scalar || setOfScalar ? `(SELECT ${callee}(${argsSql}) pgrst_scalar) pgrst_call` : `${callee}(${argsSql}) pgrst_call`;
  const fromCall: Snippet = given.length === 0
    ? cat('FROM ', callIt(''))
    : cat(
      // fromJsonBodyF: the body as one json parameter, its keys as typed columns.
      'FROM (SELECT ', param(body, 'json'), ' AS json_data) pgrst_payload, ',
      `LATERAL (SELECT ${given.map((x) => ident(x.name)).join(', ')} FROM json_to_record(pgrst_payload.json_data) `,
      `AS _(${given.map((x) => `${ident(x.name)} ${typeMaxLength(x.type)}`).join(', ')}) LIMIT 1) pgrst_body `,
      ', LATERAL ',
      callIt(given.map((x) => `${x.variadic ? 'VARIADIC ' : ''}${ident(x.name)} := pgrst_body.${ident(x.name)}`).join(', ')),
    );
  const callQuery = cat(
    'SELECT ',
    scalar || setOfScalar
      ? 'pgrst_call.pgrst_scalar'
      : returned.length === 0 ? '*' : returned.map((c) => column({ schema: '', name: 'pgrst_call' }, c)).join(', '),
    ' ', fromCall,
  );

  // asJsonF with the routine.
  const bodySql = composite && single
    ? "coalesce(json_agg(_postgrest_t)->0, 'null')"
    : scalar
      ? "coalesce(json_agg(_postgrest_t.pgrst_scalar)->0, 'null')"
      : setOfScalar
        ? "coalesce(json_agg(_postgrest_t.pgrst_scalar), '[]')"
        : "coalesce(json_agg(_postgrest_t), '[]')";
  return render(cat(
    'WITH pgrst_source AS (', callQuery, ') ',
    `SELECT null::bigint AS total_result_set, ${single ? '1' : 'pg_catalog.count(_postgrest_t)'} AS page_total, ${bodySql} AS body, `,
    RESPONSE_COLUMNS,
    'FROM (', readQuery(root), ') _postgrest_t',
  ), routine.volatility !== 'volatile');
}
