/**
 * Seeds and snapshots. A seed is a small JSON world (accounts, conferences with their participants and
 * recordings) where most fields may be left out; a snapshot is the same shape with every field present,
 * plus the clock and a version. Both are validated field by field, and an error names the bad field by
 * its path (`conferences[2].participants[0].status: …`).
 */
import { timeRangeProblem } from './clock.js';
import {
  LIMITS,
  PARTICIPANT_EVENT_KEYS,
  type Account,
  type Announcement,
  type Callback,
  type Conference,
  type Call,
  type CallStep,
  type Participant,
  type ParticipantEvents,
  type PhoneNumber,
  type Recording,
  type TimelineEntry,
  callDirections,
  callStatuses,
  conferenceStatuses,
  endReasons,
  isActive,
  leaveReasons,
  noParticipantEvents,
  NO_EVENTS,
  NO_TIMELINE,
  participantStatuses,
  recordingStatuses,
  regions,
  timelineKinds,
} from './store.js';
import { MAX_QUALITY_CHANGES, QUALITY_DIRECTIONS, type QualityChange } from './engine/quality.js';
import { resolveUrl } from './twiml/fetch.js';
import type { Program } from './twiml/interpret.js';
import { SidFactory, formatNumber, isSid } from './util.js';

export const SNAPSHOT_FORMAT = 'conference-kit-sandbox-snapshot';
export const SNAPSHOT_VERSION = 1;

export class SeedError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
    this.name = 'SeedError';
  }
}

type Obj = Record<string, unknown>;

/**
 * The field lists of the records a large seed has by the hundred thousand, as sets: a key is found in a
 * set in about half the time a search of a list of 34 takes.
 */
const FIELD_SETS = new Map<readonly string[], ReadonlySet<string>>();

const describe = (v: unknown) => (typeof v === 'string' ? `"${v}"` : v === undefined ? 'nothing' : JSON.stringify(v));

export class Reader {
  constructor(
    readonly obj: Obj,
    readonly path: string,
    private readonly known: readonly string[],
  ) {
    const knownSet = FIELD_SETS.get(known);
    for (const k of Object.keys(obj)) {
      if (!(knownSet ? knownSet.has(k) : known.includes(k))) throw new SeedError(`${path}.${k}`, `unknown field (known: ${known.join(', ')})`);
    }
  }
  static of(v: unknown, path: string, known: readonly string[]): Reader {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new SeedError(path, `expected an object, got ${describe(v)}`);
    return new Reader(v as Obj, path, known);
  }
  /** The path of field `k`, made only for an error or a list item: most fields are read and never named. */
  private at(k: string) {
    return `${this.path}.${k}`;
  }
  has(k: string) {
    return this.obj[k] !== undefined;
  }
  str(k: string, max: number, def?: string): string {
    const v = this.obj[k];
    if (v === undefined && def !== undefined) return def;
    if (typeof v !== 'string') throw new SeedError(this.at(k), `expected a string, got ${describe(v)}`);
    if (v.length > max) throw new SeedError(this.at(k), `is ${v.length} characters long; at most ${max}`);
    return v;
  }
  strOrNull(k: string, max: number, def: string | null = null): string | null {
    const v = this.obj[k];
    if (v === undefined) return def;
    if (v === null) return null;
    return this.str(k, max);
  }
  bool(k: string, def: boolean): boolean {
    const v = this.obj[k];
    if (v === undefined) return def;
    if (typeof v !== 'boolean') throw new SeedError(this.at(k), `expected true or false, got ${describe(v)}`);
    return v;
  }
  /** An integer in [min, max]; without bounds, any integer JSON and arithmetic keep exact. */
  int(k: string, def: number, min = -Number.MAX_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER): number {
    const v = this.obj[k];
    if (v === undefined) return def;
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min || v > max) {
      throw new SeedError(this.at(k), `expected an integer from ${min} to ${max}, got ${describe(v)}`);
    }
    return v;
  }
  /** A finite number in [min, max]. */
  number(k: string, min: number, max: number): number {
    const v = this.obj[k];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) {
      throw new SeedError(this.at(k), `expected a number from ${min} to ${max}, got ${describe(v)}`);
    }
    return v;
  }
  intOrNull(k: string, def: number | null = null): number | null {
    const v = this.obj[k];
    if (v === undefined) return def;
    if (v === null) return null;
    return this.int(k, 0);
  }
  time(k: string, def?: number): number {
    const v = this.obj[k];
    if (v === undefined && def !== undefined) return def;
    const ms = typeof v === 'number' ? v : typeof v === 'string' && v.length <= 64 ? Date.parse(v) : NaN;
    if (!Number.isFinite(ms)) throw new SeedError(this.at(k), `expected an ISO 8601 date-time or epoch milliseconds, got ${describe(v)}`);
    const problem = timeRangeProblem(ms);
    if (problem) throw new SeedError(this.at(k), `${describe(v)} ${problem}`);
    return ms;
  }
  timeOrNull(k: string, def: number | null = null): number | null {
    const v = this.obj[k];
    if (v === undefined) return def;
    if (v === null) return null;
    return this.time(k);
  }
  oneOf<T extends string>(k: string, values: readonly T[], def?: T): T {
    const v = this.obj[k];
    if (v === undefined && def !== undefined) return def;
    const i = typeof v === 'string' ? (values as readonly string[]).indexOf(v) : -1;
    if (i < 0) throw new SeedError(this.at(k), `expected one of ${values.join(', ')}, got ${describe(v)}`);
    // The list's own string: one copy of "completed" for the world instead of one per record.
    return values[i]!;
  }
  oneOfOrNull<T extends string>(k: string, values: readonly T[], def: T | null = null): T | null {
    const v = this.obj[k];
    if (v === undefined) return def;
    if (v === null) return null;
    return this.oneOf(k, values);
  }
  sid(k: string, prefix: string, mint?: () => string): string {
    const v = this.obj[k];
    if (v === undefined && mint) return mint();
    if (!isSid(prefix, v)) throw new SeedError(this.at(k), `expected a ${prefix} SID (${prefix} + 32 hex digits), got ${describe(v)}`);
    return v as string;
  }
  sidOrNull(k: string, prefix: string): string | null {
    const v = this.obj[k];
    if (v === undefined || v === null) return null;
    return this.sid(k, prefix);
  }
  list(k: string, maxItems = Infinity): Array<{ value: unknown; path: string }> {
    const v = this.obj[k];
    if (v === undefined) return [];
    if (!Array.isArray(v)) throw new SeedError(this.at(k), `expected an array, got ${describe(v)}`);
    if (v.length > maxItems) throw new SeedError(this.at(k), `has ${v.length} items; at most ${maxItems}`);
    return v.map((value, i) => ({ value, path: `${this.at(k)}[${i}]` }));
  }
  strings(k: string, def: string[] = [], allowed?: readonly string[]): string[] {
    if (this.obj[k] === undefined) return def;
    return this.list(k, LIMITS.items).map(({ value, path }) => {
      if (typeof value !== 'string') throw new SeedError(path, `expected a string, got ${describe(value)}`);
      if (allowed && !allowed.includes(value)) throw new SeedError(path, `expected one of ${allowed.join(', ')}, got ${describe(value)}`);
      return value;
    });
  }
  /** Instants in epoch milliseconds, within the clock's range. */
  instants(k: string, maxItems: number): number[] {
    return this.list(k, maxItems).map(({ value, path }) => {
      if (typeof value !== 'number' || !Number.isFinite(value)) throw new SeedError(path, `expected epoch milliseconds, got ${describe(value)}`);
      const problem = timeRangeProblem(value);
      if (problem) throw new SeedError(path, `${value} ${problem}`);
      return value;
    });
  }
  raw(k: string): unknown {
    this.at(k);
    return this.obj[k];
  }
}

