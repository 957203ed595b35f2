/**
 * supabase-js typed with types/supabase.ts: real tables, columns, enum values
 * and function arguments are accepted, wrong ones are type errors. The
 * @ts-expect-error lines are checked by `tsc --noEmit` (npm test runs it): if
 * one of them stopped being an error, the type check fails.
 *
 * No network: queries are built and inspected, never awaited.
 */
import { createClient, type WebSocketLikeConstructor } from '@supabase/supabase-js';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Database, Tables, TablesInsert } from '../types/supabase.ts';

// Realtime needs a WebSocket class up front (Node 20 has none built in); this
// one refuses to connect, and nothing here subscribes.
class NoSocket {
  constructor() {
    throw new Error('no network in the type tests');
  }
}

const supabase = createClient<Database>('http://127.0.0.1:54321', 'anon-key', {
  auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
  realtime: { transport: NoSocket as unknown as WebSocketLikeConstructor },
});

/** What a built (never sent) PostgREST request would be. */
function request(builder: object): { method: string; url: URL; body: unknown } {
  // The builder keeps them as protected fields; reading them sends nothing.
  const b = builder as unknown as { method: string; url: URL; body?: unknown };
  expect(b.url).toBeInstanceOf(URL);
  return { method: b.method, url: b.url, body: b.body };
}

const phoneId = 'acme-dental';

describe('tables and columns', () => {
  it('accepts real table and column names', () => {
    const q = supabase.from('calls').select('id, status, call_sid').eq('phone_id', phoneId).eq('status', 'ringing');
    const r = request(q);
    expect(r.method).toBe('GET');
    expect(r.url.pathname).toBe('/rest/v1/calls');
    expect(r.url.searchParams.get('select')).toBe('id,status,call_sid');
    expect(r.url.searchParams.get('phone_id')).toBe(`eq.${phoneId}`);
    expect(r.url.searchParams.get('status')).toBe('eq.ringing');
  });

  it('types the selected row, with status as the call_status union', () => {
    const q = supabase.from('calls').select('id, status, call_sid').eq('phone_id', phoneId);
    type Row = NonNullable<Awaited<typeof q>['data']>[number];
    expectTypeOf<Row>().toEqualTypeOf<{ id: string; status: 'ringing' | 'answered' | 'completed' | 'failed'; call_sid: string }>();
    expectTypeOf<Row['status']>().toEqualTypeOf<'ringing' | 'answered' | 'completed' | 'failed'>();
    expectTypeOf<Tables<'calls'>['status']>().toEqualTypeOf<Database['public']['Enums']['call_status']>();
    expect(request(q).url.searchParams.get('select')).toBe('id,status,call_sid');
  });

  it('rejects an unknown table', () => {
    // @ts-expect-error no table "call"
    const q = supabase.from('call').select('id');
    // @ts-expect-error private schema tables are not in the API's types
    const archive = supabase.from('calls_archive').select('id');
    expect(request(q).url.pathname).toBe('/rest/v1/call');
    expect(request(archive).url.pathname).toBe('/rest/v1/calls_archive');
  });

  it('rejects an unknown column in .eq', () => {
    // @ts-expect-error no column "phone" on calls
    const q = supabase.from('calls').select('id').eq('phone', phoneId);
    // @ts-expect-error no column "rule" on conversation_rules
    const r = supabase.from('conversation_rules').select('id').eq('rule', 'routing');
    expect(request(q).url.searchParams.get('phone')).toBe(`eq.${phoneId}`);
    expect(request(r).url.searchParams.get('rule')).toBe('eq.routing');
  });

  it('types an unknown column in select as a parser error', () => {
    const q = supabase.from('calls').select('id, nonexistent');
    type Row = NonNullable<Awaited<typeof q>['data']>[number];
    // postgrest-js does not reject the string; it types the row as an error.
    expectTypeOf<Row>().not.toEqualTypeOf<{ id: string }>();
    expectTypeOf<Row>().toExtend<{ error: true }>();
    expect(request(q).url.searchParams.get('select')).toBe('id,nonexistent');
  });

  it('rejects a wrong status value', () => {
    // @ts-expect-error "busy" is not a call_status
    const q = supabase.from('calls').select('id').eq('status', 'busy');
    // @ts-expect-error enum values are case-sensitive
    const upper = supabase.from('calls').select('id').eq('status', 'RINGING');
    expect(request(q).url.searchParams.get('status')).toBe('eq.busy');
    expect(request(upper).url.searchParams.get('status')).toBe('eq.RINGING');
  });
});

