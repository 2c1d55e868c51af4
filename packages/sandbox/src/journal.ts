/**
 * The journal: every request the engine answered and every webhook it tried to deliver, in order.
 * Webhooks go through an injected `fetch`, with a timeout, and never hold up an API response; a
 * delivery that is refused (host not allowed) is recorded as `blocked`, never dropped silently.
 */
import { computeSignature } from './signature.js';

export interface RequestEntry {
  kind: 'request';
  id: number;
  /** Sandbox time, ISO 8601 with milliseconds. */
  at: string;
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

/**
 * `voice`, `dial-action` and `wait-url` are the TwiML document requests of a call (its `Url`, a
 * `<Redirect>` or `FallbackUrl`; a `<Dial action>`; a conference `waitUrl`), whose answers the call runs.
 */
export type WebhookKind = 'conference' | 'call-progress' | 'recording' | 'voice' | 'dial-action' | 'wait-url';
export type DeliveryOutcome = 'pending' | 'delivered' | 'failed' | 'timeout' | 'error' | 'blocked';

export interface WebhookEntry {
  kind: 'webhook';
  id: number;
  at: string;
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
  /** The X-Twilio-Signature sent; null until computed, and for blocked deliveries. */
  signature: string | null;
  outcome: DeliveryOutcome;
  /** The receiver's HTTP status, when it answered. */
  responseStatus: number | null;
  error: string | null;
  /** Wall-clock milliseconds the delivery took. */
  durationMs: number | null;
}

/** What Twilio's debugger would show: a TwiML error or warning of a call (facts C.4). */
export interface AlertEntry {
  kind: 'alert';
  id: number;
  at: string;
  /** Twilio's error code: 11200, 11205, 11750, 12100, 12200, 12300, 13xxx, 16xxx… */
  code: number;
  level: 'error' | 'warning';
  message: string;
  accountSid: string;
  callSid: string;
  /** The document's URL, when the alert is about one. */
  url: string | null;
}

export type JournalEntry = RequestEntry | WebhookEntry | AlertEntry;

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

export interface Journal {
  entries(): JournalEntry[];
  requests(): RequestEntry[];
  webhooks(filter?: WebhookFilter): WebhookEntry[];
  alerts(filter?: { callSid?: string; code?: number }): AlertEntry[];
  /**
   * Resolves when every delivery started so far has finished (delivered, failed, timed out…), and every
   * TwiML document fetched so far has been run up to its next wait on the clock.
   */
  settled(): Promise<void>;
  clear(): void;
}

export type FetchLike = (input: string, init: { method: string; headers: Record<string, string>; body?: string; signal: AbortSignal; redirect?: 'manual' }) => Promise<ReceivedAnswer>;

export type NewWebhook = Omit<WebhookEntry, 'kind' | 'id' | 'signature' | 'outcome' | 'responseStatus' | 'error' | 'durationMs'>;

export interface DeliveryOptions {
  fetch: FetchLike | undefined;
  timeoutMs: number;
  /** Wall-clock time a TwiML document request may take, connect included (Twilio: 15 s). */
  documentTimeoutMs: number;
  /** Host names allowed besides loopback; `'*'` allows every host. */
  allow: readonly string[];
  maxEntries: number;
  userAgent: string;
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\]|::1|\[::ffff:127(?:\.\d{1,3}){3}\])$/i;

export function hostAllowed(url: string, allow: readonly string[]): { ok: true } | { ok: false; reason: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, reason: `not an absolute URL: ${url}` };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return { ok: false, reason: `scheme ${parsed.protocol} is not http or https` };
  }
  const host = parsed.hostname.toLowerCase();
  if (LOOPBACK.test(host) || host.endsWith('.localhost')) return { ok: true };
  if (allow.includes('*') || allow.some((h) => h.toLowerCase() === host)) return { ok: true };
  return { ok: false, reason: `host ${host} is not loopback and not in webhookAllow` };
}