export interface ParsedWorld {
  accounts: Account[];
  conferences: Conference[];
  calls: Call[];
  /**
   * The same calls, conferences and participants by SID, in the same order: the world takes these maps
   * over instead of building its own (the reader builds them anyway, to find a SID given twice).
   */
  callsBySid?: Map<string, Call>;
  conferencesBySid?: Map<string, Conference>;
  participantsBySid?: Map<string, Participant>;
  /** Each call's latest participant, an active one before any other (the world's `participantsByCall`). */
  participantsByCall?: Map<string, Participant>;
  numbers: PhoneNumber[];
  clock?: { now: number; frozen: boolean };
  sidSeed?: number;
}

const CONFERENCE_EVENTS = ['start', 'end', 'join', 'leave', 'mute', 'hold', 'modify', 'speaker', 'announcement'];

function readCallback(v: unknown, path: string, defaults: string[], allowed: readonly string[]): Callback | null {
  if (v === undefined || v === null) return null;
  const r = Reader.of(v, path, ['url', 'method', 'events']);
  const url = r.str('url', LIMITS.url);
  try {
    new URL(url);
  } catch {
    throw new SeedError(`${path}.url`, `expected an absolute URL, got "${url}"`);
  }
  return { url, method: r.oneOf('method', ['GET', 'POST'] as const, 'POST'), events: r.strings('events', defaults, allowed) };
}

const ACCOUNT_FIELDS = ['sid', 'authToken', 'friendlyName', 'apiKeys', 'ownerAccountSid'];
const CONFERENCE_FIELDS = [
  'sid', 'accountSid', 'friendlyName', 'region', 'regionRequested', 'status', 'dateCreated', 'dateUpdated', 'startTime',
  'endTime', 'reasonConferenceEnded', 'callSidEndingConference', 'labelEndingConference', 'maxParticipants', 'record',
  'trim', 'statusCallback', 'recordingStatusCallback', 'sequence', 'peakConcurrent', 'announcements', 'tags',
  'detectedIssues', 'participants', 'recordings',
];
const PARTICIPANT_FIELDS = [
  'callSid', 'participantSid', 'label', 'from', 'to', 'direction', 'status', 'callStatus', 'muted', 'enterMuted', 'hold',
  'coaching', 'callSidToCoach', 'startConferenceOnEnter', 'endConferenceOnExit', 'beepOnEnter', 'beepOnExit', 'earlyMedia',
  'waitUrl', 'jitterBufferSize', 'region', 'timeoutSeconds', 'dateCreated', 'dateUpdated', 'queueTimeMs', 'ringStartedAt',
  'joinTime', 'leaveTime', 'leaveReason', 'events', 'statusCallback', 'callSequence', 'next', 'spoke',
];
/** A participant's fields that describe its call: a seed without `calls` gives them here (format 1 before calls). */
const LEG_FIELDS = ['direction', 'callStatus', 'statusCallback', 'callSequence', 'next', 'timeoutSeconds', 'queueTimeMs', 'ringStartedAt'];
const CALL_FIELDS = [
  'sid', 'accountSid', 'from', 'to', 'direction', 'status', 'parentCallSid', 'dateCreated', 'dateUpdated', 'startTime',
  'answerTime', 'endTime', 'callerName', 'forwardedFrom', 'phoneNumberSid', 'queueTimeMs', 'timeoutSeconds', 'timeLimitSeconds',
  'statusCallback', 'callSequence', 'voice', 'next', 'ringStartedAt', 'endReason', 'timeline', 'deleted', 'program',
  'quality',
];
const NUMBER_FIELDS = [
  'sid', 'accountSid', 'phoneNumber', 'friendlyName', 'voiceUrl', 'voiceMethod', 'voiceFallbackUrl', 'voiceFallbackMethod',
  'statusCallback', 'statusCallbackMethod', 'voiceCallerIdLookup', 'dateCreated', 'dateUpdated',
];
for (const fields of [CONFERENCE_FIELDS, PARTICIPANT_FIELDS, CALL_FIELDS, NUMBER_FIELDS]) FIELD_SETS.set(fields, new Set(fields));
/** E.164: a `+` and up to fifteen digits, the first not 0. */
export const E164 = /^\+[1-9][0-9]{1,14}$/;
const CALL_STEPS = ['initiate', 'ring', 'answer', 'busy', 'no-answer', 'fail', 'continue'] as const;
const CALL_EVENTS = ['initiated', 'ringing', 'answered', 'completed'];
const LIVE_CALL = new Set(['queued', 'initiated', 'ringing', 'in-progress']);

function readStep(v: unknown, path: string): CallStep | null {
  if (v === undefined || v === null) return null;
  const nr = Reader.of(v, path, ['at', 'step']);
  return { at: nr.time('at'), step: nr.oneOf('step', CALL_STEPS) };
}

function readQuality(r: Reader): QualityChange[] | undefined {
  if (!r.has('quality')) return undefined;
  return r.list('quality', MAX_QUALITY_CHANGES).map(({ value, path }) => {
    const qr = Reader.of(value, path, ['at', 'until', 'direction', 'jitterMs', 'packetLossPercent', 'latencyMs', 'silent']);
    const at = qr.time('at');
    const until = qr.timeOrNull('until');
    if (until !== null && until <= at) throw new SeedError(`${path}.until`, 'must be later than at');
    return {
      at,
      until,
      direction: qr.oneOf('direction', QUALITY_DIRECTIONS),
      jitterMs: qr.number('jitterMs', 0, 10_000),
      packetLossPercent: qr.number('packetLossPercent', 0, 100),
      latencyMs: qr.number('latencyMs', 0, 10_000),
      silent: qr.bool('silent', false),
    };
  });
}

