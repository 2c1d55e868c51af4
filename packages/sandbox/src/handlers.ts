/**
 * One handler per operationId of both specs. A handler gets a request that Prism has already validated
 * (values still strings, as they came off the wire), the authenticated account, and answers
 * `{ status, headers, body }` with the spec's exact wire shape, or throws a SandboxError.
 */
import type { Engine } from './engine.js';

import {
  type InsightsStatus,

  insightsStatus,
  participantEvents,
  renderConference,
  renderConferenceSummary,
  renderParticipant,
  renderParticipantSummary,
  renderRecording,
} from './render.js';
import {
  type Account,
  type Callback,
  type Conference,
  type Key,
  type PageResult,
  type Participant,
  type Recording,
  type SortedConferences,
  LIMITS,
  conferenceStatuses,
  encodeToken,
  isActive,
  paginate,
  regions,
} from './store.js';
import {
  DAY_MS,
  ErrorCode,
  SandboxError,
  type SandboxResponse,
  type WireParams,
  badRequest,
  bool,
  int,
  isSid,
  many,
  method,
  notFound,
  one,
  oneOf,
  parseDateTime,
  parseDay,
  text,
} from './util.js';

export interface SandboxRequest {
  /** Path parameters by their spec names (`AccountSid`, `Sid`, `ConferenceSid`, `CallSid`, `ParticipantSid`). */
  pathParams?: Record<string, string>;
  /** Query parameters as strings; repeated keys as arrays. */
  query?: WireParams;
  /** The form body's fields as strings; repeated keys as arrays. */
  body?: WireParams;
  /** HTTP Basic credentials; null when the request had none. */
  auth: { username: string; password: string } | null;
  /**
   * The origin (and any path prefix) the host serves the APIs under, e.g. `http://127.0.0.1:4010`. Insights
   * paging links and `url`s are absolute against it; default `https://insights.twilio.com`.
   */
  baseUrl?: string;
  /**
   * Fields the host dropped because the operation does not know them, as Twilio ignores them. When any,
   * the journal records a `warning` entry naming them right after the request's entry.
   */
  ignoredFields?: readonly string[];
  /** The operation's known field names, for the warning's did-you-mean; optional. */
  knownFields?: readonly string[];
}

export interface HandlerContext {
  engine: Engine;
  account: Account;
  req: SandboxRequest;
  baseUrl: string;
}

export type Handler = (ctx: HandlerContext) => SandboxResponse;

const JSON_HEADERS = { 'Content-Type': 'application/json' };
const ok = (body: unknown, status = 200): SandboxResponse => ({ status, headers: { ...JSON_HEADERS }, body });

// ---------------------------------------------------------------------------------------------------------
// Lookups

function path(ctx: HandlerContext, name: string): string {
  const v = ctx.req.pathParams?.[name];
  if (v === undefined) throw badRequest(`Missing path parameter ${name}`);
  try {
    return decodeURIComponent(v);
  } catch {
    return v;
  }
}

function conferenceOf(ctx: HandlerContext, name: string): Conference {
  const sid = path(ctx, name);
  const c = ctx.engine.conferences.get(sid);
  if (!c || c.accountSid !== ctx.account.sid) throw notFound(`The requested resource /Conferences/${sid} was not found`);
  return c;
}

/** An active participant of `c`, by Call SID or label. */
function participantOf(ctx: HandlerContext, c: Conference): Participant {
  const id = path(ctx, 'CallSid');
  const p = c.participants.find((x) => isActive(x) && (x.callSid === id || x.label === id));
  if (!p) throw notFound(`The requested resource /Conferences/${c.sid}/Participants/${id} was not found`);
  return p;
}

