/**
 * 2010-04-01 Calls: every leg is one. CreateCall places a call that runs TwiML (`Twiml`, or the document
 * at `Url`) when answered; UpdateCall hangs up, cancels or redirects a live one; DeleteCall removes a
 * finished one; ListCall filters and pages like the other 2010 lists.
 */
import { DEFAULT_TIME_LIMIT_SECONDS, armTimeLimit, endCall, hangUpStatus, leaveConference, placeCall } from '../engine/calls.js';
import { renderCall } from '../render.js';
import { type Call, type VoiceSource, callKey, callStatuses, isLive } from '../store.js';
import { redirectCall } from '../twiml/interpret.js';
import { SandboxError, type WireParams, badRequest, checkAddress, int, method, notFound, one, oneOf } from '../util.js';
import { type Handler, type HandlerContext, absoluteUrl, callback, noApplication, ok, path } from './common.js';
import { dayFilterNames, dayRange, page2010, pageLinks, pageSizeOf, paged, tokenOf } from './paging.js';

export const CallError = {
  /** facts E.3: a realtime operation on a call in the wrong state. */
  invalidState: 21220,
  noTo: 21201,
  noFrom: 21213,
} as const;

const CALL_EVENTS = ['initiated', 'ringing', 'answered', 'completed'] as const;
/** facts E.2: inline TwiML is at most 4000 characters. */
const MAX_TWIML = 4000;

const invalidState = (message: string) => new SandboxError(400, CallError.invalidState, message);

function callOf(ctx: HandlerContext): Call {
  const sid = path(ctx, 'Sid');
  const call = ctx.world.calls.get(sid);
  if (!call || call.accountSid !== ctx.account.sid || call.deleted) throw notFound(`The requested resource /Calls/${sid} was not found`);
  return call;
}

function inlineTwiml(b: WireParams | undefined): string | null {
  const twiml = one(b, 'Twiml');
  if (twiml === undefined) return null;
  if (twiml.length > MAX_TWIML) throw badRequest(`Twiml is ${twiml.length} characters; at most ${MAX_TWIML} are allowed`);
  return twiml;
}

/** Where the call's TwiML comes from: `Twiml` wins over `Url` on create (facts E.2); each needs the other's fallback settings. */
function voiceSource(b: WireParams | undefined, twiml: string | null, url: string | null): VoiceSource {
  return {
    url: twiml === null ? url : null,
    method: method(b, 'Method', 'POST'),
    twiml,
    fallbackUrl: absoluteUrl(b, 'FallbackUrl'),
    fallbackMethod: method(b, 'FallbackMethod', 'POST'),
  };
}

export const createCall: Handler = (ctx) => {
  const b = ctx.req.body;
  const to = one(b, 'To');
  const from = one(b, 'From');
  if (!to) throw badRequest('Missing required parameter To', CallError.noTo);
  if (!from) throw badRequest('Missing required parameter From', CallError.noFrom);
  checkAddress(to, 'To');
  checkAddress(from, 'From');
  const twiml = inlineTwiml(b);
  const url = absoluteUrl(b, 'Url');
  const application = one(b, 'ApplicationSid');
  if (application !== undefined && twiml === null && url === null) {
    throw noApplication('ApplicationSid', application);
  }
  if (twiml === null && url === null) throw badRequest('One of Url, Twiml or ApplicationSid is required');
  const voice = voiceSource(b, twiml, url);
  const timeout = int(b, 'Timeout', { min: 1, max: 600 }) ?? 60;
  const timeLimit = int(b, 'TimeLimit', { min: 1, max: 86_400 }) ?? DEFAULT_TIME_LIMIT_SECONDS;
  const cb = callback(b, 'StatusCallback', 'StatusCallbackMethod', 'StatusCallbackEvent', ['completed'], CALL_EVENTS);
  const call = placeCall(ctx.world, {
    accountSid: ctx.account.sid,
    from,
    to,
    direction: 'outbound-api',
    timeoutSeconds: Math.max(5, timeout),
    timeLimitSeconds: timeLimit,
    callback: cb,
    voice,
  });
  return ok(renderCall(ctx.world, call), 201);
};

export const fetchCall: Handler = (ctx) => ok(renderCall(ctx.world, callOf(ctx)));

