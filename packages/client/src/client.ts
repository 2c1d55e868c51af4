import createClient, { type Client, type FetchOptions, type MaybeOptionalInit } from 'openapi-fetch';
import type { paths as ApiV2010Paths } from '@conference-kit/types/api-v2010';
import type { paths as InsightsV1Paths } from '@conference-kit/types/insights-v1';
import { TwilioApiError, TwilioTransportError } from './errors.js';
import { FORM_CONTENT_TYPE, serializeForm, serializeQuery, type DateStyle } from './serialize.js';
import { MAX_TIMER_MS, createTransport, defaultRetry, type RetryOptions, type Transport } from './transport.js';
import type { IsoDate, ItemOf, ListPath, PageBody, WithDateParams } from './types.js';

/** api.twilio.com 2010-04-01, with the date filters also taking a `Date` (sent as its UTC day). */
export type ApiPaths = WithDateParams<
  ApiV2010Paths,
  'DateCreated' | 'DateCreated<' | 'DateCreated>' | 'DateUpdated' | 'DateUpdated<' | 'DateUpdated>',
  IsoDate | Date
>;
/** insights.twilio.com v1, with `CreatedAfter`/`CreatedBefore` also taking a `Date` (sent as ISO 8601). */
export type InsightsPaths = WithDateParams<InsightsV1Paths, 'CreatedAfter' | 'CreatedBefore', string | Date>;

export interface ConferenceClientOptions {
  /** The Account SID (`AC…`) whose resources you read. */
  accountSid: string;
  /** The Auth Token of `accountSid`. Give this, or `apiKey` and `apiSecret`. */
  authToken?: string;
  /** An API Key SID (`SK…`) of `accountSid`, with `apiSecret`. */
  apiKey?: string;
  apiSecret?: string;
  /** One base URL for both APIs (the mock serves both), or one per API. Defaults to Twilio's hosts. */
  baseUrl?: string | { api?: string; insights?: string };
  /** A `fetch` to send requests with. Defaults to the global one. */
  fetch?: typeof globalThis.fetch;
  /** Per attempt, including reading the body. Default 30 000; 0 turns it off. */
  timeoutMs?: number;
  /** The largest response body read (after decompression); a larger one is an `invalid_response`. Default 32 MiB. */
  maxResponseBytes?: number;
  /** Retry policy, or `false` for a single attempt. */
  retry?: RetryOptions | false;
}

export interface PaginateOptions {
  /** Stop after this many items. */
  limit?: number;
  /** Items per page (`PageSize`, 1–1000). */
  pageSize?: number;
}

/** One page of a list, with the link to the next. */
export interface Page<Item, Body> {
  items: Item[];
  /** The whole response body, envelope included. */
  body: Body;
  /** The absolute URL of the next page, inside the configured base URL; `null` on the last page. */
  nextPageUrl: string | null;
  /** Fetches the next page, or resolves `null` on the last one. */
  nextPage(): Promise<Page<Item, Body> | null>;
}

type Init<P, K extends keyof P> = P[K] extends { get: infer O } ? MaybeOptionalInit<{ get: O }, 'get'> : never;

/** The paths that have method `M`. */
export type PathsWith<P, M extends string> = { [K in keyof P]: P[K] extends { [X in M]: object } ? K : never }[keyof P];

type InitOf<PathItem, M extends string> = M extends keyof PathItem ? MaybeOptionalInit<PathItem, M> : never;
/** The success body: 200's or 201's JSON; `undefined` for 204 No Content (a delete). */
type OkBody<PathItem, M extends string> = M extends keyof PathItem
  ? PathItem[M] extends { responses: { 200: { content: { 'application/json': infer B } } } } ? B
    : PathItem[M] extends { responses: { 201: { content: { 'application/json': infer B } } } } ? B
      : PathItem[M] extends { responses: { 204: unknown } } ? undefined
        : never
  : never;

/** What a call resolves to: the documented body, or Twilio's error as a `TwilioApiError` — never both. */
export type CallResult<Data> =
  | { data: Data; error?: never; response: Response }
  | { data?: never; error: TwilioApiError; response: Response };

