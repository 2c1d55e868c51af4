/**
 * Thousands of random malformed requests, bounded in count and time: the mock answers each with a 4xx (or
 * a 2xx when the mutation happens to be harmless) — never a 5xx, never a hang — and still answers a
 * well-formed request afterwards. Paths, queries, bodies and the headers the mock reads (Accept,
 * Content-Type, Prefer, Authorization, Host) are all mutated. Seeded, so a failure can be replayed.
 * Sent with node:http rather than fetch, which refuses to set Host.
 */
import { Agent, request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { AUTH, CONFERENCE, PARTICIPANT, call, useMock } from './helpers.js';

const REQUESTS = 3000;
const CONCURRENCY = 16;
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);

/** mulberry32: small, seedable, good enough to pick test inputs. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const templates = [
  '/2010-04-01/Accounts/{A}/Conferences.json',
  '/2010-04-01/Accounts/{A}/Conferences/{C}.json',
  '/v1/Conferences',
  '/v1/Conferences/{C}',
  '/v1/Conferences/{C}/Participants',
  '/v1/Conferences/{C}/Participants/{P}',
];
const nasty = [
  '', ' ', '%', '%zz', '%00', '..', '../..', '{}', '[]', 'null', '-1', '0', '1e309', 'NaN', '\u00e9\u00e8', '\ud83d\ude00',
  "' OR 1=1 --", '<script>', 'a'.repeat(5000), 'CF', 'AC', 'CFaaaa', 'true', '2021-02-30', '9999-99-99', '1000000',
];
const queryKeys = [
  'PageSize', 'Page', 'PageToken', 'Status', 'DateCreated<', 'DateCreated>', 'DateCreated', 'DateUpdated<', 'FriendlyName',
  'CreatedAfter', 'CreatedBefore', 'Subaccount', 'ConferenceSid', 'ParticipantSid', 'Events', 'Metrics', 'Label', '__proto__', 'constructor',
];
const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];
const contentTypes = ['application/x-www-form-urlencoded', 'application/json', 'text/plain', 'multipart/form-data; boundary=x', 'application/xml', ''];
const accepts = ['a', ';', ',', '*/*;q=', '*/*;q=2', 'text/html', 'application/json;q=0', 'application/json', '*/*', 'application/*', ',,,;;;', 'text/*, */*;q=0.1', '"quoted"/x', 'a/b;c', 'a/b;c=', '\u00e9/json'];
const hosts = ['x","injected":"1', 'x\\q', 'evil.example/path', '', '[::1]:4010', 'localhost:99999', 'a'.repeat(300), '127.0.0.1', '%00', 'host name'];
const badTypes = ['a', ';', 'a/', '/b', 'application/x-www-form-urlencoded;', 'application/x-www-form-urlencoded; charset', 'text/plain; a="b', ',', '*/*'];
const bodies = ['Status=completed', 'Status=', 'AnnounceUrl=%%%', '{"Status":"completed"}', '{"Status":', '\u0000\u0001', 'a=1&a=2&a=3', '[]', 'null', 'x'.repeat(20000)];

function makeRequest(rnd: () => number) {
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  const sid = (prefix: string) => (rnd() < 0.6 ? `${prefix}${'a'.repeat(32)}` : encodeURIComponent(pick(nasty)));
  let path = pick(templates).replace('{A}', sid('AC')).replace('{C}', sid('CF')).replace('{P}', sid('CP'));
  if (rnd() < 0.1) path = path.replace(/\/[^/]*$/, `/${encodeURIComponent(pick(nasty))}`);
  // Raw bytes as a client might send them, broken percent-encoding included.
  if (rnd() < 0.05) path += pick(['%', '%E0%A4%A', '%zz', '/..', '//', '%2F', ';x=1']);
  const params = new URLSearchParams();
  const count = Math.floor(rnd() * 4);
  for (let i = 0; i < count; i++) params.append(pick(queryKeys), pick(nasty));
  const query = params.toString();
  const method = rnd() < 0.7 ? 'GET' : pick(methods);
  const headers: Record<string, string> = {};
  const auth = rnd();
  if (auth < 0.8) headers.authorization = AUTH;
  else if (auth < 0.9) headers.authorization = `Basic ${Buffer.from(pick(nasty)).toString('base64')}`;
  else if (auth < 0.95) headers.authorization = pick(['Bearer x', 'Basic', 'Basic ===', 'basic  ']);
  if (rnd() < 0.2) headers.prefer = pick(['code=500', 'code=abc', 'example=', 'example=last-page', 'dynamic=true', 'code=200, example=nope', ',,,', 'code=404', 'example="x', ';;', 'code=99999']);
  if (rnd() < 0.25) headers.accept = pick(accepts);
  if (rnd() < 0.15) headers.host = pick(hosts);
  if (rnd() < 0.1) headers['content-type'] = pick(badTypes);
  if (rnd() < 0.05) headers.authorization = pick(['Basic', `Basic ${'A'.repeat(5000)}`, 'Basic Og==', `Basic ${AUTH.slice(6)}, Basic x`, 'Digest x']);
  const init: { method: string; headers: Record<string, string>; body?: string } = { method, headers };
  if (method !== 'GET' && method !== 'HEAD' && rnd() < 0.8) {
    const type = pick(contentTypes);
    if (type) headers['content-type'] = type;
    init.body = pick(bodies);
  }
  return { url: `${path}${query ? `?${query}` : ''}`, init };
}