describe('inserts', () => {
  it('accepts a conversation rule of type routing', () => {
    const rule = {
      phone_id: phoneId,
      rule_type: 'routing',
      conditions: { intent: 'booking' },
      actions: { transfer_to: '+14155550101' },
      priority: 5,
    } satisfies TablesInsert<'conversation_rules'>;
    const q = supabase.from('conversation_rules').insert(rule).select('id, rule_type');
    type Row = NonNullable<Awaited<typeof q>['data']>[number];
    expectTypeOf<Row['rule_type']>().toEqualTypeOf<'greeting' | 'routing' | 'transfer' | 'hours'>();
    const r = request(q);
    expect(r.method).toBe('POST');
    expect(r.url.pathname).toBe('/rest/v1/conversation_rules');
    expect(r.body).toEqual(rule);
  });

  it('rejects a wrong rule_type and a missing required column', () => {
    // @ts-expect-error "forward" is not a rule_type
    const wrongType = supabase.from('conversation_rules').insert({ phone_id: phoneId, rule_type: 'forward' });
    // @ts-expect-error rule_type is required
    const missing = supabase.from('conversation_rules').insert({ phone_id: phoneId });
    // @ts-expect-error no column "priority_level"
    const unknown = supabase.from('conversation_rules').insert({ phone_id: phoneId, rule_type: 'routing', priority_level: 1 });
    expect(request(wrongType).body).toEqual({ phone_id: phoneId, rule_type: 'forward' });
    expect(request(missing).body).toEqual({ phone_id: phoneId });
    expect(request(unknown).method).toBe('POST');
  });

  it('rejects a wrong status value on insert', () => {
    const ok = supabase.from('calls').insert({ phone_id: phoneId, call_sid: 'CA1', caller_number: '+14155550123', status: 'answered' });
    // @ts-expect-error "missed" is not a call_status
    const bad = supabase.from('calls').insert({ phone_id: phoneId, call_sid: 'CA1', caller_number: '+14155550123', status: 'missed' });
    expect(request(ok).body).toMatchObject({ status: 'answered' });
    expect(request(bad).body).toMatchObject({ status: 'missed' });
  });
});

