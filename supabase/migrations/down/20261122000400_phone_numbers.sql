-- loses data: public.phone_numbers
-- Down of 20261122000400_phone_numbers.
set lock_timeout = '5s';
set statement_timeout = '60s';

drop table public.phone_numbers;
drop function private.is_iana_timezone(text);
