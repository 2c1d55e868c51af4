/**
 * One Node process serving both Conference APIs: Prism (in-process, through @stoplight/prism-http) does
 * the routing, request validation, security check, example selection and dynamic generation; this file
 * parses the HTTP request, turns every rejection into Twilio's error body and writes the answer.
 *
 * Prism's own HTTP server is not used: it answers errors as `application/problem+json`, accepts any
 * body for a form-only operation, and serves one document per process.
 */
import { STATUS_CODES, createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createInstance, type IHttpConfig, type IHttpRequest, type IHttpResponse } from '@stoplight/prism-http';
import { createLogger, type IPrismDiagnostic } from '@stoplight/prism-core';
import { DiagnosticSeverity } from '@stoplight/types';
import { REDACTED_BASIC, acceptsJson, parseMediaType, validHost } from './http-headers.js';
import { loadOperations, type OperationIndex, type OperationInfo } from './operations.js';
import { MockHttpError, TwilioErrorCode, twilioError, type TwilioErrorBody } from './twilio-errors.js';

export type LogLevel = 'silent' | 'error' | 'warn' | 'info' | 'debug';
const levelRank: Record<LogLevel, number> = { silent: 0, error: 1, warn: 2, info: 3, debug: 4 };

export interface MockServerOptions {
  /** Defaults to 127.0.0.1. */
  host?: string;
  /** Defaults to 4010; 0 picks a free port. */
  port?: number;
  /** Generate bodies from the schemas instead of serving the named examples. */
  dynamic?: boolean;
  /** With `dynamic`, the same seed gives the same bodies. */
  seed?: string;
  /** One line per request at `info`; `silent` by default in tests. Defaults to `info`. */
  logLevel?: LogLevel;
  /** Where log lines go. Defaults to stderr. */
  log?: (line: string) => void;
  /** How long a client may take to send the request headers. Default 10 000 ms. */
  headersTimeoutMs?: number;
  /** How long a client may take to send the whole request. Default 15 000 ms. */
  requestTimeoutMs?: number;
}

export interface MockServer {
  /** `http://host:port`, the base URL of both APIs. */
  url: string;
  server: Server;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;
const MAX_HEADER_BYTES = 16 * 1024;
const TWILIO_INSIGHTS_ORIGIN = 'https://insights.twilio.com';

/** Starts the mock and resolves once it is listening. */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const host = options.host ?? '127.0.0.1';
  const logLevel = options.logLevel ?? 'info';
  const write = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const log = (level: Exclude<LogLevel, 'silent'>, line: string) => {
    if (levelRank[level] <= levelRank[logLevel]) write(line);
  };

  const index = await loadOperations();
  const prismLogger = createLogger('prism', { level: logLevel === 'debug' ? 'debug' : 'silent' });
  const baseConfig: IHttpConfig = {
    checkSecurity: true,
    validateRequest: true,
    validateResponse: false,
    errors: false,
    upstreamProxy: undefined,
    isProxy: false,
    mock: { dynamic: options.dynamic ?? false, ...(options.seed === undefined ? {} : { seed: options.seed }) },
  };
  const prism = createInstance(baseConfig, { logger: prismLogger });
  let url = '';

