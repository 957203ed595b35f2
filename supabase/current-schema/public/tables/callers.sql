CREATE TABLE "public"."callers" (
  "phone_id"      text                        NOT NULL,
  "caller_number" text                        NOT NULL,
  "display_name"  text,
  "notes"         text,
  "call_count"    integer                     NOT NULL DEFAULT 0,
  "first_call_at" timestamp(3) with time zone,
  "last_call_at"  timestamp(3) with time zone,
  "opted_out"     boolean                     NOT NULL DEFAULT false,
  "opted_out_at"  timestamp with time zone,
  "created_at"    timestamp with time zone    NOT NULL DEFAULT now(),
  "updated_at"    timestamp with time zone    NOT NULL DEFAULT now(),
  CONSTRAINT "callers_call_count_nonnegative" CHECK ((call_count >= 0)),
  CONSTRAINT "callers_caller_number_e164" CHECK ((caller_number ~ '^\+[1-9][0-9]{6,14}$'::text)),
  CONSTRAINT "callers_created_at_range" CHECK (((created_at >= '2020-01-01 00:00:00+00'::timestamp with time zone) AND (created_at < '2100-01-01 00:00:00+00'::timestamp
    with time zone))),
  CONSTRAINT "callers_display_name_length" CHECK (((char_length(display_name) >= 1) AND (char_length(display_name) <= 200))),
  CONSTRAINT "callers_first_call_not_after_last" CHECK ((first_call_at <= last_call_at)),
  CONSTRAINT "callers_notes_length" CHECK (((char_length(notes) >= 1) AND (char_length(notes) <= 2000))),
  CONSTRAINT "callers_opted_out_at_when_opted_out" CHECK ((opted_out = (opted_out_at IS NOT NULL))),
  CONSTRAINT "callers_phone_id_format" CHECK ((phone_id ~ '^[a-z0-9][a-z0-9_-]{1,62}$'::text)),
  CONSTRAINT "callers_pkey" PRIMARY KEY (phone_id, caller_number),
  CONSTRAINT "callers_updated_at_range" CHECK (((updated_at >= '2020-01-01 00:00:00+00'::timestamp with time zone) AND (updated_at < '2100-01-01 00:00:00+00'::timestamp
    with time zone))),
  CONSTRAINT "callers_phone_id_fkey" FOREIGN KEY (phone_id) REFERENCES public.phone_numbers(id) ON DELETE CASCADE,
  CONSTRAINT "callers_display_name_not_blank" CHECK ((NOT private.is_blank(display_name))),
  CONSTRAINT "callers_display_name_single_line" CHECK (private.is_single_line(display_name)),
  CONSTRAINT "callers_display_name_trimmed" CHECK ((NOT private.has_outer_space(display_name))),
  CONSTRAINT "callers_notes_not_blank" CHECK ((NOT private.is_blank(notes))),
  CONSTRAINT "callers_notes_printable" CHECK (private.is_printable_text(notes)),
  CONSTRAINT "callers_notes_trimmed" CHECK ((NOT private.has_outer_space(notes)))
);

ALTER TABLE "public"."callers"
  ENABLE ROW LEVEL SECURITY;

CREATE INDEX callers_phone_last_call_idx ON public.callers USING btree (phone_id, last_call_at DESC, caller_number DESC);

CREATE TRIGGER audit
  AFTER INSERT OR DELETE OR UPDATE ON public.callers
  FOR EACH ROW
  WHEN ((auth.role() = 'authenticated'::text))
  EXECUTE FUNCTION private.record_audit_entry('phone_id', 'phone_id,caller_number', '', 'call_count,first_call_at,last_call_at');

CREATE TRIGGER stamp_caller_edit
  BEFORE UPDATE OF display_name, notes, opted_out ON public.callers
  FOR EACH ROW
  EXECUTE FUNCTION private.stamp_caller_edit();

CREATE POLICY "admins edit their callers" ON "public"."callers"
  FOR UPDATE
  TO "authenticated"
  USING ((phone_id = ANY (( SELECT private.member_phone_ids('admin'::public.member_role) AS member_phone_ids)::text[])))
  WITH CHECK ((phone_id = ANY (( SELECT private.member_phone_ids('admin'::public.member_role) AS member_phone_ids)::text[])));

