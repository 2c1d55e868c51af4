import { MAX_TIME } from './clock.js';
import type { QualityChange } from './engine/quality.js';
import type { Program } from './twiml/interpret.js';

/**
 * The sandbox's state: plain, JSON-able records (so a snapshot is the records themselves) plus indexes
 * kept beside them so that a filtered page over 100,000 conferences is a binary search and a short scan.
 */
export const conferenceStatuses = ['init', 'in-progress', 'completed'] as const;
export type ConferenceStatus = (typeof conferenceStatuses)[number];

export const endReasons = [
  'conference-ended-via-api',
  'participant-with-end-conference-on-exit-left',
  'participant-with-end-conference-on-exit-kicked',
  'last-participant-kicked',
  'last-participant-left',
] as const;
export type EndReason = (typeof endReasons)[number];

export const participantStatuses = ['queued', 'connecting', 'ringing', 'connected', 'complete', 'failed'] as const;
export type ParticipantStatus = (typeof participantStatuses)[number];

/** The Voice call status of a participant's leg (the `CallStatus` of call-progress callbacks). */
export const callStatuses = [
  'queued',
  'initiated',
  'ringing',
  'in-progress',
  'completed',
  'busy',
  'failed',
  'no-answer',
  'canceled',
] as const;
export type CallStatus = (typeof callStatuses)[number];

export const leaveReasons = [
  'conference_ended_via_api',
  'moderator_ended_conference',
  'participant_updated_via_api',
  'participant_hung_up',
  'participant_add_failed',
] as const;
export type LeaveReason = (typeof leaveReasons)[number];

export const recordingStatuses = ['in-progress', 'paused', 'stopped', 'processing', 'completed', 'absent'] as const;
export type RecordingStatus = (typeof recordingStatuses)[number];

/**
 * How large a record may grow, whether it comes from the API, a seed or a snapshot: the API refuses more
 * and so do seeds, so whatever the sandbox holds it can save and load again. URLs take Twilio's documented
 * 4,000 characters; the others are the sandbox's own, documented in specs/sandbox-v1.
 */
export const LIMITS = {
  /** `From`, `To`. */
  address: 1024,
  /** Callback, wait and announcement URLs. */
  url: 4000,
  /** Labels, friendly names of conferences. */
  label: 128,
  /** Auth Tokens and API key secrets. */
  secret: 1024,
  /** Friendly names of accounts, announcement ids, detected-issue names and other short texts. */
  name: 256,
  /** API keys per account. */
  apiKeys: 100,
  /** Participants ever added to one conference, failed adds included. */
  participantsEver: 1000,
  /** Announcements playing at once in one conference. */
  announcements: 100,
  /** Instants of each participant event kept per participant (the latest). */
  events: 1000,
  /** Recordings of one conference, tags and detected-issue kinds of one summary. */
  items: 100,
  /** Phone numbers of one account. */
  numbers: 1000,
  /** Friendly names of phone numbers (Twilio's documented limit). */
  numberName: 64,
  /** Keys collected by one `<Gather>` (the longest `Digits` the voice request may carry). */
  digits: 256,
  /** What a caller says to one `<Gather>` (the longest `SpeechResult`). */
  speech: 1000,
} as const;

export const regions = ['us1', 'us2', 'ie1', 'de1', 'sg1', 'br1', 'au1', 'jp1'] as const;

export interface ApiKey {
  sid: string;
  secret: string;
}

export interface Account {
  sid: string;
  authToken: string;
  friendlyName: string;
  apiKeys: ApiKey[];
  /** The main account of a subaccount; absent for a main account (Twilio shows a main account's own SID). */
  ownerAccountSid?: string;
}

/** Whether `account` is `owner` itself or one of its subaccounts: what `owner`'s credentials reach in 2010-04-01. */
export const ownedBy = (account: Account, owner: Account): boolean => account.sid === owner.sid || account.ownerAccountSid === owner.sid;

export interface Callback {
  url: string;
  method: 'GET' | 'POST';
  events: string[];
}