/**
 * openapi-fetch's method signature, except that `init` is typed from the path alone instead of being
 * inferred (inference skips TypeScript's excess-property check, so a misspelt body field would
 * compile), and `error` is the `TwilioApiError` the client builds.
 */
export type TypedMethod<P, M extends 'get' | 'post' | 'delete'> = <K extends PathsWith<P, M>>(
  path: K,
  ...init: undefined extends InitOf<P[K], M> ? [init?: InitOf<P[K], M>] : [init: InitOf<P[K], M>]
) => Promise<CallResult<OkBody<P[K], M>>>;

/** An openapi-fetch client for one API, plus pagination over its list operations. */
export type ApiClient<P extends {}> = Pick<Client<P, 'application/json'>, 'use' | 'eject'> & {
  GET: TypedMethod<P, 'get'>;
  POST: TypedMethod<P, 'post'>;
  /** Resolves `{ data: undefined }` on 204 No Content. */
  DELETE: TypedMethod<P, 'delete'>;
  /** The base URL requests go to. */
  readonly baseUrl: string;
  /**
   * Iterates over every item of a list, fetching pages lazily as you consume them; `break` stops
   * fetching. Throws `TwilioApiError` or `TwilioTransportError`.
   */
  paginate<K extends ListPath<P>>(path: K, init?: Init<P, K>, options?: PaginateOptions): AsyncIterableIterator<ItemOf<P, K>>;
  /** Fetches one page of a list with its paging information. */
  listPage<K extends ListPath<P>>(path: K, init?: Init<P, K>, options?: Pick<PaginateOptions, 'pageSize'>): Promise<Page<ItemOf<P, K>, PageBody<P, K>>>;
};

export interface ConferenceClient {
  /** api.twilio.com 2010-04-01: the Conference resource. */
  api: ApiClient<ApiPaths>;
  /** insights.twilio.com v1: Conference and Participant Summaries. */
  insights: ApiClient<InsightsPaths>;
  /** The account the client acts for, for path parameters. */
  accountSid: string;
}

export const DEFAULT_BASE_URLS = { api: 'https://api.twilio.com', insights: 'https://insights.twilio.com' } as const;

/** Far above any page Twilio sends (1,000 conferences are about 1 MB), far below what hurts a process. */
export const DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

const SID = (prefix: string) => new RegExp(`^${prefix}[0-9a-fA-F]{32}$`);

/** Creates a client for both APIs. Options are checked at once, with errors that never echo secrets. */
export function createConferenceClient(options: ConferenceClientOptions): ConferenceClient {
  const { username, password } = credentialsOf(options);
  const base = typeof options.baseUrl === 'string' ? { api: options.baseUrl, insights: options.baseUrl } : options.baseUrl ?? {};
  const timeoutMs = options.timeoutMs ?? 30_000;
  if (!Number.isFinite(timeoutMs) || timeoutMs < 0 || timeoutMs > MAX_TIMER_MS) {
    throw new TypeError(`timeoutMs must be a number of milliseconds from 0 to ${MAX_TIMER_MS}`);
  }
  const maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  if (!Number.isSafeInteger(maxResponseBytes) || maxResponseBytes < 1) throw new TypeError('maxResponseBytes must be a positive integer');
  const retry = options.retry === false ? false : { ...defaultRetry, ...options.retry };
  if (retry && (!Number.isInteger(retry.retries) || retry.retries < 0)) throw new TypeError('retry.retries must be a non-negative integer');
  const fetchImpl = options.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== 'function') throw new TypeError('No fetch available: pass options.fetch');

  const transport = createTransport({ username, password, fetch: fetchImpl, timeoutMs, maxResponseBytes, retry });
  return {
    accountSid: options.accountSid,
    api: apiClient<ApiPaths>(checkedBaseUrl(base.api ?? DEFAULT_BASE_URLS.api, 'api'), 'date', transport),
    insights: apiClient<InsightsPaths>(checkedBaseUrl(base.insights ?? DEFAULT_BASE_URLS.insights, 'insights'), 'date-time', transport),
  };
}

