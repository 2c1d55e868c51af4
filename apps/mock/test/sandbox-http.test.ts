/**
 * The hosted sandbox over HTTP, on a socket and in-process (`startSandbox().fetch`): every answer in this
 * file is checked with ajv against the spec of the operation it answers (status documented, body valid,
 * errors in Twilio's body); every operation of the three specs reaches its handler; credentials are
 * checked before parameters; Prism's validation still applies; the control surface works.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContract, deref, formatErrors, listOperations, loadSpec, specNames, type JsonObject, type OperationEntry } from '@conference-kit/specs/contract';
import { startSandbox, type RunningSandbox } from '../src/index.js';

const contract = createContract();
const operations = specNames.flatMap((api) => listOperations(api));
const START = '2025-03-03T12:00:00.000Z';
const TOKEN = 'http-test-token';
const OTHER_ACCOUNT = 'ACbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';

const routes = operations.map((entry) => ({
  entry,
  pattern: new RegExp(`^${entry.path.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`),
}));

/** The operation a request is for, by method and path template. */
function operationFor(method: string, path: string): OperationEntry | undefined {
  const bare = path.split('?')[0]!;
  return routes.find((r) => r.entry.method === method.toLowerCase() && r.pattern.test(bare))?.entry;
}

const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

interface Sent {
  status: number;
  headers: Headers;
  body: any;
  text: string;
  operationId: string;
}

type Transport = 'socket' | 'in-process';

/** Operation ids answered so far, per transport: the coverage check reads it. */
const answered = new Map<Transport, Set<string>>();

/**
 * Sends one request and checks the answer against the spec: the status is documented for the operation
 * (or falls under `default`), a body is valid JSON against its schema, an error is Twilio's error body
 * with its own status, and no answer says the operation has no handler.
 */
async function send(
  sandbox: RunningSandbox,
  transport: Transport,
  method: string,
  path: string,
  options: { auth?: string | null; form?: Record<string, string | string[]>; json?: unknown; accept?: string } = {},
): Promise<Sent> {
  const entry = operationFor(method, path);
  if (!entry) throw new Error(`no operation in the specs for ${method} ${path}`);
  const headers: Record<string, string> = {};
  const auth = options.auth === undefined ? basic(sandbox.accountSid, TOKEN) : options.auth;
  if (auth !== null) headers.authorization = auth;
  if (options.accept) headers.accept = options.accept;
  let body: string | undefined;
  if (options.form) {
    const form = new URLSearchParams();
    for (const [k, v] of Object.entries(options.form)) for (const item of [v].flat()) form.append(k, item);
    body = form.toString();
    headers['content-type'] = 'application/x-www-form-urlencoded';
  } else if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    headers['content-type'] = 'application/json';
  }
  const doFetch = transport === 'socket' ? globalThis.fetch : sandbox.fetch;
  const response = await doFetch(sandbox.url + path, { method, headers, ...(body !== undefined && { body }), signal: AbortSignal.timeout(5_000) });
  const documented = Object.keys(entry.operation.responses as JsonObject);
  // The inspector's page, files and event stream answer what their operation documents, not JSON; a
  // stream never ends, so only its head is read.
  const mediaType = response.headers.get('content-type')?.split(';')[0];
  const declared = (entry.operation.responses as JsonObject)[String(response.status)];
  const success = declared === undefined ? undefined : (deref<JsonObject>(loadSpec(entry.api), declared).content as JsonObject | undefined);
  if (response.ok && mediaType !== 'application/json' && success && mediaType !== undefined && mediaType in success) {
    if (mediaType === 'text/event-stream') await response.body?.cancel();
    if (!answered.has(transport)) answered.set(transport, new Set());
    answered.get(transport)!.add(entry.operationId);
    return { status: response.status, headers: response.headers, body: undefined, text: '', operationId: entry.operationId };
  }
  const text = await response.text();
  const parsed = text ? JSON.parse(text) : undefined;
  const where = `${entry.operationId} ${method} ${path} → ${response.status} ${text.slice(0, 300)}`;
  expect(documented.includes(String(response.status)) || (response.status >= 400 && documented.includes('default')), where).toBe(true);
  if (response.status === 204) expect(text, where).toBe('');
  else {
    expect(response.headers.get('content-type'), where).toMatch(/^application\/json/);
    const errors = contract.validateResponse(entry, response.status, parsed);
    expect(errors, `${where}: ${formatErrors(errors)}`).toBeNull();
  }
  if (response.status >= 400) {
    expect(parsed, where).toMatchObject({ status: response.status, code: expect.any(Number), more_info: expect.stringMatching(/^https:\/\/www\.twilio\.com\/docs\/errors\//) });
    expect(String(parsed.message), where).not.toMatch(/No (control )?operation/);
  }
  if (!answered.has(transport)) answered.set(transport, new Set());
  answered.get(transport)!.add(entry.operationId);
  return { status: response.status, headers: response.headers, body: parsed, text, operationId: entry.operationId };
}

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ clock: { frozen: true, now: START }, defaultAuthToken: TOKEN, sidSeed: 11, delays: { announcementMs: null } });
});
afterAll(async () => {
  await sandbox?.close();
});

