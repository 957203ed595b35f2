/**
 * Plan checks on generated data that is never committed: one pg client opens
 * a transaction and generates the data; a Kysely instance over that client
 * turns each asUser transaction into a savepoint of it (rolled back, so the
 * data stays and set_config(..., true) is undone as at the end of a real
 * transaction) and records every statement as Kysely compiled it, so the test
 * can EXPLAIN exactly what a typed query sent, with its parameters, under the
 * same role and claims.
 */
import {
  CompiledQuery,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';
import type pg from 'pg';
import type { DB } from '../../types/database.ts';

export class SetupTransactionDriver implements Driver {
  readonly compiled: CompiledQuery[] = [];
  readonly #connection: DatabaseConnection;

  constructor(pgClient: pg.Client) {
    const compiled = this.compiled;
    this.#connection = {
      async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
        compiled.push(query);
        const result = await pgClient.query(query.sql, [...query.parameters]);
        return { rows: result.rows as R[] };
      },
      async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
        throw new Error('streaming is not used by the typed queries');
      },
    };
  }
  async init(): Promise<void> {}
  async acquireConnection(): Promise<DatabaseConnection> {
    return this.#connection;
  }
  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    if (settings.accessMode || settings.isolationLevel) throw new Error('transaction settings are not supported here');
    await connection.executeQuery(CompiledQuery.raw('savepoint as_user'));
  }
  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback to savepoint as_user'));
    await connection.executeQuery(CompiledQuery.raw('release savepoint as_user'));
  }
  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await this.commitTransaction(connection);
  }
  async releaseConnection(): Promise<void> {}
  async destroy(): Promise<void> {}
}

/** Kysely over the setup transaction of `client`, and the driver that records what it sends. */
export function setupTransactionDb(client: pg.Client): { db: Kysely<DB>; driver: SetupTransactionDriver } {
  const driver = new SetupTransactionDriver(client);
  const db = new Kysely<DB>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => driver,
      createIntrospector: (k) => new PostgresIntrospector(k),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  });
  return { db, driver };
}

export type PlanNode = {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Index Cond'?: string;
  'Function Name'?: string;
  Plans?: PlanNode[];
};

/** Every node of a plan: children, InitPlans and SubPlans alike are in Plans. */
export function nodes(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(nodes)];
}

/** The plan of `query` with its own bound parameters, as JSON to walk and as text to show. */
export async function explain(
  query: CompiledQuery,
  run: (q: CompiledQuery) => Promise<unknown[]>,
): Promise<{ plan: PlanNode; text: string }> {
  const params = [...query.parameters];
  const json = (await run(CompiledQuery.raw(`explain (format json) ${query.sql}`, params))) as { 'QUERY PLAN': { Plan: PlanNode }[] }[];
  const text = (await run(CompiledQuery.raw(`explain ${query.sql}`, params))) as { 'QUERY PLAN': string }[];
  const plan = json[0]?.['QUERY PLAN'][0]?.Plan;
  if (!plan) throw new Error(`no plan for ${query.sql}`);
  return { plan, text: `${query.sql}\n${text.map((r) => r['QUERY PLAN']).join('\n')}` };
}