function recordingOf(ctx: HandlerContext, c: Conference, allowCurrent: boolean): Recording {
  const sid = path(ctx, 'Sid');
  const r =
    allowCurrent && sid === 'Twilio.CURRENT'
      ? [...c.recordings].reverse().find((x) => x.status === 'in-progress' || x.status === 'paused')
      : c.recordings.find((x) => x.sid === sid);
  if (!r) throw notFound(`The requested resource /Conferences/${c.sid}/Recordings/${sid} was not found`);
  return r;
}

// ---------------------------------------------------------------------------------------------------------
// Paging: 2010's flat envelope with relative URIs, Insights' meta with absolute URLs

function pageSizeOf(query: WireParams | undefined): number {
  return int(query, 'PageSize', { min: 1, max: 1000 }) ?? 50;
}

function tokenOf(query: WireParams | undefined): string | undefined {
  return one(query, 'PageToken');
}

function queryString(pairs: Array<[string, string]>): string {
  return pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
}

/** The filters the request used, in the operation's documented order, as wire pairs. */
function filterPairs(query: WireParams | undefined, names: readonly string[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const n of names) {
    const v = query?.[n];
    if (v === undefined) continue;
    for (const x of Array.isArray(v) ? v : [v]) out.push([n, x]);
  }
  return out;
}

interface Links {
  page: number;
  pageSize: number;
  first: string;
  self: string;
  next: string | null;
  previous: string | null;
}

function pageLinks<T>(
  base: string,
  query: WireParams | undefined,
  filters: readonly string[],
  result: PageResult<T>,
  keyOf: (t: T) => Key,
): Links {
  const pageSize = pageSizeOf(query);
  const token = tokenOf(query);
  const requestedPage = int(query, 'Page', { min: 0 }) ?? 0;
  // `start` (page × size) must stay an exact integer in JSON.
  if (requestedPage * pageSize > Number.MAX_SAFE_INTEGER) {
    throw badRequest(`Invalid value for Page: ${requestedPage} pages of ${pageSize} is beyond the largest position, ${Number.MAX_SAFE_INTEGER}`);
  }
  const page = token === undefined ? 0 : requestedPage;
  const f = filterPairs(query, filters);
  const at = (p: number, tok?: string) =>
    `${base}?${queryString([...f, ['PageSize', String(pageSize)], ['Page', String(p)], ...(tok ? ([['PageToken', tok]] as Array<[string, string]>) : [])])}`;
  const first = result.items[0];
  const last = result.items[result.items.length - 1];
  return {
    page,
    pageSize,
    first: at(0),
    self: at(page, token),
    next: result.hasNext && last ? at(page + 1, encodeToken('PA', keyOf(last))) : null,
    previous: result.hasPrevious && first ? at(Math.max(0, page - 1), encodeToken('PB', keyOf(first))) : null,
  };
}

function page2010<T>(key: string, items: unknown[], links: Links) {
  const start = links.page * links.pageSize;
  return {
    [key]: items,
    first_page_uri: links.first,
    next_page_uri: links.next,
    previous_page_uri: links.previous,
    uri: links.self,
    page: links.page,
    page_size: links.pageSize,
    start,
    end: items.length > 0 ? start + items.length - 1 : start,
  } as Record<string, unknown> & { [k: string]: T[] | unknown };
}

function pageInsights(key: string, items: unknown[], links: Links, baseUrl: string) {
  return {
    [key]: items,
    meta: {
      first_page_url: baseUrl + links.first,
      key,
      next_page_url: links.next === null ? null : baseUrl + links.next,
      page: links.page,
      page_size: links.pageSize,
      previous_page_url: links.previous === null ? null : baseUrl + links.previous,
      url: baseUrl + links.self,
    },
  };
}

function paged<T>(req: Parameters<typeof paginate<T>>[0]): PageResult<T> {
  const result = paginate(req);
  if (!result) throw badRequest(`Invalid value for PageToken: "${req.token ?? ''}"`);
  return result;
}