function readCall(r: Reader, path: string, opts: { now: number; sids: SidFactory; accountSids: ReadonlySet<string>; intern: (s: string) => string }): Call {
  const sid = r.sid('sid', 'CA', () => opts.sids.mint('CA'));
  const accountSid = r.sid('accountSid', 'AC');
  if (!opts.accountSids.has(accountSid)) throw new SeedError(`${path}.accountSid`, `account ${accountSid} is not among the accounts`);
  const status = r.oneOf('status', callStatuses, 'completed');
  const dateCreated = r.time('dateCreated', opts.now);
  const live = LIVE_CALL.has(status);
  const answerTime = r.timeOrNull('answerTime', status === 'in-progress' || status === 'completed' ? dateCreated : null);
  if (status === 'in-progress' && answerTime === null) throw new SeedError(`${path}.answerTime`, 'an in-progress call has an answerTime');
  const endTime = r.timeOrNull('endTime', live ? null : (answerTime ?? dateCreated));
  if (live !== (endTime === null)) throw new SeedError(`${path}.endTime`, 'is set exactly when the call has ended');
  const voice = r.raw('voice');
  let source: Call['voice'] = null;
  if (voice !== undefined && voice !== null) {
    const vr = Reader.of(voice, `${path}.voice`, ['url', 'method', 'twiml', 'fallbackUrl', 'fallbackMethod']);
    source = {
      url: vr.strOrNull('url', LIMITS.url),
      method: vr.oneOf('method', ['GET', 'POST'] as const, 'POST'),
      twiml: vr.strOrNull('twiml', LIMITS.url),
      fallbackUrl: vr.strOrNull('fallbackUrl', LIMITS.url),
      fallbackMethod: vr.oneOf('fallbackMethod', ['GET', 'POST'] as const, 'POST'),
    };
    if ((source.url === null) === (source.twiml === null)) throw new SeedError(`${path}.voice`, 'gives exactly one of url and twiml');
  }
  const timelineItems = r.list('timeline', LIMITS.events);
  const timeline = timelineItems.length === 0 ? NO_TIMELINE : timelineItems.map(({ value, path: tp }): TimelineEntry => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new SeedError(tp, `expected an object, got ${describe(value)}`);
    const e = value as Obj;
    const tr = Reader.of(e, tp, Object.keys(e));
    const entry = { ...e, at: tr.time('at'), kind: tr.oneOf('kind', timelineKinds) } as TimelineEntry;
    for (const [k, v] of Object.entries(entry)) {
      if (typeof v !== 'string' && typeof v !== 'number') throw new SeedError(`${tp}.${k}`, `expected a string or a number, got ${describe(v)}`);
    }
    return entry;
  });
  const program = r.raw('program');
  if (program !== undefined && program !== null) {
    const pr = program as Partial<Program>;
    if (typeof program !== 'object' || !Array.isArray(pr.verbs) || typeof pr.pc !== 'number' || typeof pr.gen !== 'number') {
      throw new SeedError(`${path}.program`, 'expected a TwiML program as a snapshot exports it (gen, pc, verbs, …)');
    }
  }
  return {
    sid,
    accountSid,
    from: opts.intern(r.str('from', LIMITS.address)),
    to: opts.intern(r.str('to', LIMITS.address)),
    direction: r.oneOf('direction', callDirections, 'outbound-api'),
    status,
    parentCallSid: r.sidOrNull('parentCallSid', 'CA'),
    dateCreated,
    dateUpdated: r.time('dateUpdated', endTime ?? answerTime ?? dateCreated),
    startTime: r.timeOrNull('startTime', status === 'queued' ? null : dateCreated),
    answerTime,
    endTime,
    callerName: r.strOrNull('callerName', LIMITS.address),
    forwardedFrom: r.strOrNull('forwardedFrom', LIMITS.address),
    phoneNumberSid: r.sidOrNull('phoneNumberSid', 'PN'),
    queueTimeMs: r.int('queueTimeMs', 0, 0),
    timeoutSeconds: r.int('timeoutSeconds', 60, 5, 600),
    timeLimitSeconds: r.int('timeLimitSeconds', 14_400, 1, 86_400),
    callback: readCallback(r.raw('statusCallback'), `${path}.statusCallback`, ['completed'], CALL_EVENTS),
    callSequence: r.int('callSequence', -1, -1),
    voice: source,
    next: live ? (readStep(r.raw('next'), `${path}.next`) ?? (status === 'in-progress' ? null : { at: opts.now, step: status === 'queued' ? 'initiate' : status === 'initiated' ? 'ring' : 'answer' })) : null,
    ringStartedAt: r.timeOrNull('ringStartedAt'),
    conferenceSid: null,
    endReason: r.strOrNull('endReason', LIMITS.name, live ? null : 'completed'),
    timeline,
    deleted: r.bool('deleted', false),
    // A copy: the call changes its program as it runs, and the snapshot it came from may be imported again.
    program: program == null ? null : (structuredClone(program) as Program),
    ...(r.has('quality') ? { quality: readQuality(r)! } : {}),
  };
}

/** An absolute http(s) URL or null, as a number's voice and callback URLs must be. */
function readNumberUrl(r: Reader, k: string, path: string): string | null {
  const url = r.strOrNull(k, LIMITS.url);
  if (url !== null && resolveUrl(url, null) === null) throw new SeedError(`${path}.${k}`, `expected an absolute http or https URL, got "${url}"`);
  return url;
}

function readNumber(r: Reader, path: string, opts: { now: number; sids: SidFactory; accountSids: ReadonlySet<string> }): PhoneNumber {
  const accountSid = r.sid('accountSid', 'AC');
  if (!opts.accountSids.has(accountSid)) throw new SeedError(`${path}.accountSid`, `account ${accountSid} is not among the accounts`);
  const phoneNumber = r.str('phoneNumber', 16);
  if (!E164.test(phoneNumber)) throw new SeedError(`${path}.phoneNumber`, `expected a number in E.164 format (+15017122661), got "${phoneNumber}"`);
  const voiceUrl = readNumberUrl(r, 'voiceUrl', path);
  const voiceFallbackUrl = readNumberUrl(r, 'voiceFallbackUrl', path);
  if (voiceFallbackUrl !== null && voiceUrl === null) throw new SeedError(`${path}.voiceFallbackUrl`, 'a fallback URL needs a voiceUrl to fall back from');
  const dateCreated = r.time('dateCreated', opts.now);
  return {
    sid: r.sid('sid', 'PN', () => opts.sids.mint('PN')),
    accountSid,
    phoneNumber,
    friendlyName: r.str('friendlyName', LIMITS.numberName, formatNumber(phoneNumber)),
    voiceUrl,
    voiceMethod: r.oneOf('voiceMethod', ['GET', 'POST'] as const, 'POST'),
    voiceFallbackUrl,
    voiceFallbackMethod: r.oneOf('voiceFallbackMethod', ['GET', 'POST'] as const, 'POST'),
    statusCallback: readNumberUrl(r, 'statusCallback', path),
    statusCallbackMethod: r.oneOf('statusCallbackMethod', ['GET', 'POST'] as const, 'POST'),
    voiceCallerIdLookup: r.bool('voiceCallerIdLookup', false),
    dateCreated,
    dateUpdated: r.time('dateUpdated', dateCreated),
  };
}

