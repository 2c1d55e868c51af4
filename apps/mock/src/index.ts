// @conference-kit/mock: the mock of both Conference APIs, in examples mode or hosting the stateful sandbox.
export { startMockServer, type LogLevel, type MockServer, type MockServerOptions } from './server.js';
export {
  SandboxCallError,
  startSandbox,
  type RunningSandbox,
  type RunningSandboxCalls,
  type SandboxCallHandle,
  type StartSandboxOptions,
} from './sandbox-host.js';
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
