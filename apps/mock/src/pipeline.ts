/**
 * The mock without sockets: a request (method, target, headers, body bytes) in, an answer out. Both modes
 * validate as Prism does: `examples` mode through Prism itself (prism.request, in-process,
 * @stoplight/prism-http, loaded only in that mode), which also answers from the specs' examples;
 * `sandbox` mode through Prism's input validation compiled at build time (./validation/), on the
 * operation the mock matched, then the stateful engine of @conference-kit/sandbox answers. Every refusal
 * is Twilio's error body. The node:http server and the in-process `fetch` both run requests through
 * here, so they cannot disagree.
 */
import type { IHttpConfig, IHttpRequest } from '@stoplight/prism-http';
import type { IPrismDiagnostic } from '@stoplight/prism-core';
import { handleControl, type Sandbox, type SandboxRequest } from '@conference-kit/sandbox';
import { REDACTED_BASIC, acceptsJson, parseMediaType, validHost } from './http-headers.js';
import { memoize } from './memo.js';
import { FORM_MEDIA_TYPE, builtFile, loadOperations, type OperationIndex, type OperationInfo, type SpecName } from './operations.js';
import { loadRequestValidator } from './validation/request-validator.js';
import { createControlCredential } from './trust.js';
import { MockHttpError, TwilioErrorCode, type TwilioErrorBody } from './twilio-errors.js';

// DiagnosticSeverity.Error of @stoplight/types.
const ERROR_SEVERITY = 0;

const TWILIO_INSIGHTS_ORIGIN = 'https://insights.twilio.com';

export interface WireRequest {
  method: string;
  /** The request target as sent: origin-form (`/path?query`) or absolute-form. */
  target: string;
  /** Lower-case names; repeated headers joined with `, `. */
  headers: Record<string, string | undefined>;
  body: Uint8Array;
}

export interface WireAnswer {
  status: number;
  headers: Record<string, string>;
  /** `undefined` for no body (HEAD, 204). */
  body: string | undefined;
  /** Why the request was refused, for the log line. */
  why?: string;
}

export interface PipelineOptions {
  /** `sandbox`: the stateful engine answers; `examples`: Prism's examples (or generated bodies) do. */
  mode: 'examples' | 'sandbox';
  /** The engine, in `sandbox` mode. */
  sandbox?: Sandbox;
  /** In `examples` mode: generate bodies from the schemas instead of serving the named examples. */
  dynamic?: boolean;
  seed?: string;
  /** Prism's own debug log. */
  prismDebug?: boolean;
  /** Called after each successful control-surface operation. */
  onControl?: (operationId: string) => void | Promise<void>;
  /** The password of the control credential (`ACaaaa…:<controlToken>`), the only one the control surface takes. */
  controlToken: string;
}

/** The most fields a query string or a form body may have; the mock reads no further. */
export const MAX_FIELDS = 1_000;

export interface Pipeline {
  respond(request: WireRequest, ownAddress: string): Promise<WireAnswer>;
  index: OperationIndex;
}

const API_SPECS: SpecName[] = ['api-v2010', 'insights-v1'];

/**
 * How the mock runs Prism: validate the request and its security, not the answer, and no Prism error
 * bodies (the mock writes Twilio's). Exported so the benchmark gives Prism's own server exactly this.
 */
export const PRISM_CONFIG: IHttpConfig = {
  checkSecurity: true,
  validateRequest: true,
  validateResponse: false,
  errors: false,
  upstreamProxy: undefined,
  isProxy: false,
  mock: { dynamic: false },
};