const account = () => `/2010-04-01/Accounts/${sandbox.accountSid}`;

describe.each<Transport>(['socket', 'in-process'])('over %s', (transport) => {
  it('every operation of the three specs answers its documented success, valid against the spec', async () => {
    sandbox.reset();
    const s = (method: string, path: string, options?: Parameters<typeof send>[4]) => send(sandbox, transport, method, path, options);
    const room = `http-room-${transport}`;
    const participants = `${account()}/Conferences/${room}/Participants.json`;

    const first = await s('POST', participants, {
      form: { From: '+15555550100', To: '+15555550101', Label: 'host', ConferenceRecord: 'record-from-start' },
    });
    expect(first.status).toBe(201);
    const cf: string = first.body.conference_sid;
    const second = await s('POST', participants, { form: { From: '+15555550102', To: '+15555550103', Label: 'guest' } });
    expect(second.status).toBe(201);
    const clock = (await s('GET', '/__sandbox/clock')).body;
    expect(clock.frozen).toBe(true);
    const advanced = await s('POST', '/__sandbox/clock', { json: { advanceMs: 1_000 } });
    expect(Date.parse(advanced.body.now) - Date.parse(clock.now)).toBe(1_000);

    const listed = await s('GET', `${account()}/Conferences.json?FriendlyName=${room}&Status=in-progress`);
    expect(listed.body.conferences.map((c: { sid: string }) => c.sid)).toEqual([cf]);
    expect((await s('GET', `${account()}/Conferences/${cf}.json`)).body.status).toBe('in-progress');
    const people = await s('GET', `${account()}/Conferences/${cf}/Participants.json`);
    expect(people.body.participants.map((p: { label: string }) => p.label)).toEqual(['host', 'guest']);
    const timeline = await s('GET', `/__sandbox/conferences/${cf}/timeline`);
    expect(timeline.body).toMatchObject({ conferenceSid: cf, status: 'in-progress', legs: [{ label: 'host' }, { label: 'guest' }] });
    expect((await s('GET', `${account()}/Conferences/${cf}/Participants/host.json`)).body.call_sid).toBe(first.body.call_sid);
    expect((await s('POST', `${account()}/Conferences/${cf}/Participants/host.json`, { form: { Muted: 'true' } })).body.muted).toBe(true);

    const recordings = await s('GET', `${account()}/Conferences/${cf}/Recordings.json`);
    expect(recordings.body.recordings).toHaveLength(1);
    const re: string = recordings.body.recordings[0].sid;
    expect((await s('GET', `${account()}/Conferences/${cf}/Recordings/${re}.json`)).body.status).toBe('in-progress');
    expect((await s('POST', `${account()}/Conferences/${cf}/Recordings/${re}.json`, { form: { Status: 'paused' } })).body.status).toBe('paused');

    expect((await s('POST', `/__sandbox/calls/${second.body.call_sid}/speech`, { json: { speaking: true } })).status).toBe(200);
    const lossy = await s('POST', `/__sandbox/calls/${second.body.call_sid}/quality`, { json: { profile: 'lossy', durationMs: 1_000 } });
    expect(lossy.body).toMatchObject({ callSid: second.body.call_sid, inbound: { packetLossPercent: 12 } });
    expect((await s('POST', `${account()}/Conferences/${cf}.json`, { form: { AnnounceUrl: 'http://127.0.0.1/a.mp3' } })).status).toBe(200);
    expect((await s('POST', `/__sandbox/conferences/${cf}/announcement-end`, { json: {} })).status).toBe(204);
    const hungUp = await s('POST', `/__sandbox/calls/${second.body.call_sid}/hangup`);
    expect(hungUp.body).toMatchObject({ call_sid: second.body.call_sid, status: 'complete' });
    expect((await s('DELETE', `${account()}/Conferences/${cf}/Participants/${first.body.call_sid}.json`)).status).toBe(204);
    const ended = await s('GET', `${account()}/Conferences/${cf}.json`);
    expect(ended.body).toMatchObject({ status: 'completed', reason_conference_ended: 'last-participant-kicked' });

    await s('POST', '/__sandbox/clock', { json: { advanceMs: 5_000 } });
    expect((await s('GET', `${account()}/Conferences/${cf}/Recordings/${re}.json`)).body.status).toBe('completed');
    expect((await s('DELETE', `${account()}/Conferences/${cf}/Recordings/${re}.json`)).status).toBe(204);

    expect((await s('GET', `/v1/Conferences?ConferenceSid=${cf}`)).body.conferences).toHaveLength(1);
    expect((await s('GET', `/v1/Conferences/${cf}`)).body).toMatchObject({ conference_sid: cf, end_reason: 'last_participant_kicked' });
    const summaries = await s('GET', `/v1/Conferences/${cf}/Participants`);
    expect(summaries.body.participants).toHaveLength(2);
    const cp: string = summaries.body.participants[0].participant_sid;
    expect((await s('GET', `/v1/Conferences/${cf}/Participants/${cp}`)).body.label).toBe('host');

    // Calls: a leg placed with TwiML, found, redirected (it hangs up), its timeline read, then deleted.
    const placed = await s('POST', `${account()}/Calls.json`, {
      form: { From: '+15555550100', To: '+15555550104', Twiml: '<Response><Say>Hello</Say><Pause length="60"/></Response>' },
    });
    expect(placed.status).toBe(201);
    const ca: string = placed.body.sid;
    await s('POST', '/__sandbox/clock', { json: { advanceMs: 1_000 } });
    expect((await s('GET', `${account()}/Calls/${ca}.json`)).body.status).toBe('in-progress');
    expect((await s('GET', `${account()}/Calls.json?To=${encodeURIComponent('+15555550104')}`)).body.calls.map((c: { sid: string }) => c.sid)).toEqual([ca]);
    expect((await s('POST', `${account()}/Calls/${ca}.json`, { form: { Twiml: '<Response><Hangup/></Response>' } })).body.status).toBe('completed');
    const story = await s('GET', `/__sandbox/calls/${ca}/timeline`);
    expect(story.body.entries.map((e: { kind: string }) => e.kind)).toContain('said');
    expect(story.body.entries.at(-1)).toMatchObject({ kind: 'ended', status: 'completed', reason: 'hangup' });
    expect((await s('DELETE', `${account()}/Calls/${ca}.json`)).status).toBe(204);

    // Phone numbers, and a call coming in to one (nothing answers its voice URL: an application error).
    const number = await s('POST', `${account()}/IncomingPhoneNumbers.json`, { form: { PhoneNumber: '+15017122661', VoiceUrl: 'http://127.0.0.1:9/voice' } });
    expect(number.status).toBe(201);
    const pn: string = number.body.sid;
    expect((await s('GET', `${account()}/IncomingPhoneNumbers.json?PhoneNumber=${encodeURIComponent('+1501*')}`)).body.incoming_phone_numbers.map((n: { sid: string }) => n.sid)).toEqual([pn]);
    expect((await s('POST', `${account()}/IncomingPhoneNumbers/${pn}.json`, { form: { FriendlyName: 'Support line' } })).body.friendly_name).toBe('Support line');
    expect((await s('GET', `${account()}/IncomingPhoneNumbers/${pn}.json`)).body.phone_number).toBe('+15017122661');
    const incoming = await s('POST', '/__sandbox/calls', { json: { from: '+15558675310', to: '+15017122661' } });
    expect(incoming.status).toBe(201);
    expect(incoming.body).toMatchObject({ status: 'ringing', direction: 'inbound', phone_number_sid: pn });
    expect((await s('DELETE', `${account()}/IncomingPhoneNumbers/${pn}.json`)).status).toBe(204);
    // Keys and speech for a call whose inline TwiML listens for both, one <Gather> after the other.
    const menu = await s('POST', `${account()}/Calls.json`, {
      form: { From: '+15555550100', To: '+15555550105', Twiml: '<Response><Gather numDigits="1"/><Gather input="speech"/><Pause length="5"/></Response>' },
    });
    await s('POST', '/__sandbox/clock', { json: { advanceMs: 1_000 } });
    expect((await s('POST', `/__sandbox/calls/${menu.body.sid}/digits`, { json: { digits: '1' } })).body).toMatchObject({ sid: menu.body.sid, status: 'in-progress' });
    expect((await s('POST', `/__sandbox/calls/${menu.body.sid}/utterance`, { json: { text: 'sales', confidence: 0.9 } })).status).toBe(200);
    expect((await s('GET', `/__sandbox/calls/${menu.body.sid}/timeline`)).body.entries.filter((e: { kind: string }) => e.kind === 'input').map((e: { text: string }) => e.text)).toEqual(['1', 'sales']);

    const journal = await s('GET', '/__sandbox/journal?Kind=request&OperationId=CreateParticipant');
    expect(journal.body.entries.map((e: { status: number }) => e.status)).toEqual([201, 201]);
    const snapshot = await s('GET', '/__sandbox/snapshot');
    expect((await s('POST', '/__sandbox/reset')).status).toBe(204);
    expect((await s('GET', `/v1/Conferences/${cf}`)).status).toBe(404);
    expect((await s('PUT', '/__sandbox/snapshot', { json: snapshot.body })).status).toBe(204);
    expect((await s('GET', `/v1/Conferences/${cf}`)).status).toBe(200);
    // The empty world: the account is gone, so the same credentials make a new, empty one.
    expect((await s('POST', '/__sandbox/seed', { json: {} })).status).toBe(204);
    expect((await s('GET', `${account()}/Conferences.json`)).body.conferences).toEqual([]);

    // What the socket serves for the inspector (the in-process fetch a 501).
    const control = basic(sandbox.accountSid, TOKEN);
    const socket = transport === 'socket';
    // In-process, an Accept without JSON is the pipeline's 406 before the operation is reached: none is sent.
    const accepting = (type: string) => (socket ? { accept: type } : {});
    expect((await s('GET', '/', { auth: control, ...accepting('text/html') })).status).toBe(socket ? 200 : 501);
    expect((await s('GET', '/__sandbox/ui', { auth: control, ...accepting('text/html') })).status).toBe(socket ? 200 : 501);
    expect((await s('GET', '/__sandbox/ui/no-such-file.js', { auth: control })).status).toBe(socket ? 404 : 501);
    expect((await s('GET', '/__sandbox/events', { auth: control, ...accepting('text/event-stream') })).status).toBe(socket ? 200 : 501);

    // Every operation of api-v2010, insights-v1 and sandbox-v1 was answered by a handler.
    expect([...answered.get(transport)!].sort()).toEqual(operations.map((o) => o.operationId).sort());
  });
});

