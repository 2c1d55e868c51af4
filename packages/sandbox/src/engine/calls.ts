/**
 * Every leg is a call, and this module owns its lifecycle: placing it on the sandbox clock (queued →
 * initiated → ringing → answered, or busy / no-answer / failed for the magic numbers), call-progress
 * callbacks, and every way it ends or leaves its conference. `transition()` is the one place a call's
 * status changes; a participant's status follows its call's.
 */
import {
  type Call,
  type CallStatus,
  type Callback,
  type Conference,
  type LeaveReason,
  type Participant,
  type VoiceSource,
  FINAL_CALL,
  isActive,
  isLive,
} from '../store.js';
import { rfc2822 } from '../util.js';
import { afterDial, continueProgram, isDialing, startTwiml, startWaiting, stopProgram } from '../twiml/interpret.js';
import { afterLeave, connected, dropAnnouncementsTo, maybeStart, participantEnded } from './conferences.js';
import type { Params, World } from './world.js';

/** Magic `To` values: how a dialled leg ends instead of being answered. */
export type MagicOutcome = 'busy' | 'no-answer' | 'failed' | 'never-answer';
export const magicNumbers: Readonly<Record<string, MagicOutcome>> = {
  '+15005550010': 'busy',
  '+15005550011': 'no-answer',
  '+15005550012': 'failed',
  '+15005550013': 'never-answer',
  'client:busy': 'busy',
  'client:no-answer': 'no-answer',
  'client:failed': 'failed',
  'client:never-answer': 'never-answer',
};

export const SIP_RESPONSE: Partial<Record<CallStatus, string>> = { busy: '486', 'no-answer': '487', failed: '404' };

/** Twilio's default for how long a call may last, and a `<Dial>` in it: 4 hours. */
export const DEFAULT_TIME_LIMIT_SECONDS = 14_400;

/** Which statuses may follow which: forward only, and a final status is final. */
const NEXT: Record<CallStatus, readonly CallStatus[]> = {
  queued: ['initiated', 'canceled', 'failed'],
  initiated: ['ringing', 'canceled', 'failed'],
  ringing: ['in-progress', 'busy', 'no-answer', 'failed', 'canceled'],
  'in-progress': ['completed'],
  completed: [],
  busy: [],
  failed: [],
  'no-answer': [],
  canceled: [],
};

const PROGRESS_EVENT: Partial<Record<CallStatus, 'initiated' | 'ringing' | 'answered'>> = {
  initiated: 'initiated',
  ringing: 'ringing',
  'in-progress': 'answered',
};

function callProgress(w: World, call: Call, subscription: 'initiated' | 'ringing' | 'answered' | 'completed'): void {
  const cb = call.callback;
  if (!cb || !cb.events.includes(subscription)) return;
  call.callSequence += 1;
  const params: Params = [
    ...voiceParams(call),
    ['Timestamp', rfc2822(w.now())],
    ['CallbackSource', 'call-progress-events'],
    ['SequenceNumber', String(call.callSequence)],
  ];
  if (subscription === 'completed') {
    const seconds = callSeconds(w, call);
    params.push(['CallDuration', String(seconds)], ['Duration', String(Math.ceil(seconds / 60))]);
    const sip = SIP_RESPONSE[call.status];
    if (sip) params.push(['SipResponseCode', sip]);
  }
  w.send('call-progress', call.accountSid, cb, call.status, params, {
    conferenceSid: call.conferenceSid ?? w.participantsByCall.get(call.sid)?.conferenceSid ?? null,
    callSid: call.sid,
    sequenceNumber: call.callSequence,
  });
}

/** The standard parameters of every voice request (facts C.1). */
export function voiceParams(call: Call): Params {
  const params: Params = [
    ['AccountSid', call.accountSid],
    ['ApiVersion', '2010-04-01'],
    ['CallSid', call.sid],
    ['CallStatus', call.status],
    ['Direction', call.direction],
    ['From', call.from],
    ['To', call.to],
  ];
  if (call.parentCallSid !== null) params.push(['ParentCallSid', call.parentCallSid]);
  if (call.forwardedFrom !== null) params.push(['ForwardedFrom', call.forwardedFrom]);
  if (call.callerName !== null) params.push(['CallerName', call.callerName]);
  return params;
}

