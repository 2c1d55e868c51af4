/** 2010-04-01 Participants: the first one creates the conference; fetch, list, update and kick by Call SID or label. */
import { DEFAULT_TIME_LIMIT_SECONDS, discardCall, kick, placeCall, startPlacing } from '../engine/calls.js';
import { AdmissionError, admit, announce } from '../engine/conferences.js';
import { renderParticipant } from '../render.js';
import { type Callback, type Conference, LIMITS, type Participant, type ParticipantEventKey, isActive, ownEvents, regions } from '../store.js';
import { ErrorCode, type WireParams, badRequest, bool, checkAddress, int, isSid, many, method, notFound, one, oneOf, text } from '../util.js';
import { type Handler, callback, checkAnnouncements, conferenceOf, ok, participantOf, path } from './common.js';
import { page2010, pageLinks, pageSizeOf, paged, partKey, tokenOf } from './paging.js';

export const CONFERENCE_EVENTS = ['start', 'end', 'join', 'leave', 'mute', 'hold', 'modify', 'speaker', 'announcement'] as const;
export const CALL_EVENTS = ['initiated', 'ringing', 'answered', 'completed'] as const;
export const CONF_RECORDING_EVENTS = ['in-progress', 'completed', 'failed', 'absent'] as const;

export function checkCoach(c: Conference, target: string): void {
  const coached = c.participants.find((p) => p.callSid === target && p.status === 'connected');
  if (!coached || c.status !== 'in-progress') {
    throw badRequest(
      `CallSidToCoach ${target} must be a participant connected to this conference while it is in progress`,
      ErrorCode.coachTarget,
    );
  }
}