function credentialsOf(options: ConferenceClientOptions): { username: string; password: string } {
  if (!options || typeof options.accountSid !== 'string' || !SID('AC').test(options.accountSid)) {
    throw new TypeError('accountSid must be an Account SID: "AC" followed by 32 hexadecimal digits');
  }
  const ascii = (value: string) => /^[\x21-\x7e]+$/.test(value);
  if (options.apiKey !== undefined || options.apiSecret !== undefined) {
    if (options.authToken !== undefined) throw new TypeError('Give either authToken or apiKey and apiSecret, not both');
    if (typeof options.apiKey !== 'string' || !SID('SK').test(options.apiKey)) {
      throw new TypeError('apiKey must be an API Key SID: "SK" followed by 32 hexadecimal digits');
    }
    if (typeof options.apiSecret !== 'string' || !ascii(options.apiSecret)) throw new TypeError('apiSecret must be a non-empty string of printable ASCII');
    return { username: options.apiKey, password: options.apiSecret };
  }
  if (typeof options.authToken !== 'string' || !ascii(options.authToken)) {
    throw new TypeError('authToken must be a non-empty string of printable ASCII (or give apiKey and apiSecret)');
  }
  return { username: options.accountSid, password: options.authToken };
}

function checkedBaseUrl(value: string, which: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new TypeError(`baseUrl for ${which} is not an absolute URL: ${JSON.stringify(value)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError(`baseUrl for ${which} must be http or https`);
  if (url.username || url.password) throw new TypeError(`baseUrl for ${which} must not carry credentials; use accountSid and authToken`);
  return url.href.replace(/\/+$/, '');
}

/** Path templates split once into text and parameter names (odd places): a regex replace per call cost more than the rest of building the request. */
const splitTemplates = new Map<string, string[]>();
const MAX_SPLIT_TEMPLATES = 256;

/** The path with its parameters encoded; one not given (or null) stays `{Name}`, as openapi-fetch leaves it. */
function fillPath(template: string, params: Record<string, unknown> | undefined): string {
  let parts = splitTemplates.get(template);
  if (!parts) {
    parts = template.split(/\{([^{}]+)\}/);
    // The spec's paths are a few dozen; a caller making up templates must not grow this without end.
    if (splitTemplates.size < MAX_SPLIT_TEMPLATES) splitTemplates.set(template, parts);
  }
  let path = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const value = params?.[parts[i]!];
    path += (value === undefined || value === null ? `{${parts[i]}}` : encodeURIComponent(String(value))) + parts[i + 1];
  }
  return path;
}

type AnyInit = FetchOptions<unknown> & { params?: { path?: Record<string, unknown>; query?: Record<string, unknown> }; body?: unknown };

/** What a call got back: the body as text when the status is a success, else the error body as read. */
type Answer = { response: Response; url: string; path: string; text: string | undefined; errorBody: unknown };

const OWN_INIT_KEYS = new Set(['params', 'body', 'signal']);

/**
 * A call the client can send by itself: path and query parameters, a form body, a signal. Anything
 * else (headers, a per-call `baseUrl`, serializer, `fetch` or middleware) goes through openapi-fetch,
 * which builds a `Request` of its own that `fetch` then copies — a cost paid only when it is used.
 */
function isOwnCall(init: AnyInit): boolean {
  for (const key in init) if (!OWN_INIT_KEYS.has(key)) return false;
  for (const key in init.params) if (key !== 'path' && key !== 'query') return false;
  return true;
}

function apiClient<P extends {}>(baseUrl: string, dates: DateStyle, transport: Transport): ApiClient<P> {
  const query = serializeQuery(dates);
  const raw = createClient<P>({ baseUrl, fetch: transport.fetch, querySerializer: query });
  // The middleware registered with `use`, in openapi-fetch's order: while there is any, every call takes its path.
  const middleware: unknown[] = [];

  async function exchange(method: 'GET' | 'POST' | 'DELETE', template: string, init: AnyInit): Promise<Answer> {
    const path = fillPath(template, init.params?.path);
    const form = method === 'POST' && init.body !== undefined;
    if (middleware.length === 0 && isOwnCall(init)) {
      const search = init.params?.query ? query(init.params.query) : '';
      const url = search ? `${baseUrl}${path}?${search}` : `${baseUrl}${path}`;
      const outgoing = form ? { method, url, signal: init.signal, body: serializeForm(init.body), contentType: FORM_CONTENT_TYPE } : { method, url, signal: init.signal };
      const { response, text } = await transport.send(outgoing);
      return response.ok ? { response, url, path, text, errorBody: undefined } : { response, url, path, text: undefined, errorBody: safeJson(text) };
    }
    const options: Record<string, unknown> = { ...init, parseAs: 'text' };
    if (form) {
      options.bodySerializer = serializeForm;
      options.headers = { ...(init.headers as Record<string, string> | undefined), 'Content-Type': FORM_CONTENT_TYPE };
    }
    // The transport raises its own errors and the caller's abort reason; anything else was thrown while
    // building the request (an Invalid Date, a middleware) and is the caller's to see as it is.
    const { data, error, response } = (await raw.request(method.toLowerCase() as never, template as never, options as never)) as { data?: unknown; error?: unknown; response: Response };
    // openapi-fetch gives no data for an empty body (Content-Length 0); neither does a 204.
    return { response, url: response.url, path, text: response.ok ? (data as string | undefined) ?? '' : undefined, errorBody: error };
  }

  async function call(method: 'GET' | 'POST' | 'DELETE', template: string, init: AnyInit = {}) {
    return settle(await exchange(method, template, init), method);
  }

  /** The body, read once as text, decides: JSON data, a TwilioApiError, or a transport error. */
  function settle({ response, path, text, errorBody }: Answer, method: string): CallResult<unknown> {
    if (response.status === 204) return { data: undefined, response };
    if (text !== undefined) return { data: parseJson(text, response, method, path), response };
    return { error: TwilioApiError.fromResponse(response, errorBody, method, path), response };
  }

  const base = new URL(baseUrl);
  const basePath = base.pathname.replace(/\/+$/, '');

  /**
   * Where a next-page link leads, or an error: credentials go only inside the configured base URL.
   * A path (`/2010-04-01/…`, as 2010-04-01 sends) is read under the base, prefix included; anything
   * else is resolved as a URL and must stay on the base's origin and under its path. Another host, a
   * scheme-relative `//host`, `javascript:`, `data:`, or a link that does not parse are refused.
   */
  function resolveLink(link: unknown, from: string): string {
    const refuse = (why: string) =>
      new TwilioTransportError('invalid_response', `The next-page link ${why}; not followed`, 'GET', pathOf(from));
    if (typeof link !== 'string' || link === '') throw refuse('is not a URL');
    let target: URL;
    try {
      target = link.startsWith('/') && !link.startsWith('//') ? new URL(`${baseUrl}${link}`) : new URL(link, `${baseUrl}/`);
    } catch {
      throw refuse('does not parse as a URL');
    }
    if (target.origin !== base.origin) {
      throw refuse(target.origin === 'null' ? `has the scheme ${target.protocol}` : `leads to another origin (${target.origin})`);
    }
    if (basePath && target.pathname !== basePath && !target.pathname.startsWith(`${basePath}/`)) {
      throw refuse(`leads outside the base path ${basePath}`);
    }
    if (target.username || target.password) throw refuse('carries userinfo');
    return target.href;
  }

  /** GETs an absolute URL that `resolveLink` let through. */
  async function fetchUrl(url: string, signal: AbortSignal | null | undefined): Promise<unknown> {
    const path = pathOf(url);
    const { response, text } = await transport.send({ method: 'GET', url, signal });
    if (!response.ok) throw TwilioApiError.fromResponse(response, safeJson(text), 'GET', path);
    return parseJson(text, response, 'GET', path);
  }

  // `signal` is the caller's, from the first page's init: it aborts the fetching of later pages too.
  // `seen` holds the URLs of the pages fetched so far: a next link back to one of them would loop.
  function toPage(body: Record<string, unknown>, url: string, signal: AbortSignal | null | undefined, seen: Set<string>): Page<unknown, unknown> {
    const meta = body.meta as { key?: string; next_page_url?: string | null } | undefined;
    const key = itemsKey(body, meta);
    if (!key) throw new TwilioTransportError('invalid_response', 'The response is not a page: it has no list of items', 'GET', pathOf(url));
    const next = (meta ? meta.next_page_url : (body.next_page_uri as string | null | undefined)) ?? null;
    const nextPageUrl = next === null ? null : resolveLink(next, url);
    if (nextPageUrl !== null && seen.has(nextPageUrl)) {
      throw new TwilioTransportError('invalid_response', 'The next-page link repeats a page already fetched; stopped to avoid a loop', 'GET', pathOf(url));
    }
    return {
      items: body[key] as unknown[],
      body,
      nextPageUrl,
      nextPage: async () => {
        if (nextPageUrl === null) return null;
        const nextBody = (await fetchUrl(nextPageUrl, signal)) as Record<string, unknown>;
        seen.add(nextPageUrl);
        return toPage(nextBody, nextPageUrl, signal, seen);
      },
    };
  }

  async function listPage(template: string, init: AnyInit = {}, options: Pick<PaginateOptions, 'pageSize'> = {}) {
    const withSize = options.pageSize === undefined
      ? init
      : { ...init, params: { ...init.params, query: { ...init.params?.query, PageSize: options.pageSize } } };
    const answer = await exchange('GET', template, withSize);
    const { data, error } = settle(answer, 'GET');
    if (error) throw error;
    const url = new URL(answer.url).href;
    return toPage(data as Record<string, unknown>, url, init.signal, new Set([url]));
  }

  async function* paginate(template: string, init?: AnyInit, options: PaginateOptions = {}) {
    const limit = options.limit ?? Infinity;
    if (!(limit >= 0)) throw new RangeError('limit must be a non-negative number');
    if (limit === 0) return;
    let count = 0;
    let page: Page<unknown, unknown> | null = await listPage(template, init, options);
    while (page) {
      // Only this page's items are held while they are yielded, and nothing of it while the next one
      // is fetched and parsed: a page of 1,000 items is most of what a walk holds at its peak.
      let items: unknown[] | null = page.items;
      const nextPage: () => Promise<Page<unknown, unknown> | null> = page.nextPage;
      page = null;
      for (let i = 0; i < items.length; i++) {
        yield items[i];
        if (++count >= limit) return;
      }
      items = null;
      page = await nextPage();
    }
  }

  return {
    baseUrl,
    GET: ((path: string, init?: AnyInit) => call('GET', path, init)) as never,
    POST: ((path: string, init?: AnyInit) => call('POST', path, init)) as never,
    DELETE: ((path: string, init?: AnyInit) => call('DELETE', path, init)) as never,
    use: ((...added: unknown[]) => {
      raw.use(...(added as never[]));
      middleware.push(...added.filter(Boolean));
    }) as never,
    eject: ((...removed: unknown[]) => {
      raw.eject(...(removed as never[]));
      for (const m of removed) {
        const at = middleware.indexOf(m);
        if (at !== -1) middleware.splice(at, 1);
      }
    }) as never,
    paginate: paginate as never,
    listPage: listPage as never,
  };
}

/**
 * Where a page keeps its items. Outside `toPage` on purpose: a closure there that read `body` would put
 * it in the context `nextPage` keeps, holding each page until the next one had arrived.
 */
function itemsKey(body: Record<string, unknown>, meta: { key?: string } | undefined): string | undefined {
  return meta?.key && Array.isArray(body[meta.key]) ? meta.key : Object.keys(body).find((k) => Array.isArray(body[k]));
}

function pathOf(url: string): string {
  return new URL(url).pathname;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function parseJson(text: unknown, response: Response, method: string, path: string): unknown {
  const type = () => response.headers.get('content-type') ?? '(none)';
  if (typeof text !== 'string' || text.length === 0) {
    throw new TwilioTransportError('invalid_response', `Expected a JSON body, got an empty one (status ${response.status}, content-type ${type()})`, method, path);
  }
  try {
    return JSON.parse(text);
  } catch (cause) {
    // The transport has already refused a body cut short, so this one arrived whole and is not JSON.
    throw new TwilioTransportError(
      'invalid_response',
      `Expected a JSON body, got ${type()} that does not parse (starts ${JSON.stringify(text.slice(0, 40))})`,
      method,
      path,
      { cause },
    );
  }
}