/** Whole seconds between answer and end (or now, while live). */
export function callSeconds(w: World, call: Call): number {
  if (call.answerTime === null) return 0;
  return Math.max(0, Math.round(((call.endTime ?? w.now()) - call.answerTime) / 1000));
}

/**
 * The one place a call's status changes: forward only, timestamps, the call-progress callback the
 * subscription asks for, the timeline, and the status of a participant still being dialled.
 */
export function transition(w: World, call: Call, status: CallStatus): void {
  if (!NEXT[call.status].includes(status)) {
    throw new Error(`Call ${call.sid} cannot go from ${call.status} to ${status}`);
  }
  const now = w.now();
  const wasQueued = call.status === 'queued';
  call.status = status;
  call.dateUpdated = now;
  if (status === 'initiated') call.startTime = now;
  if (status === 'ringing') call.ringStartedAt = now;
  if (status === 'in-progress') call.answerTime = now;
  const final = FINAL_CALL.has(status);
  if (final) {
    call.endTime = now;
    call.next = null;
    w.clock.cancelGroup(`call:${call.sid}`);
    w.clock.cancelGroup(`limit:${call.sid}`);
  }
  w.note(call, { kind: 'status', status });
  const p = w.activeParticipant(call);
  if (p && (status === 'initiated' || status === 'ringing')) {
    p.status = status === 'initiated' ? 'connecting' : 'ringing';
    p.dateUpdated = now;
  }
  const event = PROGRESS_EVENT[status];
  if (event) callProgress(w, call, event);
  // A call canceled while still queued never went out: Twilio sends it no callback.
  else if (final && !(status === 'canceled' && wasQueued)) callProgress(w, call, 'completed');
  if (status === 'in-progress') armTimeLimit(w, call);
  for (const listener of w.statusListeners) listener(call);
}

export interface NewCall {
  accountSid: string;
  from: string;
  to: string;
  direction: Call['direction'];
  parentCallSid?: string | null;
  /** An incoming call's number, and what the network tells about its caller. */
  phoneNumberSid?: string | null;
  callerName?: string | null;
  forwardedFrom?: string | null;
  timeoutSeconds: number;
  timeLimitSeconds?: number;
  callback: Callback | null;
  voice: VoiceSource | null;
  /** Not placed yet: the caller checks what it must, then `startPlacing` (or `discardCall`). */
  deferred?: boolean;
}

/**
 * A new call: one placed through the API is queued and placed on the clock; an incoming one is already
 * ringing when it reaches the sandbox, and waits for its TwiML to answer it.
 */
export function placeCall(w: World, init: NewCall): Call {
  const now = w.now();
  const queueMs = init.direction === 'outbound-api' ? w.options.delays.queueMs : 0;
  const inbound = init.direction === 'inbound';
  const call: Call = {
    sid: w.sids.mint('CA'),
    accountSid: init.accountSid,
    from: init.from,
    to: init.to,
    direction: init.direction,
    status: inbound ? 'ringing' : 'queued',
    parentCallSid: init.parentCallSid ?? null,
    dateCreated: now,
    dateUpdated: now,
    startTime: inbound ? now : null,
    answerTime: null,
    endTime: null,
    callerName: init.callerName ?? null,
    forwardedFrom: init.forwardedFrom ?? null,
    phoneNumberSid: init.phoneNumberSid ?? null,
    queueTimeMs: queueMs,
    timeoutSeconds: init.timeoutSeconds,
    timeLimitSeconds: init.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS,
    callback: init.callback,
    callSequence: -1,
    voice: init.voice,
    next: inbound ? null : { at: now + queueMs, step: 'initiate' },
    ringStartedAt: inbound ? now : null,
    conferenceSid: null,
    endReason: null,
    timeline: [{ at: now, kind: 'status', status: inbound ? 'ringing' : 'queued' }],
    deleted: false,
    program: null,
  };
  w.insertCall(call);
  if (!init.deferred) scheduleStep(w, call);
  return call;
}

export function startPlacing(w: World, call: Call): void {
  scheduleStep(w, call);
}