export async function createPipeline(options: PipelineOptions): Promise<Pipeline> {
  const sandbox = options.mode === 'sandbox' ? options.sandbox : undefined;
  if (options.mode === 'sandbox' && !sandbox) throw new TypeError('sandbox mode needs a sandbox');
  // The control surface (`/__sandbox/…`) exists only where there is a sandbox to control.
  const index = await loadOperations(sandbox ? [...API_SPECS, 'sandbox-v1'] : API_SPECS);
  const baseConfig: IHttpConfig = {
    ...PRISM_CONFIG,
    mock: { dynamic: options.dynamic ?? false, ...(options.seed === undefined ? {} : { seed: options.seed }) },
  };
  // Prism's full instance (router, mocker, example generation: over a second to import) only where it answers.
  const prism = sandbox ? undefined : await createPrism(baseConfig, options.prismDebug ?? false);
  const validateInput = sandbox ? loadRequestValidator(builtFile('validators.cjs')) : undefined;
  const isControlCredential = createControlCredential(options.controlToken);

  async function respond(request: WireRequest, ownAddress: string): Promise<WireAnswer> {
    const requested = request.method.toLowerCase();
    const withBody = requested !== 'head';
    try {
      // HEAD is answered as GET without the body, as HTTP requires of any GET resource.
      const method = requested === 'head' ? 'get' : requested;
      const { path, searchParams } = splitTarget(request.target);
      try {
        // Only a `%` can make it throw; most paths have none and need no decoding to tell.
        if (path.includes('%')) decodeURIComponent(path);
      } catch {
        throw MockHttpError.of(400, TwilioErrorCode.invalidParameter, `The path ${JSON.stringify(path)} is not valid percent-encoding`);
      }
      const matched = index.match(path);
      if (!matched) throw MockHttpError.of(404, TwilioErrorCode.notFound, notFoundMessage(path, sandbox ? 'sandbox' : 'mock'));
      const info = matched.methods.get(method);
      if (!info) {
        const allow = [...matched.methods.keys()].flatMap((m) => (m === 'get' ? ['GET', 'HEAD'] : [m.toUpperCase()])).join(', ');
        throw MockHttpError.of(405, TwilioErrorCode.methodNotAllowed, `Method ${request.method} is not allowed on ${path}; use ${allow}`, { allow });
      }

      const accept = request.headers.accept === undefined ? ACCEPTS_ANYTHING : acceptVerdict(request.headers.accept);
      if (!accept.ok) throw MockHttpError.of(accept.status, TwilioErrorCode.invalidParameter, accept.message);
      // An empty Content-Type says nothing, like an absent one.
      const contentType = request.headers['content-type'] || undefined;
      const media = contentType === undefined ? undefined : mediaTypeOf(contentType);
      if (contentType !== undefined && !media) {
        throw MockHttpError.of(400, TwilioErrorCode.invalidParameter, `The Content-Type header ${JSON.stringify(contentType.slice(0, 100))} is not a media type`);
      }
      // Twilio authenticates before it looks at parameters.
      const credentials = checkBasicCredentials(request.headers.authorization);
      if (credentials instanceof MockHttpError) throw credentials;
      if (sandbox && info.spec === 'sandbox-v1') {
        // The control surface acts on every account: no account's credentials open it, only the operator's.
        if (!isControlCredential(credentials)) {
          throw unauthorized('the control surface takes the control credential only (the default Account SID and the control token)');
        }
      } else if (sandbox) {
        const verdict = sandbox.authenticate(credentials);
        if ('denied' in verdict) return answer(verdict.denied.status, verdict.denied.body, verdict.denied.headers ?? {}, withBody);
      }
      const mediaType = media && `${media.type}/${media.subtype}`;
      const parsed = parseBody(mediaType, request.body, info);
      checkIntegers(searchParams, info.integerParameters.query);
      const form = typeof parsed === 'string' && mediaType === FORM_MEDIA_TYPE ? keepDeclaredFields(parsed, info) : undefined;
      if (form) checkIntegers(form.fields, info.integerParameters.body);
      const body = form ? form.text : parsed;
      // Validation coerces copies, never these: the engine and the journal get the values as sent.
      const query = queryToNameValues(searchParams);
      const host = request.headers.host;
      const origin = `http://${(host !== undefined && namedHost(host)) || hostOf(ownAddress)}`;

      if (sandbox && validateInput) {
        // Prism's input validation, on the operation already matched: the sandbox needs neither its
        // router (done above) nor its example generation, which is most of what prism.request costs.
        const invalid = validateInput(info.operation, { path, query, mediaType: body === undefined ? undefined : mediaType, body }).filter(
          (v) => v.severity === ERROR_SEVERITY,
        );
        if (invalid.length > 0) throw fromViolations(invalid, index);
        const operationId = String(info.operation.iid);
        if (info.spec === 'sandbox-v1') {
          const controlled = await handleControl(sandbox, operationId, { pathParams: matched.params, query, body });
          if (controlled.status < 300) {
            try {
              await options.onControl?.(operationId);
            } catch (error) {
              // E.g. the state file cannot be written: say so in Twilio's body, on a socket and in-process alike.
              const why = error instanceof Error ? error.message : String(error);
              throw MockHttpError.of(500, TwilioErrorCode.internal, `${operationId} was done, but what the host does after it failed: ${why}`);
            }
          }
          return answer(controlled.status, controlled.body, controlled.headers ?? {}, withBody);
        }
        const engineRequest: SandboxRequest = {
          // As sent: the engine decodes path parameters itself, and decoding twice would read `%2541` as `A`.
          pathParams: matched.rawParams,
          query,
          ...(form && { body: queryToNameValues(form.fields) }),
          // Named to the engine, which journals a warning (with a did-you-mean from the declared names).
          ...(form && form.ignored.length > 0 && { ignoredFields: form.ignored, knownFields: [...info.formFields] }),
          auth: credentials,
          baseUrl: origin,
        };
        const answered = await sandbox.handle(operationId, engineRequest);
        return answer(answered.status, answered.body, answered.headers ?? {}, withBody);
      }
      const prefer = preferences(request.headers.prefer, info, searchParams);
      // Prism sees only what it needs, normalised: the credentials were checked above and never reach its
      // logger, and headers it cannot parse never reach its parsers.
      const headers: Record<string, string> = { authorization: REDACTED_BASIC, accept: 'application/json' };
      if (body !== undefined && mediaType) headers['content-type'] = mediaType;
      const input: IHttpRequest = { method: method as IHttpRequest['method'], url: { path, query }, headers, body };
      const result = await prism!.request(input, index.operations, { ...baseConfig, mock: { ...baseConfig.mock, ...prefer } })();
      if (result._tag === 'Left') throw fromPrismError(result.left);
      const { output, validations } = result.right;
      const invalid = validations.input.filter((v) => v.severity === ERROR_SEVERITY);
      if (invalid.length > 0) throw fromViolations(invalid, index);
      const reflected = output.body === undefined ? undefined : reflect(output.body, matched.params, origin);
      // An error example served for another status (`Prefer: code=503` answered by `default`) still repeats
      // the status it is sent with, as Twilio's body always does.
      if (output.statusCode >= 400 && reflected && typeof reflected === 'object' && typeof (reflected as TwilioErrorBody).status === 'number') {
        (reflected as TwilioErrorBody).status = output.statusCode;
      }
      return answer(output.statusCode, reflected, {}, withBody);
    } catch (error) {
      if (!(error instanceof MockHttpError)) throw error;
      return { ...answer(error.body.status, error.body, error.headers, withBody), why: error.body.message };
    }
  }

  return { respond, index };
}

