CREATE OR REPLACE FUNCTION private.call_turn_words (
  phone_id text,
  call_id  uuid,
  content  text
)
  RETURNS tsvector
  LANGUAGE sql
  IMMUTABLE
  PARALLEL SAFE
  SET search_path TO ''
  AS $function$
  select pg_catalog.to_tsvector('simple'::regconfig, coalesce(content, ''))
         || pg_catalog.array_to_tsvector(array['phone:' || phone_id, 'call:' || call_id::text])
$function$;

GRANT EXECUTE ON FUNCTION "private"."call_turn_words"(text, uuid, text) TO "service_role";

COMMENT ON FUNCTION "private"."call_turn_words"(text, uuid, text) IS 'The words of a turn (to_tsvector ''simple'', no stemming) with two more lexemes, ''phone:<phone_id>'' and ''call:<call_id>'': the keys of call_turns_search_idx. A search asks for the phone''s lexeme (a rare word of one phone) or for the lexemes of the calls it walks (a common word among the newest calls) with the words, so the index serves no other query and finds one tenant''s turns only. Words typed into a search never become these lexemes (the parser splits at the colon). Executed by whoever writes turns (index upkeep).';

REVOKE ALL ON FUNCTION "private"."call_turn_words"(text, uuid, text) FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."call_turn_words"(text, uuid, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."call_turn_words"(text, uuid, text) TO "postgres";