const confKey = (c: Conference): Key => [c.dateCreated, c.sid];
const partKey = (p: Participant): Key => [p.ordinal, p.callSid];
const summaryKey = (p: Participant): Key => [p.ordinal, p.participantSid];
const recKey = (r: Recording): Key => [r.ordinal, r.sid];

/** A day filter family (`DateCreated`, `DateCreated<`, `DateCreated>`, and `<=`/`>=` spellings) as a [from, to) range. */
function dayRange(query: WireParams | undefined, name: string): [number, number] {
  let from = -Infinity;
  let to = Infinity;
  const on = one(query, name);
  if (on !== undefined) {
    const d = parseDay(on, name);
    from = Math.max(from, d);
    to = Math.min(to, d + DAY_MS);
  }
  for (const n of [`${name}<`, `${name}<=`]) {
    const v = one(query, n);
    if (v !== undefined) to = Math.min(to, parseDay(v, n) + DAY_MS);
  }
  for (const n of [`${name}>`, `${name}>=`]) {
    const v = one(query, n);
    if (v !== undefined) from = Math.max(from, parseDay(v, n));
  }
  return [from, to];
}

const dayFilterNames = (name: string) => [name, `${name}<`, `${name}<=`, `${name}>`, `${name}>=`];

// ---------------------------------------------------------------------------------------------------------
// 2010-04-01: Conferences

const CONFERENCE_FILTERS = [...dayFilterNames('DateCreated'), ...dayFilterNames('DateUpdated'), 'FriendlyName', 'Status'];

const listConference: Handler = (ctx) => {
  const q = ctx.req.query;
  const idx = ctx.engine.index(ctx.account.sid);
  const status = oneOf(q, 'Status', conferenceStatuses);
  const name = one(q, 'FriendlyName');
  const [cFrom, cTo] = dayRange(q, 'DateCreated');
  const [uFrom, uTo] = dayRange(q, 'DateUpdated');
  // The smallest index that answers part of the filter; the rest is checked per item.
  let list: SortedConferences | undefined = idx.all;
  if (name !== undefined) list = idx.byName.get(name);
  else if (status !== undefined) list = idx.byStatus.get(status);
  const items = list?.items ?? [];
  const [lo, hi] = list ? list.range(cFrom, cTo) : [0, 0];
  const result = paged({
    items,
    lo,
    hi,
    keyOf: confKey,
    sidPrefix: 'CF',
    order: 'desc',
    pageSize: pageSizeOf(q),
    token: tokenOf(q),
    matches: (c) =>
      (status === undefined || c.status === status) &&
      (name === undefined || c.friendlyName === name) &&
      c.dateUpdated >= uFrom &&
      c.dateUpdated < uTo,
  });
  const base = `/2010-04-01/Accounts/${ctx.account.sid}/Conferences.json`;
  const links = pageLinks(base, q, CONFERENCE_FILTERS, result, confKey);
  return ok(page2010('conferences', result.items.map(renderConference), links));
};

const fetchConference: Handler = (ctx) => ok(renderConference(conferenceOf(ctx, 'Sid')));

const updateConference: Handler = (ctx) => {
  const c = conferenceOf(ctx, 'Sid');
  const b = ctx.req.body;
  const status = oneOf(b, 'Status', ['completed'] as const);
  const announceUrl = text(b, 'AnnounceUrl', LIMITS.url);
  const announceMethod = method(b, 'AnnounceMethod', 'POST');
  if (announceUrl !== undefined && status === undefined) {
    if (c.status === 'completed') throw badRequest(`Conference ${c.sid} is completed; it cannot be announced into`);
    checkAnnouncements(c);
    ctx.engine.announce(c, announceUrl, announceMethod, null);
    c.dateUpdated = ctx.engine.now();
  }
  if (status === 'completed') ctx.engine.endConference(c, 'conference-ended-via-api', null);
  return ok(renderConference(c));
};

// ---------------------------------------------------------------------------------------------------------
// 2010-04-01: Participants

