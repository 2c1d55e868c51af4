/**
 * The journal: every request the engine answered, every warning about one, and every webhook it tried to
 * deliver, in order, within an entry count and a byte budget. Webhooks go through an injected `fetch`,
 * with a timeout, and never hold up an API response; a delivery that is refused (host not allowed) is
 * recorded as `blocked`, and one beyond the cap of deliveries in flight as `dropped`, never silently.
 */
import { computeSignature } from './signature.js';

export interface RequestEntry {
  kind: 'request';
  id: number;
  /** Sandbox time, ISO 8601 with milliseconds. */
  at: string;
  /** The host's wall-clock time it was recorded (ISO 8601): `at` is the sandbox's, which may be frozen. */
  wallAt: string;
  operationId: string;
  pathParams: Record<string, string>;
  query: Record<string, string | string[]>;
  body: Record<string, string | string[]>;
  /** The account the credentials resolved to, when they did. */
  accountSid: string | null;
  status: number;
  /** Twilio's error code when the answer was an error. */
  errorCode: number | null;
}

/** Something about the request just before it that Twilio would pass over in silence, e.g. fields it ignored. */
export interface WarningEntry {
  kind: 'warning';
  id: number;
  at: string;
  /** The host's wall-clock time it was recorded (ISO 8601): `at` is the sandbox's, which may be frozen. */
  wallAt: string;
  operationId: string;
  accountSid: string | null;
  message: string;
  /** The fields the warning is about, as the request named them. */
  fields: string[];
}

/**
 * The TwiML document requests of a call, whose answers the call runs: `voice` (its `Url` or its number's
 * voice URL, a `<Redirect>`, a fallback URL), `dial-action`, `gather-action` and `wait-url` (a conference
 * `waitUrl`).
 */
export type DocumentKind = 'voice' | 'dial-action' | 'gather-action' | 'wait-url';
export type WebhookKind = 'conference' | 'call-progress' | 'recording' | DocumentKind;
export type DeliveryOutcome = 'pending' | 'delivered' | 'failed' | 'timeout' | 'error' | 'blocked' | 'dropped';

export interface WebhookEntry {
  kind: 'webhook';
  id: number;
  at: string;
  /** The host's wall-clock time it was recorded (ISO 8601): `at` is the sandbox's, which may be frozen. */
  wallAt: string;
  type: WebhookKind;
  /** `StatusCallbackEvent` for conference callbacks, `CallStatus` for call progress, `RecordingStatus` for recordings. */
  event: string;
  accountSid: string;
  conferenceSid: string | null;
  callSid: string | null;
  sequenceNumber: number | null;
  url: string;
  method: 'GET' | 'POST';
  params: Array<[string, string]>;
  /** The X-Twilio-Signature sent; null until computed, and for blocked or dropped deliveries. */
  signature: string | null;
  /**
   * Whether `signature` is valid for the account's Auth Token as it is now: true when it was signed, and
   * refreshed by `present()` for those who read it later; null without a signature.
   */
  signatureValid: boolean | null;
  outcome: DeliveryOutcome;
  /** The receiver's HTTP status, when it answered. */
  responseStatus: number | null;
  /** The receiver's Content-Type, when it answered with one. */
  responseContentType: string | null;
  /** The start of the receiver's body as text (at most RESPONSE_EXCERPT characters once JSON-escaped); null when it did not answer. */
  responseBody: string | null;
  /** Whether the body went on past `responseBody`. */
  responseBodyTruncated: boolean;
  error: string | null;
  /** Wall-clock milliseconds from the start of the request to the end of the response. */
  durationMs: number | null;
}

/** What Twilio's debugger would show: a TwiML error or warning of a call (facts C.4). */
export interface AlertEntry {
  kind: 'alert';
  id: number;
  at: string;
  /** The host's wall-clock time it was recorded (ISO 8601): `at` is the sandbox's, which may be frozen. */
  wallAt: string;
  /** Twilio's error code: 11200, 11205, 11750, 12100, 12200, 12300, 13xxx, 16xxx… */
  code: number;
  level: 'error' | 'warning';
  message: string;
  accountSid: string;
  callSid: string;
  /** The document's URL, when the alert is about one. */
  url: string | null;
}

