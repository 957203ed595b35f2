/**
 * API keys through the typed queries, as server code calls them: an owner
 * creates a key (the secret returned once), lists and revokes it; the backend
 * verifies secrets as the service role. A verify never waits for a
 * transaction that holds the key's row (a revocation, another verify moving
 * last_used_at): it answers and leaves last_used_at for a later verify. Needs
 * committed rows seen by several sessions, so it creates its own tenant and
 * removes it afterwards.
 */
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asUser } from '../src/as-user.ts';
import { createDb } from '../src/db.ts';
import { createApiKey, listApiKeys, revokeApiKey, verifyApiKey } from '../src/queries.ts';
import type { DB } from '../types/database.ts';
import { connect, url } from './support/db.ts';

const { pool } = connect();
const db = createDb(url, { max: 4 });
const phone = `apikeys-${process.pid}`;
const users = { owner: randomUUID(), admin: randomUUID() };
const as = (id: string) => ({ role: 'authenticated', sub: id }) as const;

/** verify_api_key as the backend calls it: the service role, in a transaction of its own. */
const verify = (secret: string, trxDb: Kysely<DB> = db) =>
  trxDb.transaction().execute(async (trx) => {
    await sql`set local role service_role`.execute(trx);
    return verifyApiKey(trx, { secret });
  });

const lastUsed = async (keyId: string) =>
  (await pool.query<{ last_used_at: Date | null }>(`select last_used_at from public.api_keys where id = $1`, [keyId])).rows[0]?.last_used_at;

beforeAll(async () => {
  await pool.query(
    `insert into auth.users (id, aud, role, email)
     select u.id::uuid, 'authenticated', 'authenticated', u.id || '@api-keys.test' from unnest($1::text[]) u(id)`,
    [Object.values(users)],
  );
  await pool.query(`insert into public.phone_numbers (id, number, business_name) values ($1, '+15005550996', 'API keys test')`, [phone]);
  await pool.query(`insert into public.phone_members (phone_id, user_id, role) values ($1, $2, 'owner'), ($1, $3, 'admin')`,
    [phone, users.owner, users.admin]);
});

afterAll(async () => {
  await pool.query(`delete from public.phone_numbers where id = $1`, [phone]);
  await pool.query(`delete from auth.users where id = any ($1::uuid[])`, [Object.values(users)]);
  await db.destroy();
});

describe('API keys', () => {
  it('are created by owners, listed without their secret, verified by the backend and revoked for good', async () => {
    const { keyId, secret } = await asUser(db, as(users.owner), (trx) =>
      createApiKey(trx, { phoneId: phone, name: 'CRM sync', scopes: ['calls:read', 'settings:read'] }));
    expect(secret).toMatch(/^rk_[A-Za-z0-9_-]{43}$/);

    const listed = await asUser(db, as(users.owner), (trx) => listApiKeys(trx, { phoneId: phone }), { readOnly: true });
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ id: keyId, name: 'CRM sync', prefix: secret.slice(0, 11), scopes: ['calls:read', 'settings:read'],
      created_by: users.owner, last_used_at: null, expires_at: null, revoked_at: null });
    expect(JSON.stringify(listed)).not.toContain(secret.slice(11));
    expect(await asUser(db, as(users.admin), (trx) => listApiKeys(trx, { phoneId: phone }))).toEqual([]);
    await expect(asUser(db, as(users.admin), (trx) => createApiKey(trx, { phoneId: phone, name: 'Mine', scopes: ['calls:read'] })))
      .rejects.toMatchObject({ code: '42501' });
    await expect(asUser(db, as(users.owner), (trx) => verifyApiKey(trx, { secret }))).rejects.toMatchObject({ code: '42501' });

    expect(await verify(secret)).toEqual({ phoneId: phone, keyId, scopes: ['calls:read', 'settings:read'] });
    expect(await lastUsed(keyId)).toBeInstanceOf(Date);
    expect(await verify(`${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`)).toBeNull();

    expect(await asUser(db, as(users.admin), (trx) => revokeApiKey(trx, { phoneId: phone, keyId })).catch((e) => e.code)).toBe('42501');
    expect(await asUser(db, as(users.owner), (trx) => revokeApiKey(trx, { phoneId: phone, keyId }))).toBe(true);
    expect(await asUser(db, as(users.owner), (trx) => revokeApiKey(trx, { phoneId: phone, keyId }))).toBe(false);
    expect(await verify(secret)).toBeNull();
  });

  it('are verified without waiting for a transaction that holds the key, which keeps last_used_at for a later verify', async () => {
    const { keyId, secret } = await asUser(db, as(users.owner), (trx) =>
      createApiKey(trx, { phoneId: phone, name: 'Booking system', scopes: ['settings:write'] }));
    expect(await lastUsed(keyId)).toBeNull();

    // Another session holds the key's row, as a revocation or a verify moving
    // last_used_at would, and keeps it until released.
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query(`select 1 from public.api_keys where id = $1 for no key update`, [keyId]);

      // Waiting would end in 55P03 after lock_timeout.
      const verified = await db.transaction().execute(async (trx) => {
        await sql`set local lock_timeout = '2s'`.execute(trx);
        await sql`set local role service_role`.execute(trx);
        return verifyApiKey(trx, { secret });
      });
      expect(verified).toEqual({ phoneId: phone, keyId, scopes: ['settings:write'] });
      expect(await lastUsed(keyId)).toBeNull();
    } finally {
      await holder.query('rollback');
      await holder.end();
    }

    expect(await verify(secret)).toEqual({ phoneId: phone, keyId, scopes: ['settings:write'] });
    expect(await lastUsed(keyId)).toBeInstanceOf(Date);
  });
});
