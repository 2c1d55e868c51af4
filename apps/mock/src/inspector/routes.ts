/**
 * The inspector's routes on the mock's socket, outside the pipeline: the page at `/` and `/__sandbox/ui`,
 * its files under `/__sandbox/ui/<name>`, and the event stream at `/__sandbox/events`. Each takes the
 * control credential only, like the rest of the control surface; the 401 names a realm of its own so
 * that a browser asks for it. The server runs the Host/Origin gate before these routes.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Sandbox } from '@conference-kit/sandbox';
import { checkBasicCredentials } from '../pipeline.js';
import { createControlCredential } from '../trust.js';
import { MockHttpError, TwilioErrorCode } from '../twilio-errors.js';
import { createEventStreams, type EventStreamOptions } from './event-stream.js';
import { inspectorAsset, inspectorPage, type InspectorFile } from './page.js';

/**
 * What every inspector answer carries, errors included: nothing from another host, no inline script, no
 * framing, never sniffed, never cached.
 */
export const INSPECTOR_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
};

export const INSPECTOR_REALM = 'Basic realm="conference-kit sandbox"';

const ASSET_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}\.(?:js|css|svg)$/;

export interface InspectorRoutes {
  /** Whether the request is the inspector's to answer: a GET or HEAD of one of its paths. */
  handles(req: IncomingMessage): boolean;
  /** Answers it; throws a MockHttpError (to be sent with INSPECTOR_HEADERS) for a refusal. */
  serve(req: IncomingMessage, res: ServerResponse): void;
  /** Event streams open now. */
  readonly openStreams: number;
  /** Ends the open event streams. */
  close(): void;
}

type Route = { kind: 'page' } | { kind: 'asset'; name: string } | { kind: 'events' };

function routeOf(target: string | undefined): Route | undefined {
  let path: string;
  try {
    path = new URL(target ?? '/', 'http://mock.invalid').pathname;
  } catch {
    return undefined;
  }
  if (path === '/' || path === '/__sandbox/ui') return { kind: 'page' };
  if (path === '/__sandbox/events') return { kind: 'events' };
  if (path.startsWith('/__sandbox/ui/')) return { kind: 'asset', name: path.slice('/__sandbox/ui/'.length) };
  return undefined;
}

export function createInspectorRoutes(sandbox: Sandbox, controlToken: string, streamOptions: EventStreamOptions = {}): InspectorRoutes {
  const isControlCredential = createControlCredential(controlToken);
  const streams = createEventStreams(sandbox, streamOptions);

  function authenticate(header: string | undefined): void {
    const credentials = checkBasicCredentials(header);
    const why =
      credentials instanceof MockHttpError
        ? credentials.body.message
        : isControlCredential(credentials)
          ? undefined
          : 'Authentication Error - the inspector takes the control credential only (the default Account SID and the control token)';
    if (why !== undefined) throw MockHttpError.of(401, TwilioErrorCode.authentication, why, { 'www-authenticate': INSPECTOR_REALM });
  }

  function sendFile(req: IncomingMessage, res: ServerResponse, file: InspectorFile): void {
    const body = typeof file.body === 'string' ? Buffer.from(file.body, 'utf8') : file.body;
    res.writeHead(200, { ...INSPECTOR_HEADERS, 'content-type': file.contentType, 'content-length': body.byteLength });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  return {
    handles: (req) => (req.method === 'GET' || req.method === 'HEAD') && routeOf(req.url) !== undefined,

    serve(req, res) {
      const route = routeOf(req.url);
      if (!route) throw MockHttpError.of(404, TwilioErrorCode.notFound, 'Not an inspector route');
      authenticate(req.headers.authorization);
      if (route.kind === 'events') {
        streams.serve(req, res);
        return;
      }
      if (route.kind === 'page') {
        sendFile(req, res, inspectorPage());
        return;
      }
      const file = ASSET_NAME.test(route.name) ? inspectorAsset(route.name) : undefined;
      if (!file) throw MockHttpError.of(404, TwilioErrorCode.notFound, `The inspector has no file ${JSON.stringify(route.name.slice(0, 100))}`);
      sendFile(req, res, file);
    },

    get openStreams() {
      return streams.open;
    },

    close: () => streams.closeAll(),
  };
}
