/** Server-side access to the Replytics database: a Kysely factory, asUser, typed queries, validation. */
export { createDb, type DbOptions } from './db.ts';
export { asUser, AsUserError, REQUEST_ROLES, type AsUserOptions, type Claims, type RequestRole } from './as-user.ts';
export * from './queries.ts';
export * from './validation.ts';
export type { DB } from '../types/database.ts';
