/**
 * The sandbox's control surface (specs/sandbox-v1, paths under `/__sandbox/`): one handler per control
 * operationId, mapping a request the host has already authenticated and validated against the spec
 * (`{ pathParams, query, body }`, the body parsed JSON) onto the sandbox's own methods, and answering
 * `{ status, headers?, body? }` in the spec's shapes. No HTTP here: `apps/mock` routes and validates.
 *
 * Errors come back in Twilio's body, like the APIs the sandbox answers: a bad seed or snapshot, or a clock
 * moved backwards, is a 400 whose message names the field; an unknown call, conference or number a 404;
 * an event that cannot happen now (a participant not connected, a call not answered, nothing listening
 * for keys, no announcement playing) a 409.
 */
import type { components } from '@conference-kit/types/sandbox-v1';
import { timeRangeProblem, toEpochMs } from './clock.js';
import { conferenceTimeline } from './conference-timeline.js';
import type { JournalEntry } from './journal.js';
import type { Sandbox, SandboxResult } from './sandbox.js';
import { SeedError } from './seed.js';
import { LIMITS } from './store.js';
import { ErrorCode, SandboxError, badRequest, notFound } from './util.js';

type Schemas = components['schemas'];

/** Every control operation of specs/sandbox-v1, in the spec's order. */
export const controlOperationIds = [
  'CreateSandboxReset',
  'CreateSandboxSeed',
  'FetchSandboxSnapshot',
  'UpdateSandboxSnapshot',
  'FetchSandboxClock',
  'UpdateSandboxClock',
  'ListSandboxJournalEntry',
  'CreateSandboxCall',
  'CreateSandboxCallHangup',
  'CreateSandboxCallSpeech',
  'CreateSandboxCallQuality',
  'CreateSandboxCallDigits',
  'CreateSandboxCallUtterance',
  'FetchSandboxCallTimeline',
  'FetchSandboxConferenceTimeline',
  'CreateSandboxAnnouncementEnd',
  'FetchSandboxEventStream',
  'FetchSandboxInspector',
  'FetchSandboxInspectorAsset',
  'FetchSandboxHome',
] as const;
export type ControlOperationId = (typeof controlOperationIds)[number];

/** A control request as the host hands it over: path parameters by the spec's names, wire query values, a JSON body. */
export interface ControlRequest {
  pathParams?: Record<string, string>;
  /** Query values as strings (or what the host's validator coerced them to); a repeated key is an array. */
  query?: Record<string, unknown>;
  /** The parsed JSON body, when the operation takes one. */
  body?: unknown;
}

export type ControlHandler = (sandbox: Sandbox, request: ControlRequest) => SandboxResult | Promise<SandboxResult>;

const JSON_HEADERS = { 'Content-Type': 'application/json' };
const json = (status: number, body: unknown): SandboxResult => ({ status, headers: { ...JSON_HEADERS }, body });
const noContent = (): SandboxResult => ({ status: 204 });

/**
 * What the host serves on its socket only (a stream held open, the inspector's page): asked of a host
 * without one, such as the in-process fetch, it is a 501 that says where to go.
 */
const socketOnly = (what: string) =>
  new SandboxError(501, ErrorCode.invalidParameter, `${what} is served by the mock's HTTP server only (its url, as pnpm start or startSandbox() give it); the in-process fetch cannot serve it`);

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** One query value as a string: the first of a repeated key; undefined when absent. */
function queryValue(query: ControlRequest['query'], key: string): string | undefined {
  const raw = query?.[key];
  const v = Array.isArray(raw) ? raw[0] : raw;
  return v === undefined || v === null || v === '' ? undefined : String(v);
}

function pathParam(request: ControlRequest, key: string): string {
  const v = request.pathParams?.[key];
  if (typeof v !== 'string' || v === '') throw badRequest(`Missing path parameter '${key}'`);
  return v;
}

/** A seed or snapshot body must be a JSON object (a string would select one of the engine's built-in worlds). */
function objectBody(request: ControlRequest, what: string): Record<string, unknown> {
  if (!isObject(request.body)) throw badRequest(`$: expected ${what} as a JSON object`);
  return request.body;
}

function renderClock(sandbox: Sandbox): Schemas['SandboxClock'] {
  return {
    now: new Date(sandbox.clock.now()).toISOString(),
    frozen: sandbox.clock.frozen,
    pending: sandbox.clock.pending().map((t) => ({ at: new Date(t.at).toISOString(), key: t.key })),
  };
}

