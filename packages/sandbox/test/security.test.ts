/**
 * Issue 15, the engine's half: each test replays one fault a caller could cause, named after what a user
 * notices, and each failed on the engine before the fix. Servers bind 127.0.0.1; waits are for events,
 * and the only time bounds are the ones the behaviour itself promises (a webhook timeout), with slack.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { controlApiNames, createContract, formatErrors, listOperations, type OperationEntry } from '@conference-kit/specs/contract';
import {
  LIMITS,
  SeedError,
  createSandbox,
  handleControl,
  hostAllowed,
  parseWebhookAllow,
  verifySignature,
  type Sandbox,
  type SandboxOptions,
  type SandboxResult,
} from '../src/index.js';
import { Clock } from '../src/clock.js';
import { ACCOUNT, TOKEN, add, makeSandbox } from './helpers.js';

const sandboxes: Sandbox[] = [];
const servers: Server[] = [];
afterEach(async () => {
  for (const s of sandboxes.splice(0)) s.dispose();
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

function sandboxWith(options: SandboxOptions = {}): Sandbox {
  const sandbox = createSandbox({ clock: { frozen: true, now: '2025-03-03T12:00:00Z' }, sidSeed: 7, ...options });
  sandboxes.push(sandbox);
  return sandbox;
}

const sid = (prefix: string, fill: string) => prefix + fill.repeat(32);
const basic = (username: string, password: string) => ({ username, password });
const listFor = (sandbox: Sandbox, account: string, password: string) =>
  sandbox.handle('ListConference', { pathParams: { AccountSid: account }, auth: basic(account, password) });

/** A conference callback on every event, so a few requests cause many deliveries. */
const hookedAdd = (sandbox: Sandbox, url: string, to = '+15555550101') =>
  sandbox.handle('CreateParticipant', {
    pathParams: { AccountSid: ACCOUNT, ConferenceSid: 'room' },
    body: { From: '+15555550100', To: to, ConferenceStatusCallback: url, ConferenceStatusCallbackEvent: ['start', 'end', 'join', 'leave'], StatusCallback: url, StatusCallbackEvent: ['initiated', 'ringing', 'answered', 'completed'] },
    auth: basic(ACCOUNT, TOKEN),
  });

