/**
 * Validation helpers derived from the generated types: the allowed values
 * come from the database's enums (types/supabase.ts `Constants`), never from
 * lists typed out again, so a new enum value reaches them with `db:reset`.
 */
import { Constants } from '../types/supabase.ts';
import type { ApiKeyScope, CallStatus, MemberRole, RuleType } from '../types/database.ts';

const { api_key_scope, call_status, member_role, rule_type } = Constants.public.Enums;

function oneOf<T extends string>(values: readonly T[]) {
  return (value: unknown): value is T => typeof value === 'string' && (values as readonly string[]).includes(value);
}

export const CALL_STATUSES: readonly CallStatus[] = call_status;
export const MEMBER_ROLES: readonly MemberRole[] = member_role;
export const RULE_TYPES: readonly RuleType[] = rule_type;
export const API_KEY_SCOPES: readonly ApiKeyScope[] = api_key_scope;

export const isCallStatus = oneOf<CallStatus>(call_status);
export const isMemberRole = oneOf<MemberRole>(member_role);
export const isRuleType = oneOf<RuleType>(rule_type);
export const isApiKeyScope = oneOf<ApiKeyScope>(api_key_scope);

/** Whether a member with role `has` may act as `needs` (viewer < admin < owner). */
export function roleAtLeast(has: MemberRole, needs: MemberRole): boolean {
  return member_role.indexOf(has) >= member_role.indexOf(needs);
}