describe('functions', () => {
  it('accepts is_open with its real arguments', () => {
    const q = supabase.rpc('is_open', { p_phone_id: phoneId });
    const at = supabase.rpc('is_open', { p_phone_id: phoneId, p_at: '2026-11-23T10:00:00Z' });
    expectTypeOf<NonNullable<Awaited<typeof q>['data']>>().toEqualTypeOf<boolean>();
    const r = request(q);
    expect(r.method).toBe('POST');
    expect(r.url.pathname).toBe('/rest/v1/rpc/is_open');
    expect(r.body).toEqual({ p_phone_id: phoneId });
    expect(request(at).body).toEqual({ p_phone_id: phoneId, p_at: '2026-11-23T10:00:00Z' });
  });

  it('calls the invitations as the app does: invite_member, revoke_invitation, accept_invitation', () => {
    const invite = supabase.rpc('invite_member', { phone_id: phoneId, email: 'new@example.com', role: 'admin' });
    type Invited = NonNullable<Awaited<typeof invite>['data']>[number];
    expectTypeOf<Invited>().toEqualTypeOf<{ invitation_id: string; token: string }>();
    expect(request(invite).url.pathname).toBe('/rest/v1/rpc/invite_member');
    expect(request(invite).body).toEqual({ phone_id: phoneId, email: 'new@example.com', role: 'admin' });
    // @ts-expect-error: not a member_role
    const badRole = supabase.rpc('invite_member', { phone_id: phoneId, email: 'new@example.com', role: 'superuser' });
    expect(request(badRole).body).toMatchObject({ role: 'superuser' });

    const revoke = supabase.rpc('revoke_invitation', { phone_id: phoneId, invitation_id: '00000000-0000-4000-8000-000000000001' });
    expectTypeOf<NonNullable<Awaited<typeof revoke>['data']>>().toEqualTypeOf<boolean>();
    expect(request(revoke).url.pathname).toBe('/rest/v1/rpc/revoke_invitation');

    const accept = supabase.rpc('accept_invitation', { token: 'tok' });
    type Joined = NonNullable<Awaited<typeof accept>['data']>[number];
    expectTypeOf<Joined>().toEqualTypeOf<{ phone_id: string; role: 'viewer' | 'admin' | 'owner' }>();
    expect(request(accept).body).toEqual({ token: 'tok' });
  });

  it('calls the API keys as the app does: create_api_key, revoke_api_key; verify_api_key for the backend', () => {
    const create = supabase.rpc('create_api_key', { phone_id: phoneId, name: 'CRM sync', scopes: ['calls:read', 'settings:read'] });
    type Created = NonNullable<Awaited<typeof create>['data']>[number];
    expectTypeOf<Created>().toEqualTypeOf<{ key_id: string; secret: string }>();
    expect(request(create).url.pathname).toBe('/rest/v1/rpc/create_api_key');
    expect(request(create).body).toEqual({ phone_id: phoneId, name: 'CRM sync', scopes: ['calls:read', 'settings:read'] });
    // @ts-expect-error: not an api_key_scope
    const badScope = supabase.rpc('create_api_key', { phone_id: phoneId, name: 'CRM sync', scopes: ['campaigns:write'] });
    expect(request(badScope).body).toMatchObject({ scopes: ['campaigns:write'] });

    const keys = supabase.from('api_keys').select().eq('phone_id', phoneId);
    type Key = NonNullable<Awaited<typeof keys>['data']>[number];
    expectTypeOf<Key['scopes']>().toEqualTypeOf<('calls:read' | 'calls:write' | 'settings:read' | 'settings:write')[]>();
    // @ts-expect-error: api_keys has no secret column, nor a hash
    const noSecret = supabase.from('api_keys').select().eq('secret', 'rk_');
    expect(request(noSecret).url.searchParams.get('secret')).toBe('eq.rk_');

    const revoke = supabase.rpc('revoke_api_key', { phone_id: phoneId, key_id: '00000000-0000-4000-8000-000000000001' });
    expectTypeOf<NonNullable<Awaited<typeof revoke>['data']>>().toEqualTypeOf<boolean>();
    const verify = supabase.rpc('verify_api_key', { secret: 'rk_' });
    type Verified = NonNullable<Awaited<typeof verify>['data']>[number];
    expectTypeOf<Verified['phone_id']>().toEqualTypeOf<string>();
    expect(request(verify).body).toEqual({ secret: 'rk_' });
  });

  it('calls the call screens as the app does: latest_calls, call_counts, search_calls', () => {
    const latest = supabase.rpc('latest_calls', { max_calls: 20 });
    const subset = supabase.rpc('latest_calls', { phone_ids: [phoneId] });
    type Call = Tables<'calls'>;
    expectTypeOf<NonNullable<Awaited<typeof latest>['data']>>().toEqualTypeOf<Call[]>();
    expect(request(latest).url.pathname).toBe('/rest/v1/rpc/latest_calls');
    expect(request(subset).body).toEqual({ phone_ids: [phoneId] });

    const counts = supabase.rpc('call_counts', { from_day: '2026-11-01', to_day: '2026-11-30' });
    type Counts = NonNullable<Awaited<typeof counts>['data']>[number];
    expectTypeOf<Counts>().toEqualTypeOf<{ total_calls: number; answered_calls: number; completed_calls: number; failed_calls: number }>();
    expect(request(counts).body).toEqual({ from_day: '2026-11-01', to_day: '2026-11-30' });

    const search = supabase
      .rpc('search_calls', { phone_id: phoneId, query: 'refund', caller: '+1415', tags: ['urgent'], statuses: ['completed'], max_calls: 20 })
      .select('id, call_sid, created_at');
    type Found = NonNullable<Awaited<typeof search>['data']>[number];
    expectTypeOf<Found>().toEqualTypeOf<{ id: string; call_sid: string; created_at: string }>();
    const r = request(search);
    expect(r.url.pathname).toBe('/rest/v1/rpc/search_calls');
    expect(r.url.searchParams.get('select')).toBe('id,call_sid,created_at');
    expect(r.body).toMatchObject({ phone_id: phoneId, query: 'refund', statuses: ['completed'] });
    // @ts-expect-error statuses are call_status values
    const badStatus = supabase.rpc('search_calls', { phone_id: phoneId, statuses: ['missed'] });
    // @ts-expect-error phone_id is required
    const noPhone = supabase.rpc('search_calls', { query: 'refund' });
    expect(request(badStatus).body).toMatchObject({ statuses: ['missed'] });
    expect(request(noPhone).body).toEqual({ query: 'refund' });
  });

  it('types ingest_call_event for the telephony backend (service role)', () => {
    const q = supabase.rpc('ingest_call_event', {
      phone_id: phoneId, call_sid: 'CA1', caller_number: '+14155550100', occurred_at: '2026-11-20T15:10:00Z',
      status: 'completed', duration: 542, tags: ['inbound'],
    });
    expectTypeOf<NonNullable<Awaited<typeof q>['data']>>().toEqualTypeOf<Tables<'calls'>>();
    // @ts-expect-error occurred_at, the provider's time of the event, is required
    const noTime = supabase.rpc('ingest_call_event', { phone_id: phoneId, call_sid: 'CA1', caller_number: '+14155550100' });
    expect(request(q).url.pathname).toBe('/rest/v1/rpc/ingest_call_event');
    expect(request(noTime).body).toEqual({ phone_id: phoneId, call_sid: 'CA1', caller_number: '+14155550100' });
  });

  it('rejects a wrong argument name, a missing argument and an unknown function', () => {
    // @ts-expect-error the argument is p_phone_id, not phone_id
    const wrongName = supabase.rpc('is_open', { phone_id: phoneId });
    // @ts-expect-error p_phone_id is required
    const missing = supabase.rpc('is_open', { p_at: '2026-11-23T10:00:00Z' });
    // @ts-expect-error no function "is_closed"
    const unknown = supabase.rpc('is_closed', { p_phone_id: phoneId });
    expect(request(wrongName).body).toEqual({ phone_id: phoneId });
    expect(request(missing).body).toEqual({ p_at: '2026-11-23T10:00:00Z' });
    expect(request(unknown).url.pathname).toBe('/rest/v1/rpc/is_closed');
  });
});