/** A server on 127.0.0.1 whose handler is given; resolves its base URL. */
async function serve(handler: (res: ServerResponse) => void): Promise<string> {
  const server = createServer((req, res) => {
    req.resume();
    handler(res);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const contract = createContract();
const controlEntries = new Map<string, OperationEntry>(controlApiNames.flatMap((api) => listOperations(api)).map((e) => [e.operationId, e]));
function expectControlValid(operationId: string, res: SandboxResult): void {
  const errors = contract.validateResponse(controlEntries.get(operationId)!, res.status, res.body);
  if (errors) throw new Error(`${operationId} ${res.status} is off-contract: ${formatErrors(errors)}\n${JSON.stringify(res.body)}`);
}

describe('accounts created on first sight', () => {
  it('authenticate() checks credentials without creating the account they name', () => {
    const sandbox = sandboxWith({ seed: 'empty', accounts: [{ sid: ACCOUNT, authToken: TOKEN }] });
    const stranger = sid('AC', 'b');
    expect(sandbox.authenticate(basic(stranger, 'made-up'))).toEqual({ accountSid: stranger, provisional: true });
    expect(sandbox.accounts().map((a) => a.sid)).toEqual([ACCOUNT]);
    expect(sandbox.authenticate(basic(ACCOUNT, TOKEN))).toEqual({ accountSid: ACCOUNT });
    expect(sandbox.authenticate(basic(ACCOUNT, 'wrong'))).toMatchObject({ denied: { status: 401 } });
    expect(createSandbox({ seed: 'empty', strictAccounts: true }).authenticate(basic(stranger, 'x'))).toMatchObject({ denied: { status: 401 } });
  });

  it('stops creating accounts at maxAccounts with a 403 that names the option, and creates nothing more', async () => {
    const fixed = sid('AC', 'c');
    const sandbox = sandboxWith({ maxAccounts: 3, accounts: [{ sid: fixed, authToken: 'fixed' }] });
    const before = sandbox.accounts().length;
    for (const fill of ['1', '2', '3']) expect((await listFor(sandbox, sid('AC', fill), 'pw')).status).toBe(200);
    const refused = await listFor(sandbox, sid('AC', '4'), 'pw');
    expect(refused).toMatchObject({ status: 403, body: { code: 20403, status: 403 } });
    expect((refused.body as { message: string }).message).toMatch(/3 accounts on first sight.*maxAccounts/);
    expect(sandbox.accounts()).toHaveLength(before + 3);
    // The seeded, the configured and the accounts already created still work.
    for (const [account, password] of [[ACCOUNT, TOKEN], [fixed, 'fixed'], [sid('AC', '1'), 'pw']] as const) {
      expect((await listFor(sandbox, account, password)).status).toBe(200);
    }
    // A request naming another account in its path creates nothing for its credentials either.
    sandbox.reset();
    const crossing = await sandbox.handle('ListConference', { pathParams: { AccountSid: ACCOUNT }, auth: basic(sid('AC', '5'), 'pw') });
    expect(crossing.status).toBe(401);
    expect(sandbox.accounts().map((a) => a.sid)).not.toContain(sid('AC', '5'));
  });
});

describe('the journal', () => {
  it('names a misspelt field in a warning right after its request, with a did-you-mean, and lists it under Kind=warning', async () => {
    const sandbox = sandboxWith();
    const res = await sandbox.handle('CreateParticipant', {
      pathParams: { AccountSid: ACCOUNT, ConferenceSid: 'room' },
      body: { From: '+15555550100', To: '+15555550101' },
      auth: basic(ACCOUNT, TOKEN),
      ignoredFields: ['StatusCallbackEvents', 'Zzz'],
      knownFields: ['From', 'To', 'StatusCallback', 'StatusCallbackEvent', 'StatusCallbackMethod'],
    });
    expect(res.status).toBe(201);
    const [request, warning] = sandbox.journal.entries();
    expect(request).toMatchObject({ kind: 'request', operationId: 'CreateParticipant' });
    expect(warning).toEqual({
      kind: 'warning',
      id: request!.id + 1,
      at: request!.at,
      // The host's clock, recorded beside the sandbox's: the warning is written just after its request.
      wallAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      operationId: 'CreateParticipant',
      accountSid: ACCOUNT,
      message: 'CreateParticipant ignored parameters Twilio does not know: StatusCallbackEvents (did you mean StatusCallbackEvent?), Zzz',
      fields: ['StatusCallbackEvents', 'Zzz'],
    });
    expect(Date.parse(warning!.wallAt) - Date.parse(request!.wallAt)).toBeGreaterThanOrEqual(0);
    expect(sandbox.journal.warnings()).toEqual([warning]);
    const listed = await handleControl(sandbox, 'ListSandboxJournalEntry', { query: { Kind: 'warning' } });
    expectControlValid('ListSandboxJournalEntry', listed);
    expect((listed.body as { entries: unknown[] }).entries).toEqual([warning]);
    const byOperation = await handleControl(sandbox, 'ListSandboxJournalEntry', { query: { OperationId: 'CreateParticipant' } });
    expect((byOperation.body as { entries: Array<{ kind: string }> }).entries.map((e) => e.kind)).toEqual(['request', 'warning']);
  });

  it('keeps within its byte budget, dropping the oldest entries first', async () => {
    const budget = 64 * 1024;
    const sandbox = sandboxWith({ journalMaxBytes: budget });
    const big = 'x'.repeat(8 * 1024);
    for (let i = 0; i < 50; i++) {
      await sandbox.handle('ListConference', { pathParams: { AccountSid: ACCOUNT }, query: { FriendlyName: `${i}-${big}` }, auth: basic(ACCOUNT, TOKEN) });
    }
    const kept = sandbox.journal.entries();
    expect(JSON.stringify(kept).length).toBeLessThanOrEqual(budget);
    expect(kept.length).toBeGreaterThan(1);
    expect(kept.length).toBeLessThan(50);
    // The newest are the ones kept, in order.
    expect(kept.at(-1)!.id).toBe(50);
    expect(kept.map((e) => e.id)).toEqual(kept.map((_, i) => 51 - kept.length + i));
  });
});

describe('webhook deliveries', () => {
  it('records deliveries beyond maxDeliveriesInFlight as dropped and never sends them', async () => {
    const sent: string[] = [];
    // The receiver holds every request until released; once released it answers at once.
    const held: Array<() => void> = [];
    let holding = true;
    let allHeld: () => void = () => {};
    const threeHeld = new Promise<void>((resolve) => (allHeld = resolve));
    const sandbox = sandboxWith({
      maxDeliveriesInFlight: 3,
      webhookTimeoutMs: 60_000,
      fetch: (url) => {
        sent.push(url);
        if (!holding) return Promise.resolve({ status: 204 });
        return new Promise((resolve) => {
          held.push(() => resolve({ status: 204 }));
          if (held.length === 3) allHeld();
        });
      },
    });
    expect((await hookedAdd(sandbox, 'http://127.0.0.1:9/hook')).status).toBe(201);
    sandbox.clock.advance(1_000);
    const outcomes = sandbox.journal.webhooks().map((w) => w.outcome);
    expect(outcomes.length).toBeGreaterThan(3);
    expect(outcomes.slice(0, 3)).toEqual(['pending', 'pending', 'pending']);
    expect(outcomes.slice(3).every((o) => o === 'dropped')).toBe(true);
    expect(sandbox.journal.webhooks({ outcome: 'dropped' })[0]).toMatchObject({ signature: null, durationMs: null, error: expect.stringMatching(/maxDeliveriesInFlight/) });
    await threeHeld;
    holding = false;
    for (const release of held) release();
    await sandbox.journal.settled();
    expect(sent).toHaveLength(3);
    expect(sandbox.journal.webhooks({ outcome: 'delivered' })).toHaveLength(3);
    // Once they finished, new deliveries are sent again.
    const cf = sandbox.journal.webhooks()[0]!.conferenceSid!;
    await sandbox.handle('UpdateConference', { pathParams: { AccountSid: ACCOUNT, Sid: cf }, body: { Status: 'completed' }, auth: basic(ACCOUNT, TOKEN) });
    await sandbox.journal.settled();
    expect(sent.length).toBeGreaterThan(3);
  });

  it('a receiver that sends headers and never the body is a timeout at webhookTimeoutMs, not a delivery', async () => {
    const url = await serve((res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('partial');
    });
    const timeoutMs = 300;
    const sandbox = sandboxWith({ webhookTimeoutMs: timeoutMs });
    await hookedAdd(sandbox, `${url}/hook`);
    sandbox.clock.advance(100);
    await sandbox.journal.settled();
    const [first] = sandbox.journal.webhooks();
    expect(first).toMatchObject({ outcome: 'timeout', error: `no answer within ${timeoutMs} ms` });
    expect(first!.durationMs).toBeGreaterThanOrEqual(timeoutMs - 5);
  });

  it('a receiver that accepts and never answers is a timeout soon after webhookTimeoutMs, however many are waiting', async () => {
    const url = await serve(() => {});
    const timeoutMs = 300;
    const sandbox = sandboxWith({ webhookTimeoutMs: timeoutMs });
    for (let i = 0; i < 20; i++) {
      await sandbox.handle('CreateParticipant', {
        pathParams: { AccountSid: ACCOUNT, ConferenceSid: `room-${i}` },
        body: { From: '+15555550100', To: '+15555550101', StatusCallback: `${url}/hook`, StatusCallbackEvent: ['initiated', 'ringing', 'answered'] },
        auth: basic(ACCOUNT, TOKEN),
      });
    }
    const started = performance.now();
    sandbox.clock.advance(1_000);
    await sandbox.journal.settled();
    const elapsed = performance.now() - started;
    const deliveries = sandbox.journal.webhooks();
    expect(deliveries).toHaveLength(60);
    expect(deliveries.every((d) => d.outcome === 'timeout')).toBe(true);
    // Slack for a loaded machine, but nowhere near one timeout per delivery in a row.
    console.log(`60 deliveries to a silent receiver, timeout ${timeoutMs} ms: all timed out after ${Math.round(elapsed)} ms`);
    expect(elapsed).toBeLessThan(timeoutMs * 20);
  });

  it('a fetch that ignores the abort still ends in a timeout, so settled() resolves', async () => {
    const sandbox = sandboxWith({ webhookTimeoutMs: 50, fetch: () => new Promise(() => {}) });
    await hookedAdd(sandbox, 'http://127.0.0.1:9/hook');
    sandbox.clock.advance(100);
    await sandbox.journal.settled();
    expect(sandbox.journal.webhooks().map((w) => w.outcome)).toEqual(['timeout']);
  });

  it('with webhookLoopback off, loopback receivers are blocked unless listed', async () => {
    const sent: string[] = [];
    const fetch = async (url: string) => (sent.push(url), { status: 204 });
    const closed = sandboxWith({ webhookLoopback: false, fetch });
    await hookedAdd(closed, 'http://127.0.0.1:8080/admin/delete-all?confirm=yes');
    await hookedAdd(closed, 'http://localhost:8080/x', '+15555550102');
    closed.clock.advance(1_000);
    await closed.journal.settled();
    expect(new Set(closed.journal.webhooks().map((w) => w.outcome))).toEqual(new Set(['blocked']));
    expect(closed.journal.webhooks()[0]!.error).toMatch(/webhookLoopback/);
    expect(sent).toEqual([]);

    const listed = sandboxWith({ webhookLoopback: false, webhookAllow: ['127.0.0.1:3000'], fetch });
    await hookedAdd(listed, 'http://127.0.0.1:3000/hook');
    await hookedAdd(listed, 'http://127.0.0.1:3001/hook', '+15555550102');
    listed.clock.advance(1_000);
    await listed.journal.settled();
    expect(listed.journal.webhooks().filter((w) => w.url.includes(':3000')).every((w) => w.outcome === 'delivered')).toBe(true);
    expect(listed.journal.webhooks().filter((w) => w.url.includes(':3001')).every((w) => w.outcome === 'blocked')).toBe(true);
    expect(sent.every((u) => u.startsWith('http://127.0.0.1:3000/'))).toBe(true);
  });

  it('fetch is handed the URL that was checked, not the string as configured', async () => {
    const sent: Array<{ url: string; signature: string; body?: string }> = [];
    const sandbox = sandboxWith({
      fetch: async (url, init) => (sent.push({ url, signature: init.headers['X-Twilio-Signature']!, ...(init.body !== undefined && { body: init.body }) }), { status: 204 }),
    });
    // WHATWG URL reads the backslash as a slash, so the host is 127.0.0.1; a client that read the raw
    // string differently would have gone to evil.example instead.
    const raw = 'HTTP://127.0.0.1:9\\@evil.example/hook#frag';
    await sandbox.handle('CreateParticipant', {
      pathParams: { AccountSid: ACCOUNT, ConferenceSid: 'room' },
      body: { From: '+15555550100', To: '+15555550101', StatusCallback: raw, StatusCallbackEvent: 'initiated' },
      auth: basic(ACCOUNT, TOKEN),
    });
    sandbox.clock.advance(1_000);
    await sandbox.journal.settled();
    expect(sent.map((s) => s.url)).toEqual(['http://127.0.0.1:9/@evil.example/hook']);
    expect(await verifySignature(TOKEN, sent[0]!.signature, sent[0]!.url, [...new URLSearchParams(sent[0]!.body)])).toBe(true);
  });

  it('counts [::ffff:127.0.0.1] and localhost. as loopback, and nothing else mapped', () => {
    for (const url of ['http://[::ffff:127.0.0.1]:3000/x', 'http://localhost.:3000/x', 'http://hooks.localhost./x', 'http://[::1]/x', 'http://127.1/x']) {
      expect(hostAllowed(url, []), url).toMatchObject({ ok: true });
    }
    for (const url of ['http://[::ffff:10.0.0.1]/x', 'http://0.0.0.0:3000/x', 'http://[::]/x', 'http://[::ffff:0.0.0.0]/x', 'http://localhost.example.com/x', 'http://user:pw@127.0.0.1/x']) {
      expect(hostAllowed(url, []), url).toMatchObject({ ok: false });
    }
  });

  it('webhookAllow takes *.example.com and host:port, and refuses a scheme or a malformed entry at createSandbox', () => {
    const allow = parseWebhookAllow(['*.example.com', 'hooks.example.net:8443', '[fd00::1]:80']);
    const ok = (url: string) => hostAllowed(url, allow).ok;
    expect(ok('https://a.example.com/x')).toBe(true);
    expect(ok('https://a.b.example.com./x')).toBe(true);
    expect(ok('https://example.com/x')).toBe(false);
    expect(ok('https://badexample.com/x')).toBe(false);
    expect(ok('https://hooks.example.net:8443/x')).toBe(true);
    expect(ok('https://hooks.example.net/x')).toBe(false);
    expect(ok('http://[fd00::1]/x')).toBe(true);
    expect(ok('http://[fd00::1]:81/x')).toBe(false);
    for (const [entry, why] of [
      ['https://hooks.example.com', /webhookAllow\[1\] "https:\/\/hooks\.example\.com" has a scheme/],
      ['hooks.example.com/cb', /webhookAllow\[1\] "hooks\.example\.com\/cb" is more than a host and a port/],
      ['a*.example.com', /webhookAllow\[1\] "a\*\.example\.com" has a \*/],
      ['hooks.example.com:0', /port outside/],
      ['', /is empty/],
    ] as const) {
      expect(() => createSandbox({ webhookAllow: ['ok.example.com', entry] }), entry).toThrow(why);
    }
  });
});

describe('paging', () => {
  it('answers a forged PageToken with a 400, and a genuine one with its page', async () => {
    const h = makeSandbox();
    sandboxes.push(h.sandbox);
    const first = await h.call('ListConference', {}, { query: { PageSize: '2' } });
    const next = new URL(first.body.next_page_uri, 'http://x').searchParams;
    expect((await h.call('ListConference', {}, { query: Object.fromEntries(next) })).status).toBe(200);
    const cf = sid('CF', 'a');
    for (const token of ['PA1_x', `PAzzzzzzzzzzzzz_${cf}`, `PA1_${sid('CA', 'a')}`, `PA-1_${cf}`, `PAzzzzzzzzzz_${cf}`]) {
      const res = await h.call('ListConference', {}, { query: { PageSize: '2', Page: '1', PageToken: token } });
      expect(res.status, token).toBe(400);
      expect(res.body).toMatchObject({ code: 20001, message: expect.stringContaining('PageToken') });
    }
  });

  it('answers Page=999999999999999 with a 400 instead of a start beyond 2^53', async () => {
    const h = makeSandbox();
    sandboxes.push(h.sandbox);
    const first = await h.call('ListConference', {}, { query: { PageSize: '50' } });
    const token = new URL(first.body.first_page_uri, 'http://x').searchParams;
    const res = await h.call('ListConference', {}, { query: { PageSize: '50', Page: '999999999999999', PageToken: `PA${Date.parse('2025-01-01').toString(36)}_${sid('CF', 'a')}` } });
    expect(res).toMatchObject({ status: 400, body: { code: 20001, message: expect.stringMatching(/Page/) } });
    expect(token.get('Page')).toBe('0');
    const largest = await h.call('ListConference', {}, { query: { PageSize: '1000', Page: '9007199254740', PageToken: `PA${Date.parse('2025-01-01').toString(36)}_${sid('CF', 'a')}` } });
    expect(largest.status).toBe(200);
    expect(Number.isSafeInteger(largest.body.start)).toBe(true);
  });
});

describe('what a caller may grow', () => {
  it('refuses the 1,001st participant of one conference, failed adds included', async () => {
    const h = makeSandbox();
    sandboxes.push(h.sandbox);
    const host = await add(h, 'big-room', { StartConferenceOnEnter: 'false' });
    h.sandbox.clock.advance(1_000);
    for (let added = 1; added < LIMITS.participantsEver; ) {
      // Each batch fails before the next, so the conference never holds more than MaxParticipants at once.
      for (let i = 0; i < 200 && added < LIMITS.participantsEver; i++, added++) await add(h, 'big-room', { To: '+15005550012' });
      h.sandbox.clock.advance(1_000);
    }
    const refused = await h.call('CreateParticipant', { ConferenceSid: 'big-room' }, { body: { From: '+15555550100', To: '+15555550101' } });
    expect(refused).toMatchObject({ status: 400, body: { code: 20001, message: expect.stringContaining('1000 participants') } });
    expect((await h.call('FetchConference', { Sid: host.conference_sid })).body.status).toBe('init');
  });

  it('refuses text longer than a snapshot could load back, so whatever the API takes can be saved and restored', async () => {
    const h = makeSandbox();
    sandboxes.push(h.sandbox);
    const long = (n: number) => 'x'.repeat(n);
    for (const [field, value] of [['From', long(LIMITS.address + 1)], ['To', long(LIMITS.address + 1)], ['StatusCallback', `http://127.0.0.1/${long(LIMITS.url)}`], ['WaitUrl', long(LIMITS.url + 1)]] as const) {
      const res = await h.call('CreateParticipant', { ConferenceSid: 'room' }, { body: { From: '+15555550100', To: '+15555550101', [field]: value } });
      expect(res.status, field).toBe(400);
      expect(res.body.message).toContain(field);
    }
    // The longest addresses the API takes: a Client identity as long as the bound allows.
    const client = `client:${long(LIMITS.address - 'client:'.length)}`;
    await add(h, 'room', { From: client, To: client, WaitUrl: long(LIMITS.url) });
    const snapshot = h.sandbox.exportSnapshot();
    const other = sandboxWith();
    other.importSnapshot(JSON.parse(JSON.stringify(snapshot)));
    expect(other.exportSnapshot()).toEqual(snapshot);
  });
});

describe('values are checked before anything changes', () => {
  it('a refused 9e15 advance leaves the clock and its timers as they were, and the API keeps answering', async () => {
    const h = makeSandbox();
    sandboxes.push(h.sandbox);
    const clock = h.sandbox.clock;
    await add(h, 'room');
    const now = clock.now();
    const pending = clock.pending();
    expect(pending.length).toBeGreaterThan(0);
    expect(() => clock.advance(9e15)).toThrow(RangeError);
    expect(() => clock.advanceTo('+275760-09-13T00:00:00.000Z')).toThrow(RangeError);
    expect(() => clock.freeze(1e300)).toThrow(RangeError);
    expect(() => clock.advance(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(clock.now()).toBe(now);
    expect(clock.pending()).toEqual(pending);
    const refused = await handleControl(h.sandbox, 'UpdateSandboxClock', { body: { advanceMs: 9e15 } });
    expect(refused).toMatchObject({ status: 400, body: { code: 20001, message: expect.stringMatching(/advanceMs.*9999/) } });
    // A refused move does not even freeze a running clock.
    clock.unfreeze();
    const both = await handleControl(h.sandbox, 'UpdateSandboxClock', { body: { frozen: true, advanceTo: '9999-12-31T23:59:59.999Z' } });
    expect(both.status).toBe(200);
    expect(clock.now()).toBe(Date.parse('9999-12-31T23:59:59.999Z'));
    expect((await handleControl(h.sandbox, 'UpdateSandboxClock', { body: { advanceMs: 1 } })).status).toBe(400);
    expect(clock.frozen).toBe(true);
    for (const op of ['ListConference', 'ListConferenceSummary'] as const) expect((await h.call(op)).status).toBe(200);
    expect(() => JSON.stringify(h.sandbox.exportSnapshot())).not.toThrow();
  });

  it('handle() answers a 500 in Twilio\'s body rather than rejecting, even on a request it cannot read', async () => {
    const sandbox = sandboxWith();
    const unreadable = new Proxy({}, { ownKeys: () => { throw new Error('no keys for you'); } });
    const res = await sandbox.handle('ListConference', { pathParams: { AccountSid: ACCOUNT }, query: unreadable as Record<string, string>, auth: basic(ACCOUNT, TOKEN) });
    expect(res).toMatchObject({ status: 500, body: { code: 20500, status: 500 } });
  });

  it('refuses a seed or snapshot whose times or numbers are out of range, naming the field, and keeps lists and saving working', async () => {
    const sandbox = sandboxWith();
    const conference = (extra: Record<string, unknown> = {}, participant: Record<string, unknown> = {}) => ({
      accounts: [{ sid: sid('AC', 'b'), authToken: 't' }],
      conferences: [{ accountSid: sid('AC', 'b'), status: 'in-progress', participants: [{ from: '+1', to: '+2', ...participant }], ...extra }],
    });
    const cases: Array<[unknown, RegExp]> = [
      [conference({ dateCreated: 1e300 }), /^\$\.conferences\[0\]\.dateCreated: 1e\+300 is outside/],
      [conference({ dateCreated: -1 }), /^\$\.conferences\[0\]\.dateCreated: -1 is outside/],
      [conference({ sequence: 1e300 }), /^\$\.conferences\[0\]\.sequence: expected an integer/],
      [conference({}, { events: { mute: [1e300] } }), /^\$\.conferences\[0\]\.participants\[0\]\.events\.mute\[0\]: 1e\+300 is outside/],
      [conference({}, { next: { at: '+010000-01-01T00:00:00.000Z', step: 'ring' } }), /^\$\.conferences\[0\]\.participants\[0\]\.next\.at: .* is outside/],
      [conference({}, { from: 'x'.repeat(LIMITS.address + 1) }), /^\$\.conferences\[0\]\.participants\[0\]\.from: is 1025 characters long; at most 1024/],
      [conference({ participants: Array.from({ length: LIMITS.participantsEver + 1 }, () => ({ from: '+1', to: '+2', status: 'failed' })) }), /^\$\.conferences\[0\]\.participants: has 1001 items; at most 1000/],
    ];
    for (const [seed, message] of cases) expect(() => sandbox.loadSeed(seed), String(message)).toThrow(message);
    for (const [seed] of cases) expect(() => sandbox.loadSeed(seed)).toThrow(SeedError);
    const snapshot = sandbox.exportSnapshot();
    expect(() => sandbox.importSnapshot({ ...snapshot, clock: { now: '+010000-01-01T00:00:00.000Z', frozen: true } })).toThrow(/^\$\.clock\.now: .* is outside/);
    expect(() => sandbox.importSnapshot({ ...snapshot, clock: { now: 8.64e15, frozen: true } })).toThrow(/^\$\.clock\.now/);
    // Nothing refused was loaded: the world still lists and saves.
    expect((await listFor(sandbox, ACCOUNT, TOKEN)).status).toBe(200);
    expect(sandbox.exportSnapshot()).toEqual(snapshot);
    expect(() => createSandbox({ clock: { now: 1e300 } })).toThrow(RangeError);
  });
});

describe('the clock at scale', () => {
  /** Schedules n timers in groups of two, cancels every other group, runs the rest; returns the heap work and time. */
  function churn(n: number): { work: number; ms: number } {
    const clock = new Clock(() => 0);
    clock.restore(0, true);
    let ran = 0;
    for (let i = 0; i < n; i++) {
      // Each timer, like a call's step, cancels its group and schedules its next step when it runs.
      const group = `call:${i >> 1}`;
      clock.schedule(1 + ((i * 7919) % 10_000), `${group}:a`, () => {
        ran += 1;
        clock.cancelGroup(group);
        clock.schedule(clock.now() + 1, `${group}:b`, () => (ran += 1), group);
      }, group);
    }
    for (let g = 0; g < n / 2; g += 2) clock.cancelGroup(`call:${g}`);
    const started = performance.now();
    clock.advance(20_000);
    const ms = performance.now() - started;
    expect(clock.pending()).toEqual([]);
    expect(ran).toBeGreaterThan(0);
    return { work: clock.work, ms };
  }

  it('advancing over 20,000 timers with cancellations finishes, and its work grows as n log n, not n²', () => {
    const small = churn(5_000);
    const large = churn(20_000);
    console.log(`clock: 5,000 timers advanced in ${small.ms.toFixed(1)} ms (${small.work} heap steps), 20,000 in ${large.ms.toFixed(1)} ms (${large.work} heap steps)`);
    // Four times the timers: n log n gives about 4.7 times the work, n² sixteen times.
    expect(large.work / small.work).toBeLessThan(6);
  });

  it('20,000 calls placed at once all connect on one advance, and the time it takes is printed', () => {
    const conferences = Array.from({ length: 80 }, (_, c) => ({
      accountSid: ACCOUNT,
      friendlyName: `room-${c}`,
      status: 'init',
      participants: Array.from({ length: 250 }, () => ({ from: '+15555550100', to: '+15555550101', status: 'queued' })),
    }));
    const sandbox = sandboxWith({ seed: { accounts: [{ sid: ACCOUNT, authToken: TOKEN }], conferences } });
    expect(sandbox.clock.pending()).toHaveLength(20_000);
    const started = performance.now();
    sandbox.clock.advance(10_000);
    const ms = performance.now() - started;
    console.log(`20,000 calls (each: cancel, then schedule the next of 3 steps) advanced to connected in ${ms.toFixed(0)} ms`);
    expect(sandbox.clock.pending()).toEqual([]);
    const snapshot = sandbox.exportSnapshot() as { conferences: Array<{ status: string; participants: Array<{ status: string }> }> };
    expect(snapshot.conferences.every((c) => c.status === 'in-progress' && c.participants.every((p) => p.status === 'connected'))).toBe(true);
  });
});
