/**
 * One handler per operationId of both specs, one module per resource family. A handler gets a request
 * that Prism has already validated (values still strings, as they came off the wire), the authenticated
 * account, and answers `{ status, headers, body }` with the spec's exact wire shape, or throws a SandboxError.
 */
import { createCall, deleteCall, fetchCall, listCall, updateCall } from './calls.js';
import type { Handler } from './common.js';
import { fetchConference, listConference, updateConference } from './conferences.js';
import {
  type InsightsOptions,
  fetchConferenceParticipantSummary,
  fetchConferenceSummary,
  listConferenceParticipantSummary,
  listConferenceSummary,
} from './insights.js';
import { createParticipant, deleteParticipant, fetchParticipant, listParticipant, updateParticipant } from './participants.js';
import {
  createIncomingPhoneNumber,
  deleteIncomingPhoneNumber,
  fetchIncomingPhoneNumber,
  listIncomingPhoneNumber,
  updateIncomingPhoneNumber,
} from './numbers.js';
import {
  deleteConferenceRecording,
  fetchConferenceRecording,
  listConferenceRecording,
  updateConferenceRecording,
} from './recordings.js';

export type { Handler, HandlerContext, SandboxRequest } from './common.js';
export type { InsightsOptions } from './insights.js';

export const operationIds = [
  'ListConference',
  'FetchConference',
  'UpdateConference',
  'CreateParticipant',
  'ListParticipant',
  'FetchParticipant',
  'UpdateParticipant',
  'DeleteParticipant',
  'ListConferenceRecording',
  'FetchConferenceRecording',
  'UpdateConferenceRecording',
  'DeleteConferenceRecording',
  'ListConferenceSummary',
  'FetchConferenceSummary',
  'ListConferenceParticipantSummary',
  'FetchConferenceParticipantSummary',
  'CreateCall',
  'ListCall',
  'FetchCall',
  'UpdateCall',
  'DeleteCall',
  'CreateIncomingPhoneNumber',
  'ListIncomingPhoneNumber',
  'FetchIncomingPhoneNumber',
  'UpdateIncomingPhoneNumber',
  'DeleteIncomingPhoneNumber',
] as const;
export type OperationId = (typeof operationIds)[number];

/** Which API an operation belongs to, and whether its path names an account. */
export const operationApi: Record<OperationId, 'api-v2010' | 'insights-v1'> = Object.fromEntries(
  operationIds.map((id) => [id, /Summary$/.test(id) ? 'insights-v1' : 'api-v2010']),
) as Record<OperationId, 'api-v2010' | 'insights-v1'>;

export function handlerTable(insights: InsightsOptions): Record<OperationId, Handler> {
  return {
    ListConference: listConference,
    FetchConference: fetchConference,
    UpdateConference: updateConference,
    CreateParticipant: createParticipant,
    ListParticipant: listParticipant,
    FetchParticipant: fetchParticipant,
    UpdateParticipant: updateParticipant,
    DeleteParticipant: deleteParticipant,
    ListConferenceRecording: listConferenceRecording,
    FetchConferenceRecording: fetchConferenceRecording,
    UpdateConferenceRecording: updateConferenceRecording,
    DeleteConferenceRecording: deleteConferenceRecording,
    ListConferenceSummary: listConferenceSummary(insights),
    FetchConferenceSummary: fetchConferenceSummary,
    ListConferenceParticipantSummary: listConferenceParticipantSummary,
    FetchConferenceParticipantSummary: fetchConferenceParticipantSummary,
    CreateCall: createCall,
    ListCall: listCall,
    FetchCall: fetchCall,
    UpdateCall: updateCall,
    DeleteCall: deleteCall,
    CreateIncomingPhoneNumber: createIncomingPhoneNumber,
    ListIncomingPhoneNumber: listIncomingPhoneNumber,
    FetchIncomingPhoneNumber: fetchIncomingPhoneNumber,
    UpdateIncomingPhoneNumber: updateIncomingPhoneNumber,
    DeleteIncomingPhoneNumber: deleteIncomingPhoneNumber,
  };
}

