CREATE OR REPLACE FUNCTION public.erase_caller (
  phone_id      text,
  caller_number text
)
  RETURNS TABLE (
    table_name text,
    rows       bigint
  )
  LANGUAGE sql
  SET search_path TO ''
  AS $function$
  select * from private.erase_caller(phone_id, caller_number)
$function$;

GRANT EXECUTE ON FUNCTION "public"."erase_caller"(text, text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."erase_caller"(text, text) TO "service_role";

COMMENT ON FUNCTION "public"."erase_caller"(text, text) IS 'Erases caller_number (E.164) from phone_id: deletes the caller''s calls (live and archived) with their metadata, webhook events, appointments and campaign contacts, corrects the statistics, and anonymizes the audit trail. Returns, per table, how many rows it erased; run again, it erases nothing and returns 0 everywhere. Owners of the phone and the service role; others get 42501, a malformed number 22023.';

REVOKE ALL ON FUNCTION "public"."erase_caller"(text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."erase_caller"(text, text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."erase_caller"(text, text) FROM PUBLIC, "anon";
