// @conference-kit/mock: the mock of both Conference APIs, in examples mode or hosting the stateful sandbox.
export { startMockServer, type LogLevel, type MockServer, type MockServerOptions } from './server.js';
export { startSandbox, type RunningSandbox, type StartSandboxOptions } from './sandbox-host.js';
export { SandboxEventError, type NetworkEvents, type ParticipantJson } from './network-events.js';
export {
  createTwilioHttpClient,
  type TwilioHttpClient,
  type TwilioHttpClientTarget,
  type TwilioRequestOptions,
  type TwilioResponse,
} from './twilio-http-client.js';
export type { WebhookEntry, Journal, SandboxClock, SandboxOptions } from '@conference-kit/sandbox';
