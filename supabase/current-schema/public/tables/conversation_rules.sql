CREATE TABLE "public"."conversation_rules" (
  "phone_id" text NOT NULL,
  "id"       uuid NOT NULL DEFAULT gen_random_uuid(),
  CONSTRAINT "conversation_rules_phone_id_format" CHECK ((phone_id ~ '^[a-z0-9][a-z0-9_-]{1,62}$'::text)),
  CONSTRAINT "conversation_rules_pkey" PRIMARY KEY (phone_id, id),
  CONSTRAINT "conversation_rules_phone_id_fkey" FOREIGN KEY (phone_id) REFERENCES public.phone_numbers(id) ON DELETE CASCADE
);

ALTER TABLE "public"."conversation_rules"
  ENABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."conversation_rules"
  ADD COLUMN "rule_type" public.rule_type NOT NULL;

ALTER TABLE "public"."conversation_rules"
  ADD COLUMN "conditions" jsonb NOT NULL DEFAULT '{}'::jsonb;

ALTER TABLE "public"."conversation_rules"
  ADD COLUMN "actions" jsonb NOT NULL DEFAULT '{}'::jsonb;

ALTER TABLE "public"."conversation_rules"
  ADD COLUMN "priority" integer NOT NULL DEFAULT 0;

ALTER TABLE "public"."conversation_rules"
  ADD COLUMN "is_active" boolean NOT NULL DEFAULT true;

ALTER TABLE "public"."conversation_rules"
  ADD COLUMN "created_at" timestamp WITH time zone NOT NULL DEFAULT now();

ALTER TABLE "public"."conversation_rules"
  ADD COLUMN "updated_at" timestamp WITH time zone NOT NULL DEFAULT now();

ALTER TABLE "public"."conversation_rules"
  ADD CONSTRAINT "conversation_rules_actions_object" CHECK (((jsonb_typeof(actions) = 'object'::text) AND (octet_length((actions)::text) <= 16384)));

ALTER TABLE "public"."conversation_rules"
  ADD CONSTRAINT "conversation_rules_conditions_object" CHECK (((jsonb_typeof(conditions) = 'object'::text) AND (octet_length((conditions)::text) <= 16384)));

ALTER TABLE "public"."conversation_rules"
  ADD CONSTRAINT "conversation_rules_created_at_range" CHECK (((created_at >= '2020-01-01 00:00:00+00'::timestamp
    with time zone) AND (created_at < '2100-01-01 00:00:00+00'::timestamp with time zone)));

ALTER TABLE "public"."conversation_rules"
  ADD CONSTRAINT "conversation_rules_priority_range" CHECK (((priority >= 0) AND (priority <= 1000000)));

ALTER TABLE "public"."conversation_rules"
  ADD CONSTRAINT "conversation_rules_updated_at_range" CHECK (((updated_at >= '2020-01-01 00:00:00+00'::timestamp
    with time zone) AND (updated_at < '2100-01-01 00:00:00+00'::timestamp with time zone)));

CREATE INDEX conversation_rules_lookup_idx ON public.conversation_rules USING btree (phone_id, rule_type, priority, id)
  WHERE is_active;

CREATE TRIGGER set_updated_at
  BEFORE UPDATE ON public.conversation_rules
  FOR EACH ROW
  EXECUTE FUNCTION private.set_updated_at();

CREATE POLICY "admins add rules" ON "public"."conversation_rules"
  FOR INSERT
  TO "authenticated"
  WITH CHECK ((phone_id = ANY (( SELECT private.member_phone_ids('admin'::public.member_role) AS member_phone_ids)::text[])));

CREATE POLICY "admins change rules" ON "public"."conversation_rules"
  FOR UPDATE
  TO "authenticated"
  USING ((phone_id = ANY (( SELECT private.member_phone_ids('admin'::public.member_role) AS member_phone_ids)::text[])))
  WITH CHECK ((phone_id = ANY (( SELECT private.member_phone_ids('admin'::public.member_role) AS member_phone_ids)::text[])));

CREATE POLICY "admins delete rules" ON "public"."conversation_rules"
  FOR DELETE
  TO "authenticated"
  USING ((phone_id = ANY (( SELECT private.member_phone_ids('admin'::public.member_role) AS member_phone_ids)::text[])));