export interface Announcement {
  id: string;
  url: string;
  method: 'GET' | 'POST';
  /** The participant it plays to; null for the whole conference. */
  callSid: string | null;
  /** When it ends by itself (sandbox time); null = only a network event ends it. */
  endsAt: number | null;
}

export interface Conference {
  sid: string;
  accountSid: string;
  friendlyName: string | null;
  region: string;
  regionRequested: string | null;
  status: ConferenceStatus;
  dateCreated: number;
  dateUpdated: number;
  startTime: number | null;
  endTime: number | null;
  reasonEnded: EndReason | null;
  callSidEnding: string | null;
  labelEnding: string | null;
  maxParticipants: number;
  record: string;
  trim: string;
  statusCallback: Callback | null;
  recordingStatusCallback: Callback | null;
  /** The last SequenceNumber sent for this conference's status callbacks. */
  sequence: number;
  peakConcurrent: number;
  announcements: Announcement[];
  tags: string[];
  detectedIssues: Record<string, number>;
  /** Every participant ever added, in the order they were added. */
  participants: Participant[];
  /** Conference recordings, oldest first. */
  recordings: Recording[];
}

/** A call's next step on the sandbox clock: placing it, or the TwiML interpreter going on after a verb. */
export interface CallStep {
  at: number;
  step: 'initiate' | 'ring' | 'answer' | 'busy' | 'no-answer' | 'fail' | 'continue';
}

export const callDirections = ['outbound-api', 'inbound', 'outbound-dial'] as const;
export type CallDirection = (typeof callDirections)[number];

/** Where a call's TwiML comes from: inline `Twiml`, or `Url` (with its fallback). */
export interface VoiceSource {
  url: string | null;
  method: 'GET' | 'POST';
  twiml: string | null;
  fallbackUrl: string | null;
  fallbackMethod: 'GET' | 'POST';
}

export const timelineKinds = [
  'status', 'fetched', 'verb', 'said', 'played', 'paused', 'waiting', 'input', 'gathered', 'joined', 'left', 'alert', 'ended',
] as const;
export type TimelineKind = (typeof timelineKinds)[number];

/** One thing that happened to a call, at a sandbox instant: what the caller experienced, and why it ended. */
export interface TimelineEntry {
  at: number;
  kind: TimelineKind;
  /** `status`/`ended`: the call status; `fetched`: the HTTP status, when one came back. */
  status?: string | number;
  verb?: string;
  text?: string;
  url?: string;
  method?: 'GET' | 'POST';
  loop?: number;
  /** How long the verb takes in sandbox time. */
  durationMs?: number;
  conferenceSid?: string;
  friendlyName?: string;
  /** Why: a leave reason, why the call ended, what a fetch was for. */
  reason?: string;
  code?: number;
  message?: string;
}

/**
 * A call: every leg is one, whether the API placed it (`outbound-api`), it came in, or `<Dial>` made it.
 * Its status moves only through `transition()` in engine/calls.ts.
 */
export interface Call {
  sid: string;
  accountSid: string;
  from: string;
  to: string;
  direction: CallDirection;
  /** The Voice call status; `initiated` is shown as `queued` on the resource, as Twilio's enum has no `initiated`. */
  status: CallStatus;
  parentCallSid: string | null;
  dateCreated: number;
  dateUpdated: number;
  /** When it was dialled (left the queue). */
  startTime: number | null;
  answerTime: number | null;
  endTime: number | null;
  callerName: string | null;
  forwardedFrom: string | null;
  /** For an incoming call, the number it came in on (`PN…`). */
  phoneNumberSid: string | null;
  queueTimeMs: number;
  timeoutSeconds: number;
  /** Longest the call may last once answered, in seconds. */
  timeLimitSeconds: number;
  callback: Callback | null;
  /** The last call-progress SequenceNumber sent (−1 before the first, which is 0). */
  callSequence: number;
  voice: VoiceSource | null;
  next: CallStep | null;
  ringStartedAt: number | null;
  /** The conference it is in now (as an active participant), if any. */
  conferenceSid: string | null;
  /** Why it ended (`hangup`, `completed-via-api`, `end-of-document`, `application-error`, …); null while live. */
  endReason: string | null;
  timeline: TimelineEntry[];
  /** Deleted through the API: gone from the Calls resource, kept for the conferences and Insights that name it. */
  deleted: boolean;
  /** The TwiML being run, when there is one; plain data so snapshots carry it. */
  program: Program | null;
  /** Line conditions set through the quality control operation, oldest first; absent = a clean line. */
  quality?: QualityChange[];
}

