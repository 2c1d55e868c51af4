/**
 * The one `fetch` every request goes through: HTTP Basic credentials, a per-attempt timeout, and
 * retries with exponential backoff and full jitter on 429 and 5xx (and on network failures) for
 * idempotent requests, honouring `Retry-After`. A POST is retried only when the caller opts in.
 */
import { TwilioTransportError, parseRetryAfter } from './errors.js';

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

const RETRY_STATUSES = new Set([429, 500, 502, 503, 504]);
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS']);

export type Transport = (request: Request) => Promise<Response>;


// Each response's timeout stays armed while its body is read; whoever reads it calls `release`.
const pendingTimeouts = new WeakMap<Response, () => void>();

/** Disarms the timeout of a response whose body has been read. */
export function release(response: Response): void {
  pendingTimeouts.get(response)?.();
  pendingTimeouts.delete(response);
}

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

export function createTransport(options: TransportOptions): Transport {
  const authorization = `Basic ${btoa(`${options.username}:${options.password}`)}`;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const random = options.random ?? Math.random;
  const { retry, timeoutMs } = options;
  const doFetch = options.fetch;

  return async function transport(request: Request): Promise<Response> {
    request.headers.set('authorization', authorization);
    if (!request.headers.has('accept')) request.headers.set('accept', 'application/json');
    const method = request.method;
    const callerSignal = request.signal;
    const canRetry = retry !== false && (IDEMPOTENT.has(method) || retry.retryNonIdempotent);
    const attempts = canRetry ? retry.retries + 1 : 1;

    for (let attempt = 1; ; attempt++) {
      const last = attempt >= attempts;
      // A body can be sent once: keep the original for the next attempt. A GET has none to keep.
      const current = last || request.body === null ? request : request.clone();
      const { signal, disarm } = armTimeout(callerSignal, timeoutMs);
      let response: Response;
      try {
        response = await doFetch(current, { signal });
      } catch (error) {
        disarm();
        if (callerSignal.aborted) throw error; // the caller's own abort is theirs to handle
        const failure = toTransportError(error, method, new URL(request.url).pathname, timeoutMs);
        if (last || failure.kind === 'timeout' || !canRetry) throw failure;
        await sleep(backoff(attempt, undefined));
        continue;
      }
      if (last || !canRetry || !RETRY_STATUSES.has(response.status)) {
        pendingTimeouts.set(response, disarm);
        return response;
      }
      disarm();
      const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
      if (retryAfter !== undefined && retryAfter > retry.maxRetryAfterSeconds) return response;
      // Not awaited: cancelling a body another reader shares (a tee) only settles when both let go.
      void response.body?.cancel().catch(() => undefined);
      await sleep(backoff(attempt, retryAfter));
    }
  };

  function backoff(attempt: number, retryAfterSeconds: number | undefined): number {
    if (retry === false) return 0;
    const ceiling = Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** (attempt - 1));
    const jittered = random() * ceiling;
    return retryAfterSeconds === undefined ? jittered : Math.max(retryAfterSeconds * 1000, jittered);
  }
}

/** Maps whatever fetch or a body read threw into our error, keeping the cause but no request. */
export function toTransportError(error: unknown, method: string, path: string, timeoutMs: number): TwilioTransportError {
  if (error instanceof TwilioTransportError) return error;
  const name = (error as { name?: string } | null)?.name;
  if (name === 'TimeoutError') {
    return new TwilioTransportError('timeout', `No response within ${timeoutMs} ms`, method, path, { cause: error });
  }
  const cause = (error as { cause?: { code?: string; message?: string } } | null)?.cause;
  const detail = cause?.code ?? cause?.message ?? (error as Error | null)?.message ?? String(error);
  return new TwilioTransportError('network', `Request failed before a complete response arrived (${detail})`, method, path, { cause: error });
}