const refusedByNode: string[] = [];
// One connection per request: a request that makes Node close its connection must not take the next one with it.
const agent = new Agent({ keepAlive: false, maxSockets: 16 });

/** One request over node:http; headers Node itself refuses to send count as not sent. */
function send(base: string, url: string, init: { method: string; headers: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; text: string } | undefined>((resolve, reject) => {
    let req;
    try {
      req = request(base + url, { method: init.method, headers: init.headers, agent, timeout: 10_000 }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        res.on('error', reject);
      });
    } catch (error) {
      refusedByNode.push((error as Error).message.slice(0, 80));
      resolve(undefined);
      return;
    }
    req.on('timeout', () => req.destroy(new Error(`no answer within 10 s: ${init.method} ${url}`)));
    req.on('error', reject);
    req.end(init.body);
  });
}

describe('fuzz', () => {
  const mock = useMock();

  it(`${REQUESTS} random malformed requests: no 5xx, no hang`, async () => {
    const rnd = random(SEED);
    const requests = Array.from({ length: REQUESTS }, () => makeRequest(rnd));
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    let next = 0;
    let sent = 0;
    const deadline = Date.now() + 60_000;
    const worker = async () => {
      while (next < requests.length && Date.now() < deadline) {
        const { url, init } = requests[next++]!;
        let answer;
        try {
          answer = await send(mock.url, url, init);
        } catch (error) {
          failures.push(`${init.method} ${url} ${JSON.stringify(init.headers)}`.slice(0, 300) + ` → no answer: ${(error as Error).message}`);
          continue;
        }
        if (!answer) continue;
        sent++;
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        // Asking for a 5xx with `Prefer: code=5xx` is a request, not bad input.
        const asked = String(init.headers.prefer ?? '').includes('code=5');
        const described = `${init.method} ${url} ${JSON.stringify(init.headers)}`.slice(0, 300);
        if (answer.status >= 500 && !asked) failures.push(`${described} → ${answer.status} ${answer.text.slice(0, 200)}`);
        else if (answer.status >= 400 && init.method !== 'HEAD') {
          let body: Record<string, unknown> | undefined;
          try {
            body = JSON.parse(answer.text) as Record<string, unknown>;
          } catch {
            body = undefined;
          }
          if (typeof body?.code !== 'number' || body.status !== answer.status) {
            failures.push(`${described} → ${answer.status} not in Twilio's shape: ${answer.text.slice(0, 200)}`);
          }
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    expect(next, 'the time bound cut the run short: requests hang or are far too slow').toBe(REQUESTS);
    // Node refuses a few header values before sending; nearly all must reach the mock.
    expect(failures.slice(0, 10)).toEqual([]);
    expect(sent, [...new Set(refusedByNode)].join('\n')).toBeGreaterThan(REQUESTS * 0.95);
    // The run must mostly exercise rejections, or it proves little.
    const rejected = [...statuses].filter(([s]) => s >= 400).reduce((n, [, c]) => n + c, 0);
    expect(rejected).toBeGreaterThan(REQUESTS / 2);

    const after = await call(`${mock.url}/v1/Conferences/${CONFERENCE}/Participants/${PARTICIPANT}`, { headers: { authorization: AUTH } });
    expect(after.status).toBe(200);
  }, 90_000);
});
