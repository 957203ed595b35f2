/**
 * Invitations through the typed queries, as server code calls them with
 * asUser: an owner invites, the invitee accepts, and many accepts of one token
 * at the same moment, each on its own connection, create one membership. The
 * members screen shows owners and admins the pending invitations and viewers
 * none. Needs committed rows seen by several sessions, so it creates its own
 * tenant and removes it afterwards.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asUser } from '../src/as-user.ts';
import { createDb } from '../src/db.ts';
import { acceptInvitation, inviteMember, membersScreen, revokeInvitation } from '../src/queries.ts';
import { connect, url } from './support/db.ts';

const CONCURRENT = 8;
const { pool } = connect();
const db = createDb(url, { max: CONCURRENT + 2 });
const phone = `invite-${process.pid}`;
const users = { owner: randomUUID(), viewer: randomUUID(), invitee: randomUUID(), other: randomUUID() };
const email = (who: string) => `${who}-${process.pid}@invitations.test`;
const as = (id: string) => ({ role: 'authenticated', sub: id }) as const;

beforeAll(async () => {
  await pool.query(
    `insert into auth.users (id, aud, role, email, email_confirmed_at)
     select u.id::uuid, 'authenticated', 'authenticated', u.email, now() from unnest($1::text[], $2::text[]) u(id, email)`,
    [Object.values(users), Object.keys(users).map(email)],
  );
  await pool.query(`insert into public.phone_numbers (id, number, business_name) values ($1, '+15005550998', 'Invitations test')`, [phone]);
  await pool.query(`insert into public.phone_members (phone_id, user_id, role) values ($1, $2, 'owner'), ($1, $3, 'viewer')`,
    [phone, users.owner, users.viewer]);
});

afterAll(async () => {
  await pool.query(`delete from public.phone_numbers where id = $1`, [phone]);
  await pool.query(`delete from auth.users where id = any ($1::uuid[])`, [Object.values(users)]);
  await db.destroy();
});

describe('invitations', () => {
  it(`accepted by ${CONCURRENT} sessions at once make one membership; the others are told it was used`, async () => {
    const { token } = await asUser(db, as(users.owner), (trx) => inviteMember(trx, { phoneId: phone, email: email('invitee'), role: 'admin' }));

    // All start at once, and each holds its transaction open a moment after
    // accepting, so the others accept while the first has not committed: the
    // lock on the invitation row must make them wait and then see it used.
    const outcomes = await Promise.allSettled(
      Array.from({ length: CONCURRENT }, () => asUser(db, as(users.invitee), async (trx) => {
        const joined = await acceptInvitation(trx, { token });
        await sql`select pg_sleep(0.2)`.execute(trx);
        return joined;
      })),
    );
    const joined = outcomes.filter((o) => o.status === 'fulfilled');
    const refused = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as { code?: string; message?: string }] : []));
    expect(joined).toHaveLength(1);
    expect(joined[0]).toMatchObject({ value: { phoneId: phone, role: 'admin' } });
    expect(refused.map((e) => [e.code, e.message])).toEqual(
      Array.from({ length: CONCURRENT - 1 }, () => ['55000', 'this invitation was already accepted']),
    );
    const { rows } = await pool.query(`select role from public.phone_members where phone_id = $1 and user_id = $2`, [phone, users.invitee]);
    expect(rows).toEqual([{ role: 'admin' }]);
  });

  it('are listed on the members screen for owners and admins, and for viewers not at all', async () => {
    const { invitationId } = await asUser(db, as(users.owner), (trx) =>
      inviteMember(trx, { phoneId: phone, email: email('other'), role: 'viewer' }));

    const owner = await asUser(db, as(users.owner), (trx) => membersScreen(trx, { phoneId: phone }));
    expect(owner.members.map((m) => [m.user_id, m.role])).toEqual([
      [users.owner, 'owner'], [users.invitee, 'admin'], [users.viewer, 'viewer'],
    ]);
    // Pending only: the accepted invitation of the test above is not listed.
    expect(owner.invitations.map((i) => [i.id, i.email, i.role])).toEqual([[invitationId, email('other'), 'viewer']]);

    const viewer = await asUser(db, as(users.viewer), (trx) => membersScreen(trx, { phoneId: phone }));
    expect(viewer.members).toHaveLength(3);
    expect(viewer.invitations).toEqual([]);

    expect(await asUser(db, as(users.invitee), (trx) => revokeInvitation(trx, { phoneId: phone, invitationId }))).toBe(true);
    const after = await asUser(db, as(users.owner), (trx) => membersScreen(trx, { phoneId: phone }));
    expect(after.invitations).toEqual([]);
    await expect(asUser(db, as(users.other), (trx) => acceptInvitation(trx, { token: 'x'.repeat(43) })))
      .rejects.toMatchObject({ code: 'P0002' });
  });
});
