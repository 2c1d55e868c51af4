/**
 * The inspector's server side (issue 21): the page and its files at `/`, `/__sandbox/ui` and
 * `/__sandbox/ui/<name>`, and the live event stream at `/__sandbox/events`, on the socket server only;
 * all behind the control credential (a 401 a browser prompts for) and the Host/Origin gate, with a strict
 * Content-Security-Policy. The stream is read here as a browser's EventSource would: frames split on blank
 * lines, `id`/`event`/`data` fields, `Last-Event-ID` on reconnect.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../src/index.js';
import { ACCOUNT, basic, call } from './helpers.js';
import { rawRequest } from './raw-http.js';
import { startReceiver, type Receiver } from './sandbox-helpers.js';

const CONTROL = basic(ACCOUNT, 'token');
const running: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  while (running.length > 0) await running.pop()!.close();
});

async function start(): Promise<RunningSandbox> {
  const sandbox = await startSandbox({ clock: { frozen: true, now: '2025-03-03T12:00:00Z' } });
  running.push(sandbox);
  return sandbox;
}

async function receiver(): Promise<Receiver> {
  const r = await startReceiver();
  running.push(r);
  return r;
}

interface SseEvent {
  id?: string;
  event?: string;
  data?: string;
}

/** An open event stream: the answer's head, and the events as they arrive. */
interface Stream {
  response: IncomingMessage;
  events: SseEvent[];
  comments: string[];
  /** Resolves once an event matching `test` has arrived (at once if one has). */
  next(test: (e: SseEvent) => boolean): Promise<SseEvent>;
  ended: Promise<void>;
  close(): void;
}

