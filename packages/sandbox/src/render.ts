/** The wire shapes: snake_case JSON exactly as the specs describe, from the engine's records. */
import type { components as V2010 } from '@conference-kit/types/api-v2010';
import type { components as InsightsTypes } from '@conference-kit/types/insights-v1';
import type { World } from './engine/index.js';
import { callSeconds } from './engine/calls.js';
import {
  type DerivedIssues,
  ISSUE_CATEGORIES,
  MIXER_REGIONS,
  type QualityDirection,
  UMBRELLA_TAGS,
  deriveIssues,
  mixerRegionOf,
  participantMetrics,
} from './engine/quality.js';
import { recordedMs } from './engine/recordings.js';
import { type Call, type Conference, PARTICIPANT_EVENT_KEYS, type Participant, type PhoneNumber, type Recording } from './store.js';
import { DAY_MS, formatNumber, iso, isoOrNull, rfc2822 } from './util.js';

const API = '/2010-04-01';

export const conferenceUri = (accountSid: string, sid: string) => `${API}/Accounts/${accountSid}/Conferences/${sid}.json`;

type S2010 = V2010['schemas'];
type SInsights = InsightsTypes['schemas'];

export function renderConference(c: Conference): S2010['Conference'] {
  const base = `${API}/Accounts/${c.accountSid}/Conferences/${c.sid}`;
  return {
    account_sid: c.accountSid,
    date_created: rfc2822(c.dateCreated),
    date_updated: rfc2822(c.dateUpdated),
    api_version: '2010-04-01',
    friendly_name: c.friendlyName,
    region: c.region as S2010['Conference']['region'],
    sid: c.sid,
    status: c.status,
    uri: `${base}.json`,
    subresource_uris: {
      participants: `${base}/Participants.json`,
      recordings: `${base}/Recordings.json`,
    },
    reason_conference_ended: c.reasonEnded,
    call_sid_ending_conference: c.callSidEnding,
  };
}

/** A participant; `queueTimeMs` only in the create answer, as Twilio gives `queue_time` only there. */
export function renderParticipant(p: Participant, queueTimeMs: number | null = null): S2010['Participant'] {
  return {
    account_sid: p.accountSid,
    call_sid: p.callSid,
    label: p.label,
    conference_sid: p.conferenceSid,
    date_created: rfc2822(p.dateCreated),
    date_updated: rfc2822(p.dateUpdated),
    end_conference_on_exit: p.endConferenceOnExit,
    muted: p.muted,
    hold: p.hold,
    status: p.status,
    start_conference_on_enter: p.startConferenceOnEnter,
    coaching: p.coaching,
    call_sid_to_coach: p.callSidToCoach,
    queue_time: queueTimeMs === null ? null : String(queueTimeMs),
    uri: `${API}/Accounts/${p.accountSid}/Conferences/${p.conferenceSid}/Participants/${p.callSid}.json`,
  };
}

