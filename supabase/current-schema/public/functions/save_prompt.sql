CREATE OR REPLACE FUNCTION public.save_prompt (
  phone_id text,
  kind     public.prompt_kind,
  body     text,
  note     text               DEFAULT NULL::text,
  activate boolean            DEFAULT true
)
  RETURNS public.prompt_versions
  LANGUAGE sql
  SET search_path TO ''
  AS $function$
  select * from private.save_prompt(phone_id, kind, body, note, activate)
$function$;

GRANT EXECUTE ON FUNCTION "public"."save_prompt"(text, public.prompt_kind, text, text, boolean) TO "authenticated";

COMMENT ON FUNCTION "public"."save_prompt"(text, public.prompt_kind, text, text, boolean) IS 'Saves body (and an optional one-line note) as the next version of the phone''s prompt of this kind and returns it; with activate (the default) it becomes the active version, without it the active version stays. A kind''s first version is always its active one: saving it with activate => false is refused (55000). Owners and admins only (42501); concurrent saves get consecutive versions.';

REVOKE ALL ON FUNCTION "public"."save_prompt"(text, public.prompt_kind, text, text, boolean) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."save_prompt"(text, public.prompt_kind, text, text, boolean) TO "postgres";

REVOKE ALL ON FUNCTION "public"."save_prompt"(text, public.prompt_kind, text, text, boolean) FROM PUBLIC, "service_role", "anon";