export type JournalEntry = RequestEntry | WarningEntry | WebhookEntry | AlertEntry;

/** What a webhook's receiver answered, for a caller that needs more than the status (a TwiML document). */
export interface ReceivedAnswer {
  status: number;
  headers?: { get(name: string): string | null } | undefined;
  body?: ReadableStream<Uint8Array> | null | undefined;
  arrayBuffer?: () => Promise<ArrayBuffer>;
}

export interface WebhookFilter {
  type?: WebhookKind;
  event?: string;
  conferenceSid?: string;
  callSid?: string;
  outcome?: DeliveryOutcome;
}

/**
 * A change to the journal, as `subscribe` tells it: an entry recorded or changed (a webhook's delivery
 * ending), with the journal's revision after it, or the journal cleared.
 */
export type JournalChange = { type: 'entry'; revision: number; entry: JournalEntry } | { type: 'clear' };

export interface Journal {
  entries(): JournalEntry[];
  /**
   * Calls `listener` after every change, synchronously and in order, until the function it returns is
   * called. A listener that throws is removed, so one broken subscriber cannot stop the journal.
   */
  subscribe(listener: (change: JournalChange) => void): () => void;
  /** The kept entries changed after `revision` (a revision `subscribe` gave), oldest change first, each with its latest revision. */
  changedSince(revision: number): Array<{ revision: number; entry: JournalEntry }>;
  /** The current revision: every record or change of an entry increases it. */
  readonly revision: number;
  /** A copy of the entry as it stands now, `signatureValid` checked against the account's current Auth Token. */
  present<T extends JournalEntry>(entry: T): T;
  requests(): RequestEntry[];
  warnings(): WarningEntry[];
  webhooks(filter?: WebhookFilter): WebhookEntry[];
  alerts(filter?: { callSid?: string; code?: number }): AlertEntry[];
  /**
   * Resolves when every delivery started so far has finished (delivered, failed, timed out…), and every
   * TwiML document requested so far has been run up to its next wait on the clock.
   */
  settled(): Promise<void>;
  clear(): void;
}

export type FetchLike = (input: string, init: { method: string; headers: Record<string, string>; body?: string; signal: AbortSignal; redirect?: 'manual' }) => Promise<ReceivedAnswer>;

export type NewWebhook = Omit<
  WebhookEntry,
  'kind' | 'id' | 'wallAt' | 'signature' | 'signatureValid' | 'outcome' | 'responseStatus' | 'responseContentType' | 'responseBody' | 'responseBodyTruncated' | 'error' | 'durationMs'
>;

export interface DeliveryOptions {
  fetch: FetchLike | undefined;
  timeoutMs: number;
  /** Wall-clock time a TwiML document request may take, connect included (Twilio: 15 s). */
  documentTimeoutMs: number;
  /** Where webhooks may go besides loopback, from `parseWebhookAllow`. */
  allow: WebhookAllow;
  /** Whether loopback hosts are allowed without being listed. */
  loopback: boolean;
  maxEntries: number;
  maxBytes: number;
  maxInFlight: number;
  userAgent: string;
}

// ---------------------------------------------------------------------------------------------------------
// Where webhooks may go

/** One `webhookAllow` entry: any host (`*`), a host, or a suffix (`*.example.com`), with an optional exact port. */
interface AllowRule {
  host: string;
  suffix: boolean;
  port: number | null;
}

export interface WebhookAllow {
  any: boolean;
  rules: AllowRule[];
}

/** A host name as compared: lower case (URL parsing does that), without the root's trailing dot. */
const bareHost = (hostname: string) => hostname.replace(/\.$/, '');

