-- loses data: public.conversation_rules
-- Down of 20261122000900_conversation_rules.
set lock_timeout = '5s';
set statement_timeout = '60s';

drop table public.conversation_rules;
drop type public.rule_type;