/** The call of a participant from a seed that has no `calls` (or does not list this one): its leg fields. */
function legacyCall(pr: Reader, pp: string, p: Participant, opts: { now: number; accountSid: string; intern: (s: string) => string }): Call {
  const defaultCall = { queued: 'queued', connecting: 'initiated', ringing: 'ringing', connected: 'in-progress', complete: 'completed', failed: 'failed' } as const;
  const status = pr.oneOf('callStatus', callStatuses, defaultCall[p.status]);
  const live = LIVE_CALL.has(status);
  if (ACTIVE.has(p.status) !== live) throw new SeedError(`${pp}.callStatus`, `a ${p.status} participant's call cannot be ${status}`);
  const direction = pr.oneOf('direction', ['inbound', 'outbound'] as const, 'outbound');
  const queueTimeMs = pr.int('queueTimeMs', 0, 0);
  const endTime = live ? null : (p.leaveTime ?? p.dateUpdated);
  let next: CallStep | null = readStep(pr.raw('next'), `${pp}.next`);
  if (next === null && (p.status === 'queued' || p.status === 'connecting' || p.status === 'ringing')) {
    next = { at: opts.now, step: p.status === 'queued' ? 'initiate' : p.status === 'connecting' ? 'ring' : 'answer' };
  }
  return {
    sid: p.callSid,
    accountSid: opts.accountSid,
    from: opts.intern(pr.str('from', LIMITS.address)),
    to: opts.intern(pr.str('to', LIMITS.address)),
    direction: direction === 'inbound' ? 'inbound' : 'outbound-api',
    status,
    parentCallSid: null,
    dateCreated: p.dateCreated,
    dateUpdated: p.dateUpdated,
    startTime: status === 'queued' ? null : p.dateCreated + queueTimeMs,
    answerTime: p.joinTime,
    endTime: endTime === null ? null : Math.max(endTime, p.dateCreated),
    callerName: null,
    forwardedFrom: null,
    phoneNumberSid: null,
    queueTimeMs,
    timeoutSeconds: pr.int('timeoutSeconds', 60, 5, 600),
    timeLimitSeconds: 14_400,
    callback: readCallback(pr.raw('statusCallback'), `${pp}.statusCallback`, ['completed'], CALL_EVENTS),
    callSequence: pr.int('callSequence', -1, -1),
    voice: null,
    next: live ? next : null,
    ringStartedAt: pr.timeOrNull('ringStartedAt'),
    conferenceSid: ACTIVE.has(p.status) ? p.conferenceSid : null,
    endReason: live ? null : (p.leaveReason ?? 'completed'),
    timeline: NO_TIMELINE,
    deleted: false,
    program: null,
  };
}

/** A participant whose call is in `calls`: the call must agree with it, and the leg fields belong on the call. */
function checkGivenCall(call: Call, p: Participant, pr: Reader, pp: string, conferenceSid: string): void {
  for (const k of LEG_FIELDS) if (pr.has(k)) throw new SeedError(`${pp}.${k}`, `belongs on call ${call.sid} in $.calls`);
  if (pr.str('from', LIMITS.address) !== call.from || pr.str('to', LIMITS.address) !== call.to) throw new SeedError(`${pp}.from`, `from and to must be those of call ${call.sid}`);
  if (call.accountSid !== p.accountSid) throw new SeedError(`${pp}.callSid`, `call ${call.sid} belongs to another account`);
  if (ACTIVE.has(p.status)) {
    if (!LIVE_CALL.has(call.status)) throw new SeedError(`${pp}.status`, `an active participant's call cannot be ${call.status}`);
    if (call.conferenceSid !== null) throw new SeedError(`${pp}.callSid`, `call ${call.sid} is already active in conference ${call.conferenceSid}`);
    call.conferenceSid = conferenceSid;
  }
}

const RECORDING_FIELDS = [
  'sid', 'status', 'callSid', 'dateCreated', 'dateUpdated', 'startTime', 'recordedMs', 'runningSince', 'channels', 'source',
  'errorCode', 'completesAt',
];
const TAGS = [
  'invalid_requested_region', 'duplicate_identity', 'start_failure', 'region_configuration_issues', 'quality_warnings',
  'participant_behavior_issues', 'high_packet_loss', 'high_jitter', 'high_latency', 'low_mos', 'detected_silence',
];

/** Where each top-level list stands in the order the world is read: accounts, numbers, calls, conferences. */
export const WORLD_STAGES = ['header', 'accounts', 'numbers', 'calls', 'conferences'] as const;
export type WorldStage = (typeof WORLD_STAGES)[number];
export const TOP_FIELDS = ['format', 'version', 'clock', 'sidSeed', 'accounts', 'numbers', 'calls', 'conferences'];

export interface WorldParserOptions {
  snapshot: boolean;
  now: number;
  sids: SidFactory;
  knownAccounts: ReadonlySet<string>;
}

/**
 * Reads a world one part at a time, in the order `parseWorld` reads it: the header (format, version,
 * clock, SID seed), the accounts, then each number, call and conference. A streaming reader hands it
 * list items as they are parsed, so the document never exists whole beside the records it becomes.
 */
export class WorldParser {
  readonly out: ParsedWorld = { accounts: [], conferences: [], calls: [], numbers: [] };
  private readonly accountSids: Set<string>;
  private readonly seen = new Set<string>();
  private readonly phones = new Set<string>();
  private readonly numbersPerAccount = new Map<string, number>();
  private readonly calls = new Map<string, Call>();
  private readonly conferencesBySid = new Map<string, Conference>();
  private readonly participantsBySid = new Map<string, Participant>();
  private readonly participantsByCall = new Map<string, Participant>();
  /** One copy of each repeated text (account SIDs, phone numbers), up to a bound: a large world repeats a few. */
  private readonly texts = new Map<string, string>();
  readonly intern = (text: string): string => {
    const known = this.texts.get(text);
    if (known !== undefined) return known;
    if (this.texts.size < 65_536) this.texts.set(text, text);
    return text;
  };

  constructor(private readonly opts: WorldParserOptions) {
    this.accountSids = new Set(opts.knownAccounts);
  }

  /** The top-level fields other than the lists; `top` holds what the document gave of them. */
  header(top: Reader): void {
    const { out } = this;
    if (this.opts.snapshot) {
      if (top.raw('format') !== SNAPSHOT_FORMAT) throw new SeedError('$.format', `expected "${SNAPSHOT_FORMAT}", got ${describe(top.obj.format)}`);
      const version = top.int('version', -1);
      if (version !== SNAPSHOT_VERSION) throw new SeedError('$.version', `expected ${SNAPSHOT_VERSION}, got ${describe(top.obj.version)}`);
      const clock = Reader.of(top.raw('clock'), '$.clock', ['now', 'frozen']);
      out.clock = { now: clock.time('now'), frozen: clock.bool('frozen', true) };
      out.sidSeed = top.int('sidSeed', 0, 0, 2 ** 32 - 1);
    } else {
      if (top.has('version') && top.int('version', 1) !== 1) throw new SeedError('$.version', `expected 1, got ${describe(top.obj.version)}`);
      if (top.has('format')) top.raw('format');
    }
  }

  /** The whole `accounts` list (it is small: the sandbox holds at most a few thousand). */
  accounts(items: Array<{ value: unknown; path: string }>): void {
    const { out, accountSids } = this;
    for (const { value, path } of items) {
      const r = Reader.of(value, path, ACCOUNT_FIELDS);
      const sid = r.sid('sid', 'AC');
      if (out.accounts.some((a) => a.sid === sid)) throw new SeedError(`${path}.sid`, `duplicate account ${sid}`);
      const apiKeys = r.list('apiKeys', LIMITS.apiKeys).map(({ value: k, path: kp }) => {
        const kr = Reader.of(k, kp, ['sid', 'secret']);
        return { sid: kr.sid('sid', 'SK'), secret: kr.str('secret', LIMITS.secret) };
      });
      const authToken = r.str('authToken', LIMITS.secret);
      if (authToken.length === 0) throw new SeedError(`${path}.authToken`, 'must not be empty');
      const owner = r.sidOrNull('ownerAccountSid', 'AC');
      out.accounts.push({
        sid,
        authToken,
        friendlyName: r.str('friendlyName', LIMITS.name, `Sandbox account ${sid.slice(-4)}`),
        apiKeys,
        ...(owner !== null && owner !== sid ? { ownerAccountSid: owner } : {}),
      });
      accountSids.add(sid);
    }
    // A subaccount's owner is a main account of the same world: Twilio has no subaccounts of subaccounts.
    for (const [i, a] of out.accounts.entries()) {
      if (a.ownerAccountSid === undefined) continue;
      const owner = out.accounts.find((o) => o.sid === a.ownerAccountSid);
      if (!owner) throw new SeedError(`$.accounts[${i}].ownerAccountSid`, `account ${a.ownerAccountSid} is not among the accounts`);
      if (owner.ownerAccountSid !== undefined) throw new SeedError(`$.accounts[${i}].ownerAccountSid`, `${owner.sid} is itself a subaccount`);
    }
  }

