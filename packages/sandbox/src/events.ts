/**
 * What only the network causes (a call coming in, a far end hanging up, keys pressed, words said, speech
 * in a conference, an announcement ending) and what a test reads or waits for about a call (its timeline,
 * a status). Each event answers `{ status, headers?, body? }` in the control surface's shapes, errors in
 * Twilio's body, so a host can forward it as it is.
 */
import { type Params, type World } from './engine/index.js';
import { hangUp, placeCall } from './engine/calls.js';
import { finishAnnouncement } from './engine/conferences.js';
import { type QualityRequest, applyQuality, qualityProblem } from './engine/quality.js';
import { renderCall, renderParticipant } from './render.js';
import { E164 } from './seed.js';
import { type Call, type CallStatus, FINAL_CALL, LIMITS, type TimelineEntry, isLive } from './store.js';
import { pressKeys, startTwiml, utter } from './twiml/interpret.js';
import { ErrorCode, SandboxError, type SandboxResponse, badRequest, notFound } from './util.js';

/** Where a network event applies: a call by its SID (and optionally its account). */
export interface CallTarget {
  callSid: string;
  /** When given, the call must belong to this account. */
  accountSid?: string;
}

export interface ConferenceTarget {
  conferenceSid: string;
  accountSid?: string;
}

/** A call coming in from the network to a number of the sandbox. */
export interface IncomingCall {
  /** The caller: E.164, `client:…`, `anonymous`…, at most 256 characters. */
  from: string;
  /** A number of the sandbox, in E.164. */
  to: string;
  /** The caller's name from the network's lookup; kept only when the number has `VoiceCallerIdLookup`. */
  callerName?: string;
  /** The number the call was forwarded from, when the carrier says so. */
  forwardedFrom?: string;
}

export interface SandboxEvents {
  /**
   * A call comes in to a number of the sandbox: 201 with the call (ringing) in the 2010 Call shape; the
   * number's voice URL is requested and its TwiML runs. 404 when no account has the number.
   */
  incomingCall(call: IncomingCall): SandboxResponse;
  /** The far end hangs up (`participant_hung_up`); before answer, the call is canceled. */
  hangUp(target: CallTarget): SandboxResponse;
  /** The participant starts or stops speaking (`participant-speech-start` / `-stop`). */
  speak(target: CallTarget & { speaking: boolean }): SandboxResponse;
  /**
   * Keys pressed on a live call (`0`–`9`, `*`, `#`), one after another: a `<Gather>` takes them, and `*`
   * takes a call that joined with `<Dial hangupOnStar="true">` out of its conference. 200 with the call,
   * 409 when the call is not answered yet or no key was heard, 404 for no live call.
   */
  pressKeys(target: CallTarget & { digits: string }): SandboxResponse;
  /**
   * The caller says `text` (recognised with `confidence`, 0–1, default 1) to a `<Gather>` listening for
   * speech. 200 with the call, 409 when nothing listens for speech, 404 for no live call.
   */
  utter(target: CallTarget & { text: string; confidence?: number }): SandboxResponse;
  /**
   * The oldest playing announcement of a conference (or the one to `callSid`) ends, or fails with
   * `failure` as ReasonAnnouncementFailed.
   */
  announcementEnd(target: ConferenceTarget & { callSid?: string; failure?: string }): SandboxResponse;
  /**
   * The network under a live call changes from now: a named `profile` and/or jitter, loss and latency,
   * in one direction or both, for `durationMs` or until changed. 200 with the conditions now in effect,
   * 400 naming a bad field (nothing changes), 404 for no live call.
   */
  quality(target: CallTarget & QualityRequest): SandboxResponse;
}

/** A call's timeline entry as the sandbox answers it: `at` as ISO 8601 with milliseconds. */
export type CallTimelineEntry = Omit<TimelineEntry, 'at'> & { at: string };

/** A call in the 2010-04-01 Call shape, as the Calls resource answers it. */
export type CallResource = ReturnType<typeof renderCall>;

/** A call's status on the Call resource (`initiated` is shown as `queued`). */
export type CallResourceStatus = Exclude<CallStatus, 'initiated'>;

export interface SandboxCalls {
  /** What the call's caller experienced, oldest first (any call, live or ended); undefined for an unknown call. */
  timeline(callSid: string): CallTimelineEntry[] | undefined;
  /**
   * Resolves with the call in the 2010 Call shape once it has reached `status` (at once if it already
   * has). Rejects with a SandboxError (its `toResponse()` is Twilio's body) for an unknown call (404), a
   * call that ended without reaching it (409), or when the world is replaced by a reset, seed or snapshot
   * (409). Nothing polls: it listens to the call's status changes.
   */
  waitForStatus(callSid: string, status: CallResourceStatus): Promise<CallResource>;
}

