/**
 * The TwiML interpreter: runs a call's documents verb by verb on the sandbox clock (facts A, B, D, C.4).
 *
 * - `<Say>`, `<Play>` and `<Pause>` take sandbox time (`sayWordMs` per word, `playMs` per loop, `length`
 *   seconds), then the next verb runs; `<Redirect>` fetches a new document; `<Hangup>` and `<Reject>`
 *   end the call; running past the last verb hangs up.
 * - An incoming call rings while its number's voice URL is requested; the first verb of the answer other
 *   than `<Pause>` answers it, and a `<Reject>` refuses it unanswered (facts D.3, D.6).
 * - `<Gather>` plays its nested Say/Play/Pause, then listens for `timeout` seconds of sandbox time. Keys
 *   (`pressKeys`) and speech (`utter`) come from the network events; input during a prompt stops it
 *   (barge-in) and counts. The action gets `Digits` (with `FinishedOnKey`) or `SpeechResult` and
 *   `Confidence`; no input falls through to the next verb, unless `actionOnEmptyResult`.
 * - `<Dial><Conference>` admits the call to the conference exactly as the Participants API does (same
 *   lifecycle, callbacks, Insights). The call then waits in it, hearing the `waitUrl` until the conference
 *   starts. When it leaves (the conference ends, a kick, `hangupOnStar`, `<Dial timeLimit>`) the
 *   `<Dial action>` is requested with `DialCallStatus=answered` and its answer runs, or the next verb does.
 * - A document that cannot be fetched or parsed is an error alert, then the call's `FallbackUrl` is
 *   requested with `ErrorCode`/`ErrorUrl`; without one (or when it fails too) the call ends as Twilio's
 *   "application error" does: hung up, `completed`. Invalid attributes and verbs are warning alerts, and
 *   the document goes on.
 *
 * The state is plain data on the call (`call.program`), so a snapshot carries it; fetches are async, and
 * `journal.settled()` waits for them and for the verbs their answer runs at once.
 */
import { endCall, join, leaveConference, scheduleStep, transition, voiceParams } from '../engine/calls.js';
import { AdmissionError, admit } from '../engine/conferences.js';
import type { Params, World } from '../engine/world.js';
import type { DocumentKind } from '../journal.js';
import { type Call, type Callback, LIMITS, type VoiceSource, isLive } from '../store.js';
import { type DocumentResult, fetchDocument, resolveUrl } from './fetch.js';
import { type NotSimulated, type TwimlWarning, readTwiml } from './validate.js';
import type { ConferenceNode, ContextName, DialNode, GatherNode, TwimlNode } from './vocabulary.gen.js';

/** Twilio's default hold music (facts A.2): recorded in the timeline, never fetched. */
export const DEFAULT_WAIT_URL = 'https://s3.amazonaws.com/com.twilio.sounds.music/index.xml';

/** `loop="0"` repeats until hang-up, at most 1000 times (facts D.1, D.2). */
const LOOP_FOREVER = 1000;

interface DialState {
  action: string | null;
  method: 'GET' | 'POST';
  hangupOnStar: boolean;
  /** When `<Dial timeLimit>` takes the call out of the conference. */
  limitAt: number;
}

interface WaitState {
  url: string | null;
  verbs: readonly TwimlNode[];
  pc: number;
  /** When the wait document's next verb runs, if it is between verbs. */
  nextAt: number | null;
}

/** A `<Gather>` collecting input: its prompts, what it listens for, and what it has heard so far. */
interface GatherState {
  /** Where the input goes: `action` made absolute, else the document's URL; null when inline TwiML gives neither. */
  action: string | null;
  method: 'GET' | 'POST';
  dtmf: boolean;
  speech: boolean;
  timeoutMs: number;
  /** The key that ends the input; '' for none. */
  finishOnKey: string;
  /** How many keys end the input by themselves: `numDigits`, at most LIMITS.digits. */
  numDigits: number;
  actionOnEmptyResult: boolean;
  /** The nested Say, Play and Pause, and the next of them to play. */
  prompts: readonly TwimlNode[];
  pc: number;
  digits: string;
  /** When silence ends the input; null while the prompts play. */
  deadline: number | null;
}

