export {
  createConferenceClient,
  DEFAULT_BASE_URLS,
  type ApiClient,
  type ApiPaths,
  type ConferenceClient,
  type ConferenceClientOptions,
  type InsightsPaths,
  type Page,
  type PaginateOptions,
} from './client.js';
export { ConferenceKitError, TwilioApiError, TwilioTransportError, type TransportFailure, type TwilioErrorBody } from './errors.js';
export type { RetryOptions } from './transport.js';
export type { IsoDate, ItemOf, ListPath, PageBody } from './types.js';
export type {
  SchemaConference as Conference,
  SchemaConferencePage as ConferencePage,
  SchemaParticipant as Participant,
  SchemaParticipantPage as ParticipantPage,
  SchemaConferenceRecording as ConferenceRecording,
  SchemaConferenceRecordingPage as ConferenceRecordingPage,
  SchemaUpdateConferenceRequest as UpdateConferenceRequest,
  // The form bodies, so code that builds a request apart from the call can name its type without
  // importing @conference-kit/types, an indirect dependency.
  SchemaCreateParticipantRequest as CreateParticipantRequest,
  SchemaUpdateParticipantRequest as UpdateParticipantRequest,
  SchemaUpdateConferenceRecordingRequest as UpdateConferenceRecordingRequest,
  SchemaCall as Call,
  SchemaCallPage as CallPage,
  SchemaCreateCallRequest as CreateCallRequest,
  SchemaUpdateCallRequest as UpdateCallRequest,
  SchemaIncomingPhoneNumber as IncomingPhoneNumber,
  SchemaIncomingPhoneNumberPage as IncomingPhoneNumberPage,
  SchemaCreateIncomingPhoneNumberRequest as CreateIncomingPhoneNumberRequest,
  SchemaUpdateIncomingPhoneNumberRequest as UpdateIncomingPhoneNumberRequest,
} from '@conference-kit/types/api-v2010';
export type {
  SchemaConferenceSummary as ConferenceSummary,
  SchemaParticipantSummary as ParticipantSummary,
} from '@conference-kit/types/insights-v1';
