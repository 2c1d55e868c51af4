/**
 * The mock on a socket: node:http in front of the pipeline (`pipeline.ts`), which does the routing,
 * validation and answering for both modes. This file owns what only a socket has: reading the body with a
 * size bound, the header and request timeouts, the requests Node's parser refuses, and the log line.
 *
 * Prism's own HTTP server is not used: it answers errors as `application/problem+json`, accepts any body
 * for a form-only operation, and serves one document per process.
 */
import { STATUS_CODES, createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { DEFAULT_ACCOUNT_SID, type Sandbox } from '@conference-kit/sandbox';
import { createInspectorRoutes, INSPECTOR_HEADERS, type InspectorRoutes } from './inspector/routes.js';
import { createPipeline, type Pipeline, type WireAnswer } from './pipeline.js';
import { bindRefusal, createRequestGate, DEFAULT_CONTROL_TOKEN, type RequestGate } from './trust.js';
import { MockHttpError, TwilioErrorCode, twilioError, type TwilioErrorBody } from './twilio-errors.js';

export type LogLevel = 'silent' | 'error' | 'warn' | 'info' | 'debug';
const levelRank: Record<LogLevel, number> = { silent: 0, error: 1, warn: 2, info: 3, debug: 4 };

export interface MockServerOptions {
  /** Defaults to 127.0.0.1. */
  host?: string;
  /** Defaults to 4010; 0 picks a free port. */
  port?: number;
  /** `examples` (the default here): answers from the specs' examples. `sandbox`: from `sandbox`, a stateful engine. */
  mode?: 'examples' | 'sandbox';
  /** The engine that answers in `sandbox` mode (see `startSandbox`, which makes one). */
  sandbox?: Sandbox;
  /** In `examples` mode, generate bodies from the schemas instead of serving the named examples. */
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
  /** Called after each successful control-surface operation (sandbox mode). */
  onControl?: (operationId: string) => void | Promise<void>;
  /**
   * Sandbox mode: the password of the control credential (`ACaaaa…:<controlToken>`), the only credential
   * the control surface (`/__sandbox/…`) takes. Default: the default account's Auth Token. A `host` that
   * is not loopback needs one other than `token`.
   */
  controlToken?: string;
  /**
   * Host names, besides loopback names and the bound address, that requests may name in `Host` and
   * `Origin`; any other is refused with a 403 (DNS rebinding, cross-site requests from web pages).
   */
  allowHosts?: string[];
}

export interface MockServer {
  /** `http://host:port`, the base URL of both APIs. */
  url: string;
  server: Server;
  /**
   * The same mock without a socket: a `fetch` that answers in-process, for unit tests and for the
   * client's `options.fetch`. Its base URL is `url`.
   */
  fetch: typeof globalThis.fetch;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;

/** Writes a line when `level` is within `logLevel`; to stderr unless `write` is given. */
export function createLog(logLevel: LogLevel, write: (line: string) => void = (line) => process.stderr.write(`${line}\n`)) {
  return (level: Exclude<LogLevel, 'silent'>, line: string): void => {
    if (levelRank[level] <= levelRank[logLevel]) write(line);
  };
}
const MAX_HEADER_BYTES = 16 * 1024;

/** Starts the mock and resolves once it is listening. */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const host = options.host ?? '127.0.0.1';
  const controlToken =
    options.controlToken ?? options.sandbox?.accounts().find((a) => a.sid === DEFAULT_ACCOUNT_SID)?.authToken ?? DEFAULT_CONTROL_TOKEN;
  if (options.mode === 'sandbox') {
    // Whether accounts are strict is the engine's to say (startSandbox checks both); here, at least the secret.
    const refusal = bindRefusal(host, { controlToken, strictAccounts: true });
    if (refusal) throw new Error(refusal);
  }
  const gate = createRequestGate(host, options.allowHosts ?? []);
  const logLevel = options.logLevel ?? 'info';
  const log = createLog(logLevel, options.log);

  const pipeline = await createPipeline({
    mode: options.mode ?? 'examples',
    ...(options.sandbox && { sandbox: options.sandbox }),
    ...(options.dynamic !== undefined && { dynamic: options.dynamic }),
    ...(options.seed !== undefined && { seed: options.seed }),
    prismDebug: logLevel === 'debug',
    ...(options.onControl && { onControl: options.onControl }),
    controlToken,
  });
  // The inspector's page and event stream need a socket and a sandbox: sandbox mode on a server only.
  const inspector = options.mode === 'sandbox' && options.sandbox ? createInspectorRoutes(options.sandbox, controlToken) : undefined;
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
      serve(req, res, pipeline, gate, url, inspector)
        .catch((error: unknown) => {
          // Reaching here is a bug in the mock, not bad input: say so in the log and in the status.
          log('error', `mock error on ${printable(`${req.method} ${req.url}`)}: ${error instanceof Error ? error.stack : String(error)}`);
          send(res, 500, twilioError(500, TwilioErrorCode.internal, 'The mock failed to handle this request'));
          return 'internal error';
        })
        .then((why) => {
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          log('info', printable(`${req.method} ${req.url} ${res.statusCode} ${ms.toFixed(1)}ms${why ? ` — ${why}` : ''}`));
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
    log('info', printable(`- ${status} — ${message}`));
    writeRaw(socket, status, twilioError(status, TwilioErrorCode.invalidParameter, message));
  });
  server.on('checkExpectation', (req: IncomingMessage, res: ServerResponse) => {
    const message = `Expect: ${String(req.headers.expect).slice(0, 100)} is not supported; only 100-continue is`;
    log('info', printable(`${req.method} ${req.url} 417 — ${message}`));
    send(res, 417, twilioError(417, TwilioErrorCode.invalidParameter, message), { connection: 'close' });
  });
  server.on('connect', (req: IncomingMessage, socket: Socket) => {
    const message = 'CONNECT is not allowed: this is an API server, not a proxy';
    log('info', printable(`CONNECT ${req.url} 405 — ${message}`));
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
    fetch: inProcessFetch(pipeline, url),
    close: () =>
      new Promise<void>((resolve, reject) => {
        inspector?.close();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** A request the client abandoned: not the mock's error, worth one info line. */
class ClientGone extends Error {}

/**
 * A log line with what a client sent in it: control characters (C0, DEL, C1, and the Unicode line
 * separators) are written as escapes, so nothing in a request can end a line or drive a terminal.
 */
function printable(line: string): string {
  return line.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
  });
}

/** Reads one request off the socket, answers it through the pipeline; resolves why it was refused, if it was. */
async function serve(
  req: IncomingMessage,
  res: ServerResponse,
  pipeline: Pipeline,
  gate: RequestGate,
  ownAddress: string,
  inspector: InspectorRoutes | undefined,
): Promise<string | undefined> {
  let body: Buffer;
  try {
    // The body is read whatever happens next, so a keep-alive connection stays in step.
    body = await readBody(req);
  } catch (error) {
    if (error instanceof ClientGone) return error.message;
    if (!(error instanceof MockHttpError)) throw error;
    send(res, error.body.status, error.body, error.headers, req.method !== 'HEAD');
    return error.body.message;
  }
  const headers: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(req.headers)) headers[key] = Array.isArray(value) ? value.join(', ') : value;
  const foreign = gate.check(headers);
  if (foreign) {
    send(res, foreign.body.status, foreign.body, foreign.headers, req.method !== 'HEAD');
    return foreign.body.message;
  }
  if (inspector?.handles(req)) return serveInspector(req, res, inspector);
  const answer = await pipeline.respond({ method: req.method ?? 'GET', target: req.url ?? '/', headers, body }, ownAddress);
  res.writeHead(answer.status, answer.headers);
  res.end(answer.body);
  return answer.why;
}

/** The inspector's page, files or event stream; a refusal in Twilio's body with the page's headers. */
function serveInspector(req: IncomingMessage, res: ServerResponse, inspector: InspectorRoutes): string | undefined {
  try {
    inspector.serve(req, res);
    return undefined;
  } catch (error) {
    if (!(error instanceof MockHttpError)) throw error;
    send(res, error.body.status, error.body, { ...INSPECTOR_HEADERS, ...error.headers }, req.method !== 'HEAD');
    return error.body.message;
  }
}

/**
 * The pipeline as a `fetch`: no socket, the same answers. Like `fetch`, it rejects with the signal's
 * reason when the signal is aborted before the answer, and it reads a streamed body only up to the limit.
 */
function inProcessFetch(pipeline: Pipeline, ownAddress: string): typeof globalThis.fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    request.signal.throwIfAborted();
    const url = new URL(request.url);
    const body = await readStreamBounded(request.body, request.signal);
    if (body instanceof MockHttpError) return toResponse({ status: body.body.status, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(body.body) });
    const headers: Record<string, string> = { host: url.host };
    request.headers.forEach((value, key) => {
      headers[key] = value;
    });
    const answer = await pipeline.respond({ method: request.method, target: `${url.pathname}${url.search}`, headers, body }, ownAddress);
    request.signal.throwIfAborted();
    return toResponse(answer);
  };
}

/** The 413 for a body past the limit, on a socket and in-process alike. */
function bodyTooLarge(): MockHttpError {
  return MockHttpError.of(413, TwilioErrorCode.invalidParameter, `Request body is larger than ${MAX_BODY_BYTES} bytes`);
}

/**
 * A request body read chunk by chunk, counting: the 413 as soon as it passes the limit, the rest never
 * pulled. An abort cancels the read and rejects with the signal's reason.
 */
async function readStreamBounded(stream: ReadableStream<Uint8Array> | null, signal: AbortSignal): Promise<Uint8Array | MockHttpError> {
  if (!stream) return new Uint8Array(0);
  const reader = stream.getReader();
  // Cancelling ends a read that is waiting on a stalled source; the reason is thrown below.
  const cancel = () => void reader.cancel(signal.reason).catch(() => undefined);
  signal.addEventListener('abort', cancel, { once: true });
  try {
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      signal.throwIfAborted();
      if (done) return Buffer.concat(chunks, size);
      size += value.byteLength;
      if (size > MAX_BODY_BYTES) {
        void reader.cancel().catch(() => undefined);
        return bodyTooLarge();
      }
      chunks.push(value);
    }
  } finally {
    signal.removeEventListener('abort', cancel);
  }
}

function toResponse(answer: WireAnswer): Response {
  const headers = { ...answer.headers };
  delete headers['content-length'];
  return new Response(answer.status === 204 ? null : answer.body ?? null, { status: answer.status, headers });
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

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(bodyTooLarge());
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

function send(res: ServerResponse, status: number, body: TwilioErrorBody, headers: Record<string, string> = {}, withBody = true): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, { ...headers, 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(withBody ? text : undefined);
}