/**
 * A phone number of an account (IncomingPhoneNumber): what an incoming call to it requests. The sandbox has
 * no TwiML Apps, SIP trunks or fax, so a number is always answered by its voice URL.
 */
export interface PhoneNumber {
  sid: string;
  accountSid: string;
  /** E.164; unique in the sandbox, as a number belongs to one account. */
  phoneNumber: string;
  friendlyName: string;
  voiceUrl: string | null;
  voiceMethod: 'GET' | 'POST';
  voiceFallbackUrl: string | null;
  voiceFallbackMethod: 'GET' | 'POST';
  statusCallback: string | null;
  statusCallbackMethod: 'GET' | 'POST';
  voiceCallerIdLookup: boolean;
  dateCreated: number;
  dateUpdated: number;
}

export const FINAL_CALL: ReadonlySet<CallStatus> = new Set(['completed', 'busy', 'failed', 'no-answer', 'canceled']);
export const isLive = (call: Call) => !FINAL_CALL.has(call.status);

export interface Participant {
  /** Position in its conference's participant list: the stable sort key of participant lists. */
  ordinal: number;
  /** The participant's call, in `World.calls`: from, to, direction, status and callbacks are the call's. */
  callSid: string;
  participantSid: string;
  accountSid: string;
  conferenceSid: string;
  label: string | null;
  /** Kept in step with the call by engine/calls.ts: queued, connecting, ringing while it is placed. */
  status: ParticipantStatus;
  muted: boolean;
  enterMuted: boolean;
  hold: boolean;
  coaching: boolean;
  callSidToCoach: string | null;
  startConferenceOnEnter: boolean;
  endConferenceOnExit: boolean;
  beepOnEnter: boolean;
  beepOnExit: boolean;
  earlyMedia: boolean;
  waitUrl: string | null;
  jitterBufferSize: string;
  region: string | null;
  dateCreated: number;
  dateUpdated: number;
  joinTime: number | null;
  leaveTime: number | null;
  leaveReason: LeaveReason | null;
  events: ParticipantEvents;
  /** Whether it ever started speaking (a speech-start event): one that never did is `silent` in Insights. */
  spoke?: boolean;
}

/** The documented keys of an Insights participant summary's `events` (facts §2.3). */
export const PARTICIPANT_EVENT_KEYS = [
  'mute', 'unmute', 'hold', 'unhold', 'modify_beep', 'modify_exit', 'coaching', 'coaching_stopped', 'modify_coached_participant',
] as const;
export type ParticipantEventKey = (typeof PARTICIPANT_EVENT_KEYS)[number];
/** The epoch-ms instants of each participant event, oldest first. */
export type ParticipantEvents = Record<ParticipantEventKey, number[]>;

export function noParticipantEvents(): ParticipantEvents {
  return Object.fromEntries(PARTICIPANT_EVENT_KEYS.map((k) => [k, []])) as unknown as ParticipantEvents;
}

/**
 * The events of a participant that has had none, shared by all of them (frozen): nine empty lists for
 * each of 500,000 participants were a fifth of a large world's memory. `ownEvents()` gives a participant
 * lists of its own before the first event is recorded.
 */
export const NO_EVENTS: ParticipantEvents = Object.freeze(
  Object.fromEntries(PARTICIPANT_EVENT_KEYS.map((k) => [k, Object.freeze([])])),
) as unknown as ParticipantEvents;

/** The participant's own event lists, to record an event in. */
export function ownEvents(p: Participant): ParticipantEvents {
  if (p.events === NO_EVENTS) p.events = noParticipantEvents();
  return p.events;
}

/** The timeline of a call that has none yet, shared (frozen) like NO_EVENTS; `World.note()` replaces it on the first entry. */
export const NO_TIMELINE: TimelineEntry[] = Object.freeze([]) as unknown as TimelineEntry[];