/** What a `<Gather>` heard: keys (and the key that ended them), or speech; null for nothing. */
type GatherResult = { digits: string; key: string } | { speech: string; confidence: string } | null;

interface PendingFetch {
  url: string;
  method: 'GET' | 'POST';
  kind: DocumentKind;
  params: Params;
}

/** A call's TwiML state. */
export interface Program {
  /** Bumped when the program is replaced or stopped, so an answer that arrives late is dropped. */
  gen: number;
  /** The running document's URL: the base of relative URLs, and what an empty `<Redirect>` requests again. */
  url: string | null;
  verbs: readonly TwimlNode[];
  /** The next verb to run. */
  pc: number;
  /** Whether the call's FallbackUrl was requested since the last document that ran. */
  fallbackUsed: boolean;
  /** Set while the call is in a conference through `<Dial>`. */
  dial: DialState | null;
  /** Set while a `<Gather>` plays its prompts or listens (absent in snapshots from before `<Gather>`). */
  gather?: GatherState | null;
  wait: WaitState | null;
  /** A document request in flight (a snapshot import makes it again). */
  pending: PendingFetch | null;
}

const programOf = (call: Call): Program | null => call.program as Program | null;

function ensureProgram(call: Call): Program {
  let prog = programOf(call);
  if (!prog) {
    prog = { gen: 0, url: null, verbs: [], pc: 0, fallbackUsed: false, dial: null, gather: null, wait: null, pending: null };
    call.program = prog;
  }
  return prog;
}

/** Whether the call is in its conference through `<Dial>`, so its TwiML goes on when it leaves. */
export const isDialing = (call: Call): boolean => programOf(call)?.dial != null;

// ---------------------------------------------------------------------------------------------------------
// Alerts and attributes

export function alert(w: World, call: Call, code: number, level: 'error' | 'warning', message: string, url: string | null = null): void {
  w.journal.recordAlert({ at: new Date(w.now()).toISOString(), code, level, message, accountSid: call.accountSid, callSid: call.sid, url });
  w.note(call, { kind: 'alert', code, message, ...(url !== null && { url }) });
}

function warn(w: World, call: Call, warnings: readonly TwimlWarning[], url: string | null): void {
  for (const x of warnings) alert(w, call, x.code, x.level, `${x.message} (${x.path})`, url);
}

/** A URL attribute or text made absolute against the document; a URL that cannot be is an 11100 warning. */
function href(w: World, call: Call, value: string | undefined, base: string | null, what: string): string | undefined {
  if (value === undefined || value === '') return undefined;
  const abs = resolveUrl(value, base);
  if (abs === null) alert(w, call, 11100, 'warning', `Invalid URL format: ${what} "${value}" cannot be requested${base === null ? ' (a relative URL in inline TwiML has nothing to be relative to)' : ''}`, base);
  return abs ?? undefined;
}

/** TwiML Twilio runs and the sandbox does not: noted in the timeline, not an alert (the document is right). */
function notSimulated(w: World, call: Call, skipped: readonly NotSimulated[]): void {
  for (const x of skipped) {
    const verb = /([A-Za-z-]+)\[\d+\](?:\/text\(\))?$/.exec(x.path)?.[1];
    w.note(call, { kind: 'verb', ...(verb !== undefined && { verb }), reason: 'not-simulated', message: `${x.message} (${x.path})` });
  }
}

/** A document read for a context: its verbs, its warnings and what was skipped as alerts and notes. */
function load(w: World, call: Call, text: string, context: ContextName, url: string | null): readonly TwimlNode[] | { code: number; message: string } {
  const read = readTwiml(text, context);
  if (!read.ok) return { code: read.error.code, message: read.error.message };
  warn(w, call, read.warnings, url);
  notSimulated(w, call, read.notSimulated);
  return read.document.children as readonly TwimlNode[];
}

const loops = (n: number) => (n === 0 ? LOOP_FOREVER : n);