function openStream(url: string, headers: Record<string, string> = {}): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${url}/__sandbox/events`, { headers: { authorization: CONTROL, accept: 'text/event-stream', ...headers } }, (response) => {
      const events: SseEvent[] = [];
      const comments: string[] = [];
      const waiters: Array<{ test: (e: SseEvent) => boolean; resolve: (e: SseEvent) => void }> = [];
      let buffer = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event: SseEvent = {};
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) comments.push(line.slice(1).trim());
            const m = /^(id|event|data): (.*)$/.exec(line);
            if (m) event[m[1] as keyof SseEvent] = m[2]!;
          }
          if (event.event) {
            events.push(event);
            for (const w of [...waiters]) {
              if (!w.test(event)) continue;
              waiters.splice(waiters.indexOf(w), 1);
              w.resolve(event);
            }
          }
        }
      });
      const ended = new Promise<void>((done) => response.on('close', done));
      resolve({
        response,
        events,
        comments,
        ended,
        next: (test) => {
          const found = events.find(test);
          return found ? Promise.resolve(found) : new Promise((r) => waiters.push({ test, resolve: r }));
        },
        close: () => req.destroy(),
      });
    });
    req.on('error', reject);
    req.end();
  });
}

const data = (e: SseEvent) => JSON.parse(e.data!) as Record<string, any>;

describe('the inspector page', () => {
  it.each(['/', '/__sandbox/ui'])('%s serves the page with the control credential, a strict CSP, nosniff and no-store', async (path) => {
    const sandbox = await start();
    const res = await fetch(`${sandbox.url}${path}`, { headers: { authorization: CONTROL, accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = res.headers.get('content-security-policy')!;
    for (const directive of ["default-src 'self'", "script-src 'self'", "connect-src 'self'", "frame-ancestors 'none'"]) expect(csp).toContain(directive);
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.text()).toMatch(/^<!doctype html>/i);
  });

  it.each([
    ['no credentials', undefined],
    ['an account\'s own credentials', basic('ACbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', 'token')],
    ['a wrong control token', basic(ACCOUNT, 'nope')],
  ])('refuses %s with a 401 a browser prompts for, in Twilio\'s body', async (_, authorization) => {
    const sandbox = await start();
    for (const path of ['/', '/__sandbox/ui', '/__sandbox/ui/inspector.js', '/__sandbox/events']) {
      const res = await call(`${sandbox.url}${path}`, { headers: authorization ? { authorization } : {} });
      expect(res.status, path).toBe(401);
      expect(res.headers.get('www-authenticate'), path).toBe('Basic realm="conference-kit sandbox"');
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.body, path).toMatchObject({ code: 20003, status: 401 });
      // The password sent is never echoed.
      expect(JSON.stringify(res.body)).not.toContain('nope');
    }
  });

  it('refuses a page elsewhere (Origin) or a rebinding name (Host) before it asks for credentials', async () => {
    const sandbox = await start();
    const fromElsewhere = await call(`${sandbox.url}/__sandbox/ui`, { headers: { authorization: CONTROL, origin: 'https://evil.example' } });
    expect(fromElsewhere).toMatchObject({ status: 403, body: { code: 20403 } });
    const rebound = await rawRequest(sandbox.url, `GET /__sandbox/events HTTP/1.1\r\nHost: evil.example:4010\r\nAuthorization: ${CONTROL}\r\nConnection: close\r\n\r\n`);
    expect(rebound.status).toBe(403);
    expect(JSON.parse(rebound.body)).toMatchObject({ code: 20403 });
  });

  it('404s a file the page does not have, 405s another method, and leaves the 2010 API\'s 404s as they were', async () => {
    const sandbox = await start();
    for (const name of ['nothing.js', '..%2Fpackage.json', 'x.html']) {
      const res = await call(`${sandbox.url}/__sandbox/ui/${name}`, { headers: { authorization: CONTROL } });
      expect(res, name).toMatchObject({ status: 404, body: { code: 20404 } });
    }
    const post = await call(`${sandbox.url}/__sandbox/ui`, { method: 'POST', headers: { authorization: CONTROL } });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    const elsewhere = await call(`${sandbox.url}/2010-04-01/Nope`, { headers: { authorization: CONTROL } });
    expect(elsewhere.status).toBe(404);
  });

  it('is a 501 naming the socket from the in-process fetch', async () => {
    const sandbox = await start();
    const res = await sandbox.fetch(`${sandbox.url}/__sandbox/events`, { headers: { authorization: CONTROL } });
    expect(res.status).toBe(501);
    expect(((await res.json()) as { message: string }).message).toMatch(/served by the mock's HTTP server only/);
  });
});

describe('the event stream', () => {
  it('sends the clock on opening, then each journal entry and each delivery\'s end as it happens, the clock when it moves, and a reset', async () => {
    const sandbox = await start();
    const hooks = await receiver();
    const stream = await openStream(sandbox.url);
    running.push({ close: async () => stream.close() });
    expect(stream.response.statusCode).toBe(200);
    expect(stream.response.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(stream.response.headers['cache-control']).toBe('no-store');
    const opening = await stream.next((e) => e.event === 'clock');
    expect(data(opening)).toMatchObject({ now: '2025-03-03T12:00:00.000Z', frozen: true });

    const created = await call(`${sandbox.url}/2010-04-01/Accounts/${ACCOUNT}/Conferences/live/Participants.json`, {
      method: 'POST',
      headers: { authorization: basic(ACCOUNT, 'token'), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ From: '+15555550100', To: '+15555550141', StatusCallback: `${hooks.url}/progress`, StatusCallbackEvent: 'initiated' }),
    });
    expect(created.status).toBe(201);
    const request = data(await stream.next((e) => e.event === 'journal' && data(e).kind === 'request'));
    expect(request).toMatchObject({ operationId: 'CreateParticipant', status: 201 });

    await call(`${sandbox.url}/__sandbox/clock`, { method: 'POST', headers: { authorization: CONTROL, 'content-type': 'application/json' }, body: JSON.stringify({ advanceMs: 500 }) });
    const moved = await stream.next((e) => e.event === 'clock' && data(e).now === '2025-03-03T12:00:00.500Z');
    const delivered = data(await stream.next((e) => e.event === 'journal' && data(e).kind === 'webhook' && data(e).outcome === 'delivered'));
    expect(delivered).toMatchObject({ type: 'call-progress', event: 'initiated', responseStatus: 200, responseBody: 'ok', signatureValid: true });
    // The same entry was sent when it was recorded, pending, with an earlier id.
    const pending = stream.events.find((e) => e.event === 'journal' && data(e).id === delivered.id && data(e).outcome === 'pending');
    expect(pending).toBeDefined();
    const ids = stream.events.filter((e) => e.event === 'journal').map((e) => Number(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(Number(moved.id)).toBeGreaterThanOrEqual(Number(pending!.id));

    await call(`${sandbox.url}/__sandbox/reset`, { method: 'POST', headers: { authorization: CONTROL } });
    expect(data(await stream.next((e) => e.event === 'reset'))).toEqual({ cause: 'reset' });
  });

  it('replays the entries changed after Last-Event-ID that are still kept, then goes on live', async () => {
    const sandbox = await start();
    const list = async () => {
      await call(`${sandbox.url}/2010-04-01/Accounts/${ACCOUNT}/Conferences.json`, { headers: { authorization: basic(ACCOUNT, 'token') } });
    };
    const first = await openStream(sandbox.url);
    running.push({ close: async () => first.close() });
    await list();
    const seen = await first.next((e) => e.event === 'journal');
    first.close();
    await list();
    await list();
    const again = await openStream(sandbox.url, { 'last-event-id': seen.id! });
    running.push({ close: async () => again.close() });
    await again.next((e) => e.event === 'clock');
    const replayed = again.events.filter((e) => e.event === 'journal');
    expect(replayed.map((e) => data(e).id)).toEqual([data(seen).id + 1, data(seen).id + 2]);
    await list();
    await again.next((e) => e.event === 'journal' && data(e).id === data(seen).id + 3);
  });

  it('refuses a Last-Event-ID it never sent with a 400', async () => {
    const sandbox = await start();
    const res = await call(`${sandbox.url}/__sandbox/events`, { headers: { authorization: CONTROL, 'last-event-id': 'abc' } });
    expect(res).toMatchObject({ status: 400, body: { code: 20001 } });
  });

  it('serves 16 streams at once and answers the 17th a 429 in Twilio\'s body; a closed one frees its place', async () => {
    const sandbox = await start();
    const streams = await Promise.all(Array.from({ length: 16 }, () => openStream(sandbox.url)));
    for (const s of streams) running.push({ close: async () => s.close() });
    expect(streams.every((s) => s.response.statusCode === 200)).toBe(true);
    const refused = await call(`${sandbox.url}/__sandbox/events`, { headers: { authorization: CONTROL } });
    expect(refused).toMatchObject({ status: 429, body: { code: 20429, status: 429 } });
    streams[0]!.close();
    await streams[0]!.ended;
    // The server sees the close a moment after the client: wait for its place rather than a time.
    let admitted: Stream | undefined;
    while (!admitted) {
      const attempt = await openStream(sandbox.url);
      if (attempt.response.statusCode === 200) admitted = attempt;
      else {
        attempt.close();
        await new Promise((r) => setImmediate(r));
      }
    }
    running.push({ close: async () => admitted!.close() });
    expect(admitted.response.statusCode).toBe(200);
  });

  it('outlives the server\'s request timeout: the timeout bounds receiving a request, not a stream', async () => {
    const { startMockServer } = await import('../src/index.js');
    const { createSandbox } = await import('@conference-kit/sandbox');
    const engine = createSandbox({ clock: { frozen: true, now: '2025-03-03T12:00:00Z' } });
    const server = await startMockServer({ mode: 'sandbox', sandbox: engine, port: 0, logLevel: 'silent', headersTimeoutMs: 200, requestTimeoutMs: 200 });
    running.push({ close: async () => (await server.close(), engine.dispose()) });
    const stream = await openStream(server.url);
    running.push({ close: async () => stream.close() });
    await stream.next((e) => e.event === 'clock');
    // Five times the request timeout, with the server's check running every 250 ms: each move still arrives.
    for (let step = 1; step <= 10; step++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      engine.clock.advance(1000);
      await stream.next((e) => e.event === 'clock' && data(e).now === new Date(Date.parse('2025-03-03T12:00:00Z') + step * 1000).toISOString());
    }
    expect(stream.response.destroyed).toBe(false);
  });

  it('ends every open stream when the server stops', async () => {
    const sandbox = await startSandbox({ clock: { frozen: true, now: '2025-03-03T12:00:00Z' } });
    const stream = await openStream(sandbox.url);
    await stream.next((e) => e.event === 'clock');
    await sandbox.close();
    await stream.ended;
  });
});

describe('the event stream\'s bounds', () => {
  it('sends a keep-alive comment on an idle stream, and cuts off a client that stops reading', async () => {
    const { createServer } = await import('node:http');
    const { createSandbox } = await import('@conference-kit/sandbox');
    const { createInspectorRoutes } = await import('../src/inspector/routes.js');
    const sandbox = createSandbox({ clock: { frozen: true, now: '2025-03-03T12:00:00Z' } });
    const routes = createInspectorRoutes(sandbox, 'token', { keepAliveMs: 20, maxBufferedBytes: 256 * 1024 });
    const server = createServer((req, res) => routes.serve(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    running.push({
      close: async () => {
        routes.close();
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
        sandbox.dispose();
      },
    });
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    const idle = await openStream(url);
    running.push({ close: async () => idle.close() });
    await idle.next((e) => e.event === 'clock');
    while (!idle.comments.includes('keep-alive')) await new Promise((r) => setTimeout(r, 20));

    // A reader that never reads: the server's buffer passes the bound as the journal grows, and it is cut off.
    const stalled = await openStream(url);
    stalled.response.pause();
    // Bounded in count: far more than the socket buffers on both sides hold (a few MB), well within the time.
    for (let i = 0; i < 20_000 && routes.openStreams === 2; i++) {
      await sandbox.handle('ListConference', { pathParams: { AccountSid: ACCOUNT }, query: { FriendlyName: 'x'.repeat(1000) }, auth: { username: ACCOUNT, password: 'token' } });
      if (i % 10 === 0) await new Promise((r) => setImmediate(r));
    }
    expect(routes.openStreams).toBe(1);
    expect(idle.response.destroyed).toBe(false);
    stalled.close();
  });
});