  /**
   * Takes `sid` for the record at `path` (its `field`); a SID taken before is an error. Call, conference
   * and participant SIDs are looked up in the records of their kind read so far (each is added there
   * before another SID of its kind is claimed): a second set of 600,000 SIDs would double the largest
   * transient of a large seed.
   */
  private claim(sid: string, path: string, field: string): void {
    const records = sid.startsWith('CA') ? this.calls : sid.startsWith('CP') ? this.participantsBySid : sid.startsWith('CF') ? this.conferencesBySid : null;
    if (records ? records.has(sid) : this.seen.has(sid)) throw new SeedError(`${path}.${field}`, `duplicate SID ${sid}`);
    if (!records) this.seen.add(sid);
  }

  number(value: unknown, path: string): void {
    const { now, sids } = this.opts;
    const n = readNumber(Reader.of(value, path, NUMBER_FIELDS), path, { now, sids, accountSids: this.accountSids });
    this.claim(n.sid, path, 'sid');
    if (this.phones.has(n.phoneNumber)) throw new SeedError(`${path}.phoneNumber`, `${n.phoneNumber} is already a number of the world`);
    this.phones.add(n.phoneNumber);
    const count = (this.numbersPerAccount.get(n.accountSid) ?? 0) + 1;
    if (count > LIMITS.numbers) throw new SeedError(path, `account ${n.accountSid} has more than ${LIMITS.numbers} numbers`);
    this.numbersPerAccount.set(n.accountSid, count);
    this.out.numbers.push(n);
  }

  call(value: unknown, path: string): void {
    const { now, sids } = this.opts;
    const call = readCall(Reader.of(value, path, CALL_FIELDS), path, { now, sids, accountSids: this.accountSids, intern: this.intern });
    this.claim(call.sid, path, 'sid');
    this.calls.set(call.sid, call);
    this.out.calls.push(call);
  }