CREATE POLICY "members read their rules" ON "public"."conversation_rules"
  FOR SELECT
  TO "authenticated"
  USING ((phone_id = ANY (( SELECT private.member_phone_ids() AS member_phone_ids)::text[])));

REVOKE ALL ON TABLE "public"."conversation_rules" FROM "authenticated";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."conversation_rules" TO "service_role";

ALTER TABLE "public"."conversation_rules"
  ADD CONSTRAINT "conversation_rules_actions_depth" CHECK (private.jsonb_depth_within(actions, 10));

ALTER TABLE "public"."conversation_rules"
  ADD CONSTRAINT "conversation_rules_conditions_depth" CHECK (private.jsonb_depth_within(conditions, 10));

COMMENT ON COLUMN "public"."conversation_rules"."actions" IS 'What the receptionist does, a JSON object.';

COMMENT ON COLUMN "public"."conversation_rules"."conditions" IS 'When the rule applies, a JSON object.';

COMMENT ON COLUMN "public"."conversation_rules"."created_at" IS 'When the rule was created, filled in by the database.';

COMMENT ON COLUMN "public"."conversation_rules"."id" IS 'Identifier, filled in by the database (gen_random_uuid()); unique within the phone, with which it is the primary key.';

COMMENT ON COLUMN "public"."conversation_rules"."is_active" IS 'Whether the receptionist applies the rule; inactive rules are kept but skipped.';

COMMENT ON COLUMN "public"."conversation_rules"."phone_id" IS 'The tenant: the phone number this row belongs to (phone_numbers.id).';

COMMENT ON COLUMN "public"."conversation_rules"."priority" IS 'Evaluation order within a rule type: lowest first (0 to 1000000); ties by id.';

COMMENT ON COLUMN "public"."conversation_rules"."rule_type" IS 'What the rule is about: greeting, routing, transfer or hours; rules are evaluated per type.';

COMMENT ON COLUMN "public"."conversation_rules"."updated_at" IS 'When the row last changed, kept by the trigger set_updated_at.';

COMMENT ON POLICY "admins add rules" ON "public"."conversation_rules" IS 'Admins and owners add rules to their phone numbers.';

COMMENT ON POLICY "admins change rules" ON "public"."conversation_rules" IS 'Admins and owners change their rules; a rule never moves to another phone (column privileges).';

COMMENT ON POLICY "admins delete rules" ON "public"."conversation_rules" IS 'Admins and owners delete rules of their phone numbers.';

COMMENT ON POLICY "members read their rules" ON "public"."conversation_rules" IS 'Members of any level read the conversation rules of their phone numbers.';

COMMENT ON TABLE "public"."conversation_rules" IS 'Rules the receptionist applies on a call. Members read them, admins manage them. Of the active rules of one type, the lowest priority is evaluated first.';

REVOKE ALL ("actions") ON TABLE "public"."conversation_rules" FROM "authenticated";

GRANT INSERT ("actions"), UPDATE ("actions") ON TABLE "public"."conversation_rules" TO "authenticated";

REVOKE ALL ("conditions") ON TABLE "public"."conversation_rules" FROM "authenticated";

GRANT INSERT ("conditions"), UPDATE ("conditions") ON TABLE "public"."conversation_rules" TO "authenticated";

REVOKE ALL ("is_active") ON TABLE "public"."conversation_rules" FROM "authenticated";

GRANT INSERT ("is_active"), UPDATE ("is_active") ON TABLE "public"."conversation_rules" TO "authenticated";

REVOKE ALL ("phone_id") ON TABLE "public"."conversation_rules" FROM "authenticated";

GRANT INSERT ("phone_id") ON TABLE "public"."conversation_rules" TO "authenticated";

REVOKE ALL ("priority") ON TABLE "public"."conversation_rules" FROM "authenticated";

GRANT INSERT ("priority"), UPDATE ("priority") ON TABLE "public"."conversation_rules" TO "authenticated";

REVOKE ALL ("rule_type") ON TABLE "public"."conversation_rules" FROM "authenticated";

GRANT INSERT ("rule_type"), UPDATE ("rule_type") ON TABLE "public"."conversation_rules" TO "authenticated";

GRANT DELETE, SELECT ON TABLE "public"."conversation_rules" TO "authenticated";

REVOKE ALL ON TABLE "public"."conversation_rules" FROM "postgres";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."conversation_rules" TO "postgres";

REVOKE ALL ON TABLE "public"."conversation_rules" FROM "anon";
