/**
 * The API roles hold only the privileges some policy or design rule uses
 * (src/tooling/privileges.ts reads the rules from the catalog). The clean
 * check runs on the migrated database; each of the others grants one thing a
 * migration could carelessly grant (or takes back one revoke), in a
 * transaction that is rolled back, and expects exactly that finding.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatFindings, privilegeFindings, type PrivilegeFinding } from '../src/tooling/privileges.ts';
import { url } from './support/db.ts';

const client = new pg.Client({ connectionString: url });
beforeAll(() => client.connect());
afterAll(() => client.end());

/** The findings after `statements`, run in a transaction that is rolled back. */
async function findingsAfter(...statements: string[]): Promise<PrivilegeFinding[]> {
  await client.query('begin');
  try {
    for (const s of statements) await client.query(s);
    return await privilegeFindings(client);
  } finally {
    await client.query('rollback');
  }
}

describe('the API roles’ privileges', () => {
  it('are exactly what the policies and design rules use', async () => {
    const findings = await privilegeFindings(client);
    expect(findings, formatFindings(findings)).toEqual([]);
  });

  it.each([
    {
      what: 'anon reading a table (Supabase’s default grant)',
      grant: 'grant select on public.calls to anon',
      finding: { object: 'calls', role: 'anon', privilege: 'SELECT', rule: 'anon holds nothing in the project\'s schemas' },
    },
    {
      what: 'a table-wide DELETE without a delete policy',
      grant: 'grant delete on public.voice_settings to authenticated',
      finding: { object: 'voice_settings', role: 'authenticated', privilege: 'DELETE', rule: 'no delete policy for authenticated' },
    },
    {
      what: 'inserting memberships by user id again',
      grant: 'grant insert (phone_id, user_id, role) on public.phone_members to authenticated',
      finding: { object: 'phone_members.phone_id', role: 'authenticated', privilege: 'INSERT', rule: 'no insert policy for authenticated' },
    },
    {
      what: 'backdating a rule’s created_at',
      grant: 'grant insert (created_at) on public.conversation_rules to authenticated',
      finding: { object: 'conversation_rules.created_at', role: 'authenticated', privilege: 'INSERT', rule: 'the database fills this column' },
    },
    {
      what: 'moving a call to another tenant',
      grant: 'grant update (phone_id) on public.calls to authenticated',
      finding: { object: 'calls.phone_id', role: 'authenticated', privilege: 'UPDATE', rule: 'a key column is never updated' },
    },
    {
      what: 'a table-wide UPDATE',
      grant: 'grant update on public.business_hours to authenticated',
      finding: { object: 'business_hours', role: 'authenticated', privilege: 'UPDATE', rule: 'inserts and updates are granted by column' },
    },
    {
      what: 'TRUNCATE, which bypasses row level security',
      grant: 'grant truncate on public.calls to authenticated',
      finding: { object: 'calls', role: 'authenticated', privilege: 'TRUNCATE', rule: 'TRUNCATE, REFERENCES and TRIGGER bypass row level security' },
    },
    {
      what: 'a private helper nothing of the API uses',
      grant: 'grant execute on function private.refresh_phone_performance_summary() to authenticated',
      finding: {
        object: 'private.refresh_phone_performance_summary()', role: 'authenticated', privilege: 'EXECUTE',
        rule: 'no policy, constraint, index, default, view or caller\'s function uses it',
      },
    },
    {
      what: 'a trigger function',
      grant: 'grant execute on function private.keep_an_owner() to authenticated',
      finding: { object: 'private.keep_an_owner()', role: 'authenticated', privilege: 'EXECUTE', rule: 'a trigger function is never called directly' },
    },
    {
      what: 'Supabase’s default privileges restored',
      grant: 'alter default privileges for role postgres in schema public grant select on tables to anon',
      finding: { object: 'default privileges of postgres in public on tables', role: 'anon', privilege: 'SELECT', rule: 'a new object is granted by the migration that creates it' },
    },
    {
      what: 'anon using the private schema',
      grant: 'grant usage on schema private to anon',
      finding: { object: 'private', role: 'anon', privilege: 'USAGE', rule: 'anon holds nothing in the project\'s schemas' },
    },
  ])('name $what', async ({ grant, finding }) => {
    const findings = await findingsAfter(grant);
    expect(findings, formatFindings(findings)).toContainEqual(finding);
  });

  it('name every column of a column-level grant, and nothing else', async () => {
    const findings = await findingsAfter('grant insert (phone_id, user_id, role) on public.phone_members to authenticated');
    expect(findings.map((f) => f.object)).toEqual(['phone_members.phone_id', 'phone_members.role', 'phone_members.user_id']);
  });
});
