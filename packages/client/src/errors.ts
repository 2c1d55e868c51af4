/**
 * Two kinds of failure, told apart by class: Twilio answered with an error (`TwilioApiError`), or no
 * usable answer arrived at all (`TwilioTransportError`: network failure, timeout, a body that is not
 * the JSON it claims to be). Neither ever carries credentials: they hold the method and the path, not
 * the request.
 */

/** Twilio's error body, as every 4xx and 5xx of both APIs carries it. */
export interface TwilioErrorBody {
  code: number;
  message: string;
  more_info: string;
  status: number;
}

export abstract class ConferenceKitError extends Error {
  /** The HTTP method of the request that failed. */
  readonly method: string;
  /** The path of the request that failed, without host or credentials. */
  readonly path: string;

  protected constructor(message: string, method: string, path: string, options?: ErrorOptions) {
    super(message, options);
    this.method = method;
    this.path = path;
  }
}

/**
 * Twilio answered with an error. It also has the shape of Twilio's error body (`code`, `message`,
 * `more_info`, `status`), so it fits wherever the generated types expect that body.
 */
export class TwilioApiError extends ConferenceKitError implements TwilioErrorBody {
  override readonly name = 'TwilioApiError';
  /** The HTTP status. */
  readonly status: number;
  /** Twilio's error code; `0` when the body was not Twilio's error body. */
  readonly code: number;
  /** Link to the documentation of `code`. */
  readonly moreInfo: string;
  /** `moreInfo` under the wire name, for code written against Twilio's error body. */
  readonly more_info: string;
  /** Seconds the server asked to wait before retrying, when it said (`Retry-After`). */
  readonly retryAfter: number | undefined;

  constructor(init: { status: number; code: number; message: string; moreInfo: string; method: string; path: string; retryAfter?: number | undefined }) {
    super(init.message, init.method, init.path);
    this.status = init.status;
    this.code = init.code;
    this.moreInfo = init.moreInfo;
    this.more_info = init.moreInfo;
    this.retryAfter = init.retryAfter;
  }

  /** Builds the error from whatever the body was: Twilio's error body, other JSON, text or nothing. */
  static fromResponse(response: Response, body: unknown, method: string, path: string): TwilioApiError {
    const twilio = isTwilioErrorBody(body) ? body : undefined;
    const text = typeof body === 'string' ? body.trim().slice(0, 200) : '';
    return new TwilioApiError({
      status: response.status,
      code: twilio?.code ?? 0,
      message: twilio?.message ?? (text || `HTTP ${response.status} ${response.statusText}`.trim()),
      moreInfo: twilio?.more_info ?? '',
      method,
      path,
      retryAfter: parseRetryAfter(response.headers.get('retry-after')),
    });
  }

  override toString(): string {
    return `${this.name}: ${this.status}${this.code ? ` (${this.code})` : ''} ${this.message} — ${this.method} ${this.path}`;
  }

  toJSON(): Record<string, unknown> {
    return { name: this.name, status: this.status, code: this.code, message: this.message, moreInfo: this.moreInfo, method: this.method, path: this.path };
  }
}

export type TransportFailure = 'network' | 'timeout' | 'invalid_response';

/** No usable answer: the request did not complete, took too long, or the body was not valid JSON. */
export class TwilioTransportError extends ConferenceKitError {
  override readonly name = 'TwilioTransportError';
  readonly kind: TransportFailure;

  constructor(kind: TransportFailure, message: string, method: string, path: string, options?: ErrorOptions) {
    super(message, method, path, options);
    this.kind = kind;
  }

  override toString(): string {
    return `${this.name} (${this.kind}): ${this.message} — ${this.method} ${this.path}`;
  }

  toJSON(): Record<string, unknown> {
    return { name: this.name, kind: this.kind, message: this.message, method: this.method, path: this.path };
  }
}

function isTwilioErrorBody(body: unknown): body is TwilioErrorBody {
  if (!body || typeof body !== 'object') return false;
  const b = body as Record<string, unknown>;
  return typeof b.code === 'number' && typeof b.message === 'string';
}

/** `Retry-After` as seconds, from either of its forms (delta-seconds or an HTTP date). */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - now) / 1000);
}