/**
 * Parses `webhookAllow`: `*`, a host name or address (`hooks.example.com`, `10.0.0.5`, `[fd00::1]`),
 * `*.example.com` for any host under example.com, each optionally with `:port` for that port only.
 * Anything else (a scheme, a path, a `*` elsewhere) throws an Error naming the entry, so that a typo
 * cannot silently match nothing.
 */
export function parseWebhookAllow(entries: readonly string[]): WebhookAllow {
  const out: WebhookAllow = { any: false, rules: [] };
  entries.forEach((entry, i) => {
    const refuse = (why: string) =>
      new Error(`webhookAllow[${i}] "${String(entry).slice(0, 200)}" ${why}; give a host (hooks.example.com), *.example.com, host:port or *`);
    if (typeof entry !== 'string' || entry.trim() === '') throw refuse('is empty');
    if (entry === '*') {
      out.any = true;
      return;
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(entry)) throw refuse('has a scheme');
    const suffix = entry.startsWith('*.');
    const rest = suffix ? entry.slice(2) : entry;
    if (rest.includes('*')) throw refuse('has a * that is not a leading "*."');
    let parsed: URL;
    try {
      parsed = new URL(`http://${rest}`);
    } catch {
      throw refuse('is not a host name');
    }
    if (parsed.username || parsed.password || parsed.pathname !== '/' || parsed.search || parsed.hash || rest.endsWith(':')) {
      throw refuse('is more than a host and a port');
    }
    // URL drops a port equal to the scheme's default, so the port is read from the entry itself.
    const portText = /:(\d+)$/.exec(rest)?.[1];
    const port = portText === undefined ? null : Number(portText);
    if (port !== null && !(port >= 1 && port <= 65_535)) throw refuse('has a port outside 1–65535');
    out.rules.push({ host: bareHost(parsed.hostname), suffix, port });
  });
  return out;
}

const LOOPBACK_V4 = /^127(?:\.\d{1,3}){3}$/;
// What URL makes of loopback in IPv6: `[::1]`, and IPv4-mapped 127.0.0.0/8 (`[::ffff:7f00:1]`).
const LOOPBACK_V6 = /^\[(?:::1|::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4})\]$/;

function isLoopback(host: string): boolean {
  return host === 'localhost' || host.endsWith('.localhost') || LOOPBACK_V4.test(host) || LOOPBACK_V6.test(host);
}

/** Addresses that reach this machine although they are not loopback names: never implied by `*`. */
const THIS_HOST = new Set(['0.0.0.0', '[::]', '[::ffff:0:0]']);

/**
 * Whether a webhook may go to `url`. On success it gives the parsed URL, which is what must be fetched:
 * the check and the request then see the same host, whatever the configured string's quirks.
 */
export function hostAllowed(
  url: string,
  allow: WebhookAllow | readonly string[],
  options: { loopback?: boolean } = {},
): { ok: true; url: URL } | { ok: false; reason: string } {
  const rules = Array.isArray(allow) ? parseWebhookAllow(allow) : (allow as WebhookAllow);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, reason: `not an absolute URL: ${url.slice(0, 200)}` };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return { ok: false, reason: `scheme ${parsed.protocol} is not http or https` };
  }
  if (parsed.username || parsed.password) return { ok: false, reason: 'a URL with credentials in it is not sent' };
  const host = bareHost(parsed.hostname);
  const loopback = isLoopback(host) || THIS_HOST.has(host);
  const port = Number(parsed.port || (parsed.protocol === 'https:' ? 443 : 80));
  const listed = rules.rules.some(
    (r) => (r.suffix ? host.endsWith(`.${r.host}`) : host === r.host) && (r.port === null || r.port === port),
  );
  if (listed) return { ok: true, url: parsed };
  if (loopback) {
    if (options.loopback !== false && !THIS_HOST.has(host)) return { ok: true, url: parsed };
    return { ok: false, reason: `host ${host} is this machine, and loopback webhooks are off (webhookLoopback: false) unless listed in webhookAllow` };
  }
  if (rules.any) return { ok: true, url: parsed };
  return { ok: false, reason: `host ${host} is not loopback and not in webhookAllow` };
}