const WEBHOOK_FILTERS = ['Type', 'Event', 'ConferenceSid', 'CallSid', 'Outcome'] as const;

function matches(entry: JournalEntry, query: ControlRequest['query']): boolean {
  const q = (key: string) => queryValue(query, key);
  const after = q('AfterId');
  if (after !== undefined && !(entry.id > Number(after))) return false;
  const kind = q('Kind');
  if (kind !== undefined && entry.kind !== kind) return false;
  if (entry.kind === 'alert') {
    // An alert is about a call: only CallSid selects among them.
    if (['Type', 'Event', 'ConferenceSid', 'Outcome', 'OperationId'].some((k) => q(k) !== undefined)) return false;
    const call = q('CallSid');
    return call === undefined || entry.callSid === call;
  }
  if (entry.kind !== 'webhook') {
    // Requests and the warnings about them have an operation and none of a webhook's fields.
    if (WEBHOOK_FILTERS.some((k) => q(k) !== undefined)) return false;
    const op = q('OperationId');
    return op === undefined || entry.operationId === op;
  }
  if (q('OperationId') !== undefined) return false;
  const want: Array<[string | undefined, unknown]> = [
    [q('Type'), entry.type],
    [q('Event'), entry.event],
    [q('ConferenceSid'), entry.conferenceSid],
    [q('CallSid'), entry.callSid],
    [q('Outcome'), entry.outcome],
  ];
  return want.every(([w, actual]) => w === undefined || w === actual);
}

