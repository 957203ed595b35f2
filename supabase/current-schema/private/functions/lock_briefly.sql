CREATE OR REPLACE FUNCTION private.lock_briefly (
  relations regclass[],
  lock_mode text
)
  RETURNS void
  LANGUAGE plpgsql
  SET search_path TO ''
  AS $function$
declare
  attempt integer := 0;
begin
  if lock_mode not in ('share row exclusive', 'exclusive', 'access exclusive') then
    raise exception 'lock mode % is not one DDL takes', lock_mode using errcode = 'invalid_parameter_value';
  end if;
  loop
    begin
      execute pg_catalog.format('lock table %s in %s mode',
        (select pg_catalog.string_agg(r::text, ', ') from pg_catalog.unnest(relations) r), lock_mode);
      return;
    exception when lock_not_available then
      attempt := attempt + 1;
      if attempt >= 100 then
        raise;
      end if;
      perform pg_catalog.pg_sleep(0.05 + pg_catalog.random() * 0.2);
    end;
  end loop;
end;
$function$;

COMMENT ON FUNCTION "private"."lock_briefly"(regclass[], text) IS 'Takes lock_mode on relations (all or none) for the rest of the transaction, waiting at most lock_timeout per attempt and trying again up to 100 times, 50 to 250 ms apart: for migrations that change tables webhooks write, with a short lock_timeout, so that no writer waits long behind the request. Raises 55P03 when every attempt timed out.';

REVOKE ALL ON FUNCTION "private"."lock_briefly"(regclass[], text) FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."lock_briefly"(regclass[], text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."lock_briefly"(regclass[], text) TO "postgres";
