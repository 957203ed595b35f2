/**
 * The API roles hold only the privileges some policy or design rule uses
 * (src/tooling/privileges.ts reads the rules from the catalog), and exactly
 * the privileges the migrations give a new project. The clean checks run on
 * the migrated database; each of the others grants one thing (or takes back
 * one revoke), in a transaction that is rolled back, and expects exactly that
 * finding or difference.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  formatDifferences, formatFindings, migrationsPrivileges, privilegeDifferences, privilegeFindings,
  type Privilege, type PrivilegeDifference, type PrivilegeFinding,
} from '../src/tooling/privileges.ts';
import { url } from './support/db.ts';

const client = new pg.Client({ connectionString: url });
beforeAll(() => client.connect());
afterAll(() => client.end());

/** What `check` says after `statements`, run in a transaction that is rolled back. */
async function after<T>(check: () => Promise<T>, ...statements: string[]): Promise<T> {
  await client.query('begin');
  try {
    for (const s of statements) await client.query(s);
    return await check();
  } finally {
    await client.query('rollback');
  }
}

const findingsAfter = (...statements: string[]): Promise<PrivilegeFinding[]> => after(() => privilegeFindings(client), ...statements);

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

describe('the API roles’ privileges, compared with what the migrations give a new project', () => {
  // The reference: a scratch cluster with the Supabase baseline, migrated by `supabase db push`.
  let reference: Privilege[];
  beforeAll(async () => {
    reference = await migrationsPrivileges();
  }, 180_000);

  const differencesAfter = (...statements: string[]): Promise<PrivilegeDifference[]> =>
    after(() => privilegeDifferences(client, reference), ...statements);

  it('are compared with the migrations a database has applied, and not with ones this checkout lacks', async () => {
    await expect(migrationsPrivileges(['20991231000000'])).rejects.toThrow(
      'the database has applied migrations this checkout does not have: 20991231000000');
  });

  it('are equal, object by object', async () => {
    const differences = await privilegeDifferences(client, reference);
    expect(differences, formatDifferences(differences)).toEqual([]);
    // The reference holds the grants the migrations make, not a list that is empty by accident.
    expect(reference).toContainEqual({ kind: 'column', object: 'public.phone_numbers.business_name', role: 'authenticated', privilege: 'UPDATE' });
    expect(reference).toContainEqual({ kind: 'table', object: 'public.calls', role: 'authenticated', privilege: 'SELECT' });
  });

  it.each([
    {
      what: 'a table-wide UPDATE where the migrations grant some columns (a restore under Supabase’s default privileges)',
      statements: ['grant update on public.phone_numbers to authenticated'],
      expected: [{ change: 'extra', kind: 'table', object: 'public.phone_numbers', role: 'authenticated', privilege: 'UPDATE' }],
    },
    {
      what: 'anon reading a table',
      statements: ['grant select on public.calls to anon'],
      expected: [{ change: 'extra', kind: 'table', object: 'public.calls', role: 'anon', privilege: 'SELECT' }],
    },
    {
      what: 'a column grant to PUBLIC, which every role holds',
      statements: ['grant select (transcript) on public.calls to public'],
      expected: ['anon', 'authenticated', 'public', 'service_role'].map((role) =>
        ({ change: 'extra', kind: 'column', object: 'public.calls.transcript', role, privilege: 'SELECT' })),
    },
    {
      what: 'a grant option',
      statements: ['grant select on public.calls to authenticated with grant option'],
      expected: [{ change: 'extra', kind: 'table', object: 'public.calls', role: 'authenticated', privilege: 'SELECT WITH GRANT OPTION' }],
    },
    {
      what: 'a new default privilege',
      statements: ['alter default privileges for role postgres in schema public grant select on tables to anon'],
      expected: [{ change: 'extra', kind: 'default privileges', object: 'of postgres in schema public on tables', role: 'anon', privilege: 'SELECT' }],
    },
    {
      what: 'a private helper callable by PUBLIC',
      statements: ['grant execute on function private.refresh_phone_performance_summary() to public'],
      expected: ['anon', 'authenticated', 'public', 'service_role'].map((role) =>
        ({ change: 'extra', kind: 'function', object: 'private.refresh_phone_performance_summary()', role, privilege: 'EXECUTE' })),
    },
    {
      what: 'anon made a member of authenticated',
      statements: ['grant authenticated to anon'],
      expected: [{ change: 'extra', kind: 'role', object: 'authenticated', role: 'anon', privilege: 'MEMBER' }],
    },
    {
      what: 'a grant outside the project’s schemas, by the role that runs the migrations',
      statements: ['grant select on supabase_migrations.schema_migrations to anon'],
      expected: [{ change: 'extra', kind: 'table', object: 'supabase_migrations.schema_migrations', role: 'anon', privilege: 'SELECT' }],
    },
    {
      what: 'a revoke the migrations did not make',
      statements: ['revoke select on public.calls from authenticated'],
      expected: [{ change: 'missing', kind: 'table', object: 'public.calls', role: 'authenticated', privilege: 'SELECT' }],
    },
  ])('name $what', async ({ statements, expected }) => {
    const differences = await differencesAfter(...statements);
    expect(differences, formatDifferences(differences)).toEqual(expected);
  });
});