  conference(value: unknown, path: string): void {
    const { out, calls, accountSids } = this;
    const { now, sids } = this.opts;
    const claim = (sid: string, at: string, field: string) => this.claim(sid, at, field);
    const r = Reader.of(value, path, CONFERENCE_FIELDS);
    const sid = r.sid('sid', 'CF', () => sids.mint('CF'));
    claim(sid, path, 'sid');
    const accountSid = this.intern(r.sid('accountSid', 'AC'));
    if (!accountSids.has(accountSid)) throw new SeedError(`${path}.accountSid`, `account ${accountSid} is not among the accounts`);
    const status = r.oneOf('status', conferenceStatuses);
    const dateCreated = r.time('dateCreated', now);
    const startTime = r.timeOrNull('startTime', status === 'init' ? null : dateCreated);
    const endTime = r.timeOrNull('endTime', status === 'completed' ? Math.max(startTime ?? dateCreated, dateCreated) : null);
    if (status === 'init' && (startTime !== null || endTime !== null)) throw new SeedError(`${path}.startTime`, 'an init conference has no startTime or endTime');
    if (status === 'in-progress' && (startTime === null || endTime !== null)) throw new SeedError(`${path}.startTime`, 'an in-progress conference has a startTime and no endTime');
    if (status === 'completed' && endTime === null) throw new SeedError(`${path}.endTime`, 'a completed conference has an endTime');
    if (startTime !== null && startTime < dateCreated) throw new SeedError(`${path}.startTime`, 'is before dateCreated');
    if (endTime !== null && endTime < (startTime ?? dateCreated)) throw new SeedError(`${path}.endTime`, 'is before startTime/dateCreated');
    const reason = r.oneOfOrNull('reasonConferenceEnded', endReasons, status === 'completed' ? 'last-participant-left' : null);
    if ((status === 'completed') !== (reason !== null)) throw new SeedError(`${path}.reasonConferenceEnded`, 'is set exactly when the conference is completed');
    const friendlyName = r.strOrNull('friendlyName', LIMITS.label);
    if (friendlyName === '') throw new SeedError(`${path}.friendlyName`, `must be 1–${LIMITS.label} characters`);
    const c: Conference = {
      sid,
      accountSid,
      friendlyName,
      region: r.oneOf('region', regions, 'us1'),
      regionRequested: r.oneOfOrNull('regionRequested', regions),
      status,
      dateCreated,
      dateUpdated: r.time('dateUpdated', endTime ?? startTime ?? dateCreated),
      startTime,
      endTime,
      reasonEnded: reason,
      callSidEnding: r.sidOrNull('callSidEndingConference', 'CA'),
      labelEnding: r.strOrNull('labelEndingConference', LIMITS.label),
      maxParticipants: r.int('maxParticipants', 250, 2, 250),
      record: r.oneOf('record', ['true', 'false', 'record-from-start', 'do-not-record'] as const, 'do-not-record'),
      trim: r.oneOf('trim', ['trim-silence', 'do-not-trim'] as const, 'trim-silence'),
      statusCallback: readCallback(r.raw('statusCallback'), `${path}.statusCallback`, ['start', 'end'], CONFERENCE_EVENTS),
      recordingStatusCallback: readCallback(r.raw('recordingStatusCallback'), `${path}.recordingStatusCallback`, ['completed'], ['in-progress', 'completed', 'failed', 'absent']),
      sequence: r.int('sequence', 0, 0),
      peakConcurrent: 0,
      announcements: [],
      tags: r.strings('tags', [], TAGS),
      detectedIssues: {},
      participants: [],
      recordings: [],
    };
    if (c.dateUpdated < c.dateCreated) throw new SeedError(`${path}.dateUpdated`, 'is before dateCreated');
    this.conferencesBySid.set(sid, c);
    const issues = r.raw('detectedIssues');
    if (issues !== undefined) {
      const ir = Reader.of(issues, `${path}.detectedIssues`, Object.keys(issues as Obj));
      const kinds = Object.keys(ir.obj);
      if (kinds.length > LIMITS.items) throw new SeedError(`${path}.detectedIssues`, `has ${kinds.length} kinds; at most ${LIMITS.items}`);
      for (const k of kinds) {
        if (k.length > LIMITS.name) throw new SeedError(`${path}.detectedIssues`, `a name is ${k.length} characters long; at most ${LIMITS.name}`);
        c.detectedIssues[k] = ir.int(k, 0, 0);
      }
    }
    c.announcements = r.list('announcements', LIMITS.announcements).map(({ value: a, path: ap }): Announcement => {
      const ar = Reader.of(a, ap, ['id', 'url', 'method', 'callSid', 'endsAt']);
      return { id: ar.str('id', LIMITS.name, sids.mint('AN')), url: ar.str('url', LIMITS.url), method: ar.oneOf('method', ['GET', 'POST'] as const, 'POST'), callSid: ar.sidOrNull('callSid', 'CA'), endsAt: ar.timeOrNull('endsAt') };
    });
    if (status === 'completed' && c.announcements.length > 0) throw new SeedError(`${path}.announcements`, 'a completed conference has no announcement playing');

    for (const { value: pv, path: pp } of r.list('participants', LIMITS.participantsEver)) {
      const pr = Reader.of(pv, pp, PARTICIPANT_FIELDS);
      const givenSid = pr.has('callSid') ? pr.sid('callSid', 'CA') : null;
      const given = givenSid === null ? undefined : calls.get(givenSid);
      const callSid = given?.sid ?? givenSid ?? sids.mint('CA');
      // A given SID that is not among the calls is free (that lookup is the claim's); a minted one is checked.
      if (givenSid === null) claim(callSid, pp, 'callSid');
      const participantSid = pr.sid('participantSid', 'CP', () => sids.mint('CP'));
      claim(participantSid, pp, 'participantSid');
      const pstatus = pr.oneOf('status', participantStatuses, status === 'completed' ? 'complete' : 'connected');
      const pCreated = pr.time('dateCreated', dateCreated);
      const joinTime = pr.timeOrNull('joinTime', pstatus === 'connected' || pstatus === 'complete' ? Math.max(pCreated, dateCreated) : null);
      const leaveTime = pr.timeOrNull('leaveTime', pstatus === 'complete' && joinTime !== null ? Math.max(joinTime, endTime ?? joinTime) : null);
      if (status === 'completed' && ACTIVE.has(pstatus)) throw new SeedError(`${pp}.status`, `a participant of a completed conference cannot be ${pstatus}`);
      if (pstatus === 'connected' && joinTime === null) throw new SeedError(`${pp}.joinTime`, 'a connected participant has a joinTime');
      if (leaveTime !== null && (joinTime === null || leaveTime < joinTime)) throw new SeedError(`${pp}.leaveTime`, 'needs a joinTime no later than it');
      const muted = pr.bool('muted', false);
      const events = pr.raw('events');
      let ev = NO_EVENTS;
      if (events !== undefined && events !== null) {
        const er = Reader.of(events, `${pp}.events`, PARTICIPANT_EVENT_KEYS);
        ev = noParticipantEvents();
        for (const key of PARTICIPANT_EVENT_KEYS) ev[key] = er.instants(key, LIMITS.events);
      }
      const p: Participant = {
        ordinal: c.participants.length,
        callSid,
        participantSid,
        accountSid,
        conferenceSid: sid,
        label: pr.strOrNull('label', LIMITS.label),
        status: pstatus,
        muted,
        enterMuted: pr.bool('enterMuted', muted),
        hold: pr.bool('hold', false),
        coaching: pr.bool('coaching', false),
        callSidToCoach: pr.sidOrNull('callSidToCoach', 'CA'),
        startConferenceOnEnter: pr.bool('startConferenceOnEnter', true),
        endConferenceOnExit: pr.bool('endConferenceOnExit', false),
        beepOnEnter: pr.bool('beepOnEnter', true),
        beepOnExit: pr.bool('beepOnExit', true),
        earlyMedia: pr.bool('earlyMedia', true),
        waitUrl: pr.strOrNull('waitUrl', LIMITS.url),
        jitterBufferSize: pr.oneOf('jitterBufferSize', ['off', 'small', 'medium', 'large'] as const, 'large'),
        region: pr.oneOfOrNull('region', regions),
        dateCreated: pCreated,
        dateUpdated: pr.time('dateUpdated', leaveTime ?? joinTime ?? pCreated),
        joinTime,
        leaveTime,
        leaveReason: pr.oneOfOrNull('leaveReason', leaveReasons),
        events: ev,
        ...(pr.bool('spoke', false) ? { spoke: true } : {}),
      };
      this.participantsBySid.set(participantSid, p);
      if (p.label !== null && c.participants.some((o) => ACTIVE.has(o.status) && ACTIVE.has(p.status) && o.label === p.label)) {
        throw new SeedError(`${pp}.label`, `"${p.label}" is already used by an active participant of this conference`);
      }
      if (given) {
        checkGivenCall(given, p, pr, pp, sid);
        // checkGivenCall refused a second active participant of the call.
        const other = this.participantsByCall.get(callSid);
        if (!other || !isActive(other)) this.participantsByCall.set(callSid, p);
      } else {
        const call = legacyCall(pr, pp, p, { now, accountSid, intern: this.intern });
        calls.set(call.sid, call);
        out.calls.push(call);
        this.participantsByCall.set(callSid, p);
      }
      c.participants.push(p);
    }
    const connected = c.participants.filter((p) => p.status === 'connected');
    if (status === 'in-progress' && !c.participants.some(isActive)) throw new SeedError(`${path}.participants`, 'an in-progress conference has at least one active participant');
    if (c.participants.filter(isActive).length > c.maxParticipants) throw new SeedError(`${path}.participants`, `more active participants than maxParticipants (${c.maxParticipants})`);
    if (status === 'init' && connected.length >= 2 && connected.some((p) => p.startConferenceOnEnter)) {
      throw new SeedError(`${path}.status`, 'init, but two connected participants with startConferenceOnEnter would have started it');
    }
    c.peakConcurrent = r.int('peakConcurrent', Math.max(connected.length, Math.min(2, c.participants.filter((p) => p.joinTime !== null).length)), 0);
    if (c.peakConcurrent < connected.length) throw new SeedError(`${path}.peakConcurrent`, `is less than the ${connected.length} participants connected now`);

    for (const { value: rv, path: rp } of r.list('recordings', LIMITS.items)) {
      const rr = Reader.of(rv, rp, RECORDING_FIELDS);
      const rsid = rr.sid('sid', 'RE', () => sids.mint('RE'));
      claim(rsid, rp, 'sid');
      const rstatus = rr.oneOf('status', recordingStatuses, status === 'completed' ? 'completed' : 'in-progress');
      if (status === 'completed' && (rstatus === 'in-progress' || rstatus === 'paused')) throw new SeedError(`${rp}.status`, `a completed conference's recording cannot be ${rstatus}`);
      const rCreated = rr.time('dateCreated', startTime ?? dateCreated);
      const rec: Recording = {
        ordinal: c.recordings.length,
        sid: rsid,
        accountSid,
        conferenceSid: sid,
        callSid: rr.has('callSid') ? rr.sid('callSid', 'CA') : firstCall(c, rp),
        status: rstatus,
        dateCreated: rCreated,
        dateUpdated: rr.time('dateUpdated', rstatus === 'completed' && endTime !== null ? endTime : rCreated),
        startTime: rr.time('startTime', rCreated),
        recordedMs: rr.int('recordedMs', rstatus === 'completed' && endTime !== null ? Math.max(1000, endTime - rCreated) : 0, 0),
        runningSince: rr.timeOrNull('runningSince', rstatus === 'in-progress' ? rCreated : null),
        channels: rr.int('channels', 1, 1, 2),
        source: rr.oneOf('source', ['DialVerb', 'Conference', 'OutboundAPI', 'Trunking', 'RecordVerb', 'StartCallRecordingAPI', 'StartConferenceRecordingAPI'] as const, 'Conference'),
        errorCode: rr.intOrNull('errorCode'),
        completesAt: rr.timeOrNull('completesAt', rstatus === 'processing' || rstatus === 'stopped' ? now : null),
      };
      c.recordings.push(rec);
    }
    out.conferences.push(c);
  }

