CREATE TABLE "public"."voice_settings" (
  "phone_id"         text                     NOT NULL,
  "voice_model"      text                     NOT NULL DEFAULT 'neural'::text,
  "voice_name"       text                     NOT NULL DEFAULT 'Alloy'::text,
  "speech_speed"     numeric(3,2)             NOT NULL DEFAULT 1.00,
  "language"         text                     NOT NULL DEFAULT 'en-US'::text,
  "greeting_message" text,
  "created_at"       timestamp with time zone NOT NULL DEFAULT now(),
  "updated_at"       timestamp with time zone NOT NULL DEFAULT now(),
  CONSTRAINT "voice_settings_created_at_range" CHECK (((created_at >= '2020-01-01 00:00:00+00'::timestamp with time zone) AND (created_at < '2100-01-01 00:00:00+00'::timestamp
    with time zone))),
  CONSTRAINT "voice_settings_greeting_length" CHECK (((char_length(greeting_message) >= 1) AND (char_length(greeting_message) <= 500))),
  CONSTRAINT "voice_settings_language_bcp47" CHECK ((language ~ '^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$'::text)),
  CONSTRAINT "voice_settings_phone_id_fkey" FOREIGN KEY (phone_id) REFERENCES public.phone_numbers(id) ON DELETE CASCADE,
  CONSTRAINT "voice_settings_phone_id_format" CHECK ((phone_id ~ '^[a-z0-9][a-z0-9_-]{1,62}$'::text)),
  CONSTRAINT "voice_settings_pkey" PRIMARY KEY (phone_id),
  CONSTRAINT "voice_settings_speech_speed_range" CHECK (((speech_speed >= 0.50) AND (speech_speed <= 2.00))),
  CONSTRAINT "voice_settings_updated_at_range" CHECK (((updated_at >= '2020-01-01 00:00:00+00'::timestamp with time zone) AND (updated_at < '2100-01-01 00:00:00+00'::timestamp
    with time zone))),
  CONSTRAINT "voice_settings_voice_model_format" CHECK ((voice_model ~ '^[a-z][a-z0-9_-]{0,31}$'::text)),
  CONSTRAINT "voice_settings_voice_name_length" CHECK (((char_length(voice_name) >= 1) AND (char_length(voice_name) <= 64))),
  CONSTRAINT "voice_settings_greeting_not_blank" CHECK ((NOT private.is_blank(greeting_message))),
  CONSTRAINT "voice_settings_greeting_printable" CHECK (private.is_printable_text(greeting_message)),
  CONSTRAINT "voice_settings_greeting_trimmed" CHECK ((NOT private.has_outer_space(greeting_message))),
  CONSTRAINT "voice_settings_voice_name_not_blank" CHECK ((NOT private.is_blank(voice_name))),
  CONSTRAINT "voice_settings_voice_name_single_line" CHECK (private.is_single_line(voice_name)),
  CONSTRAINT "voice_settings_voice_name_trimmed" CHECK ((NOT private.has_outer_space(voice_name)))
);

ALTER TABLE "public"."voice_settings"
  ENABLE ROW LEVEL SECURITY;

CREATE TRIGGER set_updated_at
  BEFORE UPDATE ON public.voice_settings
  FOR EACH ROW
  EXECUTE FUNCTION private.set_updated_at();

CREATE POLICY "admins edit their voice settings" ON "public"."voice_settings"
  FOR UPDATE
  TO "authenticated"
  USING ((phone_id = ANY (( SELECT private.member_phone_ids('admin'::public.member_role) AS member_phone_ids)::text[])))
  WITH CHECK ((phone_id = ANY (( SELECT private.member_phone_ids('admin'::public.member_role) AS member_phone_ids)::text[])));

CREATE POLICY "members read their voice settings" ON "public"."voice_settings"
  FOR SELECT
  TO "authenticated"
  USING ((phone_id = ANY (( SELECT private.member_phone_ids() AS member_phone_ids)::text[])));

REVOKE ALL ON TABLE "public"."voice_settings" FROM "authenticated";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."voice_settings" TO "service_role";

COMMENT ON COLUMN "public"."voice_settings"."created_at" IS 'When the settings was created, filled in by the database.';

COMMENT ON COLUMN "public"."voice_settings"."greeting_message" IS 'What the receptionist says first (1 to 500 characters, not blank, no leading or trailing whitespace; line breaks allowed); null for the default greeting.';

COMMENT ON COLUMN "public"."voice_settings"."language" IS 'BCP 47 language tag in canonical casing, e.g. en-US, es-419, zh-Hans-CN.';

COMMENT ON COLUMN "public"."voice_settings"."phone_id" IS 'The phone number these settings are for (phone_numbers.id); one row per phone, created with it.';

COMMENT ON COLUMN "public"."voice_settings"."speech_speed" IS 'Speaking rate, 1.00 is normal; 0.50 to 2.00.';

COMMENT ON COLUMN "public"."voice_settings"."updated_at" IS 'When the row last changed, kept by the trigger set_updated_at.';

COMMENT ON COLUMN "public"."voice_settings"."voice_model" IS 'Speech engine family, e.g. neural.';

COMMENT ON COLUMN "public"."voice_settings"."voice_name" IS 'Voice within the model, e.g. Alloy.';

COMMENT ON POLICY "admins edit their voice settings" ON "public"."voice_settings" IS 'Admins and owners edit the voice columns (column privileges limit the rest).';

COMMENT ON POLICY "members read their voice settings" ON "public"."voice_settings" IS 'Members of any level read the voice settings of their phone numbers.';

COMMENT ON TABLE "public"."voice_settings" IS 'Voice of the receptionist on one phone number: one row per phone, created with it. Members read it, admins edit it.';

REVOKE ALL ("greeting_message") ON TABLE "public"."voice_settings" FROM "authenticated";

GRANT UPDATE ("greeting_message") ON TABLE "public"."voice_settings" TO "authenticated";

REVOKE ALL ("language") ON TABLE "public"."voice_settings" FROM "authenticated";

GRANT UPDATE ("language") ON TABLE "public"."voice_settings" TO "authenticated";

REVOKE ALL ("speech_speed") ON TABLE "public"."voice_settings" FROM "authenticated";

GRANT UPDATE ("speech_speed") ON TABLE "public"."voice_settings" TO "authenticated";

REVOKE ALL ("voice_model") ON TABLE "public"."voice_settings" FROM "authenticated";

GRANT UPDATE ("voice_model") ON TABLE "public"."voice_settings" TO "authenticated";

REVOKE ALL ("voice_name") ON TABLE "public"."voice_settings" FROM "authenticated";

GRANT UPDATE ("voice_name") ON TABLE "public"."voice_settings" TO "authenticated";

GRANT SELECT ON TABLE "public"."voice_settings" TO "authenticated";

REVOKE ALL ON TABLE "public"."voice_settings" FROM "postgres";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."voice_settings" TO "postgres";

REVOKE ALL ON TABLE "public"."voice_settings" FROM "anon";