/** The handlers, one per control operationId. Each may throw SandboxError, SeedError or RangeError; `handleControl` answers them. */
export const controlHandlers: Readonly<Record<ControlOperationId, ControlHandler>> = {
  CreateSandboxReset: (sandbox) => {
    sandbox.reset();
    return noContent();
  },

  CreateSandboxSeed: (sandbox, request) => {
    sandbox.loadSeed(objectBody(request, 'a seed') as Schemas['SandboxSeed']);
    return noContent();
  },

  FetchSandboxSnapshot: (sandbox) => json(200, sandbox.exportSnapshot() as unknown as Schemas['SandboxSnapshot']),

  UpdateSandboxSnapshot: (sandbox, request) => {
    sandbox.importSnapshot(objectBody(request, 'a snapshot') as Schemas['SandboxSnapshot']);
    return noContent();
  },

  FetchSandboxClock: (sandbox) => json(200, renderClock(sandbox)),

  UpdateSandboxClock: (sandbox, request) => {
    const body = objectBody(request, 'a clock update') as Schemas['SandboxClockUpdate'];
    if (body.advanceMs !== undefined && body.advanceTo !== undefined) {
      throw badRequest('Give advanceMs or advanceTo, not both');
    }
    if (body.advanceMs !== undefined && !(Number.isSafeInteger(body.advanceMs) && body.advanceMs >= 0)) {
      throw badRequest("'advanceMs' must be a non-negative integer");
    }
    // The whole update is checked before any of it is done: a refused move leaves the clock as it was,
    // frozen or not.
    const now = sandbox.clock.now();
    const target = body.advanceMs !== undefined ? now + body.advanceMs : body.advanceTo !== undefined ? toEpochMs(body.advanceTo) : undefined;
    if (target !== undefined) {
      if (body.advanceMs !== undefined && timeRangeProblem(target)) {
        throw badRequest(`'advanceMs' ${body.advanceMs} would take the clock to ${target}, which ${timeRangeProblem(target)}`);
      }
      if (target < now) throw new RangeError('The sandbox clock only moves forward');
    }
    if (body.frozen === true) sandbox.clock.freeze();
    // A running clock has moved on a little since `now`: the target stands, unless it is already past.
    if (target !== undefined) sandbox.clock.advanceTo(Math.max(target, sandbox.clock.now()));
    if (body.frozen === false) sandbox.clock.unfreeze();
    return json(200, renderClock(sandbox));
  },

  ListSandboxJournalEntry: async (sandbox, request) => {
    const settled = queryValue(request.query, 'Settled');
    if (settled === 'true') await sandbox.journal.settled();
    // Webhook entries change as their delivery finishes: answer a copy of how they stand now.
    const entries = sandbox.journal.entries().filter((e) => matches(e, request.query)).map((e) => sandbox.journal.present(e));
    const body: Schemas['SandboxJournal'] = { entries: entries as Schemas['SandboxJournalEntry'][] };
    return json(200, body);
  },

  CreateSandboxCall: (sandbox, request) => sandbox.events.incomingCall(objectBody(request, 'an incoming call') as unknown as Schemas['SandboxIncomingCall']),

  CreateSandboxCallHangup: (sandbox, request) => sandbox.events.hangUp({ callSid: pathParam(request, 'CallSid') }),

  CreateSandboxCallDigits: (sandbox, request) => {
    const body = objectBody(request, 'the keys pressed') as Partial<Schemas['SandboxDigits']>;
    return sandbox.events.pressKeys({ callSid: pathParam(request, 'CallSid'), digits: body.digits as string });
  },

  CreateSandboxCallUtterance: (sandbox, request) => {
    const body = objectBody(request, 'what the caller says') as Partial<Schemas['SandboxUtterance']>;
    return sandbox.events.utter({ callSid: pathParam(request, 'CallSid'), text: body.text as string, ...(body.confidence !== undefined && { confidence: body.confidence }) });
  },

  CreateSandboxCallSpeech: (sandbox, request) => {
    const body = objectBody(request, 'a speech event') as Partial<Schemas['SandboxSpeech']>;
    if (typeof body.speaking !== 'boolean') throw badRequest("'speaking' must be true or false");
    return sandbox.events.speak({ callSid: pathParam(request, 'CallSid'), speaking: body.speaking });
  },

  CreateSandboxCallQuality: (sandbox, request) => {
    const body = objectBody(request, 'a quality change') as Schemas['SandboxCallQuality'];
    return sandbox.events.quality({ ...body, callSid: pathParam(request, 'CallSid') });
  },

  FetchSandboxCallTimeline: (sandbox, request) => {
    const callSid = pathParam(request, 'CallSid');
    const entries = sandbox.calls.timeline(callSid);
    if (!entries) throw notFound(`No call ${callSid}`);
    const body: Schemas['SandboxCallTimeline'] = { callSid, entries: entries as Schemas['SandboxTimelineEntry'][] };
    return json(200, body);
  },

  FetchSandboxConferenceTimeline: (sandbox, request) => {
    const conferenceSid = pathParam(request, 'ConferenceSid');
    const body = sandbox.conferenceTimeline(conferenceSid);
    if (!body) throw notFound(`No conference ${conferenceSid}`);
    return json(200, body);
  },

  FetchSandboxEventStream: () => {
    throw socketOnly('GET /__sandbox/events');
  },
  FetchSandboxInspector: () => {
    throw socketOnly('The inspector page');
  },
  FetchSandboxInspectorAsset: () => {
    throw socketOnly('The inspector page');
  },
  FetchSandboxHome: () => {
    throw socketOnly('The inspector page');
  },

  CreateSandboxAnnouncementEnd: (sandbox, request) => {
    const body = (request.body === undefined || request.body === null ? {} : objectBody(request, 'an announcement end')) as Schemas['SandboxAnnouncementEnd'];
    if (body.failure !== undefined && (typeof body.failure !== 'string' || body.failure.length > LIMITS.name)) {
      throw badRequest(`'failure' must be a text of at most ${LIMITS.name} characters`);
    }
    return sandbox.events.announcementEnd({
      conferenceSid: pathParam(request, 'ConferenceSid'),
      ...(body.callSid !== undefined ? { callSid: body.callSid } : {}),
      ...(body.failure !== undefined ? { failure: body.failure } : {}),
    });
  },
};

/**
 * Answers one control request. Never rejects: an unknown operationId is a 404, a seed, snapshot or clock
 * the engine refuses a 400 naming the field, anything unexpected a 500, all in Twilio's error body.
 */
export async function handleControl(sandbox: Sandbox, operationId: string, request: ControlRequest = {}): Promise<SandboxResult> {
  try {
    const handler = (controlHandlers as Record<string, ControlHandler | undefined>)[operationId];
    if (!handler) throw notFound(`No control operation ${operationId}`);
    return await handler(sandbox, request);
  } catch (error) {
    if (error instanceof SandboxError) return error.toResponse();
    if (error instanceof SeedError || error instanceof RangeError) {
      return new SandboxError(400, ErrorCode.invalidParameter, error.message).toResponse();
    }
    const message = error instanceof Error ? error.message : String(error);
    return new SandboxError(500, 20500, `Internal sandbox error: ${message}`).toResponse();
  }
}
