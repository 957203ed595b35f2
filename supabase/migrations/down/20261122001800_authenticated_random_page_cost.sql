-- Down of 20261122001800_authenticated_random_page_cost: authenticated plans
-- with the server's random_page_cost again.
set lock_timeout = '5s';
set statement_timeout = '1min';

alter role authenticated reset random_page_cost;
