-- loses data: public.business_hours, public.business_closures
-- Down of 20261122001000_business_hours.
set lock_timeout = '5s';
set statement_timeout = '60s';

drop function public.is_open(text, timestamptz);
drop table public.business_closures;
drop table public.business_hours;
drop function private.week_minutes(smallint, time, time);
