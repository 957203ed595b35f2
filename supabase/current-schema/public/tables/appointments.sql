CREATE TABLE "public"."appointments" (
  "phone_id"      text                     NOT NULL,
  "id"            uuid                     NOT NULL DEFAULT gen_random_uuid(),
  "caller_number" text                     NOT NULL,
  "caller_name"   text,
  "call_id"       uuid,
  "resource_id"   uuid,
  "starts_at"     timestamp with time zone NOT NULL,
  "ends_at"       timestamp with time zone NOT NULL,
  CONSTRAINT "appointments_caller_name_length" CHECK (((char_length(caller_name) >= 1) AND (char_length(caller_name) <= 200))),
  CONSTRAINT "appointments_caller_number_e164" CHECK ((caller_number ~ '^\+[1-9][0-9]{6,14}$'::text)),
  CONSTRAINT "appointments_ends_after_starts" CHECK ((ends_at > starts_at)),
  CONSTRAINT "appointments_ends_at_range" CHECK (((ends_at >= '2020-01-01 00:00:00+00'::timestamp with time zone) AND (ends_at < '2100-01-01 00:00:00+00'::timestamp
    with time zone))),
  CONSTRAINT "appointments_length_max" CHECK (((ends_at <= (starts_at + '12:00:00'::interval)) OR (starts_at < '2020-01-01 00:00:00+00'::timestamp with time zone))),
  CONSTRAINT "appointments_phone_id_format" CHECK ((phone_id ~ '^[a-z0-9][a-z0-9_-]{1,62}$'::text)),
  CONSTRAINT "appointments_pkey" PRIMARY KEY (phone_id, id),
  CONSTRAINT "appointments_starts_at_range" CHECK (((starts_at >= '2020-01-01 00:00:00+00'::timestamp with time zone) AND (starts_at < '2100-01-01 00:00:00+00'::timestamp
    with time zone))),
  CONSTRAINT "appointments_call_fkey" FOREIGN KEY (phone_id, call_id) REFERENCES public.calls(phone_id, id) ON DELETE SET NULL (call_id),
  CONSTRAINT "appointments_phone_id_fkey" FOREIGN KEY (phone_id) REFERENCES public.phone_numbers(id) ON DELETE CASCADE,
  CONSTRAINT "appointments_resource_fkey" FOREIGN KEY (phone_id, resource_id) REFERENCES public.resources(phone_id, id),
  CONSTRAINT "appointments_caller_name_not_blank" CHECK ((NOT private.is_blank(caller_name))),
  CONSTRAINT "appointments_caller_name_single_line" CHECK (private.is_single_line(caller_name)),
  CONSTRAINT "appointments_caller_name_trimmed" CHECK ((NOT private.has_outer_space(caller_name)))
);

ALTER TABLE "public"."appointments"
  ENABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."appointments"
  ADD COLUMN "status" public.appointment_status NOT NULL DEFAULT 'booked'::public.appointment_status;

ALTER TABLE "public"."appointments"
  ADD COLUMN "outside_hours_override" boolean NOT NULL DEFAULT false;

ALTER TABLE "public"."appointments"
  ADD COLUMN "provider" text;

ALTER TABLE "public"."appointments"
  ADD COLUMN "provider_event_id" text;

ALTER TABLE "public"."appointments"
  ADD COLUMN "notes" text;

ALTER TABLE "public"."appointments"
  ADD COLUMN "created_at" timestamp WITH time zone NOT NULL DEFAULT now();

ALTER TABLE "public"."appointments"
  ADD COLUMN "updated_at" timestamp WITH time zone NOT NULL DEFAULT now();

ALTER TABLE "public"."appointments"
  ADD CONSTRAINT "appointments_created_at_range" CHECK (((created_at >= '2020-01-01 00:00:00+00'::timestamp with time zone) AND (created_at < '2100-01-01 00:00:00+00'::timestamp
    with time zone)));

ALTER TABLE "public"."appointments"
  ADD CONSTRAINT "appointments_no_double_booking" EXCLUDE USING gist (phone_id WITH =, resource_id WITH =, tstzrange(starts_at, ends_at, '[)'::text) WITH &&)
    WHERE (((resource_id IS NOT NULL) AND (status = ANY (ARRAY['booked'::public.appointment_status, 'confirmed'::public.appointment_status]))));

ALTER TABLE "public"."appointments"
  ADD CONSTRAINT "appointments_notes_length" CHECK (((char_length(notes) >= 1) AND (char_length(notes) <= 2000)));

ALTER TABLE "public"."appointments"
  ADD CONSTRAINT "appointments_provider_event_id_format" CHECK ((provider_event_id ~ '^[\x21-\x7E]+$'::text));

ALTER TABLE "public"."appointments"
  ADD CONSTRAINT "appointments_provider_event_id_length" CHECK ((char_length(provider_event_id) <= 1024));

ALTER TABLE "public"."appointments"
  ADD CONSTRAINT "appointments_provider_event_key" UNIQUE (phone_id, PROVIDER, provider_event_id);

