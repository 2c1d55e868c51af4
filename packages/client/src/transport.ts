/**
 * The one way every request goes out: HTTP Basic credentials, a per-attempt timeout, retries
 * with exponential backoff and full jitter on 429 and 5xx (and on network failures) for idempotent
 * requests, honouring `Retry-After`. A POST is retried only when the caller opts in.
 *
 * It hands back only complete answers: the body is read here, bounded by `maxResponseBytes` and
 * inside the attempt's timeout, so everything above it works on a body that is whole or not at all.
 * `send` takes the URL and body already built and gives the body as text, so the usual call makes one
 * `Request` (inside `fetch`) and reads its body once; `fetch` wraps it for openapi-fetch's path.
 * Redirects are never followed: a write must not turn into a read, and credentials must not travel
 * to wherever a response points.
 */
import { TwilioTransportError, parseRetryAfter, type TransportFailure } from './errors.js';

export interface RetryOptions {
  /** Further attempts after the first. Default 2. */
  retries?: number;
  /** Backoff base: attempt n waits up to `baseDelayMs * 2^(n-1)`, jittered. Default 250. */
  baseDelayMs?: number;
  /** Cap on one backoff delay. Default 10 000. */
  maxDelayMs?: number;
  /** A `Retry-After` longer than this is not waited for; the error is returned instead. Default 60. */
  maxRetryAfterSeconds?: number;
  /** Also retry POST (not idempotent: an announcement may play twice). Default false. */
  retryNonIdempotent?: boolean;
}

export interface TransportOptions {
  username: string;
  password: string;
  fetch: typeof globalThis.fetch;
  /** Per attempt, including reading the body; 0 turns it off. */
  timeoutMs: number;
  /** The largest body read, after decompression. */
  maxResponseBytes: number;
  retry: Required<RetryOptions> | false;
  /** For tests: how to wait, and where jitter comes from. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export const defaultRetry: Required<RetryOptions> = {
  retries: 2,
  baseDelayMs: 250,
  maxDelayMs: 10_000,
  maxRetryAfterSeconds: 60,
  retryNonIdempotent: false,
};

/** setTimeout's ceiling: a longer delay fires at once, so longer timeouts are refused up front. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

const RETRY_STATUSES = new Set([429, 500, 502, 503, 504]);
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const NULL_BODY_STATUSES = new Set([204, 205, 304]);
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS']);

/** One request as the client sends it: credentials and `Accept` are the transport's to add. */
export interface Outgoing {
  method: string;
  url: string;
  /** A form body (re-sent as it is on a retry), or none. */
  body?: string | ArrayBuffer | null | undefined;
  /** Set with a form body. */
  contentType?: string | undefined;
  /** The caller's own headers, only when there are some (middleware, `headers` in the call options). */
  headers?: Headers | undefined;
  /** The caller's signal, if they gave one. */
  signal?: AbortSignal | null | undefined;
}

/** A complete answer: the response (its body already read) and that body as text. */
export interface Received {
  response: Response;
  text: string;
}

export interface Transport {
  /** Sends one request (with retries) and reads its whole body, bounded. */
  send(outgoing: Outgoing): Promise<Received>;
  /** The same as a `fetch`, for openapi-fetch when middleware or request options need its path. */
  fetch(request: Request): Promise<Response>;
}

/**
 * A timer on a controller of our own, following the caller's signal if there is one. Not
 * `AbortSignal.any` with `AbortSignal.timeout`: on Node 20 the timeout signal can be collected before
 * it fires. Without a timeout the caller's signal (or none) goes to `fetch` as it is: a signal costs
 * undici about a tenth of a loopback request, so it is only made when there is a timer to drive it.
 */
function armTimeout(callerSignal: AbortSignal | undefined, timeoutMs: number): { signal: AbortSignal | undefined; disarm: () => void } {
  if (timeoutMs === 0) return { signal: callerSignal, disarm: noop };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException(`No response within ${timeoutMs} ms`, 'TimeoutError')), timeoutMs);
  if (!callerSignal) return { signal: controller.signal, disarm: () => clearTimeout(timer) };
  const forward = () => controller.abort(callerSignal.reason);
  if (callerSignal.aborted) forward();
  else callerSignal.addEventListener('abort', forward, { once: true });
  return {
    signal: controller.signal,
    disarm: () => {
      clearTimeout(timer);
      callerSignal.removeEventListener('abort', forward);
    },
  };
}

