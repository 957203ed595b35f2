/**
 * A Kysely instance for a Replytics database.
 *
 *   const db = createDb(process.env.DATABASE_URL!);
 *
 * Safe behind a transaction-mode pooler (Supavisor, PgBouncer): queries use
 * unnamed statements and nothing here sets session state.
 */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DB } from '../types/database.ts';

/** Postgres' date type, returned as its 'YYYY-MM-DD' text, as types/database.ts declares. */
const DATE_OID = 1082;

const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === DATE_OID ? (value: string) => value : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

export type DbOptions = {
  /** Connections in the pool (default 10). */
  max?: number;
};

export function createDb(connectionString: string, options: DbOptions = {}): Kysely<DB> {
  if (!connectionString) throw new TypeError('createDb needs a connection string');
  const pool = new pg.Pool({ connectionString, max: options.max ?? 10, types });
  return new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
}
