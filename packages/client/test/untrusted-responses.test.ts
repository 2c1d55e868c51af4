/**
 * A response is input from the network: its links, redirects, headers, size and timing are checked
 * before the client acts on them. Each case here was a fault found by attacking the client.
 */
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { TwilioTransportError, createConferenceClient } from '../src/index.js';
import { parseRetryAfter } from '../src/errors.js';
import { ACCOUNT, CONFERENCE, TOKEN, client, conference, hang, json, page2010, scriptedFetch, twilioError } from './helpers.js';

const fetchPath = '/2010-04-01/Accounts/{AccountSid}/Conferences/{Sid}.json' as const;
const listPath = '/2010-04-01/Accounts/{AccountSid}/Conferences.json' as const;
const params = { path: { AccountSid: ACCOUNT, Sid: CONFERENCE } };
const listParams = { params: { path: { AccountSid: ACCOUNT } } };

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => { s.closeAllConnections(); s.close(resolve); })));
});

/** A real server on 127.0.0.1, for what only a real socket shows (short bodies, gzip, redirects). */
async function serve(handler: RequestListener): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(() => { throw new Error('expected a failure'); }, (error: unknown) => error);
}

function withNext(next: string) {
  return { ...page2010(0, 2), next_page_uri: next };
}

describe('next-page links lead only inside the configured base URL', () => {
  it.each([
    ['a scheme without //host, glued onto the host before', 'x:.evil.example/2010-04-01/Accounts'],
    ['another origin', 'https://evil.example/2010-04-01/Accounts/x.json'],
    ['a scheme-relative link', '//evil.example/2010-04-01/Accounts/x.json'],
    ['the same host on another scheme', 'http://api.twilio.com/2010-04-01/Accounts/x.json'],
    ['the same host on another port', 'https://api.twilio.com:8443/2010-04-01/Accounts/x.json'],
    ['a lookalike host', 'https://api.twilio.com.evil.example/2010-04-01/Accounts/x.json'],
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:application/json,{}'],
    ['a link that does not parse', 'http://[::1'],
    ['userinfo', 'https://user:pass@api.twilio.com/2010-04-01/Accounts/x.json'],
  ])('refuses %s, sending nothing and naming no credentials', async (_, next) => {
    const { fetch, requests } = scriptedFetch(json(withNext(next)), json(page2010(1, 2)));
    const failure = await failureOf((async () => {
      for await (const item of client(fetch).api.paginate(listPath, listParams)) void item;
    })());
    expect(failure).toBeInstanceOf(TwilioTransportError);
    expect(failure).toMatchObject({ kind: 'invalid_response' });
    expect((failure as Error).message).toMatch(/next-page link .*not followed/);
    expect(requests).toHaveLength(1);
    expect(inspect(failure, { depth: 5 }) + JSON.stringify(failure)).not.toContain(TOKEN);
    expect(inspect(failure, { depth: 5 })).not.toContain(btoa(`${ACCOUNT}:${TOKEN}`));
  });

  it('refuses a link outside the base path prefix', async () => {
    const { fetch, requests } = scriptedFetch(json(withNext('http://proxy.local/other/2010-04-01/x.json')));
    const first = client(fetch, { baseUrl: 'http://proxy.local/twilio' }).api.listPage(listPath, listParams);
    await expect(first).rejects.toMatchObject({ kind: 'invalid_response', message: expect.stringContaining('outside the base path /twilio') });
    expect(requests).toHaveLength(1);
  });

  it('follows an absolute link on the configured origin, as Twilio sends for its own host', async () => {
    const next = `https://api.twilio.com/2010-04-01/Accounts/${ACCOUNT}/Conferences.json?Page=1`;
    const { fetch, requests } = scriptedFetch(json(withNext(next)), json(page2010(1, 2)));
    const names: string[] = [];
    for await (const c of client(fetch).api.paginate(listPath, listParams)) names.push(c.friendly_name ?? '');
    expect(names).toHaveLength(4);
    expect(requests[1]!.url).toBe(next);
  });

  it('stops with invalid_response when a next link repeats a page already fetched', async () => {
    const self = `/2010-04-01/Accounts/${ACCOUNT}/Conferences.json`;
    const looping = scriptedFetch(json(withNext(self)));
    await expect((async () => { for await (const c of client(looping.fetch).api.paginate(listPath, listParams)) void c; })())
      .rejects.toMatchObject({ kind: 'invalid_response', message: expect.stringContaining('repeats a page') });
    expect(looping.requests).toHaveLength(1);

    // A longer cycle: page 0 → page 1 → page 0.
    const second = `${self}?Page=1`;
    const cycle = scriptedFetch(json(withNext(second)), json(withNext(self)));
    await expect((async () => { for await (const c of client(cycle.fetch).api.paginate(listPath, listParams)) void c; })())
      .rejects.toMatchObject({ kind: 'invalid_response' });
    expect(cycle.requests).toHaveLength(2);
  });
});