export interface Recording {
  ordinal: number;
  sid: string;
  accountSid: string;
  conferenceSid: string;
  /** The call whose leg the recording is attributed to (Twilio sets one on conference recordings too). */
  callSid: string;
  status: RecordingStatus;
  dateCreated: number;
  dateUpdated: number;
  startTime: number;
  /** Recorded milliseconds before the current run (pauses excluded). */
  recordedMs: number;
  /** When the current in-progress run began; null when not recording. */
  runningSince: number | null;
  channels: number;
  source: string;
  errorCode: number | null;
  /** When a stopped recording finishes processing (sandbox time). */
  completesAt: number | null;
}

export const ACTIVE_PARTICIPANT: ReadonlySet<ParticipantStatus> = new Set(['queued', 'connecting', 'ringing', 'connected']);
export const isActive = (p: Participant) => ACTIVE_PARTICIPANT.has(p.status);

// ---------------------------------------------------------------------------------------------------------
// Ordered lists and paging

export type Key = readonly [number, string];

export function compareKeys(a: Key, b: Key): number {
  return a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);
}

const confKey = (c: Conference): Key => [c.dateCreated, c.sid];

/** Records sorted ascending by a key (time, SID), for paging by binary search. */
export class SortedByKey<T> {
  readonly items: T[] = [];
  constructor(private readonly keyOf: (item: T) => Key) {}

