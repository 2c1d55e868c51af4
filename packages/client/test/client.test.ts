import { inspect } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { TwilioApiError, TwilioTransportError, createConferenceClient } from '../src/index.js';
import { ACCOUNT, CONFERENCE, TOKEN, client, conference, hang, json, page2010, pageInsights, scriptedFetch, twilioError, type Recorded } from './helpers.js';

const fetchPath = '/2010-04-01/Accounts/{AccountSid}/Conferences/{Sid}.json' as const;
const listPath = '/2010-04-01/Accounts/{AccountSid}/Conferences.json' as const;
const params = { path: { AccountSid: ACCOUNT, Sid: CONFERENCE } };

describe('requests', () => {
  it('sends HTTP Basic with the Account SID and Auth Token, to the real host by default', async () => {
    const { fetch, requests } = scriptedFetch(json(conference));
    const { data } = await client(fetch).api.GET(fetchPath, { params });
    expect(data).toEqual(conference);
    expect(requests[0]!.url).toBe(`https://api.twilio.com/2010-04-01/Accounts/${ACCOUNT}/Conferences/${CONFERENCE}.json`);
    expect(requests[0]!.headers.get('authorization')).toBe(`Basic ${Buffer.from(`${ACCOUNT}:${TOKEN}`).toString('base64')}`);
  });

  it("gives the response the URL asked for when the caller's fetch made one up without it", async () => {
    const { fetch } = scriptedFetch(json(conference));
    const { response } = await client(fetch).api.GET(fetchPath, { params });
    expect(response.url).toBe(`https://api.twilio.com/2010-04-01/Accounts/${ACCOUNT}/Conferences/${CONFERENCE}.json`);
    const viaMiddleware = client(fetch);
    viaMiddleware.api.use({ onRequest: () => undefined });
    expect((await viaMiddleware.api.GET(fetchPath, { params })).response.url).toBe(response.url);
  });

  it('authenticates with an API key and secret, the account SID still in the path', async () => {
    const { fetch, requests } = scriptedFetch(json(conference));
    const apiKey = `SK${'b'.repeat(32)}`;
    const c = createConferenceClient({ accountSid: ACCOUNT, apiKey, apiSecret: 'key-secret', fetch });
    await c.api.GET(fetchPath, { params });
    expect(requests[0]!.headers.get('authorization')).toBe(`Basic ${Buffer.from(`${apiKey}:key-secret`).toString('base64')}`);
    expect(requests[0]!.url).toContain(`/Accounts/${ACCOUNT}/`);
  });

  it('takes one base URL for both APIs, or one each', async () => {
    const one = scriptedFetch(json(conference));
    const both = client(one.fetch, { baseUrl: 'http://127.0.0.1:4010/' });
    await both.api.GET(fetchPath, { params });
    await both.insights.GET('/v1/Conferences/{ConferenceSid}', { params: { path: { ConferenceSid: CONFERENCE } } });
    expect(one.requests.map((r) => new URL(r.url).origin)).toEqual(['http://127.0.0.1:4010', 'http://127.0.0.1:4010']);
    const split = client(one.fetch, { baseUrl: { insights: 'http://localhost:9999' } });
    expect([split.api.baseUrl, split.insights.baseUrl]).toEqual(['https://api.twilio.com', 'http://localhost:9999']);
  });

  it('form-encodes the update with the exact header, dropping unset fields', async () => {
    const { fetch, requests } = scriptedFetch(json({ ...conference, status: 'completed' }));
    await client(fetch).api.POST(fetchPath, {
      params,
      // Unset fields are dropped, as plain JavaScript callers may pass them.
      body: { Status: 'completed', AnnounceUrl: 'https://example.com/a b.xml', ...({ AnnounceMethod: undefined } as object) },
    });
    expect(requests[0]!.method).toBe('POST');
    expect(requests[0]!.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
    expect(requests[0]!.body).toBe('Status=completed&AnnounceUrl=https%3A%2F%2Fexample.com%2Fa+b.xml');
  });

  it('creates a participant: 201 body, arrays as repeated keys, booleans as true/false', async () => {
    const participant = { call_sid: `CA${'b'.repeat(32)}`, conference_sid: CONFERENCE, muted: true };
    const { fetch, requests } = scriptedFetch(json(participant, 201));
    const { data, error } = await client(fetch).api.POST('/2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants.json', {
      params: { path: { AccountSid: ACCOUNT, ConferenceSid: 'my room' } },
      body: { From: '+15005550006', To: '+15005550007', StatusCallbackEvent: ['initiated', 'ringing'], Muted: true, EarlyMedia: false },
    });
    expect(error).toBeUndefined();
    expect(data).toEqual(participant);
    expect(new URL(requests[0]!.url).pathname).toBe(`/2010-04-01/Accounts/${ACCOUNT}/Conferences/my%20room/Participants.json`);
    expect(requests[0]!.body).toBe('From=%2B15005550006&To=%2B15005550007&StatusCallbackEvent=initiated&StatusCallbackEvent=ringing&Muted=true&EarlyMedia=false');
  });

  it('deletes with DELETE and resolves data undefined on 204', async () => {
    const { fetch, requests } = scriptedFetch(new Response(null, { status: 204 }));
    const result = await client(fetch).api.DELETE('/2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants/{CallSid}.json', {
      params: { path: { AccountSid: ACCOUNT, ConferenceSid: CONFERENCE, CallSid: 'agent 1' } },
    });
    expect(result).toMatchObject({ data: undefined, response: { status: 204 } });
    expect(result.error).toBeUndefined();
    expect(requests[0]).toMatchObject({ method: 'DELETE', url: expect.stringMatching(/Participants\/agent%201\.json$/) });
  });

  it('writes Date filters as YYYY-MM-DD for 2010-04-01 and ISO 8601 for Insights, keys encoded', async () => {
    const { fetch, requests } = scriptedFetch(json(page2010(0, 1)), json({ conferences: [], meta: pageInsights(0, 1).meta }));
    const c = client(fetch);
    await c.api.GET(listPath, {
      params: { path: { AccountSid: ACCOUNT }, query: { 'DateCreated>': new Date('2021-01-01T23:30:00Z'), 'DateCreated<': '2021-02-01', Status: 'in-progress' } },
    });
    await c.insights.GET('/v1/Conferences', { params: { query: { CreatedAfter: new Date('2021-02-01T00:00:00Z'), CreatedBefore: '2021-02-02T00:00:00Z' } } });
    expect(new URL(requests[0]!.url).search).toBe('?DateCreated%3E=2021-01-01&DateCreated%3C=2021-02-01&Status=in-progress');
    expect(new URL(requests[1]!.url).searchParams.get('CreatedAfter')).toBe('2021-02-01T00:00:00.000Z');
    expect(new URL(requests[1]!.url).searchParams.get('CreatedBefore')).toBe('2021-02-02T00:00:00Z');
  });

  it('rejects an invalid Date as a RangeError at the call, before sending anything', async () => {
    const { fetch, requests } = scriptedFetch(json(page2010(0, 1)), json(conference));
    const query = client(fetch).api.GET(listPath, { params: { path: { AccountSid: ACCOUNT }, query: { DateCreated: new Date('nope') } } });
    await expect(query).rejects.toThrow(RangeError);
    await expect(query).rejects.toThrow('Invalid Date');
    const body = client(fetch).api.POST(fetchPath, { params, body: { Status: 'completed', AnnounceUrl: new Date('nope') as never } });
    await expect(body).rejects.toThrow(RangeError);
    expect(requests).toHaveLength(0);
  });
});

describe('options', () => {
  it.each([
    [{ accountSid: 'ACnope', authToken: 't' }, 'accountSid must be an Account SID'],
    [{ accountSid: ACCOUNT }, 'authToken must be'],
    [{ accountSid: ACCOUNT, authToken: '' }, 'authToken must be'],
    [{ accountSid: ACCOUNT, authToken: 't', apiKey: `SK${'a'.repeat(32)}`, apiSecret: 's' }, 'not both'],
    [{ accountSid: ACCOUNT, apiKey: 'AK1', apiSecret: 's' }, 'apiKey must be an API Key SID'],
    [{ accountSid: ACCOUNT, authToken: 't', baseUrl: 'localhost:4010' }, 'must be http or https'],
    [{ accountSid: ACCOUNT, authToken: 't', baseUrl: '/relative' }, 'not an absolute URL'],
    [{ accountSid: ACCOUNT, authToken: 't', baseUrl: 'http://user:pw@localhost' }, 'must not carry credentials'],
    [{ accountSid: ACCOUNT, authToken: 't', timeoutMs: -1 }, 'timeoutMs'],
  ])('%j is refused clearly', (options, message) => {
    expect(() => createConferenceClient(options as never)).toThrow(message);
  });

  it('never echoes a secret in an option error', () => {
    try {
      createConferenceClient({ accountSid: 'AC-bad', authToken: TOKEN });
    } catch (error) {
      expect(String(error)).not.toContain(TOKEN);
    }
  });
});

describe('errors', () => {
  it('returns a TwilioApiError with status, code, message, moreInfo, method and path', async () => {
    const { fetch } = scriptedFetch(twilioError(404, 20404, 'The requested resource was not found'));
    const { data, error } = await client(fetch).api.GET(fetchPath, { params });
    expect(data).toBeUndefined();
    expect(error).toBeInstanceOf(TwilioApiError);
    expect(error).toMatchObject({
      status: 404, code: 20404, message: 'The requested resource was not found',
      moreInfo: 'https://www.twilio.com/docs/errors/20404', method: 'GET',
      path: `/2010-04-01/Accounts/${ACCOUNT}/Conferences/${CONFERENCE}.json`,
    });
  });

  it('makes an error from a non-Twilio error body too', async () => {
    const { fetch } = scriptedFetch(new Response('<html>Bad Gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } }));
    const { error } = await client(fetch, { retry: false }).api.GET(fetchPath, { params });
    expect(error).toMatchObject({ status: 502, code: 0, message: '<html>Bad Gateway</html>' });
  });

  it('keeps credentials out of every form of an error', async () => {
    const { fetch } = scriptedFetch(twilioError(401, 20003, 'Authenticate'));
    const { error } = await client(fetch).api.GET(fetchPath, { params });
    const basic = Buffer.from(`${ACCOUNT}:${TOKEN}`).toString('base64');
    for (const text of [String(error), JSON.stringify(error), inspect(error, { depth: 5 }), error!.stack ?? '']) {
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(basic);
    }
  });

  it('tells a network failure from an API error, without credentials', async () => {
    const { fetch } = scriptedFetch(new TypeError('fetch failed', { cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }) }));
    const failure = await client(fetch, { retry: false }).api.GET(fetchPath, { params }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(TwilioTransportError);
    expect(failure).toMatchObject({ kind: 'network', method: 'GET' });
    expect(String(failure)).toContain('ECONNREFUSED');
    expect(inspect(failure, { depth: 5 })).not.toContain(TOKEN);
  });

  it('times out a request that does not answer', async () => {
    const { fetch } = scriptedFetch(hang);
    const failure = await client(fetch, { timeoutMs: 50, retry: false }).api.GET(fetchPath, { params }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(TwilioTransportError);
    expect(failure).toMatchObject({ kind: 'timeout', message: 'No response within 50 ms' });
  });

  it("lets the caller's own abort through as an AbortError", async () => {
    const { fetch } = scriptedFetch(hang);
    const controller = new AbortController();
    const pending = client(fetch).api.GET(fetchPath, { params, signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('raises a clear error for a body that is not JSON', async () => {
    const { fetch } = scriptedFetch(new Response('<html>maintenance</html>', { status: 200, headers: { 'content-type': 'text/html' } }));
    const failure = await client(fetch).api.GET(fetchPath, { params }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(TwilioTransportError);
    expect(failure).toMatchObject({ kind: 'invalid_response' });
    expect((failure as Error).message).toContain('text/html');
  });

  it('raises a clear error for a truncated body', async () => {
    const full = JSON.stringify(conference);
    const { fetch } = scriptedFetch(new Response(full.slice(0, 50), { status: 200, headers: { 'content-type': 'application/json', 'content-length': String(full.length) } }));
    const failure = await client(fetch).api.GET(fetchPath, { params }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ name: 'TwilioTransportError', kind: 'invalid_response' });
    expect((failure as Error).message).toContain('cut short');
  });

  it('raises a clear error for an empty success body', async () => {
    const { fetch } = scriptedFetch(new Response('', { status: 200 }));
    await expect(client(fetch).api.GET(fetchPath, { params })).rejects.toMatchObject({ kind: 'invalid_response' });
  });
});

describe("the client's own path and openapi-fetch's send the same request", () => {
  // A call with only params, a form body and a signal is built by the client; headers, other options or
  // middleware take openapi-fetch's path. What goes on the wire must not depend on which one ran.
  const calls: Array<[string, (c: ReturnType<typeof client>, extra: object) => Promise<unknown>]> = [
    ['a fetch with a name to encode', (c, extra) => c.api.GET(fetchPath, { params: { path: { AccountSid: ACCOUNT, Sid: 'CF a/b?' } }, ...extra } as never)],
    ['a list with date filters and a page size', (c, extra) => c.api.GET(listPath, {
      params: { path: { AccountSid: ACCOUNT }, query: { 'DateCreated>': new Date('2021-01-02T03:04:05Z'), Status: 'completed', PageSize: 50 } }, ...extra,
    } as never)],
    ['an Insights list with an instant', (c, extra) => c.insights.GET('/v1/Conferences', { params: { query: { CreatedAfter: new Date('2021-01-02T03:04:05Z') } }, ...extra } as never)],
    ['a form update', (c, extra) => c.api.POST(fetchPath, { params, body: { Status: 'completed', AnnounceUrl: 'https://example.com/a b.xml' }, ...extra } as never)],
    ['a create with repeated keys', (c, extra) => c.api.POST('/2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants.json', {
      params: { path: { AccountSid: ACCOUNT, ConferenceSid: 'room' } }, body: { From: '+15005550006', To: '+15005550007', StatusCallbackEvent: ['initiated', 'ringing'] }, ...extra,
    } as never)],
    ['a delete', (c, extra) => c.api.DELETE('/2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants/{CallSid}.json', {
      params: { path: { AccountSid: ACCOUNT, ConferenceSid: CONFERENCE, CallSid: `CA${'b'.repeat(32)}` } }, ...extra,
    } as never)],
  ];
  const wire = (r: Recorded) => {
    const headers: string[] = [];
    r.headers.forEach((value, name) => void (name !== 'x-extra' && headers.push(`${name}: ${value}`)));
    return { method: r.method, url: r.url, body: r.body, headers };
  };

  it.each(calls)('%s', async (_, send) => {
    const own = scriptedFetch(json(conference));
    await send(client(own.fetch), {});
    const viaHeaders = scriptedFetch(json(conference));
    await send(client(viaHeaders.fetch), { headers: { 'X-Extra': '1' } });
    const viaMiddleware = scriptedFetch(json(conference));
    const withMiddleware = client(viaMiddleware.fetch);
    withMiddleware.api.use({ onRequest: () => undefined });
    withMiddleware.insights.use({ onRequest: () => undefined });
    await send(withMiddleware, {});
    expect(wire(viaHeaders.requests[0]!)).toEqual(wire(own.requests[0]!));
    expect(viaHeaders.requests[0]!.headers.get('x-extra')).toBe('1');
    expect(wire(viaMiddleware.requests[0]!)).toEqual(wire(own.requests[0]!));
  });

  it('middleware sees the request before the credentials are added, and stops being called once ejected', async () => {
    const { fetch, requests } = scriptedFetch(json(conference));
    const c = client(fetch);
    const seen: Array<string | null> = [];
    const spy = { onRequest: ({ request }: { request: Request }) => void seen.push(request.headers.get('authorization')) };
    c.api.use(spy);
    await expect(c.api.GET(fetchPath, { params })).resolves.toMatchObject({ data: { sid: CONFERENCE } });
    c.api.eject(spy);
    await expect(c.api.GET(fetchPath, { params })).resolves.toMatchObject({ data: { sid: CONFERENCE } });
    expect(seen).toEqual([null]);
    expect(requests.map((r) => r.headers.get('authorization'))).toEqual([expect.stringMatching(/^Basic /), expect.stringMatching(/^Basic /)]);
  });
});

describe('retries', () => {
  it('retries a GET on 429 and 503, waiting at least Retry-After', async () => {
    const { fetch, requests } = scriptedFetch(
      twilioError(429, 20429, 'Too Many Requests', { 'retry-after': '0' }),
      twilioError(503, 20503, 'Unavailable'),
      json(conference),
    );
    const { data } = await client(fetch).api.GET(fetchPath, { params });
    expect(data).toEqual(conference);
    expect(requests).toHaveLength(3);
  });

  it('honours Retry-After in seconds', async () => {
    const { fetch, requests } = scriptedFetch(twilioError(429, 20429, 'slow down', { 'retry-after': '1' }), json(conference));
    const started = Date.now();
    await client(fetch).api.GET(fetchPath, { params });
    expect(requests).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('returns the error instead of waiting past maxRetryAfterSeconds', async () => {
    const { fetch, requests } = scriptedFetch(twilioError(429, 20429, 'later', { 'retry-after': '3600' }), json(conference));
    const { error } = await client(fetch).api.GET(fetchPath, { params });
    expect(requests).toHaveLength(1);
    expect(error).toMatchObject({ status: 429, retryAfter: 3600 });
  });

  it('gives up after the configured retries with the last error', async () => {
    const { fetch, requests } = scriptedFetch(twilioError(503, 20503, 'Unavailable'));
    const { error } = await client(fetch, { retry: { retries: 3, baseDelayMs: 1 } }).api.GET(fetchPath, { params });
    expect(requests).toHaveLength(4);
    expect(error).toMatchObject({ status: 503 });
  });

  it('retries a network failure on GET', async () => {
    const { fetch, requests } = scriptedFetch(new TypeError('fetch failed'), json(conference));
    expect((await client(fetch).api.GET(fetchPath, { params })).data).toEqual(conference);
    expect(requests).toHaveLength(2);
  });

  it('never retries a POST unless asked, and then resends the same body', async () => {
    const once = scriptedFetch(twilioError(503, 20503, 'Unavailable'), json(conference));
    const { error } = await client(once.fetch).api.POST(fetchPath, { params, body: { Status: 'completed' } });
    expect(error).toMatchObject({ status: 503 });
    expect(once.requests).toHaveLength(1);

    const optIn = scriptedFetch(twilioError(503, 20503, 'Unavailable'), json(conference));
    const { data } = await client(optIn.fetch, { retry: { retryNonIdempotent: true, baseDelayMs: 1 } }).api.POST(fetchPath, { params, body: { Status: 'completed' } });
    expect(data).toEqual(conference);
    expect(optIn.requests.map((r) => r.body)).toEqual(['Status=completed', 'Status=completed']);
  });

  it('can be switched off', async () => {
    const { fetch, requests } = scriptedFetch(twilioError(429, 20429, 'Too Many Requests'));
    await client(fetch, { retry: false }).api.GET(fetchPath, { params });
    expect(requests).toHaveLength(1);
  });
});

describe('pagination', () => {
  it('holds one page at a time: the items of a page already walked are free while the next page is fetched', async () => {
    // node's own switch, so this test needs no special flags: gc() as --expose-gc gives it.
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const walked: Array<WeakRef<object>> = [];
    let aliveWhileFetching = -1;
    const { fetch } = scriptedFetch(json(page2010(0, 2, 200)), async () => {
      // A WeakRef keeps its target until the current job ends: collect in a later one.
      await new Promise((resolve) => setImmediate(resolve));
      gc();
      aliveWhileFetching = walked.filter((ref) => ref.deref() !== undefined).length;
      return json(page2010(1, 2, 200));
    });
    let count = 0;
    for await (const c of client(fetch).api.paginate(listPath, { params: { path: { AccountSid: ACCOUNT } } })) {
      if (count++ < 200) walked.push(new WeakRef(c));
    }
    expect(count).toBe(400);
    // The last item yielded may still sit in the loop's variable; the other 199 must be gone.
    expect(aliveWhileFetching).toBeGreaterThanOrEqual(0);
    expect(aliveWhileFetching).toBeLessThanOrEqual(1);
  });

  it('follows 2010-04-01 relative next_page_uri across pages', async () => {
    const { fetch, requests } = scriptedFetch(json(page2010(0, 3)), json(page2010(1, 3)), json(page2010(2, 3)));
    const names: string[] = [];
    for await (const c of client(fetch).api.paginate(listPath, { params: { path: { AccountSid: ACCOUNT } } })) names.push(c.friendly_name ?? '');
    expect(names).toEqual(['room-0-0', 'room-0-1', 'room-1-0', 'room-1-1', 'room-2-0', 'room-2-1']);
    expect(requests.map((r) => new URL(r.url).search)).toEqual(['', '?PageSize=2&Page=1&PageToken=PA1', '?PageSize=2&Page=2&PageToken=PA2']);
    expect(requests.every((r) => r.headers.get('authorization')?.startsWith('Basic '))).toBe(true);
  });

  it('follows Insights absolute meta.next_page_url on the configured origin', async () => {
    const host = 'http://127.0.0.1:4010';
    const { fetch, requests } = scriptedFetch(json(pageInsights(0, 3, host)), json(pageInsights(1, 3, host)), json(pageInsights(2, 3, host)));
    const c = client(fetch, { baseUrl: 'http://127.0.0.1:4010' });
    const labels: Array<string | null> = [];
    for await (const p of c.insights.paginate('/v1/Conferences/{ConferenceSid}/Participants', { params: { path: { ConferenceSid: CONFERENCE } } })) {
      labels.push(p.label);
    }
    expect(labels).toEqual(['p0', 'p1', 'p2']);
    expect(requests.map((r) => new URL(r.url).origin)).toEqual(Array(3).fill('http://127.0.0.1:4010'));
  });

  it('keeps a base URL path prefix when following links', async () => {
    const { fetch, requests } = scriptedFetch(json(page2010(0, 2)), json(page2010(1, 2)));
    const c = client(fetch, { baseUrl: 'http://proxy.local/twilio' });
    for await (const _ of c.api.paginate(listPath, { params: { path: { AccountSid: ACCOUNT } } })) void _;
    expect(requests.map((r) => new URL(r.url).pathname)).toEqual([
      `/twilio/2010-04-01/Accounts/${ACCOUNT}/Conferences.json`,
      `/twilio/2010-04-01/Accounts/${ACCOUNT}/Conferences.json`,
    ]);
  });

  it('stops fetching at the limit and on break', async () => {
    const limited = scriptedFetch(json(page2010(0, 5)), json(page2010(1, 5)), json(page2010(2, 5)));
    const seen = [];
    for await (const c of client(limited.fetch).api.paginate(listPath, { params: { path: { AccountSid: ACCOUNT } } }, { limit: 3 })) seen.push(c);
    expect(seen).toHaveLength(3);
    expect(limited.requests).toHaveLength(2);

    const broken = scriptedFetch(json(page2010(0, 5)), json(page2010(1, 5)));
    for await (const c of client(broken.fetch).api.paginate(listPath, { params: { path: { AccountSid: ACCOUNT } } })) {
      if (c.friendly_name === 'room-0-1') break;
    }
    expect(broken.requests).toHaveLength(1);
  });

  it("stops at the caller's abort, between pages too", async () => {
    const controller = new AbortController();
    const { fetch, requests } = scriptedFetch(json(page2010(0, 3)), (_, signal) => hang(_, signal));
    const seen: string[] = [];
    const run = (async () => {
      for await (const c of client(fetch).api.paginate(listPath, { params: { path: { AccountSid: ACCOUNT } }, signal: controller.signal })) {
        seen.push(c.friendly_name ?? '');
        if (seen.length === 2) setTimeout(() => controller.abort(), 10);
      }
    })();
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toEqual(['room-0-0', 'room-0-1']);
    expect(requests).toHaveLength(2);
  });

  it('sends pageSize as PageSize on the first request', async () => {
    const { fetch, requests } = scriptedFetch(json(page2010(0, 1)));
    const page = await client(fetch).api.listPage(listPath, { params: { path: { AccountSid: ACCOUNT } } }, { pageSize: 2 });
    expect(new URL(requests[0]!.url).searchParams.get('PageSize')).toBe('2');
    expect(page.items).toHaveLength(2);
    expect(page.nextPageUrl).toBeNull();
    expect(await page.nextPage()).toBeNull();
  });

  it('gives one page with its paging information', async () => {
    const { fetch } = scriptedFetch(json(page2010(0, 2)), json(page2010(1, 2)));
    const first = await client(fetch).api.listPage(listPath, { params: { path: { AccountSid: ACCOUNT } } });
    expect(first.nextPageUrl).toBe(`https://api.twilio.com/2010-04-01/Accounts/${ACCOUNT}/Conferences.json?PageSize=2&Page=1&PageToken=PA1`);
    expect(first.body.page).toBe(0);
    const second = await first.nextPage();
    expect(second?.items.map((c) => c.friendly_name)).toEqual(['room-1-0', 'room-1-1']);
  });

  it('throws a TwilioApiError from a later page', async () => {
    const { fetch } = scriptedFetch(json(page2010(0, 2)), twilioError(404, 20404, 'gone'));
    const items = client(fetch, { retry: false }).api.paginate(listPath, { params: { path: { AccountSid: ACCOUNT } } });
    await expect((async () => { for await (const _ of items) void _; })()).rejects.toMatchObject({ name: 'TwilioApiError', status: 404, code: 20404 });
  });
});