async function createPrism(config: IHttpConfig, debug: boolean) {
  const [{ createInstance }, { createLogger }] = await Promise.all([import('@stoplight/prism-http'), import('@stoplight/prism-core')]);
  return createInstance(config, { logger: createLogger('prism', { level: debug ? 'debug' : 'silent' }) });
}

/** The `host:port` of the mock's own address, parsed once per address rather than once per request. */
const ownHosts = new Map<string, string>();
function hostOf(ownAddress: string): string {
  let host = ownHosts.get(ownAddress);
  if (host === undefined) ownHosts.set(ownAddress, (host = new URL(ownAddress).host));
  return host;
}

/** Every body is made by JSON.stringify, never by splicing text into it. */
function answer(status: number, body: unknown, headers: Record<string, string>, withBody: boolean): WireAnswer {
  if (body === undefined || status === 204) return { status, headers, body: undefined };
  const text = JSON.stringify(body);
  // The engine names its headers `Content-Type`; in the same case as ours they replace each other, not repeat.
  const out: WireAnswer = {
    status,
    headers: { ...lowerCased(headers), 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)) },
    body: withBody ? text : undefined,
  };
  if (status >= 400 && body && typeof body === 'object' && typeof (body as TwilioErrorBody).message === 'string') {
    out.why = (body as TwilioErrorBody).message;
  }
  return out;
}

