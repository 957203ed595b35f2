CREATE TYPE "public"."call_ended_reason" AS ENUM (
  'heartbeat_lost',
  'error',
  'canceled',
  'no_answer',
  'busy',
  'voicemail',
  'caller_hung_up',
  'agent_hung_up',
  'transferred'
);

COMMENT ON TYPE "public"."call_ended_reason" IS 'Why a call ended. heartbeat_lost: the worker handling it stopped answering and the slot was reaped; error: the platform failed; canceled: hung up before it was answered; no_answer, busy, voicemail: an outbound call not taken; caller_hung_up, agent_hung_up: a normal end; transferred: handed to another number. In merge order: where events disagree, the later value wins.';