const JSON_HEADERS = { 'Content-Type': 'application/json' };
const json = (status: number, body: unknown): SandboxResponse => ({ status, headers: { ...JSON_HEADERS }, body });

/** Answers what `fn` returns, or the SandboxError it throws in Twilio's body. */
function answer(fn: () => SandboxResponse): SandboxResponse {
  try {
    return fn();
  } catch (error) {
    if (error instanceof SandboxError) return error.toResponse();
    throw error;
  }
}

/** An optional text field of an event, at most `max` characters. */
function optionalText(value: unknown, name: string, max: number): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.length > max) throw badRequest(`'${name}' must be a text of at most ${max} characters`);
  return value;
}

const DTMF = /^[0-9*#]+$/;

export function createEvents(engine: World): SandboxEvents {
  /** A live call of the account (any call: a participant, or one placed, redirected or received with TwiML). */
  function findCall(target: CallTarget): Call {
    const call = engine.calls.get(target.callSid);
    if (!call || !isLive(call) || (target.accountSid !== undefined && call.accountSid !== target.accountSid)) {
      throw notFound(`No live call ${target.callSid}`);
    }
    return call;
  }

  /** A live call that has been answered: keys and speech reach nothing before. */
  function answeredCall(target: CallTarget): Call {
    const call = findCall(target);
    if (call.status !== 'in-progress') {
      throw new SandboxError(409, 21220, `Call ${call.sid} is ${call.status === 'initiated' ? 'queued' : call.status}: it is not answered yet, so nothing hears it`);
    }
    return call;
  }

  /** The participant a call is (or, once it hung up, was) in a conference as, for the answer to show. */
  const participantAnswer = (call: Call): SandboxResponse => {
    const p = engine.participantsByCall.get(call.sid);
    return p ? json(200, renderParticipant(p)) : { status: 204 };
  };

  return {
    incomingCall: (given) =>
      answer(() => {
        const incoming: Partial<IncomingCall> = given !== null && typeof given === 'object' ? given : {};
        const from = optionalText(incoming.from, 'from', 256);
        if (!from) throw badRequest("'from' is required: the caller, at most 256 characters");
        const to = incoming.to;
        if (typeof to !== 'string' || !E164.test(to)) throw badRequest(`'to' must be a number in E.164 format, like +15017122661`);
        const callerName = optionalText(incoming.callerName, 'callerName', LIMITS.name);
        const forwardedFrom = optionalText(incoming.forwardedFrom, 'forwardedFrom', LIMITS.name);
        const number = engine.numbersByPhone.get(to);
        // A number no account has never reaches Twilio: there is no call, and no account to give one to.
        if (!number) throw notFound(`No account of the sandbox has the number ${to}: add it with CreateIncomingPhoneNumber or a seed's numbers`);
        const call = placeCall(engine, {
          accountSid: number.accountSid,
          from,
          to,
          direction: 'inbound',
          phoneNumberSid: number.sid,
          callerName: number.voiceCallerIdLookup ? (callerName ?? null) : null,
          forwardedFrom: forwardedFrom ?? null,
          timeoutSeconds: 60,
          callback: number.statusCallback === null ? null : { url: number.statusCallback, method: number.statusCallbackMethod, events: ['completed'] },
          voice: { url: number.voiceUrl, method: number.voiceMethod, twiml: null, fallbackUrl: number.voiceFallbackUrl, fallbackMethod: number.voiceFallbackMethod },
        });
        startTwiml(engine, call);
        return json(201, renderCall(engine, call));
      }),
    hangUp: (target) =>
      answer(() => {
        const call = findCall(target);
        hangUp(engine, call);
        return participantAnswer(call);
      }),
    speak: (target) =>
      answer(() => {
        const call = findCall(target);
        const p = engine.activeParticipant(call);
        const c = p && engine.conferences.get(p.conferenceSid)!;
        if (!p || !c || p.status !== 'connected') throw new SandboxError(409, ErrorCode.invalidParameter, `Call ${call.sid} is not connected to a conference`);
        // Insights tags a participant who never spoke as silent.
        if (target.speaking) p.spoke = true;
        const fields: Params = engine.participantFields(p);
        engine.conferenceEvent(c, target.speaking ? 'participant-speech-start' : 'participant-speech-stop', fields, p.callSid);
        return json(200, renderParticipant(p));
      }),
    pressKeys: (target) =>
      answer(() => {
        const digits = target.digits;
        if (typeof digits !== 'string' || !DTMF.test(digits) || digits.length > LIMITS.digits) {
          throw badRequest(`'digits' must be 1 to ${LIMITS.digits} of the keys 0-9, * and #`);
        }
        const call = answeredCall(target);
        if (!pressKeys(engine, call, digits)) {
          throw new SandboxError(409, ErrorCode.invalidParameter, `Nothing on call ${call.sid} listens for the keys "${digits}": no <Gather> for keys, and no conference joined with hangupOnStar`);
        }
        return json(200, renderCall(engine, call));
      }),
    utter: (target) =>
      answer(() => {
        const text = optionalText(target.text, 'text', LIMITS.speech);
        if (!text) throw badRequest(`'text' is required: what the caller says, 1 to ${LIMITS.speech} characters`);
        const confidence = target.confidence ?? 1;
        if (typeof confidence !== 'number' || !(confidence >= 0 && confidence <= 1)) throw badRequest("'confidence' must be a number from 0 to 1");
        const call = answeredCall(target);
        if (!utter(engine, call, text, confidence)) {
          throw new SandboxError(409, ErrorCode.invalidParameter, `Nothing on call ${call.sid} listens for speech: no <Gather input="speech"> is waiting for it`);
        }
        return json(200, renderCall(engine, call));
      }),
    announcementEnd: (target) =>
      answer(() => {
        const c = engine.conferences.get(target.conferenceSid);
        if (!c || (target.accountSid !== undefined && c.accountSid !== target.accountSid)) throw notFound(`No conference ${target.conferenceSid}`);
        const a = target.callSid === undefined ? c.announcements[0] : c.announcements.find((x) => x.callSid === target.callSid);
        if (!a || !finishAnnouncement(engine, c, a.id, target.failure ?? null)) {
          throw new SandboxError(409, ErrorCode.invalidParameter, `No announcement is playing in conference ${c.sid}`);
        }
        return { status: 204 };
      }),
    quality: ({ callSid, accountSid, ...request }) =>
      answer(() => {
        const call = findCall({ callSid, ...(accountSid !== undefined ? { accountSid } : {}) });
        const problem = qualityProblem(request);
        if (problem) throw badRequest(problem);
        const now = applyQuality(call, request, engine.now());
        return json(200, { callSid: call.sid, ...now });
      }),
  };
}

interface StatusWaiter {
  callSid: string;
  status: CallResourceStatus;
  resolve: (call: CallResource) => void;
  reject: (error: SandboxError) => void;
}

/** `sandbox.calls`, and `abandon()` for the host to call when the world is replaced. */
export function createCalls(engine: World): SandboxCalls & { abandon(): void } {
  const waiters = new Set<StatusWaiter>();
  const shown = (call: Call): CallResourceStatus => (call.status === 'initiated' ? 'queued' : call.status);
  /** Whether the call is, or has been, at `status` (its timeline keeps the statuses it went through). */
  const reached = (call: Call, status: CallResourceStatus) =>
    shown(call) === status || call.timeline.some((e) => e.kind === 'status' && (e.status === 'initiated' ? 'queued' : e.status) === status);
  const gone = (call: Call, status: CallResourceStatus) =>
    new SandboxError(409, ErrorCode.invalidParameter, `Call ${call.sid} ended ${call.status} without being ${status}`);

  engine.statusListeners.add((call) => {
    for (const waiter of waiters) {
      if (waiter.callSid !== call.sid) continue;
      if (reached(call, waiter.status)) waiter.resolve(renderCall(engine, call));
      else if (FINAL_CALL.has(call.status)) waiter.reject(gone(call, waiter.status));
      else continue;
      waiters.delete(waiter);
    }
  });

  return {
    timeline(callSid) {
      return engine.calls.get(callSid)?.timeline.map((e) => ({ ...e, at: new Date(e.at).toISOString() }));
    },
    waitForStatus(callSid, status) {
      const call = engine.calls.get(callSid);
      if (!call) return Promise.reject(notFound(`No call ${callSid}`));
      if (reached(call, status)) return Promise.resolve(renderCall(engine, call));
      if (!isLive(call)) return Promise.reject(gone(call, status));
      return new Promise((resolve, reject) => waiters.add({ callSid, status, resolve, reject }));
    },
    abandon() {
      for (const waiter of waiters) waiter.reject(new SandboxError(409, ErrorCode.invalidParameter, `Call ${waiter.callSid} is gone: the sandbox's world was replaced`));
      waiters.clear();
    },
  };
}