function lowerCased(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name in headers) out[name.toLowerCase()] = headers[name]!;
  return out;
}

/**
 * The form fields the operation declares, and the names of those it does not, each once, in the order
 * sent. Twilio answers as if an unknown field was not sent; the mock does too, and keeps none of them.
 */
function keepDeclaredFields(text: string, info: OperationInfo): { fields: URLSearchParams; text: string; ignored: string[] } {
  checkFieldCount(text, 'form body');
  const sent = new URLSearchParams(text);
  const fields = new URLSearchParams();
  const ignored = new Set<string>();
  for (const [name, value] of sent) {
    if (info.formFields.has(name)) fields.append(name, value);
    else ignored.add(name);
  }
  return { fields, text: ignored.size === 0 ? text : fields.toString(), ignored: [...ignored] };
}

/** Counts `&`-separated fields without parsing them, so a million of them cost no more than a scan. */
function checkFieldCount(encoded: string, where: 'query string' | 'form body'): void {
  let fields = 0;
  for (let start = 0; start <= encoded.length; ) {
    const end = encoded.indexOf('&', start);
    const stop = end < 0 ? encoded.length : end;
    if (stop > start && ++fields > MAX_FIELDS) {
      throw MockHttpError.of(400, TwilioErrorCode.invalidParameter, `The ${where} has more than ${MAX_FIELDS.toLocaleString('en-US')} fields, the most the mock reads`);
    }
    start = stop + 1;
  }
}

/**
 * Path and query of the request target. Split by hand: `new URL('//v1//Conferences', base)` would read
 * `v1` as a host. An absolute-form target (`GET http://host/path`, as sent to a proxy) is routed by its path.
 */
function splitTarget(target: string): { path: string; searchParams: URLSearchParams } {
  let rest = target;
  const absolute = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*/.exec(target);
  if (absolute) rest = target.slice(absolute[0].length) || '/';
  const queryAt = rest.indexOf('?');
  const query = queryAt < 0 ? '' : rest.slice(queryAt + 1);
  checkFieldCount(query, 'query string');
  return { path: queryAt < 0 ? rest : rest.slice(0, queryAt), searchParams: new URLSearchParams(query) };
}

/** Twilio reads integers in decimal only; Prism would coerce `1e3`, `+5`, `5.0`, `0x10` and ``. */
function checkIntegers(values: URLSearchParams, names: Set<string>): void {
  for (const name of names) {
    for (const value of values.getAll(name)) {
      if (!/^-?\d{1,15}$/.test(value)) {
        throw MockHttpError.of(400, TwilioErrorCode.invalidParameter, `Parameter '${name}' must be a decimal integer, got ${JSON.stringify(value.slice(0, 40))}`);
      }
    }
  }
}

/** Twilio's 401: code 20003, with the challenge. */
/**
 * Twilio answers a path it does not have with a bare 404; here a path Twilio does have (an account's
 * resource under 2010-04-01, or anything under v1) is more likely an API the mock does not simulate,
 * which a user would otherwise take for a typo of theirs.
 */
const TWILIO_API_PATH = /^\/2010-04-01\/Accounts\/AC[^/]*(?:\.json$|\/.)|^\/v1\/./;

function notFoundMessage(path: string, host: 'sandbox' | 'mock'): string {
  if (TWILIO_API_PATH.test(path)) {
    return `The requested resource ${path} was not found: it is a Twilio API the ${host} does not simulate (the API references list what it serves)`;
  }
  return `The requested resource ${path} was not found`;
}

function unauthorized(why: string): MockHttpError {
  return MockHttpError.of(401, TwilioErrorCode.authentication, `Authentication Error - ${why}`, { 'www-authenticate': 'Basic realm="Twilio API"' });
}

const ACCEPTS_ANYTHING = acceptsJson(undefined);
const acceptVerdict = memoize(acceptsJson);
const mediaTypeOf = memoize(parseMediaType);
const namedHost = memoize(validHost);

/**
 * HTTP Basic with a non-empty user (Account SID or API Key SID) and password: the decoded pair, or the 401.
 * Not remembered between requests: how long a lookup took would tell whether someone sent that header lately.
 */