export class JournalStore implements Journal {
  private list: JournalEntry[] = [];
  private nextId = 1;
  private inFlight = new Set<Promise<void>>();
  /** Signing is chained so that deliveries start in the order the events happened. */
  private signing: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly options: DeliveryOptions,
    private readonly tokenOf: (accountSid: string) => string | undefined,
  ) {}

  private push(entry: JournalEntry): void {
    this.list.push(entry);
    if (this.list.length > this.options.maxEntries) this.list.splice(0, this.list.length - this.options.maxEntries);
  }

  recordRequest(entry: Omit<RequestEntry, 'kind' | 'id'>): RequestEntry {
    const full: RequestEntry = { kind: 'request', id: this.nextId++, ...entry };
    this.push(full);
    return full;
  }

  /** Records a webhook and starts its delivery without waiting for it. */
  send(entry: NewWebhook): WebhookEntry {
    const full = this.begin(entry);
    if (full.outcome === 'pending') this.track(this.exchange(full));
    return full;
  }

  /**
   * Records a webhook whose answer the caller reads (a TwiML document): `read` gets the receiver's answer
   * while the request's timeout still runs. Resolves with the entry once the exchange is over; a blocked
   * request resolves at once with outcome `blocked`. `settled()` waits for it.
   */
  request(entry: NewWebhook, read: (answer: ReceivedAnswer, signal: AbortSignal) => Promise<void>): Promise<WebhookEntry> {
    const full = this.begin(entry);
    if (full.outcome !== 'pending') return Promise.resolve(full);
    return this.exchange(full, read).then(() => full);
  }

  /** Keeps `settled()` waiting until `work` is over (a document fetch and the verbs it runs at once). */
  track(work: Promise<unknown>): void {
    const p: Promise<void> = work.then(
      () => undefined,
      () => undefined,
    ).finally(() => this.inFlight.delete(p));
    this.inFlight.add(p);
  }

  recordAlert(entry: Omit<AlertEntry, 'kind' | 'id'>): AlertEntry {
    const full: AlertEntry = { kind: 'alert', id: this.nextId++, ...entry };
    this.push(full);
    return full;
  }

  private begin(entry: NewWebhook): WebhookEntry {
    const full: WebhookEntry = {
      kind: 'webhook',
      id: this.nextId++,
      ...entry,
      signature: null,
      outcome: 'pending',
      responseStatus: null,
      error: null,
      durationMs: null,
    };
    this.push(full);
    const allowed = hostAllowed(full.url, this.options.allow);
    if (!allowed.ok) {
      full.outcome = 'blocked';
      full.error = allowed.reason;
    }
    return full;
  }

  private async exchange(entry: WebhookEntry, read?: (answer: ReceivedAnswer, signal: AbortSignal) => Promise<void>): Promise<void> {
    const started = performance.now();
    const token = this.tokenOf(entry.accountSid) ?? '';
    const form = new URLSearchParams(entry.params).toString();
    const target = entry.method === 'GET' ? `${entry.url}${entry.url.includes('?') ? '&' : '?'}${form}` : entry.url;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), read ? this.options.documentTimeoutMs : this.options.timeoutMs);
    try {
      const signed = this.signing.then(() => computeSignature(token, target, entry.method === 'POST' ? entry.params : []));
      this.signing = signed.catch(() => undefined);
      entry.signature = await signed;
      const fetchFn = this.options.fetch ?? (globalThis.fetch as unknown as FetchLike | undefined);
      if (!fetchFn) throw new Error('no fetch available');
      const headers: Record<string, string> = {
        'X-Twilio-Signature': entry.signature,
        'User-Agent': this.options.userAgent,
        'I-Twilio-Idempotency-Token': `${entry.accountSid}-${entry.id}`,
      };
      const init: Parameters<FetchLike>[1] = { method: entry.method, headers, signal: controller.signal, redirect: 'manual' };
      if (entry.method === 'POST') {
        headers['Content-Type'] = 'application/x-www-form-urlencoded';
        init.body = form;
      }
      const response = await fetchFn(target, init);
      entry.responseStatus = response.status;
      entry.outcome = response.status >= 200 && response.status < 300 ? 'delivered' : 'failed';
      if (read) await read(response, controller.signal);
      // Drain the body so keep-alive sockets are released; ignore its content.
      else await response.arrayBuffer?.().catch(() => undefined);
    } catch (error) {
      if (controller.signal.aborted) {
        entry.outcome = 'timeout';
        entry.error = `no answer within ${read ? this.options.documentTimeoutMs : this.options.timeoutMs} ms`;
      } else {
        entry.outcome = 'error';
        entry.error = error instanceof Error ? error.message : String(error);
      }
    } finally {
      clearTimeout(timer);
      entry.durationMs = Math.round(performance.now() - started);
    }
  }

  entries(): JournalEntry[] {
    return [...this.list];
  }

  requests(): RequestEntry[] {
    return this.list.filter((e): e is RequestEntry => e.kind === 'request');
  }

  webhooks(filter: WebhookFilter = {}): WebhookEntry[] {
    return this.list.filter(
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
    return this.list.filter(
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
  }
}