function sayMs(w: World, text: string, loop: number): number {
  const words = Math.max(1, text.split(/\s+/).filter((s) => s.length > 0).length);
  return words * w.options.delays.sayWordMs * loops(loop);
}

/** `<Play digits>`: `w` is half a second, `W` a second, each tone the time of a word. */
function digitsMs(w: World, digits: string): number {
  let ms = 0;
  for (const d of digits) ms += d === 'w' ? 500 : d === 'W' ? 1000 : w.options.delays.sayWordMs;
  return ms;
}

// ---------------------------------------------------------------------------------------------------------
// Documents

/**
 * The call starts its TwiML: inline `Twiml`, or the document at `Url` — once answered for a call placed
 * through the API, while it rings for an incoming one. An incoming call to a number without a voice URL
 * has nothing to run: 11100, and Twilio's application error.
 */
export function startTwiml(w: World, call: Call): void {
  const voice = call.voice;
  if (!voice) return;
  const prog = ensureProgram(call);
  prog.gen += 1;
  prog.fallbackUsed = false;
  if (voice.twiml !== null) runLoaded(w, call, load(w, call, voice.twiml, 'voice', null), null);
  else if (voice.url !== null) request(w, call, { url: voice.url, method: voice.method, kind: 'voice', params: voiceParams(call) });
  else failure(w, call, 11100, `Invalid URL format: the number ${call.to} has no voice URL, so the call has no TwiML to run`, null);
}

/** An incoming call still ringing is answered (a call placed through the API already is). */
function pickUp(w: World, call: Call): void {
  if (call.status === 'ringing') transition(w, call, 'in-progress');
}

/** `UpdateCall` with `Twiml` or `Url`: the current document is dropped and the new one runs now. */
export function redirectCall(w: World, call: Call, voice: VoiceSource): void {
  stopProgram(w, call);
  call.voice = voice;
  startTwiml(w, call);
}

/** The clock reached the end of a `<Say>`, `<Play>` or `<Pause>`: the next verb. */
export function continueProgram(w: World, call: Call): void {
  run(w, call);
}

/** Drops the call's TwiML: nothing it started goes on. */
export function stopProgram(w: World, call: Call): void {
  const prog = programOf(call);
  if (!prog) return;
  w.clock.cancelGroup(`dial:${call.sid}`);
  w.clock.cancelGroup(`wait:${call.sid}`);
  w.clock.cancelGroup(`gather:${call.sid}`);
  cancelContinue(w, call);
  call.program = null;
}

/** The verb that is taking time (a Say, Play or Pause) stops short. */
function cancelContinue(w: World, call: Call): void {
  if (call.next?.step !== 'continue') return;
  call.next = null;
  w.clock.cancelGroup(`call:${call.sid}`);
}

/** The program goes on after `ms` of sandbox time. */
function resumeAfter(w: World, call: Call, ms: number): void {
  call.next = { at: w.now() + ms, step: 'continue' };
  scheduleStep(w, call);
}

function request(w: World, call: Call, req: PendingFetch, waiting = false): void {
  const prog = ensureProgram(call);
  const gen = prog.gen;
  if (!waiting) prog.pending = req;
  const work = fetchDocument(w, call, req).then((result) => {
    const now = programOf(call);
    // Dropped when the program was replaced or stopped, or the world itself (a reset, seed or snapshot).
    if (now !== prog || prog.gen !== gen || !isLive(call) || w.calls.get(call.sid) !== call) return;
    if (waiting) {
      if (prog.wait) onWaitDocument(w, call, result);
      return;
    }
    prog.pending = null;
    w.note(call, { kind: 'fetched', url: req.url, method: req.method, reason: req.kind, ...(!result.ok && { code: result.code }) });
    onDocument(w, call, result);
  });
  w.journal.track(work);
}