export function checkBasicCredentials(header: string | undefined): { username: string; password: string } | MockHttpError {
  if (!header) return unauthorized('No credentials provided');
  const [scheme, token, ...rest] = header.trim().split(/\s+/);
  if (scheme?.toLowerCase() !== 'basic' || !token || rest.length > 0) return unauthorized('credentials must use HTTP Basic');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(token)) return unauthorized('Basic credentials are not valid base64');
  const decoded = Buffer.from(token, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0 || colon === decoded.length - 1) return unauthorized('Basic credentials must be "AccountSid:AuthToken"');
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/** Checks the body against what the operation accepts and parses it the way Prism's validator expects. */
function parseBody(mediaType: string | undefined, raw: Uint8Array, info: OperationInfo): unknown {
  if (raw.byteLength === 0) return undefined;
  if (info.bodyMediaTypes.length === 0) {
    throw MockHttpError.of(400, TwilioErrorCode.invalidParameter, `${info.operation.method.toUpperCase()} ${info.operation.path} takes no request body`);
  }
  // A view of the bytes, not a copy.
  const text = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('utf8');
  // A body that says it is JSON and is not is malformed whatever the operation accepts.
  const isJson = mediaType === 'application/json' || mediaType?.endsWith('+json') === true;
  let json: unknown;
  if (isJson) {
    try {
      json = JSON.parse(text);
    } catch {
      throw MockHttpError.of(400, TwilioErrorCode.invalidParameter, 'Request body is labelled JSON but is not valid JSON');
    }
  }
  if (!mediaType || !info.bodyMediaTypes.includes(mediaType)) {
    throw MockHttpError.of(
      415,
      TwilioErrorCode.invalidParameter,
      `Unsupported Content-Type ${mediaType ? `'${mediaType}'` : '(none)'}; send ${info.bodyMediaTypes.join(' or ')}`,
    );
  }
  // Prism decodes form bodies itself, against the operation's schema.
  return isJson ? json : text;
}

/**
 * `Prefer: example=…`, `code=…`, `dynamic=true|false`, as Prism's own server reads them. Without an
 * explicit choice, a list request for a later page gets the `last-page` example, so a client following
 * `next_page_uri` from the default first page reaches an end.
 */
function preferences(header: string | undefined, info: OperationInfo, query: URLSearchParams) {
  const chosen: { exampleKey?: string; code?: number; dynamic?: boolean } = {};
  for (const part of (header ?? '').split(/[,;]/)) {
    const [rawKey, ...rest] = part.split('=');
    const key = rawKey?.trim().toLowerCase();
    const value = rest.join('=').trim().replace(/^"(.*)"$/, '$1');
    if (!key) continue;
    if (key === 'example') chosen.exampleKey = value;
    else if (key === 'code') {
      if (!/^[1-5][0-9]{2}$/.test(value)) {
        throw MockHttpError.of(400, TwilioErrorCode.invalidParameter, `Prefer: code=${value} is not an HTTP status code`);
      }
      chosen.code = Number(value);
    } else if (key === 'dynamic') chosen.dynamic = value === 'true';
  }
  // A status the operation documents, or any error status when it documents `default`.
  if (chosen.code !== undefined && !info.examples.has(String(chosen.code)) && !(chosen.code >= 400 && info.examples.has('default'))) {
    throw MockHttpError.of(
      400,
      TwilioErrorCode.invalidParameter,
      `Prefer: code=${chosen.code} is not documented for ${info.operation.iid}; documented: ${[...info.examples.keys()].join(', ')}`,
    );
  }
  if (chosen.exampleKey !== undefined) {
    const status = String(chosen.code ?? info.operation.responses.find((r) => r.code.startsWith('2'))?.code ?? '200');
    const keys = info.examples.get(status) ?? [];
    if (!keys.includes(chosen.exampleKey)) {
      throw MockHttpError.of(
        400,
        TwilioErrorCode.invalidParameter,
        `Prefer: example=${chosen.exampleKey} names no ${status} example of ${info.operation.iid}; available: ${keys.join(', ')}`,
      );
    }
  }
  const laterPage = query.has('PageToken') || Number(query.get('Page') ?? '0') > 0;
  if (info.isList && laterPage && chosen.exampleKey === undefined && chosen.code === undefined) {
    chosen.exampleKey = 'last-page';
  }
  return chosen;
}

