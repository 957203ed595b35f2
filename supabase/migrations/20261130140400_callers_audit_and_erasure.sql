-- The caller directory under the audit trail and caller erasure.
--
--   audit     callers is tenant data people edit (display name, notes,
--             opt-out): recorded for people only, like calls. Its counts
--             (call_count, first and last call) follow the calls by trigger
--             and are left out of the entries: an update that changes only
--             them records nothing.
--   erasure   the caller's row goes at step 40, after their calls (30): the
--             calls' delete triggers update the row on their way, so deleting
--             it first would leave it to be written again. The opt-out goes
--             with it: keeping it would mean keeping the number. A campaign
--             that imports the number again will call it again.
set lock_timeout = '5s';
set statement_timeout = '5s';

select private.audit_table('public.callers', people_only => true,
                           ignored => '{call_count,first_call_at,last_call_at}');

comment on column public.callers.phone_id is 'The tenant: the phone number the caller called (phone_numbers.id).';
comment on column public.callers.created_at is 'When the caller''s first call (or the backfill) made the row.';
comment on column public.callers.caller_number is
  '[personal] The caller''s number in E.164 form, as calls.caller_number.';
comment on column public.callers.display_name is
  '[personal] What members call the caller (1 to 200 characters, one line).';
comment on column public.callers.notes is '[personal] Members'' notes about the caller (1 to 2000 characters).';

insert into private.caller_erasure_rules (relation, step, condition) values
  ('public.callers', 40, 'caller_number = $2');
