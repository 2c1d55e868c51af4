export { createSandbox, DEFAULT_ACCOUNT_SID } from './sandbox.js';
export type {
  CallResource,
  CallResourceStatus,
  CallTarget,
  CallTimelineEntry,
  IncomingCall,
  SandboxCalls,
  ConferenceTarget,
  Sandbox,
  SandboxAccountInit,
  SandboxEvents,
  SandboxOptions,
  SandboxResult,
  SandboxSnapshot,
  ConferenceTimeline,
  SandboxChange,
  WorldReplaced,
} from './sandbox.js';
export type { SandboxRequest, OperationId } from './handlers/index.js';
export { operationIds, operationApi } from './handlers/index.js';
export type { SandboxClock } from './clock.js';
export type { Delays, MagicOutcome } from './engine/index.js';
export { defaultDelays, magicNumbers } from './engine/index.js';
export type {
  AlertEntry,
  DeliveryOutcome,
  DocumentKind,
  FetchLike,
  Journal,
  JournalChange,
  JournalEntry,
  RequestEntry,
  WarningEntry,
  WebhookAllow,
  WebhookEntry,
  WebhookFilter,
  WebhookKind,
} from './journal.js';
export { hostAllowed, parseWebhookAllow } from './journal.js';
export { LIMITS } from './store.js';
export { SeedError, SNAPSHOT_FORMAT, SNAPSHOT_VERSION } from './seed.js';
export { computeSignature, verifySignature, signaturePayload, bodySha256 } from './signature.js';
export type { SignatureParams } from './signature.js';
export { SandboxError, twilioError } from './util.js';
export type { SandboxResponse, TwilioErrorBody, WireParams } from './util.js';
export { controlHandlers, controlOperationIds, handleControl, type ControlHandler, type ControlOperationId, type ControlRequest } from './control.js';