function checkAnnouncements(c: Conference): void {
  if (c.announcements.length >= LIMITS.announcements) {
    throw badRequest(`Conference ${c.sid} has ${LIMITS.announcements} announcements playing, the most it may; wait for one to end`);
  }
}

function callback(b: WireParams | undefined, url: string, methodName: string, eventsName: string, defaults: string[], allowed: readonly string[]): Callback | null {
  const u = text(b, url, LIMITS.url);
  const events = many(b, eventsName) ?? defaults;
  for (const e of events) {
    if (!allowed.includes(e)) throw badRequest(`Invalid value for ${eventsName}: "${e}" is not one of ${allowed.join(', ')}`);
  }
  if (u === undefined || u === '') return null;
  return { url: u, method: method(b, methodName, 'POST'), events: [...new Set(events)] };
}

const CONFERENCE_EVENTS = ['start', 'end', 'join', 'leave', 'mute', 'hold', 'modify', 'speaker', 'announcement'] as const;
const CALL_EVENTS = ['initiated', 'ringing', 'answered', 'completed'] as const;
const CONF_RECORDING_EVENTS = ['in-progress', 'completed', 'failed', 'absent'] as const;

function checkCoach(c: Conference, target: string): void {
  const coached = c.participants.find((p) => p.callSid === target && p.status === 'connected');
  if (!coached || c.status !== 'in-progress') {
    throw badRequest(
      `CallSidToCoach ${target} must be a participant connected to this conference while it is in progress`,
      ErrorCode.coachTarget,
    );
  }
}

const createParticipant: Handler = (ctx) => {
  const { engine, account } = ctx;
  const b = ctx.req.body;
  const target = path(ctx, 'ConferenceSid');
  const from = text(b, 'From', LIMITS.address);
  const to = text(b, 'To', LIMITS.address);
  if (!from) throw badRequest('Missing required parameter From');
  if (!to) throw badRequest('Missing required parameter To');

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

  let c: Conference | undefined;
  if (isSid('CF', target)) {
    c = engine.conferences.get(target);
    if (!c || c.accountSid !== account.sid) throw notFound(`The requested resource /Conferences/${target} was not found`);
    if (c.status === 'completed') throw badRequest(`Conference ${target} is completed; participants can only join an active conference`);
  } else {
    if (target.length === 0 || target.length > 128) throw badRequest('ConferenceSid must be a CF SID or a friendly name of 1–128 characters');
    c = engine.activeConferenceNamed(account.sid, target);
  }
  if (c) {
    if (c.participants.length >= LIMITS.participantsEver) {
      throw badRequest(
        `Conference ${c.sid} has had ${LIMITS.participantsEver} participants added, failed adds included, the most one conference may have; start another conference`,
      );
    }
    const active = c.participants.filter(isActive);
    if (active.length >= c.maxParticipants) {
      throw badRequest(`Conference ${c.sid} is full: it allows ${c.maxParticipants} participants`);
    }
    if (label !== undefined && active.some((p) => p.label === label)) {
      throw badRequest(`Label "${label}" is already used by a participant of conference ${c.sid}`, ErrorCode.labelTaken);
    }
    if (callSidToCoach !== undefined) checkCoach(c, callSidToCoach);
  } else {
    if (callSidToCoach !== undefined) {
      throw badRequest(`CallSidToCoach ${callSidToCoach} is not in this conference, which does not exist yet`, ErrorCode.coachTarget);
    }
    // The first participant creates the conference and sets its callbacks, region, size and recording.
    c = engine.createConference(account, target, {
      region: region ?? 'us1',
      regionRequested: region ?? null,
      maxParticipants: maxParticipants ?? 250,
      record: record ?? 'do-not-record',
      trim: trim ?? 'trim-silence',
      statusCallback: confCallback,
      recordingStatusCallback: recCallback,
    });
  }

  const now = engine.now();
  const p: Participant = {
    ordinal: c.participants.length,
    callSid: engine.sids.mint('CA'),
    participantSid: engine.sids.mint('CP'),
    accountSid: account.sid,
    conferenceSid: c.sid,
    label: label ?? null,
    from,
    to,
    direction: 'outbound',
    status: 'queued',
    callStatus: 'queued',
    muted,
    enterMuted: muted,
    hold: false,
    coaching,
    callSidToCoach: callSidToCoach ?? null,
    startConferenceOnEnter: startOnEnter,
    endConferenceOnExit: endOnExit,
    beepOnEnter: beep === 'true' || beep === 'onEnter',
    beepOnExit: beep === 'true' || beep === 'onExit',
    earlyMedia,
    waitUrl,
    jitterBufferSize: jitter,
    region: region ?? null,
    timeoutSeconds: timeout,
    dateCreated: now,
    dateUpdated: now,
    queueTimeMs: engine.options.delays.queueMs,
    ringStartedAt: null,
    joinTime: null,
    leaveTime: null,
    leaveReason: null,
    events: { mute: [], hold: [] },
    callback: callCallback,
    callSequence: -1,
    next: { at: now + engine.options.delays.queueMs, step: 'initiate' },
  };
  c.participants.push(p);
  engine.participantsByCall.set(p.callSid, p);
  engine.participantsBySid.set(p.participantSid, p);
  engine.scheduleStep(p);
  return ok(renderParticipant(p, true), 201);
};