describe('credentials come first', () => {
  const s = (method: string, path: string, options?: Parameters<typeof send>[4]) => send(sandbox, 'socket', method, path, options);

  it('a wrong token on a seeded account is 401/20003, even when the parameters are invalid too', async () => {
    sandbox.reset();
    for (const path of [`${account()}/Conferences.json?PageSize=0`, `${account()}/Conferences/not-a-sid.json`, '/v1/Conferences?PageSize=abc']) {
      const refused = await s('GET', path, { auth: basic(sandbox.accountSid, 'wrong-token') });
      expect(refused.status, path).toBe(401);
      expect(refused.body.code).toBe(20003);
      expect(refused.headers.get('www-authenticate')).toMatch(/^Basic realm=/);
    }
    const bad = await s('POST', `${account()}/Conferences/room/Participants.json`, { auth: basic(sandbox.accountSid, 'wrong-token'), form: { From: '+1' } });
    expect(bad.status).toBe(401);
    expect((await s('GET', `${account()}/Conferences.json`, { auth: null })).status).toBe(401);
  });

  it("Prism's validation still applies in sandbox mode: PageSize=0 is a 400 naming the parameter", async () => {
    const refused = await s('GET', `${account()}/Conferences.json?PageSize=0`);
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe(20001);
    expect(refused.body.message).toContain('PageSize');
    const missing = await s('POST', `${account()}/Conferences/room/Participants.json`, { form: { From: '+15555550100' } });
    expect(missing.status).toBe(400);
    expect(missing.body.message).toContain('To');
    expect(sandbox.journal.requests().filter((r) => r.operationId === 'CreateParticipant')).toEqual([]);
  });

  it("a path naming another account is refused in Twilio's body, and nothing of that account is shown", async () => {
    const refused = await s('GET', `/2010-04-01/Accounts/${OTHER_ACCOUNT}/Conferences.json`);
    expect(refused.status).toBe(401);
    expect(refused.body.code).toBe(20003);
    expect(refused.body.message).toContain(OTHER_ACCOUNT);
  });

  it('an unseen Account SID is created with the token it presents; after that a wrong token is a 401', async () => {
    const fresh = 'ACcccccccccccccccccccccccccccccccc';
    const path = `/2010-04-01/Accounts/${fresh}/Conferences.json`;
    const first = await s('GET', path, { auth: basic(fresh, 'fresh-token') });
    expect(first.status).toBe(200);
    expect(first.body.conferences).toEqual([]);
    expect((await s('GET', path, { auth: basic(fresh, 'another-token') })).status).toBe(401);
    expect((await s('GET', path, { auth: basic(fresh, 'fresh-token') })).status).toBe(200);
    // The new account sees none of the seeded account's conferences, and cannot reach them.
    expect((await s('GET', `${account()}/Conferences.json`, { auth: basic(fresh, 'fresh-token') })).status).toBe(401);
    expect((await s('GET', `/v1/Conferences/CF${'4'.repeat(32)}`, { auth: basic(fresh, 'fresh-token') })).status).toBe(404);
    expect((await s('GET', `/v1/Conferences/CF${'4'.repeat(32)}`)).status).toBe(200);
  });

  it('with strictAccounts an unseen Account SID is refused, the seeded one still works', async () => {
    const strict = await startSandbox({ strictAccounts: true, defaultAuthToken: TOKEN });
    try {
      const fresh = 'ACdddddddddddddddddddddddddddddddd';
      const refused = await send(strict, 'socket', 'GET', `/2010-04-01/Accounts/${fresh}/Conferences.json`, { auth: basic(fresh, 'any') });
      expect(refused.status).toBe(401);
      expect(refused.body.code).toBe(20003);
      expect(strict.sandbox.accounts().map((a) => a.sid)).not.toContain(fresh);
      expect((await send(strict, 'in-process', 'GET', `/2010-04-01/Accounts/${strict.accountSid}/Conferences.json`)).status).toBe(200);
    } finally {
      await strict.close();
    }
  });
});