describe('redirects are reported, never followed', () => {
  it.each([301, 302, 303, 307, 308])('a POST answered %i is an error with the status and Location, and nothing is re-sent', async (status) => {
    let hits = 0;
    const target = await serve((req, res) => {
      hits++;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(conference));
    });
    const base = await serve((req, res) => {
      res.writeHead(status, { location: `${target}/2010-04-01/elsewhere.json` }).end();
    });
    const failure = await failureOf(client(globalThis.fetch, { baseUrl: base }).api.POST(fetchPath, { params, body: { Status: 'completed' } }));
    expect(failure).toBeInstanceOf(TwilioTransportError);
    expect(failure).toMatchObject({ kind: 'redirect', status, location: `${target}/2010-04-01/elsewhere.json`, method: 'POST' });
    expect(hits).toBe(0);
  });

  it('a GET redirect is not followed either, and the Location loses any userinfo', async () => {
    let hits = 0;
    const target = await serve((_, res) => { hits++; res.end('{}'); });
    const base = await serve((_, res) => {
      res.writeHead(302, { location: target.replace('http://', 'http://someone:pw@') + '/x' }).end();
    });
    const failure = await failureOf(client(globalThis.fetch, { baseUrl: base }).api.GET(fetchPath, { params }));
    expect(failure).toMatchObject({ kind: 'redirect', status: 302, location: `${target}/x` });
    expect(hits).toBe(0);
  });
});

