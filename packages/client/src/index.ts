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
} from '@conference-kit/types/api-v2010';
export type {
  SchemaConferenceSummary as ConferenceSummary,
  SchemaParticipantSummary as ParticipantSummary,
} from '@conference-kit/types/insights-v1';
