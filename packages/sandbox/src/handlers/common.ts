/**
 * What every handler shares: the request and context types, the JSON answer, and the lookups of path
 * parameters that answer a 404 in Twilio's body when the resource is not the account's.
 */
import type { World } from '../engine/index.js';
import { type Account, type Callback, type Conference, LIMITS, type Participant, type Recording, isActive } from '../store.js';
import { resolveUrl } from '../twiml/fetch.js';
import { type SandboxResponse, type WireParams, badRequest, many, method, notFound, one, text } from '../util.js';

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
  world: World;
  account: Account;
  req: SandboxRequest;
  baseUrl: string;
}

export type Handler = (ctx: HandlerContext) => SandboxResponse;

const JSON_HEADERS = { 'Content-Type': 'application/json' };
export const ok = (body: unknown, status = 200): SandboxResponse => ({ status, headers: { ...JSON_HEADERS }, body });

export function path(ctx: HandlerContext, name: string): string {
  const v = ctx.req.pathParams?.[name];
  if (v === undefined) throw badRequest(`Missing path parameter ${name}`);
  try {
    return decodeURIComponent(v);
  } catch {
    return v;
  }
}

export function conferenceOf(ctx: HandlerContext, name: string): Conference {
  const sid = path(ctx, name);
  const c = ctx.world.conferences.get(sid);
  if (!c || c.accountSid !== ctx.account.sid) throw notFound(`The requested resource /Conferences/${sid} was not found`);
  return c;
}

/** An active participant of `c`, by Call SID or label. */
export function participantOf(ctx: HandlerContext, c: Conference): Participant {
  const id = path(ctx, 'CallSid');
  const p = c.participants.find((x) => isActive(x) && (x.callSid === id || x.label === id));
  if (!p) throw notFound(`The requested resource /Conferences/${c.sid}/Participants/${id} was not found`);
  return p;
}

export function recordingOf(ctx: HandlerContext, c: Conference, allowCurrent: boolean): Recording {
  const sid = path(ctx, 'Sid');
  const r =
    allowCurrent && sid === 'Twilio.CURRENT'
      ? [...c.recordings].reverse().find((x) => x.status === 'in-progress' || x.status === 'paused')
      : c.recordings.find((x) => x.sid === sid);
  if (!r) throw notFound(`The requested resource /Conferences/${c.sid}/Recordings/${sid} was not found`);
  return r;
}


/** A callback from its URL, method and events parameters; null without a URL. Unknown events are a 400. */
export function callback(b: WireParams | undefined, url: string, methodName: string, eventsName: string, defaults: string[], allowed: readonly string[]): Callback | null {
  const u = text(b, url, LIMITS.url);
  const events = many(b, eventsName) ?? defaults;
  for (const e of events) {
    if (!allowed.includes(e)) throw badRequest(`Invalid value for ${eventsName}: "${e}" is not one of ${allowed.join(', ')}`);
  }
  if (u === undefined || u === '') return null;
  return { url: u, method: method(b, methodName, 'POST'), events: [...new Set(events)] };
}


/** Conferences play at most LIMITS.announcements at once. */
export function checkAnnouncements(c: Conference): void {
  if (c.announcements.length >= LIMITS.announcements) {
    throw badRequest(`Conference ${c.sid} has ${LIMITS.announcements} announcements playing, the most it may; wait for one to end`);
  }
}

/** Twilio's codes for a URL or an application a request names that cannot be used. */
export const UrlError = { invalidUrl: 21205, invalidApplication: 21218 } as const;

/** An absolute http(s) URL parameter, at most LIMITS.url long: null when absent or empty; anything else is 21205. */
export function absoluteUrl(b: WireParams | undefined, name: string): string | null {
  const v = text(b, name, LIMITS.url);
  if (v === undefined || v === '') return null;
  if (resolveUrl(v, null) === null) throw badRequest(`Url is not valid: ${name} must be an absolute http or https URL, got "${v}"`, UrlError.invalidUrl);
  return v;
}

/** The sandbox has no TwiML Apps: a request that names one is refused as naming an application the account lacks. */
export const noApplication = (name: string, sid: string) =>
  badRequest(`${name} ${sid} is not an application of this account: the sandbox has no applications`, UrlError.invalidApplication);