export function renderRecording(world: World, r: Recording): S2010['ConferenceRecording'] {
  const done = r.status === 'completed';
  const seconds = Math.round(recordedMs(world, r) / 1000);
  return {
    account_sid: r.accountSid,
    api_version: '2010-04-01',
    call_sid: r.callSid,
    conference_sid: r.conferenceSid,
    date_created: rfc2822(r.dateCreated),
    date_updated: rfc2822(r.dateUpdated),
    start_time: rfc2822(r.startTime),
    duration: done || r.status === 'absent' ? String(seconds) : null,
    sid: r.sid,
    price: done ? (-0.0025 * Math.max(1, Math.ceil(seconds / 60))).toFixed(4) : null,
    price_unit: 'USD',
    status: r.status,
    channels: r.channels,
    source: r.source as S2010['ConferenceRecording']['source'],
    error_code: r.errorCode,
    encryption_details: null,
    uri: `${API}/Accounts/${r.accountSid}/Conferences/${r.conferenceSid}/Recordings/${r.sid}.json`,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Insights

const PARTICIPANT_REGIONS = new Set(['us1', 'us2', 'au1', 'br1', 'ie1', 'jp1', 'sg1', 'de1']);

export type InsightsStatus = 'not_started' | 'in_progress' | 'completed' | 'summary_timeout';
export type ProcessingState = 'complete' | 'in_progress' | 'timeout';

/** A summary whose conference has not ended this long after its creation times out (facts §4.1). */
export const SUMMARY_TIMEOUT_MS = DAY_MS;

/**
 * Whether a conference's summary timed out: it had not ended 24 h after it was created. That is final:
 * a conference that ends later keeps the timed-out summary, as Twilio stopped waiting for it.
 */
export function summaryTimedOut(world: World, c: Conference): boolean {
  const deadline = c.dateCreated + SUMMARY_TIMEOUT_MS;
  return world.now() >= deadline && (c.endTime === null || c.endTime >= deadline);
}

export function insightsStatus(world: World, c: Conference): InsightsStatus {
  if (summaryTimedOut(world, c)) return 'summary_timeout';
  return c.status === 'completed' ? 'completed' : c.status === 'in-progress' ? 'in_progress' : 'not_started';
}

export function conferenceProcessing(world: World, c: Conference): ProcessingState {
  if (summaryTimedOut(world, c)) return 'timeout';
  return c.endTime !== null && world.now() >= c.endTime + world.options.delays.insightsProcessingMs
    ? 'complete'
    : 'in_progress';
}

/** Issues of conferences whose processing is complete: they can no longer change. */
const issuesCache = new WeakMap<Conference, DerivedIssues>();

/**
 * A conference's tags, detected issues and tag_info once its processing is complete (null before, and for
 * a summary that timed out): derived by `TAG_RULES` from what happened, together with any a seed gave.
 */
export function conferenceIssues(world: World, c: Conference): DerivedIssues | null {
  if (conferenceProcessing(world, c) !== 'complete') return null;
  const cached = issuesCache.get(c);
  if (cached) return cached;
  const derived = deriveIssues(c, (p) => world.callOf(p), world.now());
  const detectedIssues: Record<string, number> = { ...derived.detectedIssues };
  for (const [k, n] of Object.entries(c.detectedIssues)) detectedIssues[k] = (detectedIssues[k] ?? 0) + n;
  const tags = new Set([...derived.tags, ...c.tags]);
  for (const category of ISSUE_CATEGORIES) if ((detectedIssues[category] ?? 0) > 0) tags.add(UMBRELLA_TAGS[category]);
  const issues: DerivedIssues = { tags: [...tags], detectedIssues: detectedIssues as DerivedIssues['detectedIssues'], tagInfo: derived.tagInfo };
  issuesCache.set(c, issues);
  return issues;
}

export function renderConferenceSummary(world: World, c: Conference, baseUrl: string): SInsights['ConferenceSummary'] {
  const issues = conferenceIssues(world, c);
  const joined = c.participants.filter((p) => p.joinTime !== null);
  const url = `${baseUrl}/v1/Conferences/${c.sid}`;
  return {
    account_sid: c.accountSid,
    conference_sid: c.sid,
    friendly_name: c.friendlyName === null ? null : c.friendlyName.slice(0, 64),
    create_time: iso(c.dateCreated),
    start_time: isoOrNull(c.startTime),
    end_time: isoOrNull(c.endTime),
    duration_seconds: c.endTime !== null ? Math.round((c.endTime - c.dateCreated) / 1000) : null,
    connect_duration_seconds:
      c.endTime !== null ? (c.startTime !== null ? Math.round((c.endTime - c.startTime) / 1000) : 0) : null,
    status: insightsStatus(world, c),
    max_participants: c.maxParticipants,
    max_concurrent_participants: c.peakConcurrent,
    unique_participants: new Set(joined.map((p) => world.callOf(p).from)).size,
    end_reason: c.reasonEnded === null ? null : (c.reasonEnded.replaceAll('-', '_') as SInsights['ConferenceSummaryEndReason']),
    ended_by: c.callSidEnding,
    // A requested region that cannot mix (us2) is mixed in us1, as `invalid_requested_region` says.
    mixer_region: mixerRegionOf(c) as SInsights['MixerRegion'],
    mixer_region_requested:
      c.regionRequested !== null && MIXER_REGIONS.has(c.regionRequested) ? (c.regionRequested as SInsights['MixerRegion']) : null,
    recording_enabled: c.record === 'true' || c.record === 'record-from-start' || c.recordings.length > 0,
    detected_issues: issues ? { ...issues.detectedIssues } : null,
    tags: issues ? ([...issues.tags] as SInsights['ConferenceTag'][]) : null,
    tag_info: issues ? structuredClone(issues.tagInfo) : null,
    processing_state: conferenceProcessing(world, c),
    url,
    links: { conference_participants: `${url}/Participants` },
  };
}

export function participantProcessing(world: World, p: Participant, c: Conference): ProcessingState {
  const ended = p.status === 'complete' || p.status === 'failed' ? p.dateUpdated : c.endTime;
  if (summaryTimedOut(world, c) && (ended === null || ended >= c.dateCreated + SUMMARY_TIMEOUT_MS)) return 'timeout';
  return ended !== null && world.now() >= ended + world.options.delays.insightsProcessingMs ? 'complete' : 'in_progress';
}

const CALL_STATUS: Record<string, SInsights['CallStatus'] | null> = {
  queued: null,
  initiated: null,
  ringing: 'ringing',
  'in-progress': 'answered',
  completed: 'completed',
  busy: 'busy',
  failed: 'fail',
  'no-answer': 'noanswer',
  canceled: 'canceled',
};

/**
 * The call status Insights gives a participant: its call's, except for a call that left the conference
 * and lives on elsewhere (a redirect, a `<Dial action>`), which was `completed` as far as this
 * conference goes.
 */
function participantCallStatus(call: Call, p: Participant): string {
  if (p.status === 'complete' && call.status === 'in-progress') return 'completed';
  return call.status;
}

const COUNTRY_PREFIXES: Array<[string, string]> = [
  ['+353', 'IE'], ['+61', 'AU'], ['+81', 'JP'], ['+65', 'SG'], ['+55', 'BR'], ['+91', 'IN'],
  ['+44', 'GB'], ['+49', 'DE'], ['+33', 'FR'], ['+1', 'US'],
];

function countryOf(number: string): string | null {
  if (!number.startsWith('+')) return null;
  return COUNTRY_PREFIXES.find(([prefix]) => number.startsWith(prefix))?.[1] ?? null;
}

export function participantEvents(p: Participant, only?: string[]): Record<string, number[]> | null {
  const events: Record<string, number[]> = {};
  for (const key of PARTICIPANT_EVENT_KEYS) {
    if (p.events[key].length > 0 && (!only || only.includes(key))) events[key] = [...p.events[key]];
  }
  return Object.keys(events).length > 0 ? events : null;
}

export function renderParticipantSummary(
  world: World,
  p: Participant,
  c: Conference,
  baseUrl: string,
  eventTypes?: string[],
  metricDirections?: readonly QualityDirection[],
): SInsights['ParticipantSummary'] {
  const call = world.callOf(p);
  const direction = call.direction === 'inbound' ? 'inbound' : 'outbound';
  const counterpart = direction === 'outbound' ? call.to : call.from;
  const callType: SInsights['CallType'] = counterpart.startsWith('client:') ? 'client' : counterpart.startsWith('sip:') ? 'sip' : 'carrier';
  const region = p.region ?? c.region;
  type Region = SInsights['ParticipantRegion'];
  return {
    participant_sid: p.participantSid,
    label: p.label,
    conference_sid: p.conferenceSid,
    call_sid: p.callSid,
    account_sid: p.accountSid,
    call_direction: direction,
    from: call.from,
    to: call.to,
    call_status: CALL_STATUS[participantCallStatus(call, p)] ?? null,
    country_code: countryOf(counterpart),
    is_moderator: p.startConferenceOnEnter || p.endConferenceOnExit,
    join_time: isoOrNull(p.joinTime),
    leave_time: isoOrNull(p.leaveTime),
    duration_seconds:
      p.joinTime !== null && p.leaveTime !== null ? Math.ceil((p.leaveTime - p.joinTime) / 1000) : null,
    outbound_queue_length: direction === 'outbound' ? 0 : null,
    outbound_time_in_queue: direction === 'outbound' ? call.queueTimeMs : null,
    jitter_buffer_size: p.jitterBufferSize as SInsights['JitterBufferSize'],
    is_coach: p.coaching,
    coached_participants: p.callSidToCoach !== null ? [p.callSidToCoach] : null,
    participant_region: PARTICIPANT_REGIONS.has(region) ? (region as Region) : null,
    conference_region: PARTICIPANT_REGIONS.has(c.region) ? (c.region as Region) : null,
    call_type: callType,
    processing_state: participantProcessing(world, p, c),
    properties: {
      start_conference_on_enter: p.startConferenceOnEnter,
      end_conference_on_exit: p.endConferenceOnExit,
      early_media: p.earlyMedia,
      enter_muted: p.enterMuted,
      beep_on_enter: p.beepOnEnter,
      beep_on_exit: p.beepOnExit,
    },
    events: participantEvents(p, eventTypes),
    metrics: participantMetrics(p, call, world.now(), metricDirections),
    url: `${baseUrl}/v1/Conferences/${p.conferenceSid}/Participants/${p.participantSid}`,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Calls


const CALL_SUBRESOURCES = [
  'notifications', 'recordings', 'payments', 'events', 'siprec', 'streams', 'transcriptions',
  'user_defined_message_subscriptions', 'user_defined_messages',
] as const;

/** A Call (facts E.1). `initiated` is shown as `queued`: the resource's enum has no `initiated`. */
export function renderCall(world: World, call: Call) {
  const base = `${API}/Accounts/${call.accountSid}/Calls/${call.sid}`;
  const ended = call.endTime !== null;
  return {
    sid: call.sid,
    date_created: rfc2822(call.dateCreated),
    date_updated: rfc2822(call.dateUpdated),
    parent_call_sid: call.parentCallSid,
    account_sid: call.accountSid,
    to: call.to,
    to_formatted: formatNumber(call.to),
    from: call.from,
    from_formatted: formatNumber(call.from),
    phone_number_sid: call.phoneNumberSid,
    status: call.status === 'initiated' ? 'queued' : call.status,
    start_time: call.startTime === null ? null : rfc2822(call.startTime),
    end_time: call.endTime === null ? null : rfc2822(call.endTime),
    duration: ended && call.answerTime !== null ? String(callSeconds(world, call)) : null,
    price: null,
    price_unit: 'USD',
    direction: call.direction,
    answered_by: null,
    api_version: '2010-04-01',
    forwarded_from: call.forwardedFrom,
    group_sid: null,
    caller_name: call.callerName,
    queue_time: String(call.queueTimeMs),
    trunk_sid: null,
    uri: `${base}.json`,
    subresource_uris: Object.fromEntries(CALL_SUBRESOURCES.map((k) => [k, `${base}/${toPath(k)}.json`])),
  };
}

const toPath = (key: string) => key.split('_').map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');

// ---------------------------------------------------------------------------------------------------------
// Phone numbers

export function renderNumber(n: PhoneNumber): S2010['IncomingPhoneNumber'] {
  return {
    account_sid: n.accountSid,
    api_version: '2010-04-01',
    capabilities: { voice: true, sms: true, mms: true },
    date_created: rfc2822(n.dateCreated),
    date_updated: rfc2822(n.dateUpdated),
    friendly_name: n.friendlyName,
    phone_number: n.phoneNumber,
    sid: n.sid,
    status_callback: n.statusCallback,
    status_callback_method: n.statusCallbackMethod,
    trunk_sid: null,
    uri: `${API}/Accounts/${n.accountSid}/IncomingPhoneNumbers/${n.sid}.json`,
    voice_application_sid: null,
    voice_caller_id_lookup: n.voiceCallerIdLookup,
    voice_fallback_method: n.voiceFallbackMethod,
    voice_fallback_url: n.voiceFallbackUrl,
    voice_method: n.voiceMethod,
    voice_receive_mode: 'voice',
    voice_url: n.voiceUrl,
  };
}