describe('aborts and timeouts say what happened', () => {
  it("an abort during a Retry-After wait rejects at once with the caller's reason", async () => {
    const { fetch, requests } = scriptedFetch(twilioError(429, 20429, 'slow down', { 'retry-after': '20' }), json(conference));
    const controller = new AbortController();
    const started = Date.now();
    const pending = client(fetch).api.GET(fetchPath, { params, signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(requests).toHaveLength(1);
  });

  it("a caller's AbortSignal.timeout() comes back as its TimeoutError, not as the client's timeout", async () => {
    const { fetch } = scriptedFetch(hang);
    const failure = await failureOf(client(fetch).api.GET(fetchPath, { params, signal: AbortSignal.timeout(50) }));
    expect(failure).not.toBeInstanceOf(TwilioTransportError);
    expect(failure).toMatchObject({ name: 'TimeoutError' });
    expect(String(failure)).not.toContain('30000');
  });

  it('a custom abort reason comes back as that reason, not as a network failure', async () => {
    const { fetch } = scriptedFetch(hang);
    const controller = new AbortController();
    const reason = new Error('user navigated away');
    const pending = client(fetch).api.GET(fetchPath, { params, signal: controller.signal });
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });

  it('an abort while the body streams is the caller\'s reason', async () => {
    const base = await serve((_, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"sid":');
    });
    const controller = new AbortController();
    const pending = client(globalThis.fetch, { baseUrl: base }).api.GET(fetchPath, { params, signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('a timeoutMs above 2^31-1 is refused when the client is made', () => {
    expect(() => createConferenceClient({ accountSid: ACCOUNT, authToken: TOKEN, timeoutMs: 2 ** 31 })).toThrow('timeoutMs');
    expect(() => createConferenceClient({ accountSid: ACCOUNT, authToken: TOKEN, timeoutMs: 2 ** 31 - 1 })).not.toThrow();
  });

  it('the client\'s own timeout while the body streams is a timeout with the configured figure', async () => {
    const base = await serve((_, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"sid":');
    });
    const failure = await failureOf(client(globalThis.fetch, { baseUrl: base, timeoutMs: 150 }).api.GET(fetchPath, { params }));
    expect(failure).toMatchObject({ kind: 'timeout', message: expect.stringContaining('150 ms') });
  });
});

describe('bodies cut short or too large are invalid responses', () => {
  it('a body shorter than its Content-Length', async () => {
    const base = await serve((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '500' });
      res.write(JSON.stringify(conference).slice(0, 100));
      setTimeout(() => req.socket.destroy(), 20);
    });
    const failure = await failureOf(client(globalThis.fetch, { baseUrl: base, retry: false }).api.GET(fetchPath, { params }));
    expect(failure).toMatchObject({ name: 'TwilioTransportError', kind: 'invalid_response', message: expect.stringContaining('cut short') });
  });

  it('a chunked body that stops before its last chunk', async () => {
    const base = await serve((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write(JSON.stringify(conference).slice(0, 100));
      setTimeout(() => req.socket.destroy(), 20);
    });
    const failure = await failureOf(client(globalThis.fetch, { baseUrl: base, retry: false }).api.GET(fetchPath, { params }));
    expect(failure).toMatchObject({ kind: 'invalid_response', message: expect.stringContaining('cut short') });
  });

  it('a gzip body that inflates past maxResponseBytes is stopped while streaming', async () => {
    // 64 MiB of zeros in about 64 KiB on the wire: the bound is on what is read, not what is sent.
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024));
    const base = await serve((_, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': String(bomb.length) });
      res.end(bomb);
    });
    const before = process.memoryUsage().arrayBuffers;
    const failure = await failureOf(client(globalThis.fetch, { baseUrl: base }).api.GET(fetchPath, { params }));
    expect(failure).toMatchObject({ kind: 'invalid_response', message: expect.stringContaining('maxResponseBytes (33554432)') });
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(48 * 1024 * 1024);
  });

  it('a declared Content-Length over the bound is refused before reading, and the bound is an option', async () => {
    const { fetch } = scriptedFetch(() => new Response('{}', { headers: { 'content-length': String(2 ** 30) } }));
    await expect(client(fetch).api.GET(fetchPath, { params })).rejects.toMatchObject({ kind: 'invalid_response' });
    const small = scriptedFetch(json(conference));
    await expect(client(small.fetch, { maxResponseBytes: 64 }).api.GET(fetchPath, { params })).rejects.toMatchObject({
      kind: 'invalid_response', message: expect.stringContaining('maxResponseBytes (64)'),
    });
    expect(() => createConferenceClient({ accountSid: ACCOUNT, authToken: TOKEN, maxResponseBytes: 0 })).toThrow('maxResponseBytes');
  });
});

describe('the bounds hold on the fast path (a declared Content-Length, no timeout signal)', () => {
  /** A body of `total` bytes in 16 KiB chunks, made as they are pulled, counting what was pulled. */
  function endless(total: number) {
    const pulled = { bytes: 0 };
    const chunk = new Uint8Array(16 * 1024).fill(0x20);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled.bytes >= total) return controller.close();
        pulled.bytes += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    return { stream, pulled };
  }

  it.each([['with', true], ['without', false]])('a character split across chunks arrives whole, %s a Content-Length', async (_, declared) => {
    const bytes = new TextEncoder().encode(JSON.stringify({ ...conference, friendly_name: 'Café ☕ 会议' }));
    const cut = bytes.indexOf(0xe2) + 1; // inside the three bytes of ☕
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, cut));
        controller.enqueue(bytes.slice(cut));
        controller.close();
      },
    });
    const headers: Record<string, string> = { 'content-type': 'application/json', ...(declared && { 'content-length': String(bytes.length) }) };
    const { fetch } = scriptedFetch(() => new Response(stream, { headers }));
    const { data } = await client(fetch).api.GET(fetchPath, { params });
    expect(data?.friendly_name).toBe('Café ☕ 会议');
  });

  it('a body longer than its Content-Length is refused at the first chunk past it, not read to the end', async () => {
    // A fetch of the caller's own can hand back any stream under any header: the header is a claim.
    const { stream, pulled } = endless(256 * 1024 * 1024);
    const { fetch } = scriptedFetch(() => new Response(stream, { headers: { 'content-type': 'application/json', 'content-length': '100' } }));
    const failure = await failureOf(client(fetch).api.GET(fetchPath, { params }));
    expect(failure).toMatchObject({ kind: 'invalid_response', message: 'The response body is longer than its Content-Length (100)' });
    expect(pulled.bytes).toBeLessThanOrEqual(4 * 16 * 1024);
  });

  it('a lying Content-Length under maxResponseBytes does not lift the bound to the body it hides', async () => {
    const { stream, pulled } = endless(1024 * 1024);
    const { fetch } = scriptedFetch(() => new Response(stream, { headers: { 'content-length': '1000' } }));
    const failure = await failureOf(client(fetch, { maxResponseBytes: 64 * 1024 }).api.GET(fetchPath, { params }));
    expect(failure).toMatchObject({ kind: 'invalid_response' });
    expect(pulled.bytes).toBeLessThan(1024 * 1024);
  });

  it('a chunked body over maxResponseBytes is stopped while streaming, and the server sees the connection closed', async () => {
    let written = 0;
    let closed!: () => void;
    const serverSawClose = new Promise<void>((resolve) => { closed = resolve; });
    const base = await serve((_, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(16 * 1024, 0x20);
      const more = () => {
        while (!res.destroyed && written < 64 * 1024 * 1024) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', more);
        }
      };
      res.on('close', closed);
      more();
    });
    const failure = await failureOf(client(globalThis.fetch, { baseUrl: base, maxResponseBytes: 256 * 1024 }).api.GET(fetchPath, { params }));
    expect(failure).toMatchObject({ kind: 'invalid_response', message: expect.stringContaining('maxResponseBytes (262144) while reading') });
    await serverSawClose;
    expect(written).toBeLessThan(64 * 1024 * 1024);
  });

  it('the timeout still fires while a body with a declared Content-Length stalls', async () => {
    const base = await serve((_, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      res.write('{"sid":');
    });
    const failure = await failureOf(client(globalThis.fetch, { baseUrl: base, timeoutMs: 150, retry: false }).api.GET(fetchPath, { params }));
    expect(failure).toMatchObject({ kind: 'timeout', message: 'No complete response within 150 ms (7 bytes of the body arrived)' });
  });

  it('the timeout still fires before the headers, on a real socket', async () => {
    const base = await serve(() => undefined);
    const failure = await failureOf(client(globalThis.fetch, { baseUrl: base, timeoutMs: 150, retry: false }).api.GET(fetchPath, { params }));
    expect(failure).toMatchObject({ kind: 'timeout', message: 'No response within 150 ms' });
  });

  it("with timeoutMs 0 fetch gets the caller's own signal, or none, and an abort still ends the call", async () => {
    const seen: Array<AbortSignal | null | undefined> = [];
    const fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      seen.push(init?.signal);
      return init?.signal ? hang(new Request(input), init.signal) : Promise.resolve(json(conference));
    }) as typeof globalThis.fetch;
    const untimed = client(fetch, { timeoutMs: 0 });
    await expect(untimed.api.GET(fetchPath, { params })).resolves.toMatchObject({ data: { sid: CONFERENCE } });
    const controller = new AbortController();
    const pending = untimed.api.GET(fetchPath, { params, signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toEqual([undefined, controller.signal]);
  });
});

describe('Retry-After that does not parse is ignored, not read as "now"', () => {
  it.each(['1.5', '-1', '5, 10', 'soon', '', '1e3', '0x10'])('%j', (value) => {
    expect(parseRetryAfter(value)).toBeUndefined();
  });

  it('reads delta-seconds and all three HTTP date forms', () => {
    const now = Date.parse('Sun, 06 Nov 1994 08:49:27 GMT');
    expect(parseRetryAfter('7')).toBe(7);
    expect(parseRetryAfter('Sun, 06 Nov 1994 08:49:37 GMT', now)).toBe(10);
    expect(parseRetryAfter('Sunday, 06-Nov-94 08:49:37 GMT', now)).toBe(10);
    expect(parseRetryAfter('Sun Nov  6 08:49:37 1994', now)).toBe(10);
  });

});
