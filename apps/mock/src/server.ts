/**
 * One Node process serving both Conference APIs: Prism (in-process, through @stoplight/prism-http) does
 * the routing, request validation, security check, example selection and dynamic generation; this file
 * parses the HTTP request, turns every rejection into Twilio's error body and writes the answer.
 *
 * Prism's own HTTP server is not used: it answers errors as `application/problem+json`, accepts any
 * body for a form-only operation, and serves one document per process.
 */
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createInstance, type IHttpConfig, type IHttpRequest, type IHttpResponse } from '@stoplight/prism-http';
import { createLogger, type IPrismDiagnostic } from '@stoplight/prism-core';
import { DiagnosticSeverity } from '@stoplight/types';
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
}

export interface MockServer {
  /** `http://host:port`, the base URL of both APIs. */
  url: string;
  server: Server;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;
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

  const server = createHttpServer((req, res) => {
    const started = process.hrtime.bigint();
    handle(req, res, { index, prism, baseConfig })
      .catch((error: unknown) => {
        // Reaching here is a bug in the mock, not bad input: say so in the log and in the status.
        log('error', `mock error on ${req.method} ${req.url}: ${error instanceof Error ? error.stack : String(error)}`);
        send(res, 500, twilioError(500, TwilioErrorCode.internal, 'The mock failed to handle this request'));
      })
      .finally(() => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        log('info', `${req.method} ${req.url} ${res.statusCode} ${ms.toFixed(1)}ms`);
      });
  });
  // A client that stops sending must not hold a connection open for minutes.
  server.headersTimeout = 10_000;
  server.requestTimeout = 15_000;
  server.keepAliveTimeout = 5_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4010, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;

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
}

async function handle(req: IncomingMessage, res: ServerResponse, { index, prism, baseConfig }: Context): Promise<void> {
  try {
    const method = (req.method ?? 'GET').toLowerCase();
    // Split by hand: `new URL('//v1//Conferences', base)` would read `v1` as a host.
    const target = req.url ?? '/';
    const queryAt = target.indexOf('?');
    const path = queryAt < 0 ? target : target.slice(0, queryAt);
    const searchParams = new URLSearchParams(queryAt < 0 ? '' : target.slice(queryAt + 1));
    try {
      decodeURIComponent(path);
    } catch {
      throw MockHttpError.of(400, TwilioErrorCode.invalidParameter, `The path ${JSON.stringify(path)} is not valid percent-encoding`);
    }
    const operations = index.match(path);
    if (!operations) {
      throw MockHttpError.of(404, TwilioErrorCode.notFound, `The requested resource ${path} was not found`);
    }
    const info = operations.get(method);
    if (!info) {
      const allow = [...operations.keys()].map((m) => m.toUpperCase()).join(', ');
      throw MockHttpError.of(
        405,
        TwilioErrorCode.methodNotAllowed,
        `Method ${req.method} is not allowed on ${path}; use ${allow}`,
        { allow },
      );
    }

    // The body is read whatever happens next, so a keep-alive connection stays in step.
    const rawBody = await readBody(req);
    // Twilio authenticates before it looks at parameters.
    const authError = checkBasicCredentials(req.headers.authorization);
    if (authError) throw authError;
    const body = parseBody(req.headers['content-type'], rawBody, info);

    const prefer = req.headers.prefer;
    const mock = { ...baseConfig.mock, ...preferences(Array.isArray(prefer) ? prefer.join(',') : prefer, info, searchParams) };
    const input: IHttpRequest = {
      method: method as IHttpRequest['method'],
      url: { path, query: queryToNameValues(searchParams) },
      headers: flattenHeaders(req.headers),
      body,
    };
    const result = await prism.request(input, index.operations, { ...baseConfig, mock })();
    if (result._tag === 'Left') throw fromPrismError(result.left);

    const { output, validations } = result.right;
    const invalid = validations.input.filter((v) => v.severity === DiagnosticSeverity.Error);
    if (invalid.length > 0) throw fromViolations(invalid, index);
    sendOutput(res, output, originOf(req));
  } catch (error) {
    if (!(error instanceof MockHttpError)) throw error;
    send(res, error.body.status, error.body, error.headers);
  }
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
    req.on('error', reject);
  });
}

function mediaTypeOf(contentType: string | undefined): string | undefined {
  return contentType?.split(';')[0]?.trim().toLowerCase() || undefined;
}

/** Checks the body against what the operation accepts and parses it the way Prism's validator expects. */
function parseBody(contentType: string | undefined, raw: Buffer, info: OperationInfo): unknown {
  const mediaType = mediaTypeOf(contentType);
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

function originOf(req: IncomingMessage): string {
  return `http://${req.headers.host ?? `${req.socket.localAddress}:${req.socket.localPort}`}`;
}

/**
 * Insights' links are absolute. Pointing them at the mock keeps a client that follows
 * `meta.next_page_url` on the mock instead of sending it to Twilio.
 */
function sendOutput(res: ServerResponse, output: IHttpResponse, origin: string): void {
  const body = output.body as Partial<TwilioErrorBody> | undefined;
  // An error example served for another status (`Prefer: code=503` answered by `default`) still repeats
  // the status it is sent with, as Twilio's body always does.
  if (output.statusCode >= 400 && body && typeof body === 'object' && typeof body.status === 'number') {
    body.status = output.statusCode;
  }
  const text = JSON.stringify(body ?? null).replaceAll(TWILIO_INSIGHTS_ORIGIN, origin);
  res.writeHead(output.statusCode, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

function send(res: ServerResponse, status: number, body: TwilioErrorBody, headers: Record<string, string> = {}): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, { ...headers, 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