function onDocument(w: World, call: Call, result: DocumentResult): void {
  if (!result.ok) return failure(w, call, result.code, result.message, result.url);
  if (result.type === 'audio') return runVerbs(w, call, [synthetic('Play', result.url, { loop: 1 })], result.url);
  if (result.type === 'text') {
    // facts C.2: text/plain that is not TwiML is read aloud, then the call hangs up.
    if (!readTwiml(result.text, 'voice').ok) return runVerbs(w, call, [synthetic('Say', result.text, { voice: 'man', language: 'en-US', loop: 1 })], result.url);
    return runLoaded(w, call, load(w, call, result.text, 'voice', result.url), result.url);
  }
  runLoaded(w, call, load(w, call, result.xml, 'voice', result.url), result.url);
}

/** A one-verb document for an answer that is not TwiML (audio to play, text to say). */
function synthetic(name: 'Play' | 'Say', text: string, attributes: Record<string, unknown>): TwimlNode {
  return { name, text, attributes, children: [], line: 1, path: `/Response/${name}[1]` } as unknown as TwimlNode;
}

function runLoaded(w: World, call: Call, loaded: ReturnType<typeof load>, url: string | null): void {
  if (!('length' in loaded)) return failure(w, call, loaded.code, loaded.message, url);
  runVerbs(w, call, loaded, url);
}

function runVerbs(w: World, call: Call, verbs: readonly TwimlNode[], url: string | null): void {
  const prog = ensureProgram(call);
  prog.url = url;
  prog.verbs = verbs;
  prog.pc = 0;
  prog.fallbackUsed = false;
  run(w, call);
}

/** A fatal error: the FallbackUrl once, else Twilio's application error (the call hangs up). */
function failure(w: World, call: Call, code: number, message: string, url: string | null): void {
  alert(w, call, code, 'error', message, url);
  const prog = ensureProgram(call);
  const fallback = call.voice?.fallbackUrl ?? null;
  if (fallback !== null && !prog.fallbackUsed) {
    prog.fallbackUsed = true;
    const params: Params = [...voiceParams(call), ['ErrorCode', String(code)], ['ErrorUrl', url ?? '']];
    request(w, call, { url: fallback, method: call.voice!.fallbackMethod, kind: 'voice', params });
    return;
  }
  // Twilio answers to say that an application error occurred, then hangs up.
  pickUp(w, call);
  endCall(w, call, 'completed', 'application-error', 'participant_hung_up');
}

// ---------------------------------------------------------------------------------------------------------
// Verbs

/** Runs verbs until one takes time, waits in a conference, fetches, or ends the call. */
function run(w: World, call: Call): void {
  const prog = programOf(call);
  while (prog && isLive(call) && programOf(call) === prog && prog.pending === null && prog.dial === null) {
    if (prog.gather) {
      prompt(w, call, prog.gather);
      return;
    }
    const verb = prog.verbs[prog.pc];
    if (!verb) {
      pickUp(w, call);
      endCall(w, call, 'completed', 'end-of-document', 'participant_hung_up');
      return;
    }
    prog.pc += 1;
    // facts D.3, D.6: a <Pause> delays answering an incoming call and <Reject> refuses it; any other verb answers it.
    if (verb.name !== 'Pause' && verb.name !== 'Reject') pickUp(w, call);
    const ms = timedVerb(w, call, verb);
    if (ms !== null) {
      resumeAfter(w, call, ms);
      return;
    }
    switch (verb.name) {
      case 'Hangup':
        w.note(call, { kind: 'verb', verb: 'Hangup' });
        endCall(w, call, 'completed', 'hangup', 'participant_hung_up');
        return;
      case 'Reject': {
        const reason = verb.attributes.reason;
        w.note(call, { kind: 'verb', verb: 'Reject', reason });
        // An answered call cannot be refused any more: it just ends.
        const status = call.status === 'in-progress' ? 'completed' : reason === 'busy' ? 'busy' : 'no-answer';
        endCall(w, call, status, 'rejected', 'participant_hung_up');
        return;
      }
      case 'Redirect': {
        const target = verb.text === '' ? prog.url : (href(w, call, verb.text, prog.url, '<Redirect>') ?? null);
        w.note(call, { kind: 'verb', verb: 'Redirect', ...(target !== null && { url: target }) });
        if (target === null) break;
        request(w, call, { url: target, method: verb.attributes.method, kind: 'voice', params: voiceParams(call) });
        return;
      }
      case 'Dial':
        dial(w, call, verb);
        break;
      case 'Gather':
        startGather(w, call, verb);
        break;
      default:
        w.note(call, { kind: 'verb', verb: verb.name, reason: 'not-simulated', message: `<${verb.name}> is not run by the sandbox yet; it was skipped` });
    }
  }
}

