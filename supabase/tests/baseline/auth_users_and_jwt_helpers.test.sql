-- The auth schema the policies rely on: auth.users exists with row level
-- security and is closed to anon and authenticated; auth.uid(), auth.role()
-- and auth.jwt() read the claims PostgREST puts in request.jwt.claims, give
-- no user for anon or for no claims, and the API roles may call them.
begin;
select plan(10);

-- auth.users -------------------------------------------------------------------

select has_table('auth', 'users', 'auth.users exists');
select is(
  (select relrowsecurity from pg_class where oid = 'auth.users'::regclass), true,
  'auth.users has row level security enabled'
);
select ok(
  not has_table_privilege('anon', 'auth.users', 'select')
    and not has_table_privilege('authenticated', 'auth.users', 'select'),
  'anon and authenticated cannot read auth.users'
);

-- The JWT helpers ----------------------------------------------------------------

select tests.create_supabase_user('ann');

-- Set directly (local to the transaction): how the helpers read this setting is what is under test.
select set_config('request.jwt.claims', jsonb_build_object(
  'sub', tests.get_supabase_uid('ann'), 'role', 'authenticated', 'email', 'ann@test.test')::text, true);
select is(auth.uid(), tests.get_supabase_uid('ann'), 'auth.uid() reads sub from request.jwt.claims');
select is(auth.role(), 'authenticated', 'auth.role() reads role from request.jwt.claims');
select is(auth.jwt() ->> 'email', 'ann@test.test', 'auth.jwt() returns request.jwt.claims as jsonb');

-- Acting as PostgREST does for a request: the API roles can call the helpers.
select tests.authenticate_as('ann');
select is(auth.uid(), tests.get_supabase_uid('ann'),
  'authenticated can call auth.uid(), which gives the signed-in user''s id');

select tests.authenticate_as_anon();
select is(auth.uid(), null, 'auth.uid() is null for anon claims, which have no sub');
select is(auth.role(), 'anon', 'anon can call auth.role(), which gives anon');

select tests.clear_authentication();
select is(auth.uid(), null, 'auth.uid() is null when request.jwt.claims is empty');

select * from finish();
rollback;
