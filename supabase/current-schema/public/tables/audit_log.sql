CREATE TABLE "public"."audit_log" (
  "phone_id"   text                        NOT NULL,
  "changed_at" timestamp(3) with time zone NOT NULL,
  "id"         bigint                      NOT NULL,
  "actor_id"   uuid,
  "actor_role" text                        NOT NULL,
  "table_name" text                        NOT NULL,
  "operation"  public.audit_operation      NOT NULL,
  "row_key"    jsonb                       NOT NULL,
  "old_values" jsonb,
  "new_values" jsonb
) PARTITION BY RANGE (changed_at);

ALTER TABLE "public"."audit_log"
  ENABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."audit_log"
  ALTER COLUMN "changed_at" SET DEFAULT now();

ALTER TABLE "public"."audit_log"
  ALTER COLUMN "id" SET DEFAULT nextval('private.audit_log_id_seq'::regclass);

ALTER TABLE "public"."audit_log"
  ADD CONSTRAINT "audit_log_pkey" PRIMARY KEY (phone_id, changed_at, id);

CREATE POLICY "owners read their audit trail" ON "public"."audit_log"
  FOR SELECT
  TO "authenticated"
  USING ((phone_id = ANY (( SELECT private.member_phone_ids('owner'::public.member_role) AS member_phone_ids)::text[])));

COMMENT ON COLUMN "public"."audit_log"."actor_id" IS 'Who, when a person: the JWT''s sub of a request with the authenticated role, also through a SECURITY DEFINER function. Null for the service role and postgres.';

COMMENT ON COLUMN "public"."audit_log"."actor_role" IS 'The JWT''s role (authenticated, service_role) or, without a JWT, the session''s user (postgres for migrations, pg_cron and the SQL editor).';

COMMENT ON COLUMN "public"."audit_log"."changed_at" IS 'When: the time of the transaction that made the change, to the millisecond.';

COMMENT ON COLUMN "public"."audit_log"."id" IS 'Orders the entries of one transaction.';

COMMENT ON COLUMN "public"."audit_log"."new_values" IS '[personal] After: the whole row inserted, or the new values of the columns an update changed; null for a delete.';

COMMENT ON COLUMN "public"."audit_log"."old_values" IS '[personal] Before: the whole row deleted, or the old values of the columns an update changed; null for an insert.';

COMMENT ON COLUMN "public"."audit_log"."operation" IS 'What was done to the row: insert, update or delete.';

COMMENT ON COLUMN "public"."audit_log"."phone_id" IS 'The tenant: the phone number the changed row belongs to (phone_numbers.id).';

COMMENT ON COLUMN "public"."audit_log"."row_key" IS '[personal] The row''s primary key columns and values, e.g. {"id": ..., "phone_id": ...}.';

COMMENT ON COLUMN "public"."audit_log"."table_name" IS 'The table changed, schema-qualified (public.calls).';

COMMENT ON POLICY "owners read their audit trail" ON "public"."audit_log" IS 'Owners read every entry of their phone numbers; admins, viewers and everyone else none.';

COMMENT ON TABLE "public"."audit_log" IS 'Who changed what in a phone number''s configuration (anyone) and tenant data (people), one entry per row changed, by month of changed_at (partitions in private, kept 13 months). Written only by the trigger audit (private.record_audit_entry); owners read their phones'' entries; nobody writes them through the API. Secrets are "[redacted]". [not audited] This is the trail itself.';

REVOKE ALL ON TABLE "public"."audit_log" FROM "authenticated";

GRANT SELECT ON TABLE "public"."audit_log" TO "authenticated";

REVOKE ALL ON TABLE "public"."audit_log" FROM "postgres";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."audit_log" TO "postgres";

REVOKE ALL ON TABLE "public"."audit_log" FROM "service_role";

GRANT SELECT ON TABLE "public"."audit_log" TO "service_role";

REVOKE ALL ON TABLE "public"."audit_log" FROM "anon";
