-- Which schemas the API roles may use: public and extensions (but not create
-- objects in public), pgcrypto in extensions, and the migrations' private
-- schema only for authenticated, whose policies call its helpers.
begin;
select plan(6);

select ok(
  has_schema_privilege('anon', 'public', 'usage')
    and has_schema_privilege('authenticated', 'public', 'usage')
    and has_schema_privilege('service_role', 'public', 'usage'),
  'anon, authenticated and service_role may use schema public'
);
select ok(
  not has_schema_privilege('anon', 'public', 'create')
    and not has_schema_privilege('authenticated', 'public', 'create'),
  'anon and authenticated cannot create objects in public'
);
select ok(
  has_schema_privilege('anon', 'extensions', 'usage')
    and has_schema_privilege('authenticated', 'extensions', 'usage'),
  'anon and authenticated may use schema extensions'
);
select has_extension('extensions', 'pgcrypto', 'pgcrypto is installed in extensions');
select is(
  has_schema_privilege('anon', 'private', 'usage'), false,
  'anon cannot use schema private'
);
select is(
  has_schema_privilege('authenticated', 'private', 'usage'), true,
  'authenticated may use schema private (policies call its helpers)'
);

select * from finish();
rollback;
