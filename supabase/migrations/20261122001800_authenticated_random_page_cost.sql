-- random_page_cost = 1.1 for the API's signed-in role.
--
-- Under row level security Postgres multiplies the selectivity of the policy,
-- `phone_id = any ((select private.member_phone_ids()))`, into every query's
-- own `phone_id = $1`. The policy's array is unknown at planning time, so it
-- is estimated as 10 phones: at 10,000 phones the planner expects a tenant's
-- rows / 1000. With few rows expected, reading them all through a bitmap scan
-- and sorting them looks cheaper than walking calls_phone_created_idx in
-- order and stopping at the page's end; with the real tenant (tens of
-- thousands of calls) it is not. Measured on 1M calls for a tenant of 4,453
-- calls, `listCalls` with limit 100: bitmap + sort of all 4,453, 23.6 ms;
-- ordered index scan, 0.36 ms. At 10M the seed's "completed calls with voice"
-- join took 753 ms against 3.2 ms without RLS.
--
-- The estimate cannot be corrected from SQL (a runtime array has no
-- statistics, and only C support functions can supply a selectivity), so
-- the cost of the two plans is what changes: at 4.0 (the default, meant for
-- spinning disks) an index scan's random heap read costs four sequential
-- ones, which is what tips a misestimated top-N towards bitmap + sort. The
-- table and indexes are served from memory or SSD, where 1.1 is the usual
-- figure. With it, every ordered listing tried (tenants of 10 to 100k calls,
-- with and without a status filter) walks the index in order.
--
-- Only authenticated gets it: its queries are the ones RLS rewrites. It is a
-- user-level setting, like the statement_timeout Supabase gives the role, and
-- PostgREST (like src/as-user.ts) applies a role's settings per request.

set lock_timeout = '5s';
set statement_timeout = '1min';

alter role authenticated set random_page_cost = 1.1;
