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
