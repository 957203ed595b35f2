/**
 * asUser: run queries under row level security exactly as PostgREST runs a
 * request, so server code with Kysely obeys the same policies as the app's
 * supabase-js calls.
 *
 *   const calls = await asUser(db, { role: 'authenticated', sub: userId }, (trx) =>
 *     listCalls(trx, { phoneId }));
 *
 * In one transaction, like PostgREST for each request, it sets with
 * set_config(..., is_local => true):
 *   role                   from the claims: anon or authenticated, nothing else
 *   request.jwt.claims     the claims as JSON, role included (auth.uid(), auth.jwt())
 *   search_path            the API schema and the extra search path of supabase/config.toml
 *   the role's own settings (ALTER ROLE ... SET, e.g. statement_timeout), which
 *                          SET ROLE alone does not apply
 * Every value is a bound parameter. Transaction-local settings end with the
 * transaction, so the pooled connection is returned as it was found, and no
 * session state or named prepared statement is used: it works behind a
 * transaction-mode pooler.
 */
import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { DB } from '../types/database.ts';

/** The roles a request may take: PostgREST's anonymous role and signed-in users. */
export const REQUEST_ROLES = ['anon', 'authenticated'] as const;
export type RequestRole = (typeof REQUEST_ROLES)[number];

/** JWT claims as Supabase Auth issues them; `role` decides the database role. */
export type Claims = { role: RequestRole; sub?: string; [claim: string]: unknown };

export type AsUserOptions = {
  /** Run the transaction READ ONLY (PostgREST does so for GET and HEAD). */
  readOnly?: boolean;
};

/** `[api] schemas` (public) then `extra_search_path` of supabase/config.toml, as PostgREST builds it. */
const SEARCH_PATH = 'public, extensions';

export class AsUserError extends Error {
  override name = 'AsUserError';
}

/**
 * The claims as they will be sent: serialised once and checked on that copy,
 * so a getter or toJSON cannot show one role to the check and another to the
 * database.
 */
function readClaims(claims: unknown): { role: RequestRole; json: string } {
  const json = JSON.stringify(claims ?? null);
  const copy: unknown = json === undefined ? undefined : JSON.parse(json);
  if (typeof copy !== 'object' || copy === null || Array.isArray(copy)) {
    throw new AsUserError('claims must be an object of JWT claims');
  }
  const { role, sub } = copy as { role?: unknown; sub?: unknown };
  if (!(REQUEST_ROLES as readonly unknown[]).includes(role)) {
    throw new AsUserError(`claims.role must be one of ${REQUEST_ROLES.join(', ')}; got ${JSON.stringify(role)}`);
  }
  if (sub !== undefined && typeof sub !== 'string') throw new AsUserError('claims.sub must be a string');
  return { role: role as RequestRole, json };
}

/**
 * An expression that applies `role`'s own settings for this database
 * (pg_db_role_setting, database-specific ones last so they win) to the
 * current transaction, and counts them.
 */
export function roleSettings(role: string): RawBuilder<number> {
  return sql<number>`(select count(set_config(split_part(s.setting, '=', 1), substr(s.setting, strpos(s.setting, '=') + 1), true))
                from (select unnest(r.setconfig) as setting, r.setdatabase
                        from pg_catalog.pg_db_role_setting r
                       where r.setrole = ${role}::regrole
                         and r.setdatabase in (0, (select d.oid from pg_catalog.pg_database d where d.datname = current_database()))
                       order by r.setdatabase) s)`;
}

export async function asUser<T>(
  db: Kysely<DB>,
  claims: Claims,
  fn: (trx: Transaction<DB>) => Promise<T>,
  options: AsUserOptions = {},
): Promise<T> {
  const { role, json } = readClaims(claims);
  const tx = options.readOnly ? db.transaction().setAccessMode('read only') : db.transaction();
  return tx.execute(async (trx) => {
    // One round trip: the role, the claims, the search path, then the role's own settings for
    // this database (database-specific ones last, so they win), as PostgREST
    // applies them after switching role.
    await sql`
      select set_config('role', ${role}, true),
             set_config('request.jwt.claims', ${json}, true),
             set_config('search_path', ${SEARCH_PATH}, true),
             ${roleSettings(role)}
    `.execute(trx);
    return fn(trx);
  });
}