  const headersTimeout = options.headersTimeoutMs ?? 10_000;
  const requestTimeout = Math.max(options.requestTimeoutMs ?? 15_000, headersTimeout);
  const server = createHttpServer(
    {
      headersTimeout,
      requestTimeout,
      keepAliveTimeout: 5_000,
      maxHeaderSize: MAX_HEADER_BYTES,
      // Node checks the two timeouts above on this interval (30 s by default), so they held only to within
      // half a minute. A quarter of a second keeps them within that of what is configured.
      connectionsCheckingInterval: 250,
    },
    (req, res) => {
      const started = process.hrtime.bigint();
      handle(req, res, { index, prism, baseConfig, ownAddress: () => url })
        .catch((error: unknown) => {
          // Reaching here is a bug in the mock, not bad input: say so in the log and in the status.
          log('error', `mock error on ${req.method} ${req.url}: ${error instanceof Error ? error.stack : String(error)}`);
          send(res, 500, twilioError(500, TwilioErrorCode.internal, 'The mock failed to handle this request'));
          return 'internal error';
        })
        .then((why) => {
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          log('info', `${req.method} ${req.url} ${res.statusCode} ${ms.toFixed(1)}ms${why ? ` — ${why}` : ''}`);
        });
    },
  );
  // Requests Node refuses before any handler runs still get Twilio's error body where the socket allows.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    const { status, message } = clientErrorAnswer(error.code, headersTimeout, requestTimeout);
    if (status === 0 || !socket.writable || (socket as Socket & { _httpMessage?: ServerResponse })._httpMessage?.headersSent) {
      socket.destroy();
      return;
    }
    log('info', `- ${status} — ${message}`);
    writeRaw(socket, status, twilioError(status, TwilioErrorCode.invalidParameter, message));
  });
  server.on('checkExpectation', (req: IncomingMessage, res: ServerResponse) => {
    const message = `Expect: ${String(req.headers.expect).slice(0, 100)} is not supported; only 100-continue is`;
    log('info', `${req.method} ${req.url} 417 — ${message}`);
    send(res, 417, twilioError(417, TwilioErrorCode.invalidParameter, message), { connection: 'close' });
  });
  server.on('connect', (req: IncomingMessage, socket: Socket) => {
    const message = 'CONNECT is not allowed: this is an API server, not a proxy';
    log('info', `CONNECT ${req.url} 405 — ${message}`);
    writeRaw(socket, 405, twilioError(405, TwilioErrorCode.methodNotAllowed, message), { allow: 'GET, POST, DELETE' });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4010, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;

  return {
    url,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

interface Context {
  index: OperationIndex;
  prism: ReturnType<typeof createInstance>;
  baseConfig: IHttpConfig;
  /** The server's own base URL, for links when the Host header is not a plain host. */
  ownAddress: () => string;
}

/** A request the client abandoned: not the mock's error, worth one info line. */
class ClientGone extends Error {}

/** Answers one request; resolves with why it was refused (for the log line), if it was. */
async function handle(req: IncomingMessage, res: ServerResponse, context: Context): Promise<string | undefined> {
  const { index, prism, baseConfig } = context;
  try {
    const requested = (req.method ?? 'GET').toLowerCase();
    // HEAD is answered as GET without the body, as HTTP requires of any GET resource.
    const method = requested === 'head' ? 'get' : requested;
    const { path, searchParams } = splitTarget(req.url ?? '/');
    try {
      decodeURIComponent(path);
    } catch {
      throw MockHttpError.of(400, TwilioErrorCode.invalidParameter, `The path ${JSON.stringify(path)} is not valid percent-encoding`);
    }
    const matched = index.match(path);
    if (!matched) {
      throw MockHttpError.of(404, TwilioErrorCode.notFound, `The requested resource ${path} was not found`);
    }
    const info = matched.methods.get(method);
    if (!info) {
      const allow = [...matched.methods.keys()].flatMap((m) => (m === 'get' ? ['GET', 'HEAD'] : [m.toUpperCase()])).join(', ');
      throw MockHttpError.of(
        405,
        TwilioErrorCode.methodNotAllowed,
        `Method ${req.method} is not allowed on ${path}; use ${allow}`,
        { allow },
      );
    }

    // The body is read whatever happens next, so a keep-alive connection stays in step.
    const rawBody = await readBody(req);
    const accept = acceptsJson(req.headers.accept);
    if (!accept.ok) throw MockHttpError.of(accept.status, TwilioErrorCode.invalidParameter, accept.message);
    // An empty Content-Type says nothing, like an absent one.
    const contentType = req.headers['content-type'] || undefined;
    const media = contentType === undefined ? undefined : parseMediaType(contentType);
    if (contentType !== undefined && !media) {
      throw MockHttpError.of(400, TwilioErrorCode.invalidParameter, `The Content-Type header ${JSON.stringify(contentType.slice(0, 100))} is not a media type`);
    }
    // Twilio authenticates before it looks at parameters.
    const authError = checkBasicCredentials(req.headers.authorization);
    if (authError) throw authError;
    const mediaType = media && `${media.type}/${media.subtype}`;
    const body = parseBody(mediaType, rawBody, info);
    checkIntegers(searchParams, info.integerParameters.query);
    if (typeof body === 'string') checkIntegers(new URLSearchParams(body), info.integerParameters.body);

    const prefer = req.headers.prefer;
    const mock = { ...baseConfig.mock, ...preferences(Array.isArray(prefer) ? prefer.join(',') : prefer, info, searchParams) };
    // Prism sees only what it needs, normalised: the credentials were checked above and never reach its
    // logger, and headers it cannot parse never reach its parsers.
    const headers: Record<string, string> = { authorization: REDACTED_BASIC, accept: 'application/json' };
    if (body !== undefined && mediaType) headers['content-type'] = mediaType;
    const input: IHttpRequest = {
      method: method as IHttpRequest['method'],
      url: { path, query: queryToNameValues(searchParams) },
      headers,
      body,
    };
    const result = await prism.request(input, index.operations, { ...baseConfig, mock })();
    if (result._tag === 'Left') throw fromPrismError(result.left);

    const { output, validations } = result.right;
    const invalid = validations.input.filter((v) => v.severity === DiagnosticSeverity.Error);
    if (invalid.length > 0) throw fromViolations(invalid, index);
    const origin = `http://${validHost(req.headers.host) ?? new URL(context.ownAddress()).host}`;
    sendOutput(res, output, { origin, pathParams: matched.params, withBody: requested !== 'head' });
    return undefined;
  } catch (error) {
    if (error instanceof ClientGone) return error.message;
    if (!(error instanceof MockHttpError)) throw error;
    send(res, error.body.status, error.body, error.headers, req.method !== 'HEAD');
    return error.body.message;
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
  return {
    path: queryAt < 0 ? rest : rest.slice(0, queryAt),
    searchParams: new URLSearchParams(queryAt < 0 ? '' : rest.slice(queryAt + 1)),
  };
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

/** What to answer for a request Node's parser refused; status 0 means close without a word. */
function clientErrorAnswer(code: string | undefined, headersTimeout: number, requestTimeout: number): { status: number; message: string } {
  switch (code) {
    case 'ECONNRESET':
    case 'EPIPE':
      return { status: 0, message: '' };
    case 'HPE_HEADER_OVERFLOW':
      return { status: 431, message: `The request line and headers are larger than ${MAX_HEADER_BYTES} bytes` };
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { status: 408, message: `The request did not arrive in time (headers within ${headersTimeout} ms, the whole request within ${requestTimeout} ms)` };
    case 'HPE_INVALID_CHUNK_SIZE':
      return { status: 400, message: 'The chunked request body has an invalid chunk size' };
    case 'HPE_INVALID_METHOD':
      return { status: 400, message: 'The request line has an unknown method' };
    default:
      return { status: 400, message: `The request is not valid HTTP/1.1 (${code ?? 'unparsable'})` };
  }
}

/** An answer written straight to the socket, for requests that never became a request object. */
function writeRaw(socket: Socket, status: number, body: TwilioErrorBody, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  const lines = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(text)}`,
    'Connection: close',
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
  ];
  socket.end(`${lines.join('\r\n')}\r\n\r\n${text}`);
}

/** HTTP Basic with a non-empty user (Account SID or API Key SID) and password. */
function checkBasicCredentials(header: string | undefined): MockHttpError | undefined {
  const fail = (why: string) =>
    MockHttpError.of(401, TwilioErrorCode.authentication, `Authentication Error - ${why}`, {
      'www-authenticate': 'Basic realm="Twilio API"',
    });
  if (!header) return fail('No credentials provided');
  const [scheme, token, ...rest] = header.trim().split(/\s+/);
  if (scheme?.toLowerCase() !== 'basic' || !token || rest.length > 0) return fail('credentials must use HTTP Basic');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(token)) return fail('Basic credentials are not valid base64');
  const decoded = Buffer.from(token, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0 || colon === decoded.length - 1) return fail('Basic credentials must be "AccountSid:AuthToken"');
  return undefined;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(MockHttpError.of(413, TwilioErrorCode.invalidParameter, `Request body is larger than ${MAX_BODY_BYTES} bytes`));
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    // The client hung up mid-body: its doing, not the mock's, so not an error with a stack.
    req.on('error', () => reject(new ClientGone(`client closed the connection after ${size} bytes of the body`)));
    req.on('aborted', () => reject(new ClientGone(`client closed the connection after ${size} bytes of the body`)));
  });
}

/** Checks the body against what the operation accepts and parses it the way Prism's validator expects. */
function parseBody(mediaType: string | undefined, raw: Buffer, info: OperationInfo): unknown {
  if (raw.length === 0) return undefined;
  if (info.bodyMediaTypes.length === 0) {
    throw MockHttpError.of(400, TwilioErrorCode.invalidParameter, `${info.operation.method.toUpperCase()} ${info.operation.path} takes no request body`);
  }
  const text = raw.toString('utf8');
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
  if (violations.some((v) => v.code === 401)) {
    return MockHttpError.of(401, TwilioErrorCode.authentication, 'Authentication Error - credentials must use HTTP Basic', {
      'www-authenticate': 'Basic realm="Twilio API"',
    });
  }
  const messages = violations.map((v) => {
    const [where, ...rest] = v.path ?? [];
    const raw = rest.join('.');
    const name = rest.length === 1 ? index.parameterName(raw) : raw;
    const text = raw ? v.message.replace(raw, `'${name}'`) : v.message;
    return where === 'body' ? text.replace(/^Request body property/, 'Parameter') : text.replace(/^Request /, '').replace(/^./, (c) => c.toUpperCase());
  });
  return MockHttpError.of(400, TwilioErrorCode.invalidParameter, messages.join('; '));
}

function queryToNameValues(search: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(search.keys())) {
    const values = search.getAll(key);
    out[key] = values.length === 1 ? values[0]! : values;
  }
  return out;
}

function flattenHeaders(headers: IncomingMessage['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(headers)) {
    if (value !== undefined) out[key] = Array.isArray(value) ? value.join(', ') : value;
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

/** Writes Prism's answer; every body is made by JSON.stringify, never by splicing text into it. */
function sendOutput(res: ServerResponse, output: IHttpResponse, how: { origin: string; pathParams: Record<string, string>; withBody: boolean }): void {
  if (output.body === undefined || output.statusCode === 204) {
    res.writeHead(output.statusCode).end();
    return;
  }
  const body = reflect(output.body, how.pathParams, how.origin) as Partial<TwilioErrorBody>;
  // An error example served for another status (`Prefer: code=503` answered by `default`) still repeats
  // the status it is sent with, as Twilio's body always does.
  if (output.statusCode >= 400 && body && typeof body === 'object' && typeof body.status === 'number') {
    body.status = output.statusCode;
  }
  const text = JSON.stringify(body);
  res.writeHead(output.statusCode, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(how.withBody ? text : undefined);
}

function send(res: ServerResponse, status: number, body: TwilioErrorBody, headers: Record<string, string> = {}, withBody = true): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, { ...headers, 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(withBody ? text : undefined);
}
