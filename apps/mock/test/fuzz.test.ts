/**
 * Thousands of random malformed requests, bounded in count and time: the mock answers each with a 4xx (or
 * a 2xx when the mutation happens to be harmless) — never a 5xx, never a hang — and still answers a
 * well-formed request afterwards. Paths, queries, bodies and the headers the mock reads (Accept,
 * Content-Type, Prefer, Authorization, Host) are all mutated. Seeded, so a failure can be replayed.
 * Sent with node:http rather than fetch, which refuses to set Host.
 *
 * The sandbox's control surface gets the same treatment with the control credential: its JSON bodies
 * (seeds, snapshots, clock moves, network events), made from the spec's examples and mutated — values
 * out of range, of the wrong type, huge, deeply nested, keys removed and added.
 */
import { Agent, request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deref, listOperations, loadSpec, type JsonObject } from '@conference-kit/specs/contract';
import { startSandbox, type RunningSandbox } from '../src/index.js';
import { ACCOUNT, AUTH, CONFERENCE, PARTICIPANT, basic, call, useMock } from './helpers.js';

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
      // Node frames no body on a GET unless told its length: unframed, it would reach the server as the
      // start of another request on the kept-alive connection, and the test would fuzz Node instead.
      const headers = init.body === undefined ? init.headers : { ...init.headers, 'content-length': String(Buffer.byteLength(init.body)) };
      req = request(base + url, { method: init.method, headers, agent, timeout: 10_000 }, (res) => {
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

type Sent = { url: string; init: { method: string; headers: Record<string, string>; body?: string } };

/**
 * Sends `requests` from `CONCURRENCY` workers within `budgetMs` and lists what went wrong: no answer, a
 * 5xx the request did not ask for, or a 4xx that is not Twilio's error body.
 */
async function fire(base: string, requests: Sent[], budgetMs: number) {
  const failures: string[] = [];
  const statuses = new Map<number, number>();
  let next = 0;
  let sent = 0;
  const deadline = Date.now() + budgetMs;
  const worker = async () => {
    while (next < requests.length && Date.now() < deadline) {
      const { url, init } = requests[next++]!;
      const described = `${init.method} ${url} ${JSON.stringify(init.headers)} ${init.body?.slice(0, 120) ?? ''}`.slice(0, 400);
      let answer;
      try {
        answer = await send(base, url, init);
      } catch (error) {
        failures.push(`${described} → no answer: ${(error as Error).message}`);
        continue;
      }
      if (!answer) continue;
      sent++;
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      // Asking for a 5xx with `Prefer: code=5xx` is a request, not bad input.
      const asked = String(init.headers.prefer ?? '').includes('code=5');
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
  const rejected = [...statuses].filter(([s]) => s >= 400).reduce((n, [, c]) => n + c, 0);
  return { failures, sent, rejected, reached: next };
}

describe('fuzz', () => {
  const mock = useMock();

  it(`${REQUESTS} random malformed requests: no 5xx, no hang`, async () => {
    const rnd = random(SEED);
    const requests = Array.from({ length: REQUESTS }, () => makeRequest(rnd));
    const { failures, sent, rejected, reached } = await fire(mock.url, requests, 60_000);
    expect(reached, 'the time bound cut the run short: requests hang or are far too slow').toBe(REQUESTS);
    // Node refuses a few header values before sending; nearly all must reach the mock.
    expect(failures.slice(0, 10)).toEqual([]);
    expect(sent, [...new Set(refusedByNode)].join('\n')).toBeGreaterThan(REQUESTS * 0.95);
    // The run must mostly exercise rejections, or it proves little.
    expect(rejected).toBeGreaterThan(REQUESTS / 2);

    const after = await call(`${mock.url}/v1/Conferences/${CONFERENCE}/Participants/${PARTICIPANT}`, { headers: { authorization: AUTH } });
    expect(after.status).toBe(200);
  }, 90_000);
});

const CONTROL_REQUESTS = 800;

/** Every control operation with its path and the JSON bodies of its examples (none for a body-less one). */
function controlOperations() {
  const doc = loadSpec('sandbox-v1');
  // The event stream answers for as long as the client listens, so it has no whole answer to check here:
  // its refusals are in inspector-server.test.ts.
  return listOperations('sandbox-v1').filter((entry) => entry.operation.operationId !== 'FetchSandboxEventStream').map((entry) => {
    const content = (deref<JsonObject>(doc, entry.operation.requestBody ?? {}).content ?? {}) as Record<string, JsonObject>;
    const examples = Object.values((content['application/json']?.examples ?? {}) as Record<string, unknown>);
    return { entry, bodies: examples.map((e) => deref<JsonObject>(doc, e).value) };
  });
}

const hostileValues: unknown[] = [
  9e15, -9e15, 1e300, -1, 0, 0.5, 2 ** 53, Number.MAX_SAFE_INTEGER + 2, '', ' ', 'x'.repeat(10_000), '9999-99-99T99:99:99Z',
  '2025-02-30T00:00:00Z', '+275760-09-13T00:00:00.001Z', '1e300', true, false, null, [], {}, [null], { __proto__: { polluted: true } },
  'CA' + 'f'.repeat(32), 'AC' + 'a'.repeat(32), '\u0000\u001b[2J', '\ud800', 'constructor', 'NaN',
];

/** A value nested `depth` arrays deep, which a recursive reader would overflow on. */
const deep = (depth: number): unknown => (depth === 0 ? 1 : [deep(depth - 1)]);
/** The same as JSON text, far deeper than the test itself could build and stringify. */
const deepText = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;

function mutate(value: unknown, rnd: () => number): unknown {
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  // A copy each time: a shared `{}` placed twice and then written into would become circular (and change
  // the list for every later request). Only the JSON text is sent, so the copy sends the same.
  const hostile = () => structuredClone(pick(hostileValues));
  const copy = structuredClone(value) as unknown;
  const mutations = 1 + Math.floor(rnd() * 4);
  let root = copy;
  for (let m = 0; m < mutations; m++) {
    // Walk to a random container and change one of its entries.
    const trail: Array<Record<string, unknown> | unknown[]> = [];
    let node = root;
    while (node && typeof node === 'object' && rnd() < 0.7) {
      trail.push(node as Record<string, unknown>);
      const keys = Object.keys(node);
      if (keys.length === 0) break;
      node = (node as Record<string, unknown>)[pick(keys)];
    }
    const parent = trail.at(-1) as Record<string, unknown> | undefined;
    if (!parent) {
      root = rnd() < 0.5 ? hostile() : deep(1000);
      continue;
    }
    const keys = Object.keys(parent);
    const roll = rnd();
    if (roll < 0.6 && keys.length > 0) parent[pick(keys)] = rnd() < 0.95 ? hostile() : deep(1000);
    else if (roll < 0.8 && keys.length > 0) delete parent[pick(keys)];
    else parent[pick(['unknown', '__proto__', 'constructor', 'advanceMs', 'advanceTo', 'frozen', 'accounts', 'now'])] = hostile();
  }
  return root;
}

describe('fuzz: the control surface', () => {
  let sandbox: RunningSandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ clock: { frozen: true, now: '2025-03-03T12:00:00Z' }, sidSeed: 3 });
  });
  afterAll(() => sandbox?.close());

  it(`${CONTROL_REQUESTS} mutated JSON bodies with the control credential: no 5xx, every 4xx in Twilio's shape, the sandbox still serves`, async () => {
    const rnd = random(SEED + 1);
    const pick = <T,>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
    const operations = controlOperations();
    const withBodies = operations.filter((o) => o.bodies.length > 0);
    const calls = ['CA' + '9'.repeat(32), 'CA' + 'a'.repeat(32), 'not-a-sid', '%2e%2e', 'CA' + 'f'.repeat(32)];
    const conferences = ['CF' + '4'.repeat(32), 'CF' + '5'.repeat(32), 'x'.repeat(300)];
    const headers = { authorization: basic(ACCOUNT, 'token'), 'content-type': 'application/json' };
    // Between the control requests, API requests: a control request that breaks the world shows up there.
    const probes = [`/2010-04-01/Accounts/${ACCOUNT}/Conferences.json?PageSize=5`, '/v1/Conferences?PageSize=5', `/2010-04-01/Accounts/${ACCOUNT}/Conferences/${'CF' + '4'.repeat(32)}/Participants.json`];
    const requests: Sent[] = Array.from({ length: CONTROL_REQUESTS }, () => {
      if (rnd() < 0.15) return { url: pick(probes), init: { method: 'GET', headers: { authorization: headers.authorization } } };
      const { entry, bodies } = rnd() < 0.9 ? pick(withBodies) : pick(operations);
      const path = entry.path.replace('{CallSid}', pick(calls)).replace('{ConferenceSid}', pick(conferences));
      const base = bodies.length > 0 ? pick(bodies) : {};
      const body = rnd() < 0.1 ? pick(['', '{', '[]', 'null', '"x"', '{"a":1}'.repeat(3), deepText(100_000), `{"accounts":${deepText(100_000)}}`]) : JSON.stringify(mutate(base, rnd));
      return { url: path, init: { method: entry.method.toUpperCase(), headers, body } };
    });

    const { failures, sent, rejected, reached } = await fire(sandbox.url, requests, 60_000);
    expect(reached, 'the time bound cut the run short: requests hang or are far too slow').toBe(CONTROL_REQUESTS);
    expect(failures.slice(0, 10)).toEqual([]);
    expect(sent).toBe(CONTROL_REQUESTS);
    expect(rejected).toBeGreaterThan(CONTROL_REQUESTS / 2);

    // The sandbox is still whole: the clock and a snapshot answer, and back at the start the API does too.
    const control = { authorization: basic(ACCOUNT, 'token') };
    expect((await call(`${sandbox.url}/__sandbox/clock`, { headers: control })).status).toBe(200);
    expect((await call(`${sandbox.url}/__sandbox/snapshot`, { headers: control })).status).toBe(200);
    expect((await call(`${sandbox.url}/__sandbox/reset`, { method: 'POST', headers: control })).status).toBe(204);
    expect((await call(`${sandbox.url}/2010-04-01/Accounts/${ACCOUNT}/Conferences.json`, { headers: control })).status).toBe(200);
  }, 90_000);
});