  /** First index whose key is ≥ `key`. */
  lowerBound(key: Key): number {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareKeys(this.keyOf(this.items[mid]!), key) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  insert(item: T): void {
    const items = this.items;
    const last = items[items.length - 1];
    if (last === undefined || compareKeys(this.keyOf(last), this.keyOf(item)) < 0) items.push(item);
    else items.splice(this.lowerBound(this.keyOf(item)), 0, item);
  }

  /**
   * Adds an item in any order, for loading many at once; `sortAdded()` then puts them in order. A seed
   * listed newest first made each `insert` a splice at the front: quadratic over 500,000 calls.
   */
  add(item: T): void {
    this.items.push(item);
  }

  sortAdded(): void {
    const items = this.items;
    for (let i = 1; i < items.length; i++) {
      if (compareKeys(this.keyOf(items[i - 1]!), this.keyOf(items[i]!)) >= 0) {
        items.sort((a, b) => compareKeys(this.keyOf(a), this.keyOf(b)));
        return;
      }
    }
  }

  remove(item: T): void {
    const i = this.lowerBound(this.keyOf(item));
    if (this.items[i] === item) this.items.splice(i, 1);
  }

  /** Index range [lo, hi) of items whose time is in [from, to) (ms; either may be unbounded). */
  range(from: number, to: number): [number, number] {
    const lo = from === -Infinity ? 0 : this.lowerBound([from, '']);
    const hi = to === Infinity ? this.items.length : this.lowerBound([to, '']);
    return [lo, Math.max(lo, hi)];
  }
}

/** Conferences sorted ascending by (date_created, sid). */
export class SortedConferences extends SortedByKey<Conference> {
  constructor() {
    super(confKey);
  }
}

export const callKey = (c: Call): Key => [c.dateCreated, c.sid];
export const numberKey = (n: PhoneNumber): Key => [n.dateCreated, n.sid];

export interface AccountIndex {
  all: SortedConferences;
  /** The account's calls by (date_created, sid). */
  calls: SortedByKey<Call>;
  /** The account's phone numbers by (date_created, sid). */
  numbers: SortedByKey<PhoneNumber>;
  byStatus: Map<ConferenceStatus, SortedConferences>;
  byName: Map<string, SortedConferences>;
}

export interface PageRequest<T> {
  /** The candidates in ascending key order, or a slice of them through [lo, hi). */
  items: readonly T[];
  lo?: number;
  hi?: number;
  keyOf: (item: T) => Key;
  order: 'asc' | 'desc';
  matches: (item: T) => boolean;
  pageSize: number;
  token?: string | undefined;
  /** The SID prefix of the list's keys (`CF`, `CA`, `CP`, `RE`): a token naming another kind is refused. */
  sidPrefix: string;
}

export interface PageResult<T> {
  items: T[];
  hasNext: boolean;
  hasPrevious: boolean;
}

/** Opaque, stable page tokens: `PA` (after) or `PB` (before) + the item key, base-36 time and SID. */
export function encodeToken(direction: 'PA' | 'PB', key: Key): string {
  return `${direction}${key[0].toString(36)}_${key[1]}`;
}

/**
 * A token's direction and key, or null unless it is one the sandbox could have issued for this list: a
 * position that is a whole number of milliseconds (or an ordinal) within the clock's range, and a SID
 * with the list's prefix. A forged token is then a 400, not a page from an arbitrary place.
 */
export function decodeToken(token: string, sidPrefix: string): { direction: 'PA' | 'PB'; key: Key } | null {
  const m = /^(PA|PB)([0-9a-z]{1,12})_([A-Z]{2}[0-9a-fA-F]{32})$/.exec(token);
  if (!m || !m[3]!.startsWith(sidPrefix)) return null;
  const position = parseInt(m[2]!, 36);
  if (!Number.isSafeInteger(position) || position > MAX_TIME) return null;
  return { direction: m[1] as 'PA' | 'PB', key: [position, m[3]!] };
}

function lowerBoundIn<T>(items: readonly T[], lo: number, hi: number, key: Key, keyOf: (t: T) => Key): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareKeys(keyOf(items[mid]!), key) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * One page of `items` in `order`, filtered by `matches`, starting after (PA) or ending before (PB) the
 * token's key. Scans only as far as it must: the page, one more match for `hasNext`, and one match on
 * the other side for `hasPrevious`.
 */
export function paginate<T>(req: PageRequest<T>): PageResult<T> | null {
  const { items, keyOf, matches, pageSize } = req;
  const lo = req.lo ?? 0;
  const hi = req.hi ?? items.length;
  const desc = req.order === 'desc';
  let decoded: ReturnType<typeof decodeToken> = null;
  if (req.token !== undefined) {
    decoded = decodeToken(req.token, req.sidPrefix);
    if (!decoded) return null;
  }
  // Positions in iteration order are mapped onto array indexes: forward = ascending index unless desc.
  // `cursor` is the array index of the first candidate in iteration order.
  const step = desc ? -1 : 1;
  const inRange = (i: number) => i >= lo && i < hi;
  const collect = (start: number, dir: number, limit: number): T[] => {
    const out: T[] = [];
    for (let i = start; inRange(i) && out.length < limit; i += dir) {
      const item = items[i]!;
      if (matches(item)) out.push(item);
    }
    return out;
  };
  const anyFrom = (start: number, dir: number) => collect(start, dir, 1).length > 0;

  if (!decoded || decoded.direction === 'PA') {
    let start: number;
    if (!decoded) start = desc ? hi - 1 : lo;
    else {
      const lb = lowerBoundIn(items, lo, hi, decoded.key, keyOf);
      // asc: first key > token; desc: last key < token.
      if (desc) start = lb - 1;
      else start = items[lb] && compareKeys(keyOf(items[lb]!), decoded.key) === 0 ? lb + 1 : lb;
    }
    const page: T[] = [];
    let i = start;
    for (; inRange(i) && page.length < pageSize; i += step) {
      const item = items[i]!;
      if (matches(item)) page.push(item);
    }
    const hasNext = anyFrom(i, step);
    const hasPrevious = decoded !== null && anyFrom(start - step, -step);
    return { items: page, hasNext, hasPrevious };
  }
  // PB: the page that ends just before the token's key, in iteration order.
  const lb = lowerBoundIn(items, lo, hi, decoded.key, keyOf);
  const exact = items[lb] !== undefined && compareKeys(keyOf(items[lb]!), decoded.key) === 0;
  const start = desc ? (exact ? lb + 1 : lb) : lb - 1; // nearest item before the key in iteration order
  const back: T[] = [];
  let i = start;
  for (; inRange(i) && back.length < pageSize; i -= step) {
    const item = items[i]!;
    if (matches(item)) back.push(item);
  }
  back.reverse();
  return { items: back, hasNext: true, hasPrevious: anyFrom(i, -step) };
}
