/** Small shared pieces: SIDs, the two date formats, Twilio's error body, and coercion of wire strings. */

export interface TwilioErrorBody {
  code: number;
  message: string;
  more_info: string;
  status: number;
}

export interface SandboxResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export function twilioError(status: number, code: number, message: string): TwilioErrorBody {
  return { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status };
}

/** An answer in Twilio's error dialect, thrown inside handlers and turned into a response at the edge. */
export class SandboxError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'SandboxError';
  }

  toResponse(): SandboxResponse {
    return {
      status: this.status,
      headers: { 'Content-Type': 'application/json', ...this.headers },
      body: twilioError(this.status, this.code, this.message),
    };
  }
}

export const ErrorCode = {
  invalidParameter: 20001,
  authentication: 20003,
  forbidden: 20403,
  notFound: 20404,
  labelTaken: 16025,
  coachTarget: 13240,
} as const;

export const badRequest = (message: string, code: number = ErrorCode.invalidParameter) =>
  new SandboxError(400, code, message);
export const notFound = (message = 'The requested resource was not found') =>
  new SandboxError(404, ErrorCode.notFound, message);

/** Two hex digits per byte value: a SID is minted from a table, not from number-to-text conversions, on every create. */
const HEX_BYTE = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** A deterministic SID factory: `prefix` + 32 lower-case hex digits from a seeded PRNG. */
export class SidFactory {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9;
  }
  private next32(): number {
    // mulberry32
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }
  mint(prefix: string): string {
    let sid = prefix;
    for (let i = 0; i < 4; i++) {
      const word = this.next32();
      sid += HEX_BYTE[word >>> 24]! + HEX_BYTE[(word >>> 16) & 0xff]! + HEX_BYTE[(word >>> 8) & 0xff]! + HEX_BYTE[word & 0xff]!;
    }
    return sid;
  }
  get seed(): number {
    return this.state;
  }
  set seed(value: number) {
    this.state = value >>> 0;
  }
}

export const sidPattern = (prefix: string) => new RegExp(`^${prefix}[0-9a-fA-F]{32}$`);
export const isSid = (prefix: string, value: unknown): boolean =>
  typeof value === 'string' && value.length === 34 && value.startsWith(prefix) && /^[0-9a-fA-F]{32}$/.test(value.slice(2));

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** `(415) 867-5309` for a North American number, as Twilio formats them; anything else as it is. */
export function formatNumber(n: string): string {
  const m = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(n);
  return m ? `(${m[1]}) ${m[2]}-${m[3]}` : n;
}