ALTER TABLE "public"."appointments"
  ADD CONSTRAINT "appointments_provider_event_pair" CHECK (((provider IS NULL) = (provider_event_id IS NULL)));

ALTER TABLE "public"."appointments"
  ADD CONSTRAINT "appointments_provider_format" CHECK ((provider ~ '^[a-z][a-z0-9_]{1,31}$'::text));

ALTER TABLE "public"."appointments"
  ADD CONSTRAINT "appointments_updated_at_range" CHECK (((updated_at >= '2020-01-01 00:00:00+00'::timestamp with time zone) AND (updated_at < '2100-01-01 00:00:00+00'::timestamp
    with time zone)));

CREATE INDEX appointments_call_idx ON public.appointments USING btree (phone_id, call_id)
  WHERE (call_id IS NOT NULL);

CREATE INDEX appointments_phone_starts_idx ON public.appointments USING btree (phone_id, starts_at, id);

CREATE INDEX appointments_resource_starts_idx ON public.appointments USING btree (phone_id, resource_id, starts_at, id)
  WHERE (resource_id IS NOT NULL);

CREATE TRIGGER check_appointment_hours
  AFTER INSERT OR UPDATE OF starts_at, ends_at, outside_hours_override ON public.appointments
  FOR EACH ROW
  EXECUTE FUNCTION private.check_appointment_hours();

CREATE TRIGGER check_appointment_resource
  AFTER INSERT OR UPDATE OF resource_id ON public.appointments
  FOR EACH ROW
  EXECUTE FUNCTION private.check_appointment_resource();

CREATE TRIGGER check_appointment_status
  BEFORE INSERT OR UPDATE OF status, starts_at ON public.appointments
  FOR EACH ROW
  EXECUTE FUNCTION private.check_appointment_status();

CREATE TRIGGER set_updated_at
  BEFORE UPDATE ON public.appointments
  FOR EACH ROW
  EXECUTE FUNCTION private.set_updated_at();

CREATE POLICY "admins book appointments" ON "public"."appointments"
  FOR INSERT
  TO "authenticated"
  WITH CHECK ((phone_id = ANY (( SELECT private.member_phone_ids('admin'::public.member_role) AS member_phone_ids)::text[])));

CREATE POLICY "admins change appointments" ON "public"."appointments"
  FOR UPDATE
  TO "authenticated"
  USING ((phone_id = ANY (( SELECT private.member_phone_ids('admin'::public.member_role) AS member_phone_ids)::text[])))
  WITH CHECK ((phone_id = ANY (( SELECT private.member_phone_ids('admin'::public.member_role) AS member_phone_ids)::text[])));

CREATE POLICY "members read their appointments" ON "public"."appointments"
  FOR SELECT
  TO "authenticated"
  USING ((phone_id = ANY (( SELECT private.member_phone_ids() AS member_phone_ids)::text[])));

REVOKE ALL ON TABLE "public"."appointments" FROM "authenticated";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."appointments" TO "service_role";

ALTER TABLE "public"."appointments"
  ADD COLUMN "created_by" uuid DEFAULT auth.uid();

ALTER TABLE "public"."appointments"
  ADD CONSTRAINT "appointments_created_by_fkey" FOREIGN KEY (created_by) REFERENCES auth.users(id) ON DELETE SET NULL;

CREATE INDEX appointments_created_by_idx ON public.appointments USING btree (created_by)
  WHERE (created_by IS NOT NULL);

ALTER TABLE "public"."appointments"
  ADD CONSTRAINT "appointments_notes_not_blank" CHECK ((NOT private.is_blank(notes)));

ALTER TABLE "public"."appointments"
  ADD CONSTRAINT "appointments_notes_printable" CHECK (private.is_printable_text(notes));

ALTER TABLE "public"."appointments"
  ADD CONSTRAINT "appointments_notes_trimmed" CHECK ((NOT private.has_outer_space(notes)));

COMMENT ON COLUMN "public"."appointments"."call_id" IS 'The call during which the receptionist booked it; null when staff booked it, and once the call is archived or deleted.';

COMMENT ON COLUMN "public"."appointments"."caller_name" IS 'The name the caller gave, if any (one line, 1 to 200 characters).';

COMMENT ON COLUMN "public"."appointments"."caller_number" IS 'The caller''s number in E.164 form.';

COMMENT ON COLUMN "public"."appointments"."created_at" IS 'When the appointment was created, filled in by the database.';

COMMENT ON COLUMN "public"."appointments"."ends_at" IS 'When it ends, after starts_at and at most 12 hours later (exclusive).';

COMMENT ON COLUMN "public"."appointments"."id" IS 'Identifier, filled in by the database (gen_random_uuid()); unique within the phone, with which it is the primary key.';

COMMENT ON COLUMN "public"."appointments"."notes" IS 'Free text for staff (up to 2000 characters, several lines).';