  /** The checks across conferences, once all are read; returns the records. */
  finish(): ParsedWorld {
    // One active conference per account and friendly name.
    const active = new Map<string, string>();
    this.out.conferences.forEach((c, i) => {
      if (c.status === 'completed' || c.friendlyName === null) return;
      const key = `${c.accountSid}\u0000${c.friendlyName}`;
      if (active.has(key)) throw new SeedError(`$.conferences[${i}].friendlyName`, `conference ${active.get(key)} named "${c.friendlyName}" is already active`);
      active.set(key, c.sid);
    });
    this.out.callsBySid = this.calls;
    this.out.conferencesBySid = this.conferencesBySid;
    this.out.participantsBySid = this.participantsBySid;
    this.out.participantsByCall = this.participantsByCall;
    return this.out;
  }
}

/**
 * Parses a seed (`snapshot: false`) or a snapshot (`snapshot: true`) into records. `known` tells which
 * account SIDs already exist outside the world (from options), `now` fills missing dates.
 */
export function parseWorld(input: unknown, opts: WorldParserOptions): ParsedWorld {
  const top = Reader.of(input, '$', TOP_FIELDS);
  const parser = new WorldParser(opts);
  parser.header(top);
  parser.accounts(top.list('accounts'));
  for (const { value, path } of top.list('numbers')) parser.number(value, path);
  for (const { value, path } of top.list('calls')) parser.call(value, path);
  for (const { value, path } of top.list('conferences')) parser.conference(value, path);
  return parser.finish();
}

function firstCall(c: Conference, path: string): string {
  const p = c.participants[0];
  if (!p) throw new SeedError(`${path}.callSid`, 'is required when the conference has no participants');
  return p.callSid;
}

const ACTIVE = new Set(['queued', 'connecting', 'ringing', 'connected']);

const isoOf = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** The records as snapshot JSON: every field, dates as ISO 8601 with milliseconds. */
/** A participant's event instants for a snapshot: only the keys it has, so a snapshot stays as small as the world. */
function recordedEvents(events: ParticipantEvents): Partial<ParticipantEvents> {
  return Object.fromEntries(PARTICIPANT_EVENT_KEYS.filter((k) => events[k].length > 0).map((k) => [k, [...events[k]]]));
}

export function serializeWorld(accounts: Iterable<Account>, numbers: Iterable<PhoneNumber>, conferences: Iterable<Conference>, calls: ReadonlyMap<string, Call>) {
  const callOf = (sid: string) => calls.get(sid)!;
  return {
    accounts: [...accounts].map((a) => ({
      sid: a.sid,
      authToken: a.authToken,
      friendlyName: a.friendlyName,
      apiKeys: a.apiKeys.map((k) => ({ ...k })),
      ...(a.ownerAccountSid !== undefined ? { ownerAccountSid: a.ownerAccountSid } : {}),
    })),
    numbers: [...numbers].map((n) => ({ ...n, dateCreated: isoOf(n.dateCreated), dateUpdated: isoOf(n.dateUpdated) })),
    calls: [...calls.values()].map((c) => ({
      sid: c.sid,
      accountSid: c.accountSid,
      from: c.from,
      to: c.to,
      direction: c.direction,
      status: c.status,
      parentCallSid: c.parentCallSid,
      dateCreated: isoOf(c.dateCreated),
      dateUpdated: isoOf(c.dateUpdated),
      startTime: isoOf(c.startTime),
      answerTime: isoOf(c.answerTime),
      endTime: isoOf(c.endTime),
      callerName: c.callerName,
      forwardedFrom: c.forwardedFrom,
      phoneNumberSid: c.phoneNumberSid,
      queueTimeMs: c.queueTimeMs,
      timeoutSeconds: c.timeoutSeconds,
      timeLimitSeconds: c.timeLimitSeconds,
      statusCallback: c.callback,
      callSequence: c.callSequence,
      voice: c.voice,
      next: c.next ? { at: isoOf(c.next.at), step: c.next.step } : null,
      ringStartedAt: isoOf(c.ringStartedAt),
      endReason: c.endReason,
      timeline: c.timeline.map((e) => ({ ...e, at: isoOf(e.at) })),
      deleted: c.deleted,
      program: c.program === null ? null : structuredClone(c.program),
      ...(c.quality ? { quality: c.quality.map((q) => ({ ...q, at: isoOf(q.at), until: isoOf(q.until) })) } : {}),
    })),
    conferences: [...conferences].map((c) => ({
      sid: c.sid,
      accountSid: c.accountSid,
      friendlyName: c.friendlyName,
      region: c.region,
      regionRequested: c.regionRequested,
      status: c.status,
      dateCreated: isoOf(c.dateCreated),
      dateUpdated: isoOf(c.dateUpdated),
      startTime: isoOf(c.startTime),
      endTime: isoOf(c.endTime),
      reasonConferenceEnded: c.reasonEnded,
      callSidEndingConference: c.callSidEnding,
      labelEndingConference: c.labelEnding,
      maxParticipants: c.maxParticipants,
      record: c.record,
      trim: c.trim,
      statusCallback: c.statusCallback,
      recordingStatusCallback: c.recordingStatusCallback,
      sequence: c.sequence,
      peakConcurrent: c.peakConcurrent,
      announcements: c.announcements.map((a) => ({ ...a, endsAt: isoOf(a.endsAt) })),
      tags: [...c.tags],
      detectedIssues: { ...c.detectedIssues },
      participants: c.participants.map((p) => ({
        callSid: p.callSid,
        participantSid: p.participantSid,
        label: p.label,
        from: callOf(p.callSid).from,
        to: callOf(p.callSid).to,
        status: p.status,
        muted: p.muted,
        enterMuted: p.enterMuted,
        hold: p.hold,
        coaching: p.coaching,
        callSidToCoach: p.callSidToCoach,
        startConferenceOnEnter: p.startConferenceOnEnter,
        endConferenceOnExit: p.endConferenceOnExit,
        beepOnEnter: p.beepOnEnter,
        beepOnExit: p.beepOnExit,
        earlyMedia: p.earlyMedia,
        waitUrl: p.waitUrl,
        jitterBufferSize: p.jitterBufferSize,
        region: p.region,
        dateCreated: isoOf(p.dateCreated),
        dateUpdated: isoOf(p.dateUpdated),
        joinTime: isoOf(p.joinTime),
        leaveTime: isoOf(p.leaveTime),
        leaveReason: p.leaveReason,
        events: recordedEvents(p.events),
        ...(p.spoke ? { spoke: true } : {}),
      })),
      recordings: c.recordings.map((r) => ({
        sid: r.sid,
        status: r.status,
        callSid: r.callSid,
        dateCreated: isoOf(r.dateCreated),
        dateUpdated: isoOf(r.dateUpdated),
        startTime: isoOf(r.startTime),
        recordedMs: r.recordedMs,
        runningSince: isoOf(r.runningSince),
        channels: r.channels,
        source: r.source,
        errorCode: r.errorCode,
        completesAt: isoOf(r.completesAt),
      })),
    })),
  };
}