/** `Fri, 18 Feb 2011 19:26:50 +0000`, as the 2010-04-01 API writes dates. */
export function rfc2822(ms: number): string {
  // Every date of every 2010 answer comes through here, and the same records are answered again and
  // again: the text of a second is made once (a few thousand seconds kept, then forgotten together).
  const second = Math.floor(ms / 1000);
  let text = rfc2822BySecond.get(second);
  if (text === undefined) {
    if (rfc2822BySecond.size >= 4096) rfc2822BySecond.clear();
    const d = new Date(ms);
    text = `${DAYS[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(
      d.getUTCHours(),
    )}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
    rfc2822BySecond.set(second, text);
  }
  return text;
}
const rfc2822BySecond = new Map<number, string>();

/** `2021-02-10T16:22:40Z`: ISO 8601 to the second, as Insights writes dates. */
export function iso(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

let stampedMs = NaN;
let stamp = '';
/**
 * ISO 8601 with milliseconds, as the journal stamps its entries. The last one is kept: requests arrive
 * many to a millisecond, and on a frozen clock all at the same one.
 */
export function isoMs(ms: number): string {
  if (ms !== stampedMs) {
    stamp = new Date(ms).toISOString();
    stampedMs = ms;
  }
  return stamp;
}

export function isoOrNull(ms: number | null): string | null {
  return ms === null ? null : iso(ms);
}

/** The start of the UTC day `YYYY-MM-DD`, in ms. */
export function parseDay(value: string, name: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  if (!Number.isFinite(ms)) throw badRequest(`Invalid value for ${name}: expected a date YYYY-MM-DD, got "${value}"`);
  return ms;
}

export function parseDateTime(value: string, name: string): number {
  const ms = Date.parse(value);
  if (!Number.isFinite(ms)) throw badRequest(`Invalid value for ${name}: expected an ISO 8601 date-time, got "${value}"`);
  return ms;
}

export const DAY_MS = 86_400_000;

export type WireParams = Record<string, string | string[] | undefined>;

/** The one value of a form or query field (the last one when it is repeated). */
/**
 * What Twilio dials and calls from: a number in E.164, a Client identity or a SIP URI, custom parameters
 * after `?` included. Twilio refuses anything else — `hello`, or `+1500…` sent with `-d` so that the `+`
 * arrived as a space — with 21211 for `To` and 21212 for `From`, not as a schema error.
 */
const ADDRESS = /^(?:\+[1-9][0-9]{1,14}|client:[^\s?]+(?:\?\S*)?|sip:[^\s@]+@[^\s]+)$/;
export const AddressError = { invalidTo: 21211, invalidFrom: 21212 } as const;

export function checkAddress(value: string, name: 'From' | 'To'): string {
  if (ADDRESS.test(value)) return value;
  throw badRequest(
    `Invalid '${name}' ${JSON.stringify(value.slice(0, 40))}: expected a number in E.164 format (+15017122661), client:identity or sip:user@host`,
    name === 'To' ? AddressError.invalidTo : AddressError.invalidFrom,
  );
}

export function one(params: WireParams | undefined, name: string): string | undefined {
  const v = params?.[name];
  if (Array.isArray(v)) return v[v.length - 1];
  return v;
}

/** All values of a field: repeated keys, and space-separated values inside each. */
export function many(params: WireParams | undefined, name: string): string[] | undefined {
  const v = params?.[name];
  if (v === undefined) return undefined;
  const list = Array.isArray(v) ? v : [v];
  return list.flatMap((s) => s.split(/[\s,]+/)).filter((s) => s.length > 0);
}

/** One text field, at most `max` characters long (what the record keeping it allows). */
export function text(params: WireParams | undefined, name: string, max: number): string | undefined {
  const v = one(params, name);
  if (v !== undefined && v.length > max) throw badRequest(`Invalid value for ${name}: ${v.length} characters; at most ${max}`);
  return v;
}

export function bool(params: WireParams | undefined, name: string): boolean | undefined {
  const v = one(params, name);
  if (v === undefined) return undefined;
  const lower = v.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  throw badRequest(`Invalid value for ${name}: expected true or false, got "${v}"`);
}

export function int(
  params: WireParams | undefined,
  name: string,
  range?: { min?: number; max?: number },
): number | undefined {
  const v = one(params, name);
  if (v === undefined) return undefined;
  if (!/^-?\d+$/.test(v.trim())) throw badRequest(`Invalid value for ${name}: expected an integer, got "${v}"`);
  const n = Number(v);
  if (!Number.isSafeInteger(n)) throw badRequest(`Invalid value for ${name}: ${v.trim().slice(0, 40)} is too large`);
  if ((range?.min !== undefined && n < range.min) || (range?.max !== undefined && n > range.max)) {
    throw badRequest(`Invalid value for ${name}: ${n} is outside ${range.min ?? '-∞'}–${range.max ?? '∞'}`);
  }
  return n;
}

export function oneOf<T extends string>(
  params: WireParams | undefined,
  name: string,
  allowed: readonly T[],
): T | undefined {
  const v = one(params, name);
  if (v === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(v)) {
    throw badRequest(`Invalid value for ${name}: expected one of ${allowed.join(', ')}, got "${v}"`);
  }
  return v as T;
}

export function method(params: WireParams | undefined, name: string, fallback: 'GET' | 'POST'): 'GET' | 'POST' {
  return oneOf(params, name, ['GET', 'POST'] as const) ?? fallback;
}

/** Edit distance of `a` and `b`, or `limit + 1` as soon as it must exceed `limit` (so long names cost little). */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      best = Math.min(best, row[j]!);
    }
    if (best > limit) return limit + 1;
    previous = row;
  }
  return previous[b.length]!;
}

/**
 * The known name a misspelt one most likely meant: the nearest by edit distance (case ignored), when it
 * is at most 2 edits and at most a third of the name away; undefined when none is that close.
 */
export function closestName(name: string, known: readonly string[]): string | undefined {
  if (name.length > 200) return undefined;
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = Math.min(2, Math.floor(name.length / 3));
  for (const candidate of known) {
    const d = editDistance(lower, candidate.toLowerCase(), bestDistance);
    if (d <= bestDistance && (best === undefined || d < bestDistance)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
