CREATE TYPE "public"."api_key_scope" AS ENUM (
  'calls:read',
  'calls:write',
  'settings:read',
  'settings:write'
);

COMMENT ON TYPE "public"."api_key_scope" IS 'What an API key may do on its phone number: calls:read (calls, their metadata, statistics, live calls), calls:write (correct a call''s transcript, summary, tags and custom fields), settings:read (voice settings, conversation rules, business hours and closures), settings:write (change them). A new scope is added with alter type ... add value in a migration of its own.';
