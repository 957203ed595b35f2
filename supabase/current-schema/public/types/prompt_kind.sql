CREATE TYPE "public"."prompt_kind" AS ENUM (
  'system_prompt',
  'greeting',
  'fallback',
  'after_hours',
  'voicemail'
);

COMMENT ON TYPE "public"."prompt_kind" IS 'Kind of prompt template: system_prompt (the instructions the receptionist follows on every call, never spoken), greeting (the first words on answering), fallback (said when it cannot help or did not understand), after_hours (said when the business is closed, see is_open) and voicemail (said before recording a message). The greeting kind is versioned; voice_settings.greeting_message is the older, unversioned greeting and stays as it is. A later migration adds kinds with ALTER TYPE ... ADD VALUE; labels are never removed.';