/** Forgets a call that was never placed (its request was refused). */
export function discardCall(w: World, call: Call): void {
  w.calls.delete(call.sid);
  w.index(call.accountSid).calls.remove(call);
}

export function scheduleStep(w: World, call: Call): void {
  const next = call.next;
  if (!next) return;
  w.clock.cancelGroup(`call:${call.sid}`);
  w.clock.schedule(
    next.at,
    `call:${call.sid}:${next.step}`,
    () => {
      if (call.next === next) runStep(w, call);
    },
    `call:${call.sid}`,
  );
}

function runStep(w: World, call: Call): void {
  const step = call.next;
  if (!step || !isLive(call)) return;
  call.next = null;
  const now = w.now();
  const outcome = magicNumbers[call.to];
  const { dialMs, answerMs } = w.options.delays;
  switch (step.step) {
    case 'initiate':
      transition(w, call, 'initiated');
      call.next = { at: now + dialMs, step: outcome === 'failed' ? 'fail' : 'ring' };
      break;
    case 'ring': {
      transition(w, call, 'ringing');
      const timeoutAt = now + call.timeoutSeconds * 1000;
      const answerAt = now + answerMs;
      if (outcome === 'busy') call.next = { at: answerAt, step: 'busy' };
      else if (outcome === 'no-answer') call.next = { at: Math.min(answerAt, timeoutAt), step: 'no-answer' };
      else if (outcome === 'never-answer' || answerAt > timeoutAt) call.next = { at: timeoutAt, step: 'no-answer' };
      else call.next = { at: answerAt, step: 'answer' };
      break;
    }
    case 'answer':
      answer(w, call);
      break;
    case 'busy':
      endCall(w, call, 'busy', 'busy', 'participant_add_failed');
      break;
    case 'no-answer':
      endCall(w, call, 'no-answer', 'no-answer', 'participant_add_failed');
      break;
    case 'fail':
      endCall(w, call, 'failed', 'failed', 'participant_add_failed');
      break;
    case 'continue':
      continueProgram(w, call);
      break;
  }
  if (call.next) scheduleStep(w, call);
}

/** The far end answered: a participant being added joins its conference; a call with TwiML runs it. */
function answer(w: World, call: Call): void {
  transition(w, call, 'in-progress');
  const p = w.activeParticipant(call);
  if (p) {
    const c = w.conferences.get(p.conferenceSid)!;
    join(w, c, p);
    if (c.status === 'init') startWaiting(w, call, p.waitUrl, 'POST');
    return;
  }
  startTwiml(w, call);
}

/** A participant joins its conference: the Participants API's answered leg, or `<Dial><Conference>`. */
export function join(w: World, c: Conference, p: Participant): void {
  const now = w.now();
  const call = w.callOf(p);
  p.status = 'connected';
  p.joinTime = now;
  p.dateUpdated = now;
  call.conferenceSid = c.sid;
  w.note(call, { kind: 'joined', conferenceSid: c.sid, ...(c.friendlyName !== null && { friendlyName: c.friendlyName }) });
  w.conferenceEvent(c, 'participant-join', w.participantFields(p), p.callSid);
  c.peakConcurrent = Math.max(c.peakConcurrent, connected(c).length);
  maybeStart(w, c);
}

const FAILED_ADD: ReadonlySet<string> = new Set(['busy', 'failed', 'no-answer']);

/**
 * The participant side of leaving: `participant-leave` with the reason and what became of the call, the
 * announcements to it stop, the call is no longer in the conference. Does not decide whether the
 * conference ends (afterLeave does) nor what becomes of the call.
 */
export function detach(w: World, p: Participant, reason: LeaveReason, participantCallStatus: string): void {
  const c = w.conferences.get(p.conferenceSid)!;
  const call = w.callOf(p);
  const now = w.now();
  if (p.status === 'connected') p.leaveTime = now;
  if (isActive(p)) participantEnded(c);
  p.status = FAILED_ADD.has(participantCallStatus) ? 'failed' : 'complete';
  p.leaveReason = reason;
  p.dateUpdated = now;
  if (call.conferenceSid === c.sid) {
    call.conferenceSid = null;
    w.note(call, { kind: 'left', conferenceSid: c.sid, reason });
  }
  w.clock.cancelGroup(`wait:${call.sid}`);
  w.conferenceEvent(
    c,
    'participant-leave',
    [...w.participantFields(p), ['ParticipantCallStatus', participantCallStatus], ['ReasonParticipantLeft', reason]],
    p.callSid,
  );
  dropAnnouncementsTo(w, c, p.callSid);
}