export const updateCall: Handler = (ctx) => {
  const { world } = ctx;
  const call = callOf(ctx);
  const b = ctx.req.body;
  const status = oneOf(b, 'Status', ['canceled', 'completed'] as const);
  const twiml = inlineTwiml(b);
  const url = absoluteUrl(b, 'Url');
  if (twiml !== null && url !== null) throw badRequest('Url and Twiml are mutually exclusive: give one of them');
  const timeLimit = int(b, 'TimeLimit', { min: 1, max: 86_400 });
  const statusCallback = one(b, 'StatusCallback');
  const newCallback = statusCallback === undefined ? undefined : callback(b, 'StatusCallback', 'StatusCallbackMethod', 'StatusCallbackEvent', call.callback?.events ?? ['completed'], CALL_EVENTS);
  // Everything is checked before anything changes.
  if (status === 'canceled' && !['queued', 'initiated', 'ringing'].includes(call.status)) {
    throw invalidState(`Call is ${call.status}: only a queued or ringing call can be canceled; use Status=completed to hang it up`);
  }
  if (status === 'completed' && !isLive(call)) throw invalidState(`Call is ${call.status}: it has already ended`);
  const redirect = twiml !== null || url !== null;
  if (status === undefined && redirect && call.status !== 'in-progress') {
    throw invalidState(`Call is not in-progress (it is ${call.status === 'initiated' ? 'queued' : call.status}). Cannot redirect.`);
  }
  if (status === undefined && !redirect && (timeLimit !== undefined || newCallback !== undefined) && !isLive(call)) {
    throw invalidState(`Call is ${call.status}: it has already ended`);
  }

  if (newCallback !== undefined) call.callback = newCallback;
  if (timeLimit !== undefined) {
    call.timeLimitSeconds = timeLimit;
    armTimeLimit(world, call);
  }
  if (status !== undefined) {
    endCall(world, call, status === 'canceled' ? 'canceled' : hangUpStatus(call), `${status}-via-api`, 'participant_updated_via_api');
  } else if (redirect) {
    // The warm-transfer move: out of the conference, into the new document.
    leaveConference(world, call, 'participant_updated_via_api');
    redirectCall(world, call, voiceSource(b, twiml, url));
  }
  call.dateUpdated = world.now();
  return ok(renderCall(world, call));
};

export const deleteCall: Handler = (ctx) => {
  const call = callOf(ctx);
  if (isLive(call)) throw invalidState(`Call is ${call.status === 'initiated' ? 'queued' : call.status}: only a call that has ended can be deleted`);
  call.deleted = true;
  ctx.world.index(call.accountSid).calls.remove(call);
  return { status: 204 };
};

const CALL_FILTERS = ['To', 'From', 'ParentCallSid', 'Status', ...dayFilterNames('StartTime'), ...dayFilterNames('EndTime')];
const RESOURCE_STATUSES = callStatuses.filter((s) => s !== 'initiated');

export const listCall: Handler = (ctx) => {
  const q = ctx.req.query;
  const to = one(q, 'To');
  const from = one(q, 'From');
  const parent = one(q, 'ParentCallSid');
  const status = oneOf(q, 'Status', RESOURCE_STATUSES);
  const [sFrom, sTo] = dayRange(q, 'StartTime');
  const [eFrom, eTo] = dayRange(q, 'EndTime');
  const startFiltered = sFrom !== -Infinity || sTo !== Infinity;
  const endFiltered = eFrom !== -Infinity || eTo !== Infinity;
  const within = (t: number | null, lo: number, hi: number) => t !== null && t >= lo && t < hi;
  const result = paged({
    items: ctx.world.index(ctx.account.sid).calls.items,
    keyOf: callKey,
    sidPrefix: 'CA',
    order: 'desc',
    pageSize: pageSizeOf(q),
    token: tokenOf(q),
    matches: (c) =>
      (to === undefined || c.to === to) &&
      (from === undefined || c.from === from) &&
      (parent === undefined || c.parentCallSid === parent) &&
      (status === undefined || (c.status === 'initiated' ? 'queued' : c.status) === status) &&
      (!startFiltered || within(c.startTime, sFrom, sTo)) &&
      (!endFiltered || within(c.endTime, eFrom, eTo)),
  });
  const base = `/2010-04-01/Accounts/${ctx.account.sid}/Calls.json`;
  const links = pageLinks(base, q, CALL_FILTERS, result, callKey);
  return ok(page2010('calls', result.items.map((c) => renderCall(ctx.world, c)), links));
};
