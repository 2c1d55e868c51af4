/**
 * The one `fetch` every request goes through: HTTP Basic credentials, a per-attempt timeout, retries
 * with exponential backoff and full jitter on 429 and 5xx (and on network failures) for idempotent
 * requests, honouring `Retry-After`. A POST is retried only when the caller opts in.
 *
 * It hands back only complete responses: the body is read here, bounded by `maxResponseBytes` and
 * inside the attempt's timeout, so everything above it works on a body that is whole or not at all.
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

export type Transport = (request: Request) => Promise<Response>;

/**
 * The caller's signal plus a timer, on a controller of our own. Not `AbortSignal.any` with
 * `AbortSignal.timeout`: on Node 20 the timeout signal can be collected before it fires.
 */
function armTimeout(callerSignal: AbortSignal, timeoutMs: number): { signal: AbortSignal; disarm: () => void } {
  const controller = new AbortController();
  const timer = timeoutMs > 0
    ? setTimeout(() => controller.abort(new DOMException(`No response within ${timeoutMs} ms`, 'TimeoutError')), timeoutMs)
    : undefined;
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

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
function abortableSleep(ms: number, signal: AbortSignal, sleep?: (ms: number) => Promise<void>): Promise<void> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<void>((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    const done = () => {
      signal.removeEventListener('abort', onAbort);
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

  return async function transport(request: Request): Promise<Response> {
    request.headers.set('authorization', authorization);
    if (!request.headers.has('accept')) request.headers.set('accept', 'application/json');
    const method = request.method;
    const path = new URL(request.url).pathname;
    const callerSignal = request.signal;
    const canRetry = retry !== false && (IDEMPOTENT.has(method) || retry.retryNonIdempotent);
    const attempts = canRetry ? retry.retries + 1 : 1;
    const fail = (kind: TransportFailure, message: string, extra?: ConstructorParameters<typeof TwilioTransportError>[4]) =>
      new TwilioTransportError(kind, message, method, path, extra);

    for (let attempt = 1; ; attempt++) {
      const last = attempt >= attempts;
      // A body can be sent once: keep the original for the next attempt. A GET has none to keep.
      const current = last || request.body === null ? request : request.clone();
      const { signal, disarm } = armTimeout(callerSignal, timeoutMs);
      let response: Response;
      try {
        response = await doFetch(current, { signal, redirect: 'manual' });
      } catch (error) {
        disarm();
        // The caller's own abort (or AbortSignal.timeout) is theirs, exactly as they raised it.
        if (callerSignal.aborted) throw callerSignal.reason;
        const failure = toTransportError(error, method, path, timeoutMs);
        if (last || failure.kind === 'timeout' || !canRetry) throw failure;
        await abortableSleep(backoff(attempt, undefined), callerSignal, options.sleep);
        continue;
      }

      if (response.type === 'opaqueredirect' || REDIRECT_STATUSES.has(response.status)) {
        disarm();
        void response.body?.cancel().catch(() => undefined);
        const location = redactedLocation(response.headers.get('location'), request.url);
        throw fail('redirect', `The server answered ${response.status || 'a redirect'}${location ? ` to ${location}` : ''}; redirects are not followed (check baseUrl)`, {
          status: response.status,
          location,
        });
      }

      const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
      const final = last || retry === false || !canRetry || !RETRY_STATUSES.has(response.status)
        || (retryAfter !== undefined && retryAfter > retry.maxRetryAfterSeconds);
      if (final) {
        try {
          return await whole(response, request.url, signal, fail);
        } catch (error) {
          if (callerSignal.aborted) throw callerSignal.reason;
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
  };

  /**
   * The response with its body read to the end, at most `maxResponseBytes` of it. A stream that
   * breaks off after the headers arrived is a response we cannot use (`invalid_response`), not a
   * network failure to retry.
   */
  async function whole(response: Response, url: string, signal: AbortSignal, fail: (kind: TransportFailure, message: string) => TwilioTransportError): Promise<Response> {
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > maxResponseBytes) {
      void response.body?.cancel().catch(() => undefined);
      throw fail('invalid_response', `The response body is ${declared} bytes, over maxResponseBytes (${maxResponseBytes})`);
    }
    const chunks: Uint8Array[] = [];
    let received = 0;
    if (response.body) {
      const reader = response.body.getReader();
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          received += value.byteLength;
          if (received > maxResponseBytes) {
            void reader.cancel().catch(() => undefined);
            throw fail('invalid_response', `The response body exceeded maxResponseBytes (${maxResponseBytes}) while reading`);
          }
          chunks.push(value);
        }
      } catch (error) {
        if (error instanceof TwilioTransportError) throw error;
        if (signal.aborted && (signal.reason as Error | undefined)?.name === 'TimeoutError') {
          throw fail('timeout', `No complete response within ${timeoutMs} ms (${received} bytes of the body arrived)`);
        }
        if (signal.aborted) throw signal.reason;
        const of = Number.isFinite(declared) ? ` of ${declared}` : '';
        throw fail('invalid_response', `The response body was cut short: ${received}${of} bytes arrived`);
      }
    }
    if (Number.isFinite(declared) && received < declared && !response.headers.has('content-encoding')) {
      throw fail('invalid_response', `The response body was cut short: ${received} of ${declared} bytes arrived`);
    }
    // The chunks as they came, not one concatenated copy: the caller reads the body once more as text,
    // and a copy here would hold each page twice in memory while it does.
    const body = response.body === null || NULL_BODY_STATUSES.has(response.status) ? null : replay(chunks);
    const complete = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
    // The page-loop guard compares a next link with the URL that answered.
    Object.defineProperty(complete, 'url', { value: response.url || url });
    return complete;
  }

  function backoff(attempt: number, retryAfterSeconds: number | undefined): number {
    if (retry === false) return 0;
    const ceiling = Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** (attempt - 1));
    const jittered = random() * ceiling;
    return retryAfterSeconds === undefined ? jittered : Math.max(retryAfterSeconds * 1000, jittered);
  }
}

function replay(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    pull(controller) {
      const next = chunks.shift();
      if (next) controller.enqueue(next);
      else controller.close();
    },
  });
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
