-- loses data: public.resources, public.appointments
-- Down of 20261129210000_appointments.
set lock_timeout = '5s';
set statement_timeout = '60s';

drop table public.appointments;
drop table public.resources;
drop function private.check_appointment_resource();
drop function private.check_appointment_hours();
drop function private.check_appointment_status();
drop function private.opening_time(text, timestamptz, timestamptz);
drop type public.appointment_status;
drop type public.resource_kind;
