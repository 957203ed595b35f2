-- Local development data, loaded by `npm run db:reset` (supabase db push --include-seed).
-- Deterministic ids so tests, docs and the app's fixtures can name them. Every
-- user's password is "password".
--
--   tenant acme-dental  (+14155550100, America/Los_Angeles)
--     owner  alice@acme.test   00000000-0000-4000-8000-0000000000a1
--     admin  adam@acme.test    00000000-0000-4000-8000-0000000000a2
--     viewer vera@acme.test    00000000-0000-4000-8000-0000000000a3
--   tenant bella-salon  (+442079460200, Europe/London)
--     owner  bob@bella.test    00000000-0000-4000-8000-0000000000b1
--     admin  bea@bella.test    00000000-0000-4000-8000-0000000000b2
--     viewer vic@bella.test    00000000-0000-4000-8000-0000000000b3
--   both tenants: max@multi.test 00000000-0000-4000-8000-0000000000c1 (admin of acme-dental, viewer of bella-salon)
--   no tenant:    olga@outside.test 00000000-0000-4000-8000-0000000000d1

insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
                        raw_app_meta_data, raw_user_meta_data, created_at, updated_at)
select '00000000-0000-0000-0000-000000000000', u.id::uuid, 'authenticated', 'authenticated', u.email,
       extensions.crypt('password', extensions.gen_salt('bf')), now(),
       '{"provider": "email", "providers": ["email"]}', jsonb_build_object('full_name', u.full_name),
       now(), now()
  from (values
    ('00000000-0000-4000-8000-0000000000a1', 'alice@acme.test',   'Alice Owner'),
    ('00000000-0000-4000-8000-0000000000a2', 'adam@acme.test',    'Adam Admin'),
    ('00000000-0000-4000-8000-0000000000a3', 'vera@acme.test',    'Vera Viewer'),
    ('00000000-0000-4000-8000-0000000000b1', 'bob@bella.test',    'Bob Owner'),
    ('00000000-0000-4000-8000-0000000000b2', 'bea@bella.test',    'Bea Admin'),
    ('00000000-0000-4000-8000-0000000000b3', 'vic@bella.test',    'Vic Viewer'),
    ('00000000-0000-4000-8000-0000000000c1', 'max@multi.test',    'Max Multi'),
    ('00000000-0000-4000-8000-0000000000d1', 'olga@outside.test', 'Olga Outsider')
  ) as u(id, email, full_name)
on conflict (id) do nothing;

insert into public.phone_numbers (id, number, display_name, business_name, timezone) values
  ('acme-dental', '+14155550100', 'Front desk', 'Acme Dental Care', 'America/Los_Angeles'),
  ('bella-salon', '+442079460200', 'Salon line', 'Bella Hair Salon', 'Europe/London')
on conflict (id) do nothing;

insert into public.phone_members (phone_id, user_id, role) values
  ('acme-dental', '00000000-0000-4000-8000-0000000000a1', 'owner'),
  ('acme-dental', '00000000-0000-4000-8000-0000000000a2', 'admin'),
  ('acme-dental', '00000000-0000-4000-8000-0000000000a3', 'viewer'),
  ('acme-dental', '00000000-0000-4000-8000-0000000000c1', 'admin'),
  ('bella-salon', '00000000-0000-4000-8000-0000000000b1', 'owner'),
  ('bella-salon', '00000000-0000-4000-8000-0000000000b2', 'admin'),
  ('bella-salon', '00000000-0000-4000-8000-0000000000b3', 'viewer'),
  ('bella-salon', '00000000-0000-4000-8000-0000000000c1', 'viewer')
on conflict (phone_id, user_id) do nothing;