/** Say, Play and Pause: noted in the timeline; their sandbox duration, or null for any other verb. */
function timedVerb(w: World, call: Call, verb: TwimlNode): number | null {
  switch (verb.name) {
    case 'Say': {
      const { loop, voice, language } = verb.attributes;
      const durationMs = sayMs(w, verb.text, loop);
      w.note(call, { kind: 'said', verb: 'Say', text: verb.text, loop, durationMs, reason: `${voice} ${language}` });
      return durationMs;
    }
    case 'Play': {
      const { loop, digits } = verb.attributes;
      if (digits !== undefined && verb.text === '') {
        const durationMs = digitsMs(w, digits);
        w.note(call, { kind: 'played', verb: 'Play', text: digits, loop: 1, durationMs });
        return durationMs;
      }
      const url = resolveUrl(verb.text, programOf(call)?.url ?? null) ?? verb.text;
      const durationMs = w.options.delays.playMs * loops(loop);
      w.note(call, { kind: 'played', verb: 'Play', url, loop, durationMs });
      return durationMs;
    }
    case 'Pause': {
      const durationMs = verb.attributes.length * 1000;
      w.note(call, { kind: 'paused', verb: 'Pause', durationMs });
      return durationMs;
    }
    default:
      return null;
  }
}

function callback(url: string | undefined, method: 'GET' | 'POST', events: readonly string[]): Callback | null {
  return url === undefined ? null : { url, method, events: [...events] };
}

/** `<Dial>`: with a `<Conference>` the call joins it and waits there; other nouns are not simulated. */
function dial(w: World, call: Call, verb: DialNode): void {
  const prog = programOf(call)!;
  const d = verb.attributes;
  const action = href(w, call, d.action, prog.url, '<Dial action>') ?? null;
  const noun: ConferenceNode | undefined = verb.children.find((n) => n.name === 'Conference');
  if (!noun) {
    w.note(call, { kind: 'verb', verb: 'Dial', reason: 'not-simulated', message: '<Dial> to anything but a <Conference> is not run by the sandbox yet' });
    dialDone(w, call, action, d.method, 'failed');
    return;
  }
  const name = noun.text;
  w.note(call, { kind: 'verb', verb: 'Dial', friendlyName: name });
  const c = noun.attributes;
  // Twilio's own hold music is recorded, never fetched; a relative waitUrl needs a document to be relative to.
  const waitUrl = c.waitUrl === DEFAULT_WAIT_URL || c.waitUrl === '' ? c.waitUrl : (href(w, call, c.waitUrl, prog.url, 'waitUrl') ?? DEFAULT_WAIT_URL);
  const account = w.accounts.get(call.accountSid)!;
  let p;
  try {
    p = admit(
      w,
      account,
      { name },
      {
        region: c.region ?? null,
        maxParticipants: c.maxParticipants,
        record: c.record,
        trim: c.trim,
        statusCallback: callback(href(w, call, c.statusCallback, prog.url, 'statusCallback'), c.statusCallbackMethod, c.statusCallbackEvent),
        recordingStatusCallback: callback(
          href(w, call, c.recordingStatusCallback, prog.url, 'recordingStatusCallback'),
          c.recordingStatusCallbackMethod,
          c.recordingStatusCallbackEvent,
        ),
      },
      {
        label: c.participantLabel ?? null,
        muted: c.muted,
        startConferenceOnEnter: c.startConferenceOnEnter,
        endConferenceOnExit: c.endConferenceOnExit,
        beepOnEnter: c.beep === 'true' || c.beep === 'onEnter',
        beepOnExit: c.beep === 'true' || c.beep === 'onExit',
        earlyMedia: true,
        waitUrl: waitUrl === DEFAULT_WAIT_URL ? null : waitUrl,
        jitterBufferSize: c.jitterBufferSize,
        region: null,
        coaching: c.coach !== undefined,
        callSidToCoach: c.coach ?? null,
      },
      call,
    );
  } catch (error) {
    if (!(error instanceof AdmissionError)) throw error;
    const code = { full: 16020, label: 16025, coach: 13240, completed: 16022 }[error.reason];
    alert(w, call, code, 'error', error.message, prog.url);
    // facts A.2: a label in use leaves the call out and the next verb runs; the others fail the <Dial>.
    if (error.reason !== 'label') dialDone(w, call, action, d.method, 'failed');
    return;
  }
  const conference = w.conferences.get(p.conferenceSid)!;
  prog.dial = { action, method: d.method, hangupOnStar: d.hangupOnStar, limitAt: w.now() + d.timeLimit * 1000 };
  armDialLimit(w, call);
  join(w, conference, p);
  if (conference.status === 'init' && w.activeParticipant(call) === p) startWaiting(w, call, p.waitUrl, c.waitMethod);
}

