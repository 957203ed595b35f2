/**
 * The audit trail and erasure through the TypeScript API (src/queries.ts),
 * under row level security as server code runs them (asUser): an owner pages
 * through the trail, newest first, every entry once; an admin sees none; an
 * owner erases a caller and a second erasure finds nothing.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asUser } from '../src/as-user.ts';
import { createDb } from '../src/db.ts';
import { auditTrail, eraseCaller, type AuditEntry } from '../src/queries.ts';
import { connect, url } from './support/db.ts';

const { rows } = connect();
const db = createDb(url, { max: 2 });
const phone = `audit-ts-${process.pid}`;
const owner = randomUUID();
const admin = randomUUID();

beforeAll(async () => {
  await rows(`insert into auth.users (id, aud, role, email) select u, 'authenticated', 'authenticated', u || '@audit.test' from unnest($1::uuid[]) u`,
    [[owner, admin]]);
  await rows(`insert into public.phone_numbers (id, number, business_name) values ($1, $2, 'Audit test')`,
    [phone, `+1668${String(process.pid).padStart(7, '0').slice(-7)}`]);
  await rows(`insert into public.phone_members (phone_id, user_id, role) values ($1, $2, 'owner'), ($1, $3, 'admin')`, [phone, owner, admin]);
  // Twelve rules in one transaction: their entries share changed_at.
  await rows(`insert into public.conversation_rules (phone_id, rule_type, actions, priority)
              select $1, 'routing', '{"say": "Hi"}', g from generate_series(1, 12) g`, [phone]);
  await rows(`insert into public.calls (phone_id, call_sid, caller_number, status) values ($1, 'CAAUDITTS1', '+14155550177', 'ringing')`, [phone]);
});
afterAll(async () => {
  await rows('delete from public.phone_numbers where id = $1', [phone]);
  await rows('delete from public.audit_log where phone_id = $1', [phone]);
  await rows('delete from auth.users where id = any ($1::uuid[])', [[owner, admin]]);
  await db.destroy();
});

describe('auditTrail', () => {
  it('pages an owner through every entry of the phone once, newest first', async () => {
    const seen: AuditEntry[] = [];
    await asUser(db, { role: 'authenticated', sub: owner }, async (trx) => {
      let page = await auditTrail(trx, { phoneId: phone, limit: 5 });
      while (page.length > 0) {
        seen.push(...page);
        const last = page.at(-1)!;
        page = await auditTrail(trx, { phoneId: phone, limit: 5, after: { changedAt: last.changed_at, id: last.id } });
      }
    }, { readOnly: true });
    const [count] = await rows<{ n: number }>('select count(*)::int as n from public.audit_log where phone_id = $1', [phone]);
    const n = count?.n ?? 0;
    expect(n).toBeGreaterThanOrEqual(16); // the phone, its settings, two members, twelve rules
    expect(seen.map((e) => e.id)).toEqual([...new Set(seen.map((e) => e.id))]);
    expect(seen).toHaveLength(n);
    const keys = seen.map((e) => `${e.changed_at.toISOString()} ${e.id.padStart(20, '0')}`);
    expect(keys).toEqual([...keys].sort().reverse());
  });

  it('shows an admin nothing', async () => {
    const page = await asUser(db, { role: 'authenticated', sub: admin }, (trx) => auditTrail(trx, { phoneId: phone }), { readOnly: true });
    expect(page).toEqual([]);
  });
});

describe('eraseCaller', () => {
  it('erases the caller for an owner, then finds nothing left', async () => {
    const erase = () => asUser(db, { role: 'authenticated', sub: owner }, (trx) => eraseCaller(trx, { phoneId: phone, callerNumber: '+14155550177' }));
    const first = await erase();
    expect(first.find((r) => r.table === 'public.calls')?.rows).toBe(1);
    const again = await erase();
    expect(again.map((r) => r.table)).toEqual(first.map((r) => r.table));
    expect(again.every((r) => r.rows === 0)).toBe(true);
  });
});
