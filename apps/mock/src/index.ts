// @conference-kit/mock: the mock of both Conference APIs, in examples mode or hosting the stateful sandbox.
export { startMockServer, type LogLevel, type MockServer, type MockServerOptions } from './server.js';
export {
  startSandbox,
  type RunningSandbox,
  type RunningSandboxCalls,
  type SandboxCallHandle,
  type StartSandboxOptions,
} from './sandbox-host.js';
export { SandboxCallError, type NetworkEvents, type ParticipantJson } from './network-events.js';
export {
  createTwilioHttpClient,
  type TwilioHttpClient,
  type TwilioHttpClientTarget,
  type TwilioRequestOptions,
  type TwilioResponse,
} from './twilio-http-client.js';
export type {
  CallResource,
  CallResourceStatus,
  CallTimelineEntry,
  IncomingCall,
  Journal,
  SandboxClock,
  SandboxOptions,
  WebhookEntry,
} from '@conference-kit/sandbox';
