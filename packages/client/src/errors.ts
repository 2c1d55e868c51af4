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

/**
 * - `network`: no response arrived (connection refused, reset, DNS);
 * - `timeout`: no complete response within `timeoutMs`;
 * - `invalid_response`: a response arrived but cannot be used (not JSON, cut short, over
 *   `maxResponseBytes`, or a next-page link that leads outside the configured base URL);
 * - `redirect`: the server answered 3xx; redirects are never followed (`status`, `location`).
 */
export type TransportFailure = 'network' | 'timeout' | 'invalid_response' | 'redirect';

/** No usable answer: the request did not complete, took too long, or the response cannot be used. */
export class TwilioTransportError extends ConferenceKitError {
  override readonly name = 'TwilioTransportError';
  readonly kind: TransportFailure;
  /** For `redirect`: the HTTP status (0 where the platform hides it, as browsers do). */
  readonly status: number | undefined;
  /** For `redirect`: where the server pointed, resolved, without userinfo. */
  readonly location: string | undefined;

  constructor(
    kind: TransportFailure,
    message: string,
    method: string,
    path: string,
    options?: ErrorOptions & { status?: number | undefined; location?: string | undefined },
  ) {
    super(message, method, path, options);
    this.kind = kind;
    this.status = options?.status;
    this.location = options?.location;
  }

  override toString(): string {
    return `${this.name} (${this.kind}): ${this.message} — ${this.method} ${this.path}`;
  }

  toJSON(): Record<string, unknown> {
    return {
      name: this.name, kind: this.kind, message: this.message, method: this.method, path: this.path,
      ...(this.status !== undefined && { status: this.status }),
      ...(this.location !== undefined && { location: this.location }),
    };
  }
}

function isTwilioErrorBody(body: unknown): body is TwilioErrorBody {
  if (!body || typeof body !== 'object') return false;
  const b = body as Record<string, unknown>;
  return typeof b.code === 'number' && typeof b.message === 'string';
}

// RFC 9110 §5.6.7: IMF-fixdate, and the obsolete RFC 850 and asctime forms a recipient must accept.
const HTTP_DATE = new RegExp(
  '^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT'
  + '|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, \\d{2}-[A-Z][a-z]{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} GMT'
  + '|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} [ \\d]\\d \\d{2}:\\d{2}:\\d{2} \\d{4})$',
);

/**
 * `Retry-After` as seconds, from either of its forms (delta-seconds or an HTTP date). Anything else
 * (`1.5`, `-1`, `5, 10`) is ignored rather than read as "now": a header we cannot read is no reason
 * to retry at once.
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d{1,10}$/.test(text)) return Number(text);
  if (!HTTP_DATE.test(text)) return undefined;
  // asctime carries no zone; it means GMT.
  const date = Date.parse(text.endsWith('GMT') ? text : `${text} GMT`);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - now) / 1000);
}