/** The default account of the default world (the one the mock's README uses). */
export const DEFAULT_ACCOUNT_SID = 'ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';

/**
 * A small, realistic world relative to `now`: conferences in each status, with participants, recordings
 * and events, all under one account whose Auth Token is `authToken`.
 */
const DEFAULT_WORLD_EARLIEST_NOW = 4 * 3_600_000;

export function defaultWorld(clockNow: number, authToken: string) {
  // Its history reaches three hours back, and no time may fall before 1970: with the clock in the first
  // hours of 1970 the history is told as of 04:00 that day, so that a reset there still works.
  const now = Math.max(clockNow, DEFAULT_WORLD_EARLIEST_NOW);
  const t = (minutesAgo: number) => new Date(now - minutesAgo * 60_000).toISOString();
  const sid = (prefix: string, ch: string) => prefix + ch.repeat(32);
  const acct = DEFAULT_ACCOUNT_SID;
  return {
    version: 1,
    accounts: [{ sid: acct, authToken, friendlyName: 'Sandbox account' }],
    conferences: [
      {
        sid: sid('CF', '1'), accountSid: acct, friendlyName: 'support-escalation-4411', status: 'completed', region: 'us1',
        dateCreated: t(180), startTime: t(179.5), endTime: t(150), reasonConferenceEnded: 'last-participant-left',
        callSidEndingConference: sid('CA', '3'), record: 'record-from-start', peakConcurrent: 3,
        tags: ['high_jitter'], detectedIssues: { call_quality: 1 },
        participants: [
          { callSid: sid('CA', '1'), participantSid: sid('CP', '1'), label: 'customer', from: '+15555550100', to: '+15555550199', direction: 'inbound', status: 'complete', spoke: true, dateCreated: t(180), joinTime: t(180), leaveTime: t(152), endConferenceOnExit: false },
          { callSid: sid('CA', '2'), participantSid: sid('CP', '2'), label: 'agent', from: '+15555550199', to: 'client:agent-17', status: 'complete', spoke: true, dateCreated: t(179.6), joinTime: t(179.5), leaveTime: t(151), events: { mute: [now - 170 * 60_000], hold: [now - 165 * 60_000] }, jitterBufferSize: 'medium' },
          { callSid: sid('CA', '3'), participantSid: sid('CP', '3'), label: 'supervisor', from: '+15555550199', to: 'client:supervisor-2', status: 'complete', spoke: true, dateCreated: t(170), joinTime: t(170), leaveTime: t(150) },
        ],
        recordings: [{ sid: sid('RE', '1'), status: 'completed', dateCreated: t(179.5), recordedMs: 29.5 * 60_000 }],
      },
      {
        sid: sid('CF', '2'), accountSid: acct, friendlyName: 'daily-standup', status: 'completed', region: 'ie1', regionRequested: 'ie1',
        dateCreated: t(120), startTime: t(119), endTime: t(105), reasonConferenceEnded: 'conference-ended-via-api', peakConcurrent: 2,
        participants: [
          { callSid: sid('CA', '4'), participantSid: sid('CP', '4'), from: '+353555550100', to: '+353555550101', status: 'complete', spoke: true, dateCreated: t(120), joinTime: t(120), leaveTime: t(105), leaveReason: 'conference_ended_via_api' },
          { callSid: sid('CA', '5'), participantSid: sid('CP', '5'), from: '+353555550100', to: '+353555550102', status: 'complete', spoke: true, dateCreated: t(119.2), joinTime: t(119), leaveTime: t(105), leaveReason: 'conference_ended_via_api' },
        ],
      },
      {
        sid: sid('CF', '3'), accountSid: acct, friendlyName: 'sales-demo', status: 'completed', region: 'us1',
        dateCreated: t(90), startTime: t(89), endTime: t(60), reasonConferenceEnded: 'participant-with-end-conference-on-exit-left',
        callSidEndingConference: sid('CA', '6'), labelEndingConference: 'host', peakConcurrent: 2,
        participants: [
          { callSid: sid('CA', '6'), participantSid: sid('CP', '6'), label: 'host', from: '+15555550110', to: '+15555550111', status: 'complete', spoke: true, endConferenceOnExit: true, dateCreated: t(90), joinTime: t(90), leaveTime: t(60), leaveReason: 'participant_hung_up' },
          { callSid: sid('CA', '7'), participantSid: sid('CP', '7'), label: 'prospect', from: '+15555550110', to: '+15555550112', status: 'complete', spoke: true, dateCreated: t(89.5), joinTime: t(89), leaveTime: t(60), leaveReason: 'moderator_ended_conference' },
          { callSid: sid('CA', '8'), participantSid: sid('CP', '8'), label: 'busy-colleague', from: '+15555550110', to: '+15005550010', status: 'failed', callStatus: 'busy', dateCreated: t(88), leaveReason: 'participant_add_failed' },
        ],
      },
      {
        sid: sid('CF', '4'), accountSid: acct, friendlyName: 'incident-bridge', status: 'in-progress', region: 'us1',
        dateCreated: t(20), startTime: t(19), record: 'record-from-start', peakConcurrent: 4,
        participants: [
          { callSid: sid('CA', '9'), participantSid: sid('CP', '9'), label: 'commander', from: '+15555550120', to: '+15555550121', status: 'connected', spoke: true, endConferenceOnExit: true, dateCreated: t(20), joinTime: t(20) },
          { callSid: sid('CA', 'a'), participantSid: sid('CP', 'a'), label: 'engineer', from: '+15555550120', to: 'client:oncall-1', status: 'connected', spoke: true, muted: true, dateCreated: t(19.2), joinTime: t(19), events: { mute: [now - 10 * 60_000] } },
          { callSid: sid('CA', 'b'), participantSid: sid('CP', 'b'), label: 'vendor', from: '+15555550120', to: 'sip:support@vendor.example.com', status: 'connected', spoke: true, hold: true, dateCreated: t(15), joinTime: t(15), events: { hold: [now - 5 * 60_000] } },
          { callSid: sid('CA', 'c'), participantSid: sid('CP', 'c'), label: 'coach', from: '+15555550120', to: 'client:lead-1', status: 'connected', spoke: true, coaching: true, callSidToCoach: sid('CA', 'a'), startConferenceOnEnter: false, dateCreated: t(10), joinTime: t(10) },
        ],
        recordings: [{ sid: sid('RE', '2'), status: 'in-progress', dateCreated: t(19), startTime: t(19) }],
      },
      {
        sid: sid('CF', '5'), accountSid: acct, friendlyName: 'waiting-room', status: 'init', region: 'us1',
        dateCreated: t(5), peakConcurrent: 1,
        participants: [
          { callSid: sid('CA', 'd'), participantSid: sid('CP', 'd'), label: 'early-bird', from: '+15555550130', to: '+15555550131', status: 'connected', spoke: true, startConferenceOnEnter: false, dateCreated: t(5), joinTime: t(5) },
        ],
      },
    ],
  };
}
