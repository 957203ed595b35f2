-- The membership helpers, documented where they now stand, and one fewer.
--
-- private.member_phone_ids and private.member_phone_performance_summary were
-- rewritten in PL/pgSQL after they were first commented; their comments now
-- say why they are PL/pgSQL as well as why they are SECURITY DEFINER.
-- private.has_phone_role answered "does the signed-in user have this role on
-- this phone" for functions that check membership themselves; no function,
-- policy or view ever called it, so it goes: such a function filters with
-- member_phone_ids, the lookup every policy already uses.

set lock_timeout = '5s';
set statement_timeout = '1min';

drop function private.has_phone_role(text, public.member_role);

comment on function private.member_phone_ids(public.member_role) is
  'Ids of the phone numbers on which the signed-in user has at least min_role; empty for anon and '
  'for a user with no membership. Every tenant policy calls it as `phone_id = any ((select '
  'private.member_phone_ids(...)))`, so it runs once per statement (an InitPlan), not once per row. '
  'SECURITY DEFINER because it reads phone_members, whose own policies call it: as invoker it would '
  'recurse into them. It reads only the caller''s own memberships (auth.uid()) and writes nothing. '
  'PL/pgSQL, not SQL: a SECURITY DEFINER SQL function with its own search_path is never inlined and '
  'its body is planned again on every call, while PL/pgSQL keeps the plan for the session '
  '(a member''s call page with two policies: 1.42x the owner''s unfiltered query as SQL, 1.19x as PL/pgSQL).';

comment on function private.member_phone_performance_summary() is
  'The rows of private.phone_performance_summary for the signed-in user''s phone numbers (any role). '
  'SECURITY DEFINER because the materialized view cannot carry row level security and is not readable '
  'by authenticated: this filtered read, behind the view public.phone_performance_summary, is the only '
  'path to it. PL/pgSQL for the same cached plan as member_phone_ids.';