function fromPrismError(error: Error & { status?: number; detail?: string }): MockHttpError {
  const status = error.status ?? 500;
  if (status === 401) return MockHttpError.of(401, TwilioErrorCode.authentication, 'Authentication Error - invalid credentials');
  if (status === 404) return MockHttpError.of(404, TwilioErrorCode.notFound, error.detail ?? 'The requested resource was not found');
  if (status === 405) return MockHttpError.of(405, TwilioErrorCode.methodNotAllowed, error.detail ?? 'Method not allowed');
  if (status === 415) return MockHttpError.of(415, TwilioErrorCode.invalidParameter, error.detail ?? 'Unsupported Content-Type');
  if (status >= 400 && status < 500) {
    return MockHttpError.of(400, TwilioErrorCode.invalidParameter, error.detail ?? error.message);
  }
  return MockHttpError.of(500, TwilioErrorCode.internal, `The mock could not produce a response: ${error.detail ?? error.message}`);
}

/** Prism reports parameters in lower case; Twilio's messages name them as documented. */
function fromViolations(violations: IPrismDiagnostic[], index: OperationIndex): MockHttpError {
  if (violations.some((v) => v.code === 401)) return unauthorized('credentials must use HTTP Basic');
  const messages = violations.map((v) => {
    const [where, ...rest] = v.path ?? [];
    const raw = rest.join('.');
    const name = rest.length === 1 ? index.parameterName(raw) : raw;
    const text = raw ? v.message.replace(raw, `'${name}'`) : v.message;
    return where === 'body' ? text.replace(/^Request body property/, 'Parameter') : text.replace(/^Request /, '').replace(/^./, (c) => c.toUpperCase());
  });
  return MockHttpError.of(400, TwilioErrorCode.invalidParameter, messages.join('; '));
}

/** Each name once, in the order first sent: its value, or its values when it was sent more than once. */
function queryToNameValues(search: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of search) {
    const seen = Object.hasOwn(out, key) ? out[key] : undefined;
    if (seen === undefined) out[key] = value;
    else if (typeof seen === 'string') out[key] = [seen, value];
    else seen.push(value);
  }
  return out;
}

const SID = /^[A-Z]{2}[0-9a-f]{32}$/;
/** Which body field carries each path parameter's value, for reflecting the requested identifiers. */
const FIELD_OF_PARAMETER: Record<string, string> = {
  AccountSid: 'account_sid',
  Sid: 'sid',
  ConferenceSid: 'conference_sid',
  CallSid: 'call_sid',
  ParticipantSid: 'participant_sid',
};

/**
 * An example answers for whatever SIDs the request named: like stripe-mock, the mock puts the requested
 * identifiers into the body (and its `uri`, links and nested fields), so `fetched.sid === requestedSid`
 * holds. Only a SID replaces a SID of the same kind; a label or friendly name in the path changes nothing.
 * Insights' absolute links point at the mock instead of Twilio, so a client following them stays here.
 */
function reflect(body: unknown, pathParams: Record<string, string>, origin: string): unknown {
  const replacements = new Map<string, string>([[TWILIO_INSIGHTS_ORIGIN, origin]]);
  const top = body as Record<string, unknown> | null;
  const firstItem = top && typeof top === 'object'
    ? (Object.values(top).find((v) => Array.isArray(v) && v.length > 0) as Array<Record<string, unknown>> | undefined)?.[0]
    : undefined;
  for (const [name, value] of Object.entries(pathParams)) {
    const field = FIELD_OF_PARAMETER[name];
    if (!field || !SID.test(value)) continue;
    const old = top?.[field] ?? firstItem?.[field];
    if (typeof old === 'string' && SID.test(old) && old.slice(0, 2) === value.slice(0, 2) && old !== value) replacements.set(old, value);
  }
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') {
      let out = node;
      for (const [from, to] of replacements) out = out.replaceAll(from, to);
      return out;
    }
    if (Array.isArray(node)) return node.map(walk);
    if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
    return node;
  };
  return walk(body);
}