// ---------------------------------------------------------------------------------------------------------
// The journal

/** The most characters of a receiver's body a webhook entry keeps, counted as its JSON writes them. */
export const RESPONSE_EXCERPT = 2048;

/** What later fields of a webhook entry (signature, outcome, error, duration, the answer's excerpt) may add to its recorded size. */
const WEBHOOK_RESULT_BYTES = 512 + RESPONSE_EXCERPT;

/** The longest start of `text` whose JSON string, quotes aside, is at most RESPONSE_EXCERPT characters. */
function fitExcerpt(text: string): string {
  const fits = (n: number) => JSON.stringify(text.slice(0, n)).length - 2 <= RESPONSE_EXCERPT;
  let lo = 0;
  let hi = Math.min(text.length, RESPONSE_EXCERPT);
  if (fits(hi)) return text.slice(0, hi);
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return text.slice(0, lo);
}

/**
 * The receiver's answer as the reader sees it, with what it reads copied, up to the excerpt, into the
 * entry: its status, its Content-Type and the start of its body as text.
 */
function recordingAnswer(entry: WebhookEntry, answer: ReceivedAnswer): ReceivedAnswer {
  entry.responseContentType = answer.headers?.get('content-type')?.slice(0, 256) ?? null;
  entry.responseBody = '';
  const decoder = new TextDecoder();
  let text = '';
  const take = (chunk: Uint8Array, last: boolean) => {
    if (entry.responseBodyTruncated) return;
    text += decoder.decode(chunk, { stream: !last });
    const fitted = fitExcerpt(text);
    if (fitted.length < text.length) entry.responseBodyTruncated = true;
    entry.responseBody = text = fitted;
  };
  if (answer.body && typeof answer.body.getReader === 'function') {
    const body = answer.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          take(chunk, false);
          controller.enqueue(chunk);
        },
        flush() {
          take(new Uint8Array(0), true);
        },
      }),
    );
    // The original body is piped: reading it whole goes through the copy too.
    return { status: answer.status, headers: answer.headers, body, arrayBuffer: () => new Response(body).arrayBuffer() };
  }
  const arrayBuffer = answer.arrayBuffer;
  return {
    status: answer.status,
    headers: answer.headers,
    body: null,
    ...(arrayBuffer && {
      arrayBuffer: async () => {
        const bytes = await arrayBuffer.call(answer);
        take(new Uint8Array(bytes), true);
        return bytes;
      },
    }),
  };
}

/** Characters JSON.stringify escapes: a string without them is its own length plus the two quotes. */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/**
 * The length of `JSON.stringify(value)`, counted without building the text (every request is journaled,
 * and the text was thrown away). Exact for what entries hold: strings, finite numbers, booleans, null,
 * arrays and plain objects; anything else is measured by JSON.stringify itself.
 */
function jsonLength(value: unknown): number {
  switch (typeof value) {
    case 'string':
      return NEEDS_ESCAPE.test(value) ? JSON.stringify(value).length : value.length + 2;
    case 'number':
      return Number.isFinite(value) ? String(value).length : 4;
    case 'boolean':
      return value ? 4 : 5;
    case 'object': {
      if (value === null) return 4;
      if (Array.isArray(value)) {
        let n = 1 + Math.max(0, value.length - 1) + 1;
        for (const item of value) n += item === undefined || typeof item === 'function' || typeof item === 'symbol' ? 4 : jsonLength(item);
        return n;
      }
      if (Object.getPrototypeOf(value) !== Object.prototype) return JSON.stringify(value).length;
      let n = 2;
      let fields = 0;
      for (const key in value) {
        const field = (value as Record<string, unknown>)[key];
        if (field === undefined || typeof field === 'function' || typeof field === 'symbol') continue;
        n += jsonLength(key) + 1 + jsonLength(field);
        fields += 1;
      }
      return n + Math.max(0, fields - 1);
    }
    default:
      return (JSON.stringify(value) as string | undefined)?.length ?? 0;
  }
}

