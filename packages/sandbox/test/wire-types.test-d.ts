/**
 * The engine's wire shapes against the types generated from the specs: a field renamed, dropped or
 * widened in either place fails the type check.
 */
import { expectTypeOf, test } from 'vitest';
import type { components as V2010 } from '@conference-kit/types/api-v2010';
import type { components as Insights } from '@conference-kit/types/insights-v1';
import type { FetchLike } from '../src/index.js';
import type {
  renderConference,
  renderConferenceSummary,
  renderParticipant,
  renderParticipantSummary,
  renderRecording,
} from '../src/render.js';

test('2010-04-01 resources', () => {
  expectTypeOf<ReturnType<typeof renderConference>>().toExtend<V2010['schemas']['Conference']>();
  expectTypeOf<ReturnType<typeof renderParticipant>>().toExtend<V2010['schemas']['Participant']>();
  expectTypeOf<ReturnType<typeof renderRecording>>().toExtend<V2010['schemas']['ConferenceRecording']>();
});

test('Insights summaries', () => {
  expectTypeOf<ReturnType<typeof renderConferenceSummary>>().toExtend<Insights['schemas']['ConferenceSummary']>();
  expectTypeOf<ReturnType<typeof renderParticipantSummary>>().toExtend<Insights['schemas']['ParticipantSummary']>();
});

test('the global fetch can be injected as is', () => {
  expectTypeOf(fetch).toExtend<FetchLike>();
});

// The engine keeps its enums as runtime lists (it needs the values); each must be exactly the spec's union.
import type { callStatuses, conferenceStatuses, endReasons, leaveReasons, participantStatuses, recordingStatuses, regions } from '../src/store.js';
type Values<T extends readonly unknown[]> = T[number];
test('the engine enums are the spec enums, no more and no less', () => {
  expectTypeOf<Values<typeof conferenceStatuses>>().toEqualTypeOf<V2010['schemas']['ConferenceStatus']>();
  expectTypeOf<Values<typeof endReasons>>().toEqualTypeOf<V2010['schemas']['ConferenceEndReason']>();
  expectTypeOf<Values<typeof participantStatuses>>().toEqualTypeOf<V2010['schemas']['ParticipantStatus']>();
  expectTypeOf<Values<typeof leaveReasons>>().toEqualTypeOf<V2010['schemas']['ReasonParticipantLeft']>();
  // A call's status as call-progress callbacks carry it: the progress and the ended payloads together.
  expectTypeOf<Values<typeof callStatuses>>().toEqualTypeOf<
    V2010['schemas']['ParticipantCallProgressCallback']['CallStatus'] | V2010['schemas']['ParticipantCallEndedCallback']['CallStatus']
  >();
  expectTypeOf<Values<typeof recordingStatuses>>().toEqualTypeOf<V2010['schemas']['ConferenceRecordingStatus']>();
  expectTypeOf<Values<typeof regions>>().toEqualTypeOf<V2010['schemas']['Region']>();
});