function armDialLimit(w: World, call: Call): void {
  const d = programOf(call)?.dial;
  if (!d) return;
  w.clock.cancelGroup(`dial:${call.sid}`);
  w.clock.schedule(d.limitAt, `dial:${call.sid}`, () => {
    if (programOf(call)?.dial !== d || !isLive(call)) return;
    leaveConference(w, call, 'participant_hung_up');
    afterDial(w, call, 'answered');
  });
}

/**
 * The `<Dial>` is over: its `action` is requested with `DialCallStatus` and its answer continues the
 * call; without one the next verb runs (the caller runs it: `run` goes on when this returns).
 */
function dialDone(w: World, call: Call, action: string | null, method: 'GET' | 'POST', status: string): void {
  if (action === null) return;
  request(w, call, { url: action, method, kind: 'dial-action', params: [...voiceParams(call), ['DialCallStatus', status]] });
}

/** The call left the conference its `<Dial>` put it in (the conference ended, a kick, a time limit, `*`). */
export function afterDial(w: World, call: Call, status: string): void {
  const prog = programOf(call);
  if (!prog?.dial || !isLive(call)) return;
  const d = prog.dial;
  prog.dial = null;
  prog.wait = null;
  w.clock.cancelGroup(`dial:${call.sid}`);
  w.clock.cancelGroup(`wait:${call.sid}`);
  dialDone(w, call, d.action, d.method, status);
  run(w, call);
}

// ---------------------------------------------------------------------------------------------------------
// Input: <Gather>, and * for <Dial hangupOnStar>

function startGather(w: World, call: Call, verb: GatherNode): void {
  const prog = programOf(call)!;
  const a = verb.attributes;
  const action = a.action === undefined ? prog.url : (href(w, call, a.action, prog.url, '<Gather action>') ?? null);
  if (a.action === undefined && action === null) {
    alert(w, call, 11100, 'warning', '<Gather> has no action, and inline TwiML has no document URL to send the input to instead: the input is not requested anywhere', null);
  }
  w.note(call, { kind: 'verb', verb: 'Gather' });
  prog.gather = {
    action,
    method: a.method,
    dtmf: a.input.includes('dtmf'),
    speech: a.input.includes('speech'),
    timeoutMs: a.timeout * 1000,
    finishOnKey: a.finishOnKey,
    numDigits: Math.min(a.numDigits ?? LIMITS.digits, LIMITS.digits),
    actionOnEmptyResult: a.actionOnEmptyResult,
    prompts: verb.children,
    pc: 0,
    digits: '',
    deadline: null,
  };
}

/** The next prompt of a `<Gather>`; once they have all played, it listens until the timeout. */
function prompt(w: World, call: Call, g: GatherState): void {
  if (g.deadline !== null) return;
  const verb = g.prompts[g.pc];
  if (!verb) return listen(w, call, g);
  g.pc += 1;
  resumeAfter(w, call, timedVerb(w, call, verb) ?? 0);
}