CREATE POLICY "members read their callers" ON "public"."callers"
  FOR SELECT
  TO "authenticated"
  USING ((phone_id = ANY (( SELECT private.member_phone_ids() AS member_phone_ids)::text[])));

COMMENT ON COLUMN "public"."callers"."call_count" IS 'How many calls of this number the phone has, archived ones included (trigger count_caller_change).';

COMMENT ON COLUMN "public"."callers"."caller_number" IS '[personal] The caller''s number in E.164 form, as calls.caller_number.';

COMMENT ON COLUMN "public"."callers"."created_at" IS 'When the caller''s first call (or the backfill) made the row.';

COMMENT ON COLUMN "public"."callers"."display_name" IS '[personal] What members call the caller (1 to 200 characters, one line).';

COMMENT ON COLUMN "public"."callers"."first_call_at" IS 'created_at of the caller''s earliest call, archived ones included; null without calls.';

COMMENT ON COLUMN "public"."callers"."last_call_at" IS 'created_at of the caller''s latest call; null without calls. The callers screen orders by it.';

COMMENT ON COLUMN "public"."callers"."notes" IS '[personal] Members'' notes about the caller (1 to 2000 characters).';

COMMENT ON COLUMN "public"."callers"."opted_out" IS 'The caller asked not to be called: campaigns skip the number (claim_campaign_contacts).';

COMMENT ON COLUMN "public"."callers"."opted_out_at" IS 'When opted_out was last set; null while not opted out. Stamped by the database.';

COMMENT ON COLUMN "public"."callers"."phone_id" IS 'The tenant: the phone number the caller called (phone_numbers.id).';

COMMENT ON COLUMN "public"."callers"."updated_at" IS 'When the row last changed: a call counted or a member''s edit.';

COMMENT ON POLICY "admins edit their callers" ON "public"."callers" IS 'Admins and owners write a caller''s display_name, notes and opted_out (column privileges keep the rest out of reach).';

COMMENT ON POLICY "members read their callers" ON "public"."callers" IS 'Members of any level read the caller directory of their phone numbers.';

COMMENT ON TABLE "public"."callers" IS 'The caller directory of a phone number: one row per caller number that has called it, kept current from calls and archived calls by triggers (call_count, first_call_at, last_call_at equal a recomputation from both; archiving a call changes nothing, deleting one uncounts it). Members read it; admins and owners (and the service role) write display_name, notes and opted_out; nobody inserts or deletes a caller through the API. A caller whose calls were all deleted keeps the row (call_count 0, no first or last call) with what members wrote and the opt-out. The dialer skips opted-out numbers.';

REVOKE ALL ON TABLE "public"."callers" FROM "authenticated";

REVOKE ALL ("display_name") ON TABLE "public"."callers" FROM "authenticated";

GRANT UPDATE ("display_name") ON TABLE "public"."callers" TO "authenticated";

REVOKE ALL ("notes") ON TABLE "public"."callers" FROM "authenticated";

GRANT UPDATE ("notes") ON TABLE "public"."callers" TO "authenticated";

REVOKE ALL ("opted_out") ON TABLE "public"."callers" FROM "authenticated";

GRANT UPDATE ("opted_out") ON TABLE "public"."callers" TO "authenticated";

GRANT SELECT ON TABLE "public"."callers" TO "authenticated";

REVOKE ALL ON TABLE "public"."callers" FROM "postgres";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."callers" TO "postgres";

REVOKE ALL ON TABLE "public"."callers" FROM "service_role";

REVOKE ALL ("display_name") ON TABLE "public"."callers" FROM "service_role";

GRANT UPDATE ("display_name") ON TABLE "public"."callers" TO "service_role";

REVOKE ALL ("notes") ON TABLE "public"."callers" FROM "service_role";

GRANT UPDATE ("notes") ON TABLE "public"."callers" TO "service_role";

REVOKE ALL ("opted_out") ON TABLE "public"."callers" FROM "service_role";

GRANT UPDATE ("opted_out") ON TABLE "public"."callers" TO "service_role";

GRANT SELECT ON TABLE "public"."callers" TO "service_role";

REVOKE ALL ON TABLE "public"."callers" FROM "anon";
