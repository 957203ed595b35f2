-- conversation_rules: what the receptionist does on a call (greet, route,
-- transfer, answer out of hours). Admins manage them; the receptionist reads
-- the active rules of one phone and type in priority order on every call.
set lock_timeout = '5s';
set statement_timeout = '60s';

create type public.rule_type as enum ('greeting', 'routing', 'transfer', 'hours');
comment on type public.rule_type is 'Kind of conversation rule: greeting, routing, transfer or hours.';

create table public.conversation_rules (
  phone_id text not null references public.phone_numbers (id) on delete cascade,
  id uuid not null default gen_random_uuid(),
  rule_type public.rule_type not null,
  -- JSON objects, never arrays or scalars, and small enough to read per call.
  conditions jsonb not null default '{}'
    constraint conversation_rules_conditions_object check (
      jsonb_typeof(conditions) = 'object' and octet_length(conditions::text) <= 16384
    ),
  actions jsonb not null default '{}'
    constraint conversation_rules_actions_object check (
      jsonb_typeof(actions) = 'object' and octet_length(actions::text) <= 16384
    ),
  priority integer not null default 0
    constraint conversation_rules_priority_range check (priority between 0 and 1000000),
  is_active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint conversation_rules_pkey primary key (phone_id, id)
);

comment on table public.conversation_rules is
  'Rules the receptionist applies on a call. Members read them, admins manage them. Of the active '
  'rules of one type, the lowest priority is evaluated first.';
comment on column public.conversation_rules.conditions is 'When the rule applies, a JSON object.';
comment on column public.conversation_rules.actions is 'What the receptionist does, a JSON object.';
comment on column public.conversation_rules.priority is 'Evaluation order within a rule type: lowest first (0 to 1000000); ties by id.';

-- The receptionist's lookup on every call:
--   where phone_id = $1 and rule_type = $2 and is_active order by priority, id
-- Partial on is_active: inactive rules are never read per call.
create index conversation_rules_lookup_idx on public.conversation_rules (phone_id, rule_type, priority, id)
  where is_active;

create trigger set_updated_at
  before update on public.conversation_rules
  for each row execute function private.set_updated_at();

alter table public.conversation_rules enable row level security;

-- id, created_at and updated_at are the database's: members may not set them.
revoke insert, update, truncate, references, trigger on public.conversation_rules from anon, authenticated;
grant insert (phone_id, rule_type, conditions, actions, priority, is_active) on public.conversation_rules to authenticated;
grant update (rule_type, conditions, actions, priority, is_active) on public.conversation_rules to authenticated;

create policy "members read their rules"
  on public.conversation_rules for select to authenticated
  using (phone_id = any ((select private.member_phone_ids())::text[]));
comment on policy "members read their rules" on public.conversation_rules is
  'Members of any level read the conversation rules of their phone numbers.';

create policy "admins add rules"
  on public.conversation_rules for insert to authenticated
  with check (phone_id = any ((select private.member_phone_ids('admin'))::text[]));
comment on policy "admins add rules" on public.conversation_rules is
  'Admins and owners add rules to their phone numbers.';

create policy "admins change rules"
  on public.conversation_rules for update to authenticated
  using (phone_id = any ((select private.member_phone_ids('admin'))::text[]))
  with check (phone_id = any ((select private.member_phone_ids('admin'))::text[]));
comment on policy "admins change rules" on public.conversation_rules is
  'Admins and owners change their rules; a rule never moves to another phone (column privileges).';

create policy "admins delete rules"
  on public.conversation_rules for delete to authenticated
  using (phone_id = any ((select private.member_phone_ids('admin'))::text[]));
comment on policy "admins delete rules" on public.conversation_rules is
  'Admins and owners delete rules of their phone numbers.';