function noop(): void {}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
function abortableSleep(ms: number, signal: AbortSignal | undefined, sleep?: (ms: number) => Promise<void>): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  return new Promise<void>((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const done = () => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    };
    if (sleep) sleep(ms).then(done, reject);
    else timer = setTimeout(done, ms);
  });
}

export function createTransport(options: TransportOptions): Transport {
  const authorization = `Basic ${btoa(`${options.username}:${options.password}`)}`;
  const random = options.random ?? Math.random;
  const { retry, timeoutMs, maxResponseBytes } = options;
  const doFetch = options.fetch;
  // Built once: a plain record is the cheapest headers argument fetch takes, and these never change.
  const plainHeaders = Object.freeze({ authorization, accept: 'application/json' });
  const formHeaders = new Map<string, Readonly<Record<string, string>>>();

  function headersFor(outgoing: Outgoing): HeadersInit {
    if (outgoing.headers) {
      const headers = new Headers(outgoing.headers);
      headers.set('authorization', authorization);
      if (!headers.has('accept')) headers.set('accept', 'application/json');
      if (outgoing.contentType) headers.set('content-type', outgoing.contentType);
      return headers;
    }
    if (!outgoing.contentType) return plainHeaders;
    let headers = formHeaders.get(outgoing.contentType);
    if (!headers) formHeaders.set(outgoing.contentType, headers = Object.freeze({ ...plainHeaders, 'content-type': outgoing.contentType }));
    return headers;
  }

  async function send(outgoing: Outgoing): Promise<Received> {
    const { method, url } = outgoing;
    const body = outgoing.body ?? null;
    const headers = headersFor(outgoing);
    const callerSignal = outgoing.signal ?? undefined;
    const canRetry = retry !== false && (IDEMPOTENT.has(method) || retry.retryNonIdempotent);
    const attempts = canRetry ? retry.retries + 1 : 1;
    // The path is worked out only for an error: a URL parse per request is not free.
    const fail = (kind: TransportFailure, message: string, extra?: ConstructorParameters<typeof TwilioTransportError>[4]) =>
      new TwilioTransportError(kind, message, method, new URL(url).pathname, extra);

    for (let attempt = 1; ; attempt++) {
      const last = attempt >= attempts;
      const { signal, disarm } = armTimeout(callerSignal, timeoutMs);
      let response: Response;
      try {
        // Without a signal the key is left out, so a caller's fetch sees what a plain call would give it.
        response = await doFetch(url, signal ? { method, headers, body, redirect: 'manual', signal } : { method, headers, body, redirect: 'manual' });
      } catch (error) {
        disarm();
        // The caller's own abort (or AbortSignal.timeout) is theirs, exactly as they raised it.
        if (callerSignal?.aborted) throw callerSignal.reason;
        const failure = toTransportError(error, method, new URL(url).pathname, timeoutMs);
        if (last || failure.kind === 'timeout' || !canRetry) throw failure;
        await abortableSleep(backoff(attempt, undefined), callerSignal, options.sleep);
        continue;
      }

      if (response.type === 'opaqueredirect' || REDIRECT_STATUSES.has(response.status)) {
        disarm();
        void response.body?.cancel().catch(() => undefined);
        const location = redactedLocation(response.headers.get('location'), url);
        throw fail('redirect', `The server answered ${response.status || 'a redirect'}${location ? ` to ${location}` : ''}; redirects are not followed (check baseUrl)`, {
          status: response.status,
          location,
        });
      }

      const retryAfter = canRetry && RETRY_STATUSES.has(response.status) ? parseRetryAfter(response.headers.get('retry-after')) : undefined;
      const final = last || retry === false || !canRetry || !RETRY_STATUSES.has(response.status)
        || (retryAfter !== undefined && retryAfter > retry.maxRetryAfterSeconds);
      if (final) {
        // A Response a caller's fetch made up has no URL; the caller still sees where it came from.
        if (!response.url) Object.defineProperty(response, 'url', { value: url });
        try {
          return { response, text: await bodyText(response, signal, fail) };
        } catch (error) {
          if (callerSignal?.aborted) throw callerSignal.reason;
          throw error;
        } finally {
          disarm();
        }
      }
      disarm();
      // Not awaited: cancelling a body another reader shares (a tee) only settles when both let go.
      void response.body?.cancel().catch(() => undefined);
      await abortableSleep(backoff(attempt, retryAfter), callerSignal, options.sleep);
    }
  }

  /**
   * The body read to the end, at most `maxResponseBytes` of it. A declared `Content-Length` (of an
   * unencoded body) is the bound instead: the chunks go into one buffer of that size, decoded once,
   * and a body that turns out longer is refused at the first chunk past it. Without one, each chunk is
   * decoded as it arrives, so none is held once read. Either way the body exists once as bytes and
   * once as text, never as a second copy. A stream that breaks off after the headers arrived is a
   * response we cannot use (`invalid_response`), not a network failure to retry.
   */
  async function bodyText(response: Response, signal: AbortSignal | undefined, fail: (kind: TransportFailure, message: string) => TwilioTransportError): Promise<string> {
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > maxResponseBytes) {
      void response.body?.cancel().catch(() => undefined);
      throw fail('invalid_response', `The response body is ${declared} bytes, over maxResponseBytes (${maxResponseBytes})`);
    }
    if (response.body === null || NULL_BODY_STATUSES.has(response.status)) {
      void response.body?.cancel().catch(() => undefined);
      return '';
    }
    // Content-Length counts the bytes on the wire; a compressed body inflates past it legitimately.
    const exact = Number.isFinite(declared) && !response.headers.has('content-encoding');
    const bound = exact ? declared : maxResponseBytes;
    const decoder = new TextDecoder();
    const reader = response.body.getReader();
    let whole: Uint8Array | undefined;
    let text = '';
    let received = 0;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        const at = received;
        received += value.byteLength;
        if (received > bound) {
          void reader.cancel().catch(() => undefined);
          throw fail('invalid_response', exact
            ? `The response body is longer than its Content-Length (${declared})`
            : `The response body exceeded maxResponseBytes (${maxResponseBytes}) while reading`);
        }
        if (!exact) text += decoder.decode(value, { stream: true });
        // A body that came in one chunk is used as it is; otherwise the chunks fill one buffer.
        else if (at === 0 && received === declared) whole = value;
        else (whole ??= new Uint8Array(declared)).set(value, at);
      }
    } catch (error) {
      if (error instanceof TwilioTransportError) throw error;
      if (signal?.aborted && (signal.reason as Error | undefined)?.name === 'TimeoutError') {
        throw fail('timeout', `No complete response within ${timeoutMs} ms (${received} bytes of the body arrived)`);
      }
      if (signal?.aborted) throw signal.reason;
      const of = Number.isFinite(declared) ? ` of ${declared}` : '';
      throw fail('invalid_response', `The response body was cut short: ${received}${of} bytes arrived`);
    }
    if (!exact) return text + decoder.decode();
    if (received < declared) throw fail('invalid_response', `The response body was cut short: ${received} of ${declared} bytes arrived`);
    return whole ? decoder.decode(whole) : '';
  }

  /** openapi-fetch's view: a Request in, a Response whose body is the text already read. */
  async function fetchForOpenapiFetch(request: Request): Promise<Response> {
    const body = request.body === null ? null : await request.arrayBuffer();
    const { response, text } = await send({ method: request.method, url: request.url, body, headers: request.headers, signal: request.signal });
    const complete = new Response(NULL_BODY_STATUSES.has(response.status) ? null : text, {
      status: response.status, statusText: response.statusText, headers: response.headers,
    });
    // The page-loop guard compares a next link with the URL that answered.
    Object.defineProperty(complete, 'url', { value: response.url });
    return complete;
  }

  function backoff(attempt: number, retryAfterSeconds: number | undefined): number {
    if (retry === false) return 0;
    const ceiling = Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** (attempt - 1));
    const jittered = random() * ceiling;
    return retryAfterSeconds === undefined ? jittered : Math.max(retryAfterSeconds * 1000, jittered);
  }

  return { send, fetch: fetchForOpenapiFetch };
}

/** A Location header resolved against the request, without any userinfo it carried. */
function redactedLocation(location: string | null, base: string): string | undefined {
  if (!location) return undefined;
  try {
    const url = new URL(location, base);
    url.username = '';
    url.password = '';
    return url.href;
  } catch {
    return undefined;
  }
}

/** Maps whatever fetch threw into our error, keeping the cause but no request. */
export function toTransportError(error: unknown, method: string, path: string, timeoutMs: number): TwilioTransportError {
  if (error instanceof TwilioTransportError) return error;
  const name = (error as { name?: string } | null)?.name;
  if (name === 'TimeoutError') {
    return new TwilioTransportError('timeout', `No response within ${timeoutMs} ms`, method, path, { cause: error });
  }
  const cause = (error as { cause?: { code?: string; message?: string } } | null)?.cause;
  const detail = cause?.code ?? cause?.message ?? (error as Error | null)?.message ?? String(error);
  return new TwilioTransportError('network', `Request failed before a response arrived (${detail})`, method, path, { cause: error });
}