COMMENT ON COLUMN "public"."appointments"."outside_hours_override" IS 'Set to book outside the opening hours (or across a closure) on purpose; otherwise such a booking is refused (appointments_within_business_hours).';

COMMENT ON COLUMN "public"."appointments"."phone_id" IS 'The tenant: the phone number this row belongs to (phone_numbers.id).';

COMMENT ON COLUMN "public"."appointments"."provider" IS 'The calendar provider that holds its event, a lowercase slug such as google_calendar; with provider_event_id. Written by the calendar sync (service role).';

COMMENT ON COLUMN "public"."appointments"."provider_event_id" IS 'The provider''s id of the event, unique per phone and provider. Written by the calendar sync (service role).';

COMMENT ON COLUMN "public"."appointments"."resource_id" IS 'The staff member or room it is booked with, if any; only appointments with a resource can collide.';

COMMENT ON COLUMN "public"."appointments"."starts_at" IS 'When it starts (an instant; screens show it in phone_numbers.timezone). Lasts at most 12 hours.';

COMMENT ON COLUMN "public"."appointments"."status" IS 'booked -> confirmed; booked or confirmed -> canceled, completed or no_show (final). completed and no_show only once it has started. Only booked and confirmed appointments occupy their resource.';

COMMENT ON COLUMN "public"."appointments"."updated_at" IS 'When the row last changed, kept by the trigger set_updated_at.';

COMMENT ON POLICY "admins book appointments" ON "public"."appointments" IS 'Admins and owners book appointments on their phone numbers.';

COMMENT ON POLICY "admins change appointments" ON "public"."appointments" IS 'Admins and owners reschedule, confirm, cancel and close appointments (column privileges keep the keys, created_by and the provider''s columns out of reach).';

COMMENT ON POLICY "members read their appointments" ON "public"."appointments" IS 'Members of any level read the appointments of their phone numbers.';

COMMENT ON TABLE "public"."appointments" IS 'Appointments of a phone number''s business: booked by the receptionist during a call (service role, with call_id) or by admins and owners in the app. Members read them. The booked and confirmed appointments of a resource never overlap (appointments_no_double_booking); a booked or confirmed appointment lies within the opening hours unless outside_hours_override is set (appointments_within_business_hours); status moves booked -> confirmed -> canceled, completed or no_show (appointments_status_transition). Nobody deletes through the API: cancel instead. The receptionist may send its own id, so a retried booking is `on conflict (phone_id, id) do nothing`.';

COMMENT ON COLUMN "public"."appointments"."created_by" IS 'The member who booked it (from the JWT); null when the receptionist or another service booked it, or once that user is deleted.';

REVOKE ALL ("call_id") ON TABLE "public"."appointments" FROM "authenticated";

GRANT INSERT ("call_id"), UPDATE ("call_id") ON TABLE "public"."appointments" TO "authenticated";

REVOKE ALL ("caller_name") ON TABLE "public"."appointments" FROM "authenticated";

GRANT INSERT ("caller_name"), UPDATE ("caller_name") ON TABLE "public"."appointments" TO "authenticated";

REVOKE ALL ("caller_number") ON TABLE "public"."appointments" FROM "authenticated";

GRANT INSERT ("caller_number"), UPDATE ("caller_number") ON TABLE "public"."appointments" TO "authenticated";

REVOKE ALL ("ends_at") ON TABLE "public"."appointments" FROM "authenticated";

GRANT INSERT ("ends_at"), UPDATE ("ends_at") ON TABLE "public"."appointments" TO "authenticated";

REVOKE ALL ("notes") ON TABLE "public"."appointments" FROM "authenticated";

GRANT INSERT ("notes"), UPDATE ("notes") ON TABLE "public"."appointments" TO "authenticated";

REVOKE ALL ("outside_hours_override") ON TABLE "public"."appointments" FROM "authenticated";

GRANT INSERT ("outside_hours_override"), UPDATE ("outside_hours_override") ON TABLE "public"."appointments" TO "authenticated";

REVOKE ALL ("phone_id") ON TABLE "public"."appointments" FROM "authenticated";

GRANT INSERT ("phone_id") ON TABLE "public"."appointments" TO "authenticated";

REVOKE ALL ("resource_id") ON TABLE "public"."appointments" FROM "authenticated";

GRANT INSERT ("resource_id"), UPDATE ("resource_id") ON TABLE "public"."appointments" TO "authenticated";

REVOKE ALL ("starts_at") ON TABLE "public"."appointments" FROM "authenticated";

GRANT INSERT ("starts_at"), UPDATE ("starts_at") ON TABLE "public"."appointments" TO "authenticated";

REVOKE ALL ("status") ON TABLE "public"."appointments" FROM "authenticated";

GRANT INSERT ("status"), UPDATE ("status") ON TABLE "public"."appointments" TO "authenticated";

GRANT SELECT ON TABLE "public"."appointments" TO "authenticated";

REVOKE ALL ON TABLE "public"."appointments" FROM "postgres";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."appointments" TO "postgres";

REVOKE ALL ON TABLE "public"."appointments" FROM "anon";