export const createParticipant: Handler = (ctx) => {
  const { world, account } = ctx;
  const b = ctx.req.body;
  const targetName = path(ctx, 'ConferenceSid');
  const from = text(b, 'From', LIMITS.address);
  const to = text(b, 'To', LIMITS.address);
  if (!from) throw badRequest('Missing required parameter From');
  if (!to) throw badRequest('Missing required parameter To');
  checkAddress(from, 'From');
  checkAddress(to, 'To');

  // Everything is parsed before anything changes, so a bad request leaves no trace.
  const label = text(b, 'Label', LIMITS.label);
  const timeout = int(b, 'Timeout', { min: 5, max: 600 }) ?? 60;
  const maxParticipants = int(b, 'MaxParticipants', { min: 2, max: 250 });
  const muted = bool(b, 'Muted') ?? false;
  const beep = oneOf(b, 'Beep', ['true', 'false', 'onEnter', 'onExit'] as const) ?? 'true';
  const startOnEnter = bool(b, 'StartConferenceOnEnter') ?? true;
  const endOnExit = bool(b, 'EndConferenceOnExit') ?? false;
  const earlyMedia = bool(b, 'EarlyMedia') ?? true;
  const record = oneOf(b, 'ConferenceRecord', ['true', 'false', 'record-from-start', 'do-not-record'] as const);
  const trim = oneOf(b, 'ConferenceTrim', ['trim-silence', 'do-not-trim'] as const);
  const region = oneOf(b, 'Region', regions);
  const jitter = oneOf(b, 'JitterBufferSize', ['off', 'small', 'medium', 'large'] as const) ?? 'large';
  const callSidToCoach = one(b, 'CallSidToCoach');
  const coachingParam = bool(b, 'Coaching');
  if (coachingParam === true && callSidToCoach === undefined) {
    throw badRequest('CallSidToCoach is required when Coaching is true');
  }
  if (callSidToCoach !== undefined && !isSid('CA', callSidToCoach)) throw badRequest('CallSidToCoach is not a Call SID');
  const coaching = callSidToCoach !== undefined ? (coachingParam ?? true) : false;
  const callCallback = callback(b, 'StatusCallback', 'StatusCallbackMethod', 'StatusCallbackEvent', ['completed'], CALL_EVENTS);
  const confCallback = callback(
    b,
    'ConferenceStatusCallback',
    'ConferenceStatusCallbackMethod',
    'ConferenceStatusCallbackEvent',
    ['start', 'end'],
    CONFERENCE_EVENTS,
  );
  const recCallback = callback(
    b,
    'ConferenceRecordingStatusCallback',
    'ConferenceRecordingStatusCallbackMethod',
    'ConferenceRecordingStatusCallbackEvent',
    ['completed'],
    CONF_RECORDING_EVENTS,
  );
  const waitUrl = text(b, 'WaitUrl', LIMITS.url) ?? null;

  let target: { sid: string } | { name: string };
  if (isSid('CF', targetName)) {
    const c = world.conferences.get(targetName);
    if (!c || c.accountSid !== account.sid) throw notFound(`The requested resource /Conferences/${targetName} was not found`);
    target = { sid: targetName };
  } else {
    if (targetName.length === 0 || targetName.length > 128) throw badRequest('ConferenceSid must be a CF SID or a friendly name of 1–128 characters');
    target = { name: targetName };
  }
  // Admission is checked before the call is placed, so a refused request leaves nothing behind.
  const call = placeCall(world, {
    accountSid: account.sid,
    from,
    to,
    direction: 'outbound-api',
    timeoutSeconds: timeout,
    timeLimitSeconds: int(b, 'TimeLimit', { min: 1, max: 86_400 }) ?? DEFAULT_TIME_LIMIT_SECONDS,
    callback: callCallback,
    voice: null,
    deferred: true,
  });
  let p: Participant;
  try {
    p = admit(
      world,
      account,
      target,
      {
        region: region ?? null,
        maxParticipants: maxParticipants ?? 250,
        record: record ?? 'do-not-record',
        trim: trim ?? 'trim-silence',
        statusCallback: confCallback,
        recordingStatusCallback: recCallback,
      },
      {
        label: label ?? null,
        muted,
        startConferenceOnEnter: startOnEnter,
        endConferenceOnExit: endOnExit,
        beepOnEnter: beep === 'true' || beep === 'onEnter',
        beepOnExit: beep === 'true' || beep === 'onExit',
        earlyMedia,
        waitUrl,
        jitterBufferSize: jitter,
        region: region ?? null,
        coaching,
        callSidToCoach: callSidToCoach ?? null,
      },
      call,
    );
  } catch (error) {
    discardCall(world, call);
    if (!(error instanceof AdmissionError)) throw error;
    const code = error.reason === 'label' ? ErrorCode.labelTaken : error.reason === 'coach' ? ErrorCode.coachTarget : ErrorCode.invalidParameter;
    throw badRequest(error.message, code);
  }
  startPlacing(world, call);
  return ok(renderParticipant(p, call.queueTimeMs), 201);
};

const PARTICIPANT_FILTERS = ['Muted', 'Hold', 'Coaching'];

export const listParticipant: Handler = (ctx) => {
  const c = conferenceOf(ctx, 'ConferenceSid');
  const q = ctx.req.query;
  const muted = bool(q, 'Muted');
  const hold = bool(q, 'Hold');
  const coaching = bool(q, 'Coaching');
  const result = paged({
    items: c.participants,
    keyOf: partKey,
    sidPrefix: 'CA',
    order: 'asc',
    pageSize: pageSizeOf(q),
    token: tokenOf(q),
    matches: (p) =>
      isActive(p) &&
      (muted === undefined || p.muted === muted) &&
      (hold === undefined || p.hold === hold) &&
      (coaching === undefined || p.coaching === coaching),
  });
  const base = `/2010-04-01/Accounts/${ctx.account.sid}/Conferences/${c.sid}/Participants.json`;
  const links = pageLinks(base, q, PARTICIPANT_FILTERS, result, partKey);
  return ok(page2010('participants', result.items.map((p) => renderParticipant(p)), links));
};

export const fetchParticipant: Handler = (ctx) => {
  const c = conferenceOf(ctx, 'ConferenceSid');
  return ok(renderParticipant(participantOf(ctx, c)));
};