/** The call's final status and bookkeeping, with nothing about conferences. */
function finish(w: World, call: Call, status: CallStatus, why: string): void {
  stopProgram(w, call);
  w.clock.cancelGroup(`wait:${call.sid}`);
  call.endReason = why;
  transition(w, call, status);
  w.note(call, { kind: 'ended', status, reason: why });
}

/**
 * Ends a live call, whatever it is doing: it leaves its conference first (`participant-leave`, then the
 * call's `completed` progress event), then the end-on-exit and last-participant rules apply.
 */
export function endCall(w: World, call: Call, status: CallStatus, why: string, leaveReason: LeaveReason, kicked = false): void {
  if (!isLive(call)) return;
  const p = w.activeParticipant(call);
  if (p) detach(w, p, leaveReason, status);
  finish(w, call, status, why);
  if (p) afterLeave(w, w.conferences.get(p.conferenceSid)!, p, kicked);
}

/** How a call that is hung up ends: `completed` once answered, `canceled` before. */
export const hangUpStatus = (call: Call): CallStatus => (call.status === 'in-progress' ? 'completed' : 'canceled');

/**
 * A participant is dropped from a conference that ends or that kicks it. A call that joined with TwiML
 * lives on (its `<Dial>` completes, `ParticipantCallStatus=in-progress`) and is returned so the caller
 * can run the rest of its TwiML once the conference is settled; any other call ends.
 */
export function dropParticipant(w: World, p: Participant, reason: LeaveReason): Call | null {
  const call = w.callOf(p);
  if (isDialing(call) && p.status === 'connected' && call.status === 'in-progress') {
    detach(w, p, reason, 'in-progress');
    return call;
  }
  const status = hangUpStatus(call);
  detach(w, p, reason, status);
  finish(w, call, status, reason === 'participant_updated_via_api' ? 'kicked' : 'conference-ended');
  return null;
}

/** A participant is removed through the API (DELETE): a kick. */
export function kick(w: World, p: Participant): void {
  const c = w.conferences.get(p.conferenceSid)!;
  const lives = dropParticipant(w, p, 'participant_updated_via_api');
  afterLeave(w, c, p, true);
  if (lives) afterDial(w, lives, 'answered');
}

/** The far end hangs up (a network event): any live call, in a conference or not. */
export function hangUp(w: World, call: Call): void {
  endCall(w, call, hangUpStatus(call), 'hung-up', 'participant_hung_up');
}

/**
 * The call leaves its conference but lives on (a redirect, `hangupOnStar`, `<Dial timeLimit>`): the
 * conference's rules apply; what the call does next is the caller's business.
 */
export function leaveConference(w: World, call: Call, reason: LeaveReason): void {
  const p = w.activeParticipant(call);
  if (!p) return;
  detach(w, p, reason, 'in-progress');
  afterLeave(w, w.conferences.get(p.conferenceSid)!, p, false);
}

/**
 * `TimeLimit`: an answered call hangs up once it has lasted this long. Only a limit that was asked for
 * is kept on the clock: Twilio's 4-hour default would only add a timer to every call.
 */
export function armTimeLimit(w: World, call: Call): void {
  w.clock.cancelGroup(`limit:${call.sid}`);
  if (call.answerTime === null || !isLive(call) || call.timeLimitSeconds === DEFAULT_TIME_LIMIT_SECONDS) return;
  const at = call.answerTime + call.timeLimitSeconds * 1000;
  w.clock.schedule(at, `limit:${call.sid}`, () => {
    if (isLive(call) && call.answerTime !== null && call.answerTime + call.timeLimitSeconds * 1000 <= w.now()) {
      endCall(w, call, 'completed', 'time-limit', 'participant_hung_up');
    }
  });
}
