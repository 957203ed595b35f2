/** Database access for the vitest suites: the database `npm test` prepared. */
import pg from 'pg';
import { afterAll } from 'vitest';
import { databaseUrl } from '../../src/tooling/stack.ts';

export const url = process.env.DATABASE_URL || databaseUrl();

/**
 * A pool for one test file; call at the top level of the file so the pool is
 * closed when the file's tests end.
 */
export function connect(): { pool: pg.Pool; rows: <T extends pg.QueryResultRow>(sql: string, params?: unknown[]) => Promise<T[]> } {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  afterAll(() => pool.end());
  return {
    pool,
    rows: async <T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) => (await pool.query<T>(sql, params)).rows,
  };
}