export const updateParticipant: Handler = (ctx) => {
  const { world } = ctx;
  const c = conferenceOf(ctx, 'ConferenceSid');
  const p = participantOf(ctx, c);
  const b = ctx.req.body;
  const muted = one(b, 'Muted') === undefined ? undefined : one(b, 'Muted')!.toLowerCase() === 'true';
  const hold = bool(b, 'Hold');
  const beepOnExit = bool(b, 'BeepOnExit');
  const endOnExit = bool(b, 'EndConferenceOnExit');
  const coachingParam = bool(b, 'Coaching');
  const callSidToCoach = one(b, 'CallSidToCoach');
  const waitUrl = text(b, 'WaitUrl', LIMITS.url);
  const announceUrl = text(b, 'AnnounceUrl', LIMITS.url);
  const announceMethod = method(b, 'AnnounceMethod', 'POST');
  method(b, 'HoldMethod', 'GET');
  method(b, 'WaitMethod', 'POST');
  if (callSidToCoach !== undefined) {
    if (!isSid('CA', callSidToCoach)) throw badRequest('CallSidToCoach is not a Call SID');
    checkCoach(c, callSidToCoach);
  }
  if (coachingParam === true && (callSidToCoach ?? p.callSidToCoach) === null) {
    throw badRequest('CallSidToCoach is required when Coaching is true');
  }
  if (announceUrl !== undefined) checkAnnouncements(c);

  const now = world.now();
  const record = (key: ParticipantEventKey) => keepLatest(ownEvents(p)[key], now);
  const events: string[] = [];
  let changed = false;
  if (muted !== undefined && muted !== p.muted) {
    p.muted = muted;
    record(muted ? 'mute' : 'unmute');
    events.push(muted ? 'participant-mute' : 'participant-unmute');
  }
  if (hold !== undefined && hold !== p.hold) {
    p.hold = hold;
    record(hold ? 'hold' : 'unhold');
    events.push(hold ? 'participant-hold' : 'participant-unhold');
  }
  let modified = false;
  if (beepOnExit !== undefined && beepOnExit !== p.beepOnExit) (p.beepOnExit = beepOnExit), (modified = true), record('modify_beep');
  if (endOnExit !== undefined && endOnExit !== p.endConferenceOnExit) (p.endConferenceOnExit = endOnExit), (modified = true), record('modify_exit');
  const wasCoaching = p.coaching;
  const coachedBefore = p.callSidToCoach;
  if (callSidToCoach !== undefined && callSidToCoach !== p.callSidToCoach) {
    p.callSidToCoach = callSidToCoach;
    if (coachingParam === undefined && !p.coaching) (p.coaching = true), (modified = true);
  }
  if (coachingParam !== undefined && coachingParam !== p.coaching) (p.coaching = coachingParam), (modified = true);
  if (p.coaching !== wasCoaching) record(p.coaching ? 'coaching' : 'coaching_stopped');
  // Only a coach that goes on coaching moves to another call; one that starts or stops is `coaching`/`coaching_stopped`.
  else if (p.coaching && p.callSidToCoach !== coachedBefore) record('modify_coached_participant');
  if (waitUrl !== undefined && waitUrl !== p.waitUrl) (p.waitUrl = waitUrl), (modified = true);
  if (modified) events.push('participant-modify');
  changed = events.length > 0;
  if (changed) p.dateUpdated = now;
  for (const e of events) world.conferenceEvent(c, e, world.participantFields(p), p.callSid);
  if (announceUrl !== undefined) announce(world, c, announceUrl, announceMethod, p);
  return ok(renderParticipant(p));
};

/** Records an instant, keeping the latest LIMITS.events of them. */
function keepLatest(instants: number[], at: number): void {
  instants.push(at);
  if (instants.length > LIMITS.events) instants.shift();
}

export const deleteParticipant: Handler = (ctx) => {
  const c = conferenceOf(ctx, 'ConferenceSid');
  const p = participantOf(ctx, c);
  kick(ctx.world, p);
  return { status: 204 };
};

