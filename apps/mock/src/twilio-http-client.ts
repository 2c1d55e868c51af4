/**
 * An HTTP client for the official `twilio` package (its `httpClient` option) that sends every request
 * for a Twilio host to a sandbox instead: in-process through the sandbox's `fetch`, or over the network
 * to a sandbox already running at a URL. The library itself is unmodified and never loaded here: only
 * its type is named, so that `twilio(sid, token, { httpClient })` type-checks.
 */
import type Twilio from 'twilio';

/** What twilio-node hands its HTTP client (`RequestClient.RequestOptions`); only what is used here. */
export interface TwilioRequestOptions {
  method: string;
  uri: string;
  username?: string;
  password?: string;
  authStrategy?: { getAuthString(): Promise<string> };
  headers?: Record<string, string>;
  params?: object;
  data?: unknown;
  timeout?: number;
}

/** What twilio-node expects back: its `Response` (a string body is parsed by the library). */
export interface TwilioResponse {
  statusCode: number;
  body: string;
  headers: Record<string, string>;
}

/**
 * twilio-node's `RequestClient`, as its `httpClient` option is typed. The library calls only `request`,
 * which is all this client has; the type is the library's so that no cast is needed where it is passed.
 */
export type TwilioHttpClient = Twilio.RequestClient;

/** Where the requests go: a running sandbox's URL, or anything with `url` and an in-process `fetch`. */
export type TwilioHttpClientTarget = string | { url: string; fetch?: typeof globalThis.fetch };

/** twilio-node's own default (`RequestClient.defaultTimeout`). */
const DEFAULT_TIMEOUT_MS = 30_000;
const FORM = 'application/x-www-form-urlencoded';

/**
 * The client for `twilio(sid, token, { httpClient })`. Every `*.twilio.com` host (api, insights, a
 * regional `api.us1…`, any other product) goes to the sandbox, path and query kept; so does the
 * sandbox's own address, which its absolute next-page links name. Any other host is refused before
 * anything is sent, so credentials meant for Twilio never leave for somewhere else.
 */
export function createTwilioHttpClient(target: TwilioHttpClientTarget): TwilioHttpClient {
  const base = new URL(typeof target === 'string' ? target : target.url);
  if (base.protocol !== 'http:' && base.protocol !== 'https:') throw new Error(`The sandbox URL must be http: or https:, not ${base.protocol}`);
  const send = (typeof target === 'string' ? undefined : target.fetch) ?? globalThis.fetch;

  async function request(options: TwilioRequestOptions): Promise<TwilioResponse> {
    const url = routedUrl(options.uri, base);
    appendParams(url.searchParams, options.params);
    const headers = new Headers(options.headers);
    // Connection is the socket's business; fetch refuses to be told.
    headers.delete('connection');
    if (options.username && options.password) {
      headers.set('authorization', `Basic ${Buffer.from(`${options.username}:${options.password}`).toString('base64')}`);
    } else if (options.authStrategy) {
      headers.set('authorization', await options.authStrategy.getAuthString());
    }
    const response = await send(url, {
      method: options.method.toUpperCase(),
      headers,
      body: encodeBody(options.data, headers.get('content-type')),
      // A redirect could lead anywhere with the credentials; the sandbox never answers one.
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeout ?? DEFAULT_TIMEOUT_MS),
    });
    const answerHeaders: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      answerHeaders[name] = value;
    });
    return { statusCode: response.status, body: await response.text(), headers: answerHeaders };
  }

  return { request } as unknown as TwilioHttpClient;
}

/** The sandbox URL a request for `uri` goes to; an Error naming the host when it is not Twilio's. */
function routedUrl(uri: string, base: URL): URL {
  let requested: URL;
  try {
    requested = new URL(uri);
  } catch {
    throw new Error(`The twilio library asked for ${JSON.stringify(uri)}, which is not an absolute URL`);
  }
  const host = requested.hostname.toLowerCase().replace(/\.$/, '');
  const isTwilio = host === 'twilio.com' || host.endsWith('.twilio.com');
  if (!isTwilio && requested.origin !== base.origin) {
    throw new Error(
      `The sandbox's twilio HTTP client sends only to *.twilio.com hosts and to the sandbox (${base.origin}); ` +
        `it refused a request for ${requested.origin}, and sent nothing`,
    );
  }
  return new URL(`${requested.pathname}${requested.search}`, base.origin);
}

/** twilio-node's encoding (qs with `arrayFormat: 'repeat'`): a key per array item, unset values left out. */
function appendParams(target: URLSearchParams, params: unknown): void {
  if (params === null || typeof params !== 'object') return;
  for (const [key, value] of Object.entries(params)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined || item === null) continue;
      target.append(key, item instanceof Date ? item.toISOString() : String(item));
    }
  }
}

function encodeBody(data: unknown, contentType: string | null): string | null {
  if (data === undefined || data === null) return null;
  if (typeof data === 'string') return data;
  if (contentType?.split(';')[0]?.trim().toLowerCase() === 'application/json') return JSON.stringify(data);
  if (contentType && contentType.split(';')[0]?.trim().toLowerCase() !== FORM) {
    throw new Error(`The twilio library sent a ${contentType} body as an object; only form and JSON bodies are encoded`);
  }
  const form = new URLSearchParams();
  appendParams(form, data);
  return form.toString();
}