/** Silence from now for `timeout` seconds ends the input. A prompt still playing stops: input barges in. */
function listen(w: World, call: Call, g: GatherState): void {
  cancelContinue(w, call);
  g.pc = g.prompts.length;
  g.deadline = w.now() + g.timeoutMs;
  armGather(w, call);
}

function armGather(w: World, call: Call): void {
  const g = programOf(call)?.gather;
  if (!g || g.deadline === null) return;
  w.clock.cancelGroup(`gather:${call.sid}`);
  w.clock.schedule(g.deadline, `gather:${call.sid}`, () => {
    if (programOf(call)?.gather === g && isLive(call)) endGather(w, call, g.digits === '' ? null : { digits: g.digits, key: '' }, 'timeout');
  });
}

/**
 * The `<Gather>` is over: its action is requested with the input (or, with `actionOnEmptyResult`, with
 * none) and its answer continues the call; without input, or with nowhere to send it, the next verb runs.
 */
function endGather(w: World, call: Call, result: GatherResult, why: string): void {
  const prog = programOf(call)!;
  const g = prog.gather!;
  prog.gather = null;
  w.clock.cancelGroup(`gather:${call.sid}`);
  cancelContinue(w, call);
  const heard = result === null ? undefined : 'digits' in result ? result.digits : result.speech;
  w.note(call, { kind: 'gathered', reason: why, ...(heard !== undefined && { text: heard }) });
  if (g.action !== null && (result !== null || g.actionOnEmptyResult)) {
    const input: Params =
      result === null ? [] : 'digits' in result ? [['Digits', result.digits], ['FinishedOnKey', result.key]] : [['SpeechResult', result.speech], ['Confidence', result.confidence]];
    request(w, call, { url: g.action, method: g.method, kind: 'gather-action', params: [...voiceParams(call), ...input] });
    return;
  }
  run(w, call);
}

/** One key for a `<Gather>` listening for keys. */
function gatherKey(w: World, call: Call, g: GatherState, key: string): void {
  w.note(call, { kind: 'input', text: key, reason: 'dtmf' });
  // The finish key is left out of Digits; pressed before any other key it ends the input with none.
  if (g.finishOnKey !== '' && key === g.finishOnKey) return endGather(w, call, g.digits === '' ? null : { digits: g.digits, key }, 'finish-key');
  g.digits += key;
  if (g.digits.length >= g.numDigits) return endGather(w, call, { digits: g.digits, key: '' }, 'num-digits');
  listen(w, call, g);
}

/**
 * Keys pressed on the call, one after another: a `<Gather>` listening for keys takes them, and `*` takes
 * a call out of a conference joined with `<Dial hangupOnStar="true">`. Keys that come while the next
 * document is being fetched, or that nothing listens for, are not heard. Returns whether any key was.
 */
export function pressKeys(w: World, call: Call, digits: string): boolean {
  let heard = false;
  for (const key of digits) {
    if (!isLive(call)) break;
    const prog = programOf(call);
    if (prog?.gather?.dtmf) gatherKey(w, call, prog.gather, key);
    else if (prog?.dial?.hangupOnStar && key === '*') {
      leaveConference(w, call, 'participant_hung_up');
      afterDial(w, call, 'answered');
    } else continue;
    heard = true;
  }
  return heard;
}

/** `Confidence` as the voice request writes it: a decimal from 0 to 1, never in exponent form. */
const formatConfidence = (confidence: number) => confidence.toFixed(8).replace(/\.?0+$/, '') || '0';

/**
 * The caller says something: a `<Gather>` listening for speech (and not already taking keys) ends with
 * it as `SpeechResult`. Returns whether it was heard.
 */
export function utter(w: World, call: Call, text: string, confidence: number): boolean {
  const g = programOf(call)?.gather;
  if (!g?.speech || g.digits !== '') return false;
  w.note(call, { kind: 'input', text, reason: 'speech' });
  endGather(w, call, { speech: text, confidence: formatConfidence(confidence) }, 'speech');
  return true;
}