describe('the control surface', () => {
  const s = (method: string, path: string, options?: Parameters<typeof send>[4]) => send(sandbox, 'socket', method, path, options);
  const addParticipant = (room: string, to: string) =>
    s('POST', `${account()}/Conferences/${room}/Participants.json`, { form: { From: '+15555550100', To: to } });

  it('reset goes back to the starting world and clears the journal', async () => {
    sandbox.reset();
    const before = (await s('GET', `${account()}/Conferences.json`)).body.conferences.length;
    await addParticipant('reset-room', '+15555550101');
    expect((await s('GET', `${account()}/Conferences.json`)).body.conferences).toHaveLength(before + 1);
    expect((await s('POST', '/__sandbox/reset')).status).toBe(204);
    expect((await s('GET', '/__sandbox/journal')).body.entries).toEqual([]);
    expect((await s('GET', `${account()}/Conferences.json?FriendlyName=reset-room`)).body.conferences).toEqual([]);
    expect((await s('GET', `${account()}/Conferences.json`)).body.conferences).toHaveLength(before);
  });

  it('a seed replaces the world; a bad seed is a 400 naming the field and changes nothing', async () => {
    sandbox.reset();
    const seed = {
      accounts: [{ sid: sandbox.accountSid, authToken: TOKEN }],
      conferences: [
        {
          accountSid: sandbox.accountSid,
          friendlyName: 'seeded-standup',
          status: 'completed',
          dateCreated: '2025-03-03T09:00:00Z',
          endTime: '2025-03-03T09:15:00Z',
          reasonConferenceEnded: 'conference-ended-via-api',
          participants: [{ from: '+15555550100', to: '+15555550101', status: 'complete', leaveReason: 'conference_ended_via_api' }],
        },
      ],
    };
    const bad = structuredClone(seed);
    (bad.conferences[0]!.participants[0] as Record<string, unknown>).status = 'left';
    // Refused by the schema (Prism) …
    const refused = await s('POST', '/__sandbox/seed', { json: bad });
    expect(refused.status).toBe(400);
    expect(refused.body.message).toContain("'conferences.0.participants.0.status'");
    // … or by the engine, for what no schema can say: a conference of an account the seed does not have.
    const orphan = structuredClone(seed);
    orphan.conferences[0]!.accountSid = OTHER_ACCOUNT;
    const refusedByEngine = await s('POST', '/__sandbox/seed', { json: orphan });
    expect(refusedByEngine.status).toBe(400);
    expect(refusedByEngine.body.message).toMatch(/^\$\.conferences\[0\]\.accountSid: /);
    // Neither refusal touched the world.
    expect((await s('GET', `${account()}/Conferences.json?FriendlyName=support-escalation-4411`)).body.conferences).toHaveLength(1);

    expect((await s('POST', '/__sandbox/seed', { json: seed })).status).toBe(204);
    const listed = (await s('GET', `${account()}/Conferences.json`)).body.conferences;
    expect(listed.map((c: { friendly_name: string; status: string }) => [c.friendly_name, c.status])).toEqual([['seeded-standup', 'completed']]);
  });

  it('a snapshot exported and imported gives back the same world, SIDs and clock included', async () => {
    sandbox.reset();
    const added = await addParticipant('snapshot-room', '+15555550101');
    const exported = (await s('GET', '/__sandbox/snapshot')).body;
    expect(exported).toMatchObject({ format: 'conference-kit-sandbox-snapshot', version: 1 });
    await s('POST', '/__sandbox/seed', { json: {} });
    expect((await s('GET', `${account()}/Conferences/${added.body.conference_sid}.json`)).status).toBe(404);
    expect((await s('PUT', '/__sandbox/snapshot', { json: exported })).status).toBe(204);
    const back = await s('GET', `${account()}/Conferences/${added.body.conference_sid}/Participants/${added.body.call_sid}.json`);
    expect(back.body).toMatchObject({ call_sid: added.body.call_sid, status: 'queued' });
    expect((await s('GET', '/__sandbox/snapshot')).body).toEqual(exported);
    // The participant's pending dial timer came back with it.
    await s('POST', '/__sandbox/clock', { json: { advanceMs: 1_000 } });
    expect((await s('GET', `${account()}/Conferences/${added.body.conference_sid}/Participants/${added.body.call_sid}.json`)).body.status).toBe('connected');
    const broken = await s('PUT', '/__sandbox/snapshot', { json: { ...exported, version: 99 } });
    expect(broken.status).toBe(400);
  });

  it('the clock freezes, advances, runs due timers and refuses to go back', async () => {
    sandbox.reset();
    const added = await addParticipant('clock-room', '+15555550101');
    const clock = (await s('GET', '/__sandbox/clock')).body;
    expect(clock.frozen).toBe(true);
    expect(clock.pending.length).toBeGreaterThan(0);
    const later = new Date(Date.parse(clock.now) + 60_000).toISOString();
    const moved = await s('POST', '/__sandbox/clock', { json: { advanceTo: later } });
    expect(moved.body).toMatchObject({ now: later, frozen: true, pending: [] });
    const p = await s('GET', `${account()}/Conferences/${added.body.conference_sid}/Participants/${added.body.call_sid}.json`);
    expect(p.body.status).toBe('connected');
    const back = await s('POST', '/__sandbox/clock', { json: { advanceTo: clock.now } });
    expect(back.status).toBe(400);
    expect((await s('GET', '/__sandbox/clock')).body.now).toBe(later);
    const both = await s('POST', '/__sandbox/clock', { json: { advanceMs: 1, advanceTo: later } });
    expect(both.status).toBe(400);
  });

  it('the journal lists requests and deliveries, filtered', async () => {
    sandbox.reset();
    await addParticipant('journal-room', '+15555550101');
    await s('GET', `${account()}/Conferences.json?PageSize=0`);
    await s('GET', `${account()}/Conferences.json?Status=completed`);
    const requests = (await s('GET', '/__sandbox/journal?Kind=request')).body.entries;
    expect(requests.map((e: { operationId: string; status: number }) => [e.operationId, e.status])).toEqual([
      ['CreateParticipant', 201],
      ['ListConference', 200],
    ]);
    const afterFirst = (await s('GET', `/__sandbox/journal?AfterId=${requests[0].id}`)).body.entries;
    expect(afterFirst.map((e: { id: number }) => e.id)).toEqual([requests[1].id]);
    expect((await s('GET', '/__sandbox/journal?Kind=webhook')).body.entries).toEqual([]);
    expect((await s('GET', '/__sandbox/journal?Kind=nonsense')).status).toBe(400);
  });

  it('network events: hang-up, speech and announcement end, and their refusals', async () => {
    sandbox.reset();
    const unknown = `CA${'f'.repeat(32)}`;
    expect((await s('POST', `/__sandbox/calls/${unknown}/hangup`)).status).toBe(404);
    const a = await addParticipant('events-room', '+15555550101');
    const notYet = await s('POST', `/__sandbox/calls/${a.body.call_sid}/speech`, { json: { speaking: true } });
    expect(notYet.status).toBe(409);
    await addParticipant('events-room', '+15555550102');
    await s('POST', '/__sandbox/clock', { json: { advanceMs: 1_000 } });
    const cf = a.body.conference_sid;
    expect((await s('POST', `/__sandbox/calls/${a.body.call_sid}/speech`, { json: { speaking: true } })).status).toBe(200);
    expect((await s('POST', `/__sandbox/calls/${a.body.call_sid}/speech`, { json: {} })).status).toBe(400);
    expect((await s('POST', `/__sandbox/conferences/${cf}/announcement-end`, { json: {} })).status).toBe(409);
    await s('POST', `${account()}/Conferences/${cf}.json`, { form: { AnnounceUrl: 'http://127.0.0.1/a.mp3' } });
    expect((await s('POST', `/__sandbox/conferences/${cf}/announcement-end`, { json: { failure: 'file not found' } })).status).toBe(204);
    const hung = await s('POST', `/__sandbox/calls/${a.body.call_sid}/hangup`);
    expect(hung.body.status).toBe('complete');
    expect((await s('POST', `/__sandbox/calls/${a.body.call_sid}/hangup`)).status).toBe(404);
    // Only that call left: the other is still connected, so the conference goes on.
    expect((await s('GET', `${account()}/Conferences/${cf}.json`)).body.status).toBe('in-progress');
  });
});