/** An entry's size in the byte budget: its JSON length, measured once when recorded. */
function sizeOf(entry: JournalEntry): number {
  return jsonLength(entry) + (entry.kind === 'webhook' ? WEBHOOK_RESULT_BYTES : 0);
}

export class JournalStore implements Journal {
  /** Entries from `head` on are kept; the dropped prefix is compacted away once it is the larger part. */
  private list: JournalEntry[] = [];
  private sizes: number[] = [];
  private head = 0;
  private bytes = 0;
  private nextId = 1;
  private inFlight = new Set<Promise<void>>();
  /** Each kept entry's latest revision, parallel to `list`. */
  private revisions: number[] = [];
  private lastRevision = 0;
  private readonly listeners = new Set<(change: JournalChange) => void>();
  /** The Auth Token each signature was made with, to tell later whether it still is the account's. */
  private readonly signedWith = new WeakMap<WebhookEntry, string>();
  /** Signing is chained so that deliveries start in the order the events happened. */
  private signing: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly options: DeliveryOptions,
    private readonly tokenOf: (accountSid: string) => string | undefined,
  ) {}

  /** Deliveries started and not yet finished. */
  get deliveriesInFlight(): number {
    return this.inFlight.size;
  }

  private push(entry: JournalEntry): void {
    const size = sizeOf(entry);
    this.list.push(entry);
    this.sizes.push(size);
    this.revisions.push(++this.lastRevision);
    this.bytes += size;
    // Oldest first, but the newest entry always stays, however large.
    while (this.list.length - this.head > 1 && (this.list.length - this.head > this.options.maxEntries || this.bytes > this.options.maxBytes)) {
      this.bytes -= this.sizes[this.head]!;
      this.head += 1;
    }
    if (this.head > 1024 && this.head * 2 > this.list.length) {
      this.list = this.list.slice(this.head);
      this.sizes = this.sizes.slice(this.head);
      this.revisions = this.revisions.slice(this.head);
      this.head = 0;
    }
    this.announce({ type: 'entry', revision: this.lastRevision, entry });
  }

  /** Tells the subscribers that a webhook entry's delivery moved on. */
  private changed(entry: WebhookEntry): void {
    // Entries are kept in id order: the one to update is found by binary search among the kept.
    let lo = this.head;
    let hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.list[mid]!.id < entry.id) lo = mid + 1;
      else hi = mid;
    }
    if (this.list[lo] !== entry) return;
    this.revisions[lo] = ++this.lastRevision;
    this.announce({ type: 'entry', revision: this.lastRevision, entry });
  }

  private announce(change: JournalChange): void {
    for (const listener of this.listeners) {
      try {
        listener(change);
      } catch {
        this.listeners.delete(listener);
      }
    }
  }

  subscribe(listener: (change: JournalChange) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  get revision(): number {
    return this.lastRevision;
  }

  changedSince(revision: number): Array<{ revision: number; entry: JournalEntry }> {
    const out: Array<{ revision: number; entry: JournalEntry }> = [];
    for (let i = this.head; i < this.list.length; i++) {
      if (this.revisions[i]! > revision) out.push({ revision: this.revisions[i]!, entry: this.list[i]! });
    }
    return out.sort((a, b) => a.revision - b.revision);
  }

  present<T extends JournalEntry>(entry: T): T {
    const copy = structuredClone(entry);
    if (copy.kind === 'webhook' && copy.signature !== null) {
      const token = this.tokenOf(copy.accountSid);
      copy.signatureValid = token !== undefined && this.signedWith.get(entry as WebhookEntry) === token;
    }
    return copy;
  }

  /** The bytes the kept entries were measured at, for the budget's test. */
  get size(): number {
    return this.bytes;
  }

  recordRequest(entry: Omit<RequestEntry, 'kind' | 'id' | 'wallAt'>): RequestEntry {
    // Written out, not spread: every request makes one, and a spread literal is built on V8's slow path.
    const full: RequestEntry = {
      kind: 'request',
      id: this.nextId++,
      at: entry.at,
      wallAt: new Date().toISOString(),
      operationId: entry.operationId,
      pathParams: entry.pathParams,
      query: entry.query,
      body: entry.body,
      accountSid: entry.accountSid,
      status: entry.status,
      errorCode: entry.errorCode,
    };
    this.push(full);
    return full;
  }

  recordWarning(entry: Omit<WarningEntry, 'kind' | 'id' | 'wallAt'>): WarningEntry {
    const full: WarningEntry = { kind: 'warning', id: this.nextId++, ...entry, wallAt: new Date().toISOString() };
    this.push(full);
    return full;
  }

  /** Records a webhook and starts its delivery without waiting for it. */
  send(entry: NewWebhook): WebhookEntry {
    const { full, url } = this.begin(entry);
    if (url) this.track(this.deliver(full, url));
    return full;
  }

  /**
   * Records a webhook whose answer the caller reads (a TwiML document): `read` gets the receiver's answer
   * while the request's timeout (`documentTimeoutMs`) still runs. Resolves with the entry once the
   * exchange is over; one that is blocked or dropped resolves at once. `settled()` waits for it.
   */
  request(entry: NewWebhook, read: (answer: ReceivedAnswer) => Promise<void>): Promise<WebhookEntry> {
    const { full, url } = this.begin(entry);
    if (!url) return Promise.resolve(full);
    return this.deliver(full, url, read).then(() => full);
  }

  /** Keeps `settled()` waiting until `work` is over (a document request and the verbs it runs at once). */
  track(work: Promise<unknown>): void {
    const p: Promise<void> = work.then(
      () => undefined,
      () => undefined,
    ).finally(() => this.inFlight.delete(p));
    this.inFlight.add(p);
  }

  recordAlert(entry: Omit<AlertEntry, 'kind' | 'id' | 'wallAt'>): AlertEntry {
    const full: AlertEntry = { kind: 'alert', id: this.nextId++, ...entry, wallAt: new Date().toISOString() };
    this.push(full);
    return full;
  }

  /** Records the entry; gives the URL to request, or none when it is blocked or dropped. */
  private begin(entry: NewWebhook): { full: WebhookEntry; url: URL | null } {
    const full: WebhookEntry = {
      kind: 'webhook',
      id: this.nextId++,
      ...entry,
      wallAt: new Date().toISOString(),
      signature: null,
      signatureValid: null,
      outcome: 'pending',
      responseStatus: null,
      responseContentType: null,
      responseBody: null,
      responseBodyTruncated: false,
      error: null,
      durationMs: null,
    };
    // Decided before the entry is recorded, so that subscribers see a refused delivery as it stays.
    const allowed = hostAllowed(full.url, this.options.allow, { loopback: this.options.loopback });
    let url: URL | null = null;
    if (!allowed.ok) {
      full.outcome = 'blocked';
      full.error = allowed.reason;
    } else if (this.inFlight.size >= this.options.maxInFlight) {
      full.outcome = 'dropped';
      full.error = `${this.inFlight.size} deliveries were in flight, the most allowed (maxDeliveriesInFlight); not sent`;
    } else {
      url = allowed.url;
    }
    this.push(full);
    return { full, url };
  }

  private async deliver(entry: WebhookEntry, url: URL, read?: (answer: ReceivedAnswer) => Promise<void>): Promise<void> {
    const timeoutMs = read ? this.options.documentTimeoutMs : this.options.timeoutMs;
    const token = this.tokenOf(entry.accountSid) ?? '';
    const form = new URLSearchParams(entry.params).toString();
    // The URL that was checked is the one requested (a fragment is never sent).
    url.hash = '';
    const separator = url.search ? '&' : url.href.endsWith('?') ? '' : '?';
    const target = entry.method === 'GET' ? `${url.href}${separator}${form}` : url.href;
    try {
      const signed = this.signing.then(() => computeSignature(token, target, entry.method === 'POST' ? entry.params : []));
      this.signing = signed.catch(() => undefined);
      entry.signature = await signed;
      entry.signatureValid = true;
      this.signedWith.set(entry, token);
    } catch (error) {
      entry.outcome = 'error';
      entry.error = error instanceof Error ? error.message : String(error);
      this.changed(entry);
      return;
    }
    const fetchFn = this.options.fetch ?? (globalThis.fetch as unknown as FetchLike | undefined);
    const headers: Record<string, string> = {
      'X-Twilio-Signature': entry.signature,
      'User-Agent': this.options.userAgent,
      'I-Twilio-Idempotency-Token': `${entry.accountSid}-${entry.id}`,
    };
    const controller = new AbortController();
    const init: Parameters<FetchLike>[1] = { method: entry.method, headers, signal: controller.signal, redirect: 'manual' };
    if (entry.method === 'POST') {
      headers['Content-Type'] = 'application/x-www-form-urlencoded';
      init.body = form;
    }
    // The timeout runs from the moment this request starts and covers reading the answer. It settles the
    // entry itself rather than trusting the fetch to honour the abort, so a receiver that accepts and never
    // answers, or answers headers and never the body, is a timeout at timeoutMs whatever the fetch does.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => {
        controller.abort();
        resolve('timeout');
      }, timeoutMs);
    });
    const started = performance.now();
    const exchange = (async () => {
      if (!fetchFn) throw new Error('no fetch available');
      const response = recordingAnswer(entry, await fetchFn(target, init));
      if (read) await read(response);
      // Read the body to its end, so keep-alive sockets are released (and its start is in the entry).
      else await response.arrayBuffer?.();
      return response.status;
    })();
    try {
      const result = await Promise.race([exchange, timedOut]);
      if (result === 'timeout') {
        entry.outcome = 'timeout';
        entry.error = `no answer within ${timeoutMs} ms`;
      } else {
        entry.responseStatus = result;
        entry.outcome = result >= 200 && result < 300 ? 'delivered' : 'failed';
      }
    } catch (error) {
      entry.outcome = 'error';
      entry.error = error instanceof Error ? error.message : String(error);
    } finally {
      clearTimeout(timer);
      entry.durationMs = Math.round(performance.now() - started);
      // A fetch that ignored the abort may still settle later: nothing waits for it.
      exchange.catch(() => undefined);
      this.changed(entry);
    }
  }

  private kept(): JournalEntry[] {
    return this.list.slice(this.head);
  }

  entries(): JournalEntry[] {
    return this.kept();
  }

  requests(): RequestEntry[] {
    return this.kept().filter((e): e is RequestEntry => e.kind === 'request');
  }

  warnings(): WarningEntry[] {
    return this.kept().filter((e): e is WarningEntry => e.kind === 'warning');
  }

  webhooks(filter: WebhookFilter = {}): WebhookEntry[] {
    return this.kept().filter(
      (e): e is WebhookEntry =>
        e.kind === 'webhook' &&
        (filter.type === undefined || e.type === filter.type) &&
        (filter.event === undefined || e.event === filter.event) &&
        (filter.conferenceSid === undefined || e.conferenceSid === filter.conferenceSid) &&
        (filter.callSid === undefined || e.callSid === filter.callSid) &&
        (filter.outcome === undefined || e.outcome === filter.outcome),
    );
  }

  alerts(filter: { callSid?: string; code?: number } = {}): AlertEntry[] {
    return this.kept().filter(
      (e): e is AlertEntry =>
        e.kind === 'alert' &&
        (filter.callSid === undefined || e.callSid === filter.callSid) &&
        (filter.code === undefined || e.code === filter.code),
    );
  }

  async settled(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  clear(): void {
    this.list = [];
    this.sizes = [];
    this.revisions = [];
    this.head = 0;
    this.bytes = 0;
    this.announce({ type: 'clear' });
  }
}