const PARTICIPANT_FILTERS = ['Muted', 'Hold', 'Coaching'];

const listParticipant: Handler = (ctx) => {
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

const fetchParticipant: Handler = (ctx) => {
  const c = conferenceOf(ctx, 'ConferenceSid');
  return ok(renderParticipant(participantOf(ctx, c)));
};

const updateParticipant: Handler = (ctx) => {
  const { engine } = ctx;
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

  const now = engine.now();
  const events: string[] = [];
  let changed = false;
  if (muted !== undefined && muted !== p.muted) {
    p.muted = muted;
    if (muted) keepLatest(p.events.mute, now);
    events.push(muted ? 'participant-mute' : 'participant-unmute');
  }
  if (hold !== undefined && hold !== p.hold) {
    p.hold = hold;
    if (hold) keepLatest(p.events.hold, now);
    events.push(hold ? 'participant-hold' : 'participant-unhold');
  }
  let modified = false;
  if (beepOnExit !== undefined && beepOnExit !== p.beepOnExit) (p.beepOnExit = beepOnExit), (modified = true);
  if (endOnExit !== undefined && endOnExit !== p.endConferenceOnExit) (p.endConferenceOnExit = endOnExit), (modified = true);
  if (callSidToCoach !== undefined && callSidToCoach !== p.callSidToCoach) {
    p.callSidToCoach = callSidToCoach;
    if (coachingParam === undefined && !p.coaching) (p.coaching = true), (modified = true);
  }
  if (coachingParam !== undefined && coachingParam !== p.coaching) (p.coaching = coachingParam), (modified = true);
  if (waitUrl !== undefined && waitUrl !== p.waitUrl) (p.waitUrl = waitUrl), (modified = true);
  if (modified) events.push('participant-modify');
  changed = events.length > 0;
  if (changed) p.dateUpdated = now;
  for (const e of events) engine.conferenceEvent(c, e, engine.participantFields(p), p.callSid);
  if (announceUrl !== undefined) engine.announce(c, announceUrl, announceMethod, p);
  return ok(renderParticipant(p));
};

/** Records an instant, keeping the latest LIMITS.events of them. */
function keepLatest(instants: number[], at: number): void {
  instants.push(at);
  if (instants.length > LIMITS.events) instants.shift();
}

const deleteParticipant: Handler = (ctx) => {
  const c = conferenceOf(ctx, 'ConferenceSid');
  const p = participantOf(ctx, c);
  ctx.engine.kick(c, p);
  return { status: 204 };
};

// ---------------------------------------------------------------------------------------------------------
// 2010-04-01: Conference recordings

const RECORDING_FILTERS = dayFilterNames('DateCreated');

const listConferenceRecording: Handler = (ctx) => {
  const c = conferenceOf(ctx, 'ConferenceSid');
  const q = ctx.req.query;
  const [from, to] = dayRange(q, 'DateCreated');
  const result = paged({
    items: c.recordings,
    keyOf: recKey,
    sidPrefix: 'RE',
    order: 'desc',
    pageSize: pageSizeOf(q),
    token: tokenOf(q),
    matches: (r) => r.dateCreated >= from && r.dateCreated < to,
  });
  const base = `/2010-04-01/Accounts/${ctx.account.sid}/Conferences/${c.sid}/Recordings.json`;
  const links = pageLinks(base, q, RECORDING_FILTERS, result, recKey);
  return ok(page2010('recordings', result.items.map((r) => renderRecording(ctx.engine, r)), links));
};

const fetchConferenceRecording: Handler = (ctx) => {
  const c = conferenceOf(ctx, 'ConferenceSid');
  return ok(renderRecording(ctx.engine, recordingOf(ctx, c, false)));
};

const updateConferenceRecording: Handler = (ctx) => {
  const c = conferenceOf(ctx, 'ConferenceSid');
  const r = recordingOf(ctx, c, true);
  const status = oneOf(ctx.req.body, 'Status', ['in-progress', 'paused', 'stopped'] as const);
  if (status === undefined) throw badRequest('Missing required parameter Status');
  oneOf(ctx.req.body, 'PauseBehavior', ['skip', 'silence'] as const);
  ctx.engine.setRecordingStatus(c, r, status);
  return ok(renderRecording(ctx.engine, r));
};

const deleteConferenceRecording: Handler = (ctx) => {
  const c = conferenceOf(ctx, 'ConferenceSid');
  ctx.engine.deleteRecording(c, recordingOf(ctx, c, false));
  return { status: 204 };
};

// ---------------------------------------------------------------------------------------------------------
// Insights v1

const SUMMARY_FILTERS = [
  'ConferenceSid', 'FriendlyName', 'Status', 'CreatedAfter', 'CreatedBefore', 'MixerRegion', 'Tags', 'Subaccount',
  'DetectedIssues', 'EndReason',
];
const SUMMARY_STATUSES = ['not_started', 'in_progress', 'completed', 'summary_timeout'] as const;
const TO_2010: Record<InsightsStatus, (typeof conferenceStatuses)[number]> = {
  not_started: 'init',
  in_progress: 'in-progress',
  completed: 'completed',
};

export interface InsightsOptions {
  /** Without CreatedAfter/CreatedBefore the list covers this much time before now; null = everything. */
  defaultWindowMs: number | null;
}

export function listConferenceSummary(options: InsightsOptions): Handler {
  return (ctx) => {
    const { engine } = ctx;
    const q = ctx.req.query;
    const idx = engine.index(ctx.account.sid);
    const sid = one(q, 'ConferenceSid');
    const name = one(q, 'FriendlyName');
    const status = oneOf(q, 'Status', SUMMARY_STATUSES);
    const after = one(q, 'CreatedAfter');
    const before = one(q, 'CreatedBefore');
    // Both bounds are exclusive: created strictly after CreatedAfter and strictly before CreatedBefore.
    let from = after !== undefined ? parseDateTime(after, 'CreatedAfter') + 1 : -Infinity;
    const to = before !== undefined ? parseDateTime(before, 'CreatedBefore') : Infinity;
    if (after === undefined && before === undefined && options.defaultWindowMs !== null) {
      from = engine.now() - options.defaultWindowMs;
    }
    const mixer = one(q, 'MixerRegion');
    const tags = many(q, 'Tags');
    const sub = one(q, 'Subaccount');
    const issues = many(q, 'DetectedIssues');
    const endReason = one(q, 'EndReason');
    // Tags and detected issues exist only once processing is complete.
    const complete = (c: Conference) =>
      c.endTime !== null && engine.now() >= c.endTime + engine.options.delays.insightsProcessingMs;
    let list: SortedConferences | undefined = idx.all;
    if (name !== undefined) list = idx.byName.get(name);
    else if (status === 'summary_timeout') list = undefined;
    else if (status !== undefined) list = idx.byStatus.get(TO_2010[status]);
    const [lo, hi] = list ? list.range(from, to) : [0, 0];
    const result = paged({
      items: list?.items ?? [],
      lo,
      hi,
      keyOf: confKey,
      sidPrefix: 'CF',
      order: 'desc',
      pageSize: pageSizeOf(q),
      token: tokenOf(q),
      matches: (c) =>
        (sid === undefined || c.sid === sid) &&
        (name === undefined || c.friendlyName === name) &&
        (status === undefined || insightsStatus(c) === status) &&
        (mixer === undefined || c.region === mixer) &&
        (sub === undefined || c.accountSid === sub) &&
        (endReason === undefined || (c.reasonEnded !== null && c.reasonEnded.replaceAll('-', '_') === endReason)) &&
        (tags === undefined || (complete(c) && tags.every((t) => c.tags.includes(t)))) &&
        (issues === undefined || (complete(c) && issues.every((i) => (c.detectedIssues[i] ?? 0) > 0))),
    });
    const links = pageLinks('/v1/Conferences', q, SUMMARY_FILTERS, result, confKey);
    return ok(
      pageInsights('conferences', result.items.map((c) => renderConferenceSummary(engine, c, ctx.baseUrl)), links, ctx.baseUrl),
    );
  };
}

const fetchConferenceSummary: Handler = (ctx) =>
  ok(renderConferenceSummary(ctx.engine, conferenceOf(ctx, 'ConferenceSid'), ctx.baseUrl));

const SUMMARY_PARTICIPANT_FILTERS = ['ParticipantSid', 'Label', 'Events'];

const listConferenceParticipantSummary: Handler = (ctx) => {
  const c = conferenceOf(ctx, 'ConferenceSid');
  const q = ctx.req.query;
  const sid = one(q, 'ParticipantSid');
  const label = one(q, 'Label');
  const events = many(q, 'Events');
  const result = paged({
    items: c.participants,
    keyOf: summaryKey,
    sidPrefix: 'CP',
    order: 'asc',
    pageSize: pageSizeOf(q),
    token: tokenOf(q),
    matches: (p) =>
      (sid === undefined || p.participantSid === sid) &&
      (label === undefined || p.label === label) &&
      (events === undefined || participantEvents(p, events) !== null),
  });
  const links = pageLinks(`/v1/Conferences/${c.sid}/Participants`, q, SUMMARY_PARTICIPANT_FILTERS, result, summaryKey);
  return ok(
    pageInsights(
      'participants',
      result.items.map((p) => renderParticipantSummary(ctx.engine, p, c, ctx.baseUrl, events)),
      links,
      ctx.baseUrl,
    ),
  );
};

const fetchConferenceParticipantSummary: Handler = (ctx) => {
  const c = conferenceOf(ctx, 'ConferenceSid');
  const psid = path(ctx, 'ParticipantSid');
  const p = ctx.engine.participantsBySid.get(psid);
  if (!p || p.conferenceSid !== c.sid) {
    throw notFound(`The requested resource /Conferences/${c.sid}/Participants/${psid} was not found`);
  }
  return ok(renderParticipantSummary(ctx.engine, p, c, ctx.baseUrl, many(ctx.req.query, 'Events')));
};

// ---------------------------------------------------------------------------------------------------------

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
  };
}