// ---------------------------------------------------------------------------------------------------------
// Waiting for a conference to start: the waitUrl

/**
 * What a participant hears until its conference starts: Twilio's hold music (`url` null, recorded, not
 * fetched), silence (`''`), or the `waitUrl`: audio, or a document of Say/Play/Pause/Redirect that runs
 * once (silence after its last verb; a `<Redirect>` loops it).
 */
export function startWaiting(w: World, call: Call, url: string | null, method: 'GET' | 'POST'): void {
  if (url === null) {
    w.note(call, { kind: 'played', url: DEFAULT_WAIT_URL, reason: 'wait' });
    return;
  }
  if (url === '') {
    w.note(call, { kind: 'waiting', reason: 'silence' });
    return;
  }
  const prog = ensureProgram(call);
  prog.wait = { url, verbs: [], pc: 0, nextAt: null };
  request(w, call, { url, method, kind: 'wait-url', params: voiceParams(call) }, true);
}

/** The conference started: wait music stops. */
export function stopWaiting(w: World, call: Call): void {
  w.clock.cancelGroup(`wait:${call.sid}`);
  const prog = programOf(call);
  if (prog) prog.wait = null;
}

function onWaitDocument(w: World, call: Call, result: DocumentResult): void {
  const prog = programOf(call)!;
  const wait = prog.wait!;
  w.note(call, { kind: 'fetched', url: result.url, reason: 'wait-url', ...(!result.ok && { code: result.code }) });
  if (!result.ok) {
    // facts A.3: the conference is not fully established; the <Dial> ends and the call goes on.
    alert(w, call, result.code, 'error', result.message, result.url);
    prog.wait = null;
    if (prog.dial) {
      leaveConference(w, call, 'participant_hung_up');
      afterDial(w, call, 'failed');
    }
    return;
  }
  if (result.type === 'audio') {
    w.note(call, { kind: 'played', url: result.url, reason: 'wait' });
    return;
  }
  const loaded = load(w, call, result.type === 'twiml' ? result.xml : result.text, 'waitUrl', result.url);
  if (!('length' in loaded)) {
    alert(w, call, loaded.code, 'error', loaded.message, result.url);
    w.note(call, { kind: 'waiting', reason: 'silence' });
    return;
  }
  wait.url = result.url;
  wait.verbs = loaded;
  wait.pc = 0;
  runWait(w, call);
}

function runWait(w: World, call: Call): void {
  const wait = programOf(call)?.wait;
  if (!wait || !isLive(call)) return;
  wait.nextAt = null;
  const verb = wait.verbs[wait.pc];
  if (!verb) {
    w.note(call, { kind: 'waiting', reason: 'silence' });
    return;
  }
  wait.pc += 1;
  if (verb.name === 'Redirect') {
    const target = verb.text === '' ? wait.url : (href(w, call, verb.text, wait.url, '<Redirect>') ?? null);
    if (target === null) return runWait(w, call);
    request(w, call, { url: target, method: verb.attributes.method, kind: 'wait-url', params: voiceParams(call) }, true);
    return;
  }
  const ms = timedVerb(w, call, verb) ?? 0;
  wait.nextAt = w.now() + ms;
  armWait(w, call);
}

function armWait(w: World, call: Call): void {
  const wait = programOf(call)?.wait;
  if (!wait || wait.nextAt === null) return;
  w.clock.cancelGroup(`wait:${call.sid}`);
  w.clock.schedule(wait.nextAt, `wait:${call.sid}`, () => {
    if (programOf(call)?.wait === wait) runWait(w, call);
  });
}

/** After a snapshot import: the timers and the request in flight of a call's TwiML. */
export function armProgram(w: World, call: Call): void {
  const prog = programOf(call);
  if (!prog || !isLive(call)) return;
  armDialLimit(w, call);
  armWait(w, call);
  armGather(w, call);
  if (prog.pending) request(w, call, prog.pending);
}
