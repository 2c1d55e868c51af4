/**
 * The control surface against its spec (specs/sandbox-v1): one handler per control operationId of the
 * bundled spec, and every answer, success or error, valid against the documented response with ajv.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  controlApiNames, createContract, deref, formatErrors, listOperations, loadSpec, type JsonObject, type OperationEntry,
} from '@conference-kit/specs/contract';
import { controlHandlers, controlOperationIds, createSandbox, handleControl, type Sandbox, type SandboxResult } from '../src/index.js';

const contract = createContract();
const entries = new Map<string, OperationEntry>(controlApiNames.flatMap((api) => listOperations(api)).map((e) => [e.operationId, e]));
const doc = loadSpec('sandbox-v1');

/** The value of a named example of the spec. */
const example = (name: string) => deref<JsonObject>(doc, { $ref: `#/components/examples/${name}` }).value;

const ACCOUNT = 'ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const CF = 'CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const COMMANDER = 'CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const ENGINEER = 'CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';
const VENDOR = 'CAcccccccccccccccccccccccccccccccc';

/** Every status each operation answered in this file, to check that every documented one was seen. */
const seen = new Map<string, Set<number>>();
const sandboxes: Sandbox[] = [];
afterEach(() => {
  for (const s of sandboxes.splice(0)) s.dispose();
});

function expectValid(operationId: string, res: SandboxResult): void {
  const entry = entries.get(operationId);
  if (!entry) throw new Error(`${operationId} is not in the bundled sandbox-v1 spec`);
  const declared = Object.keys(entry.operation.responses as JsonObject);
  expect(declared.includes(String(res.status)) || declared.includes('default'), `${operationId} answered an undeclared ${res.status}`).toBe(true);
  if (res.status === 204) {
    expect(res.body, `${operationId} 204 has no body`).toBeUndefined();
  } else {
    expect(res.headers?.['Content-Type']).toBe('application/json');
    const errors = contract.validateResponse(entry, res.status, res.body);
    if (errors) throw new Error(`${operationId} ${res.status} is off-contract: ${formatErrors(errors)}\n${JSON.stringify(res.body, null, 1)}`);
  }
  if (!seen.has(operationId)) seen.set(operationId, new Set());
  seen.get(operationId)!.add(res.status);
}

function harness(webhookStatus = 204) {
  const sandbox = createSandbox({
    seed: 'empty',
    clock: { frozen: true, now: '2025-03-03T12:00:00Z' },
    sidSeed: 42,
    fetch: async () => ({ status: webhookStatus }),
  });
  sandboxes.push(sandbox);
  const call = async (operationId: string, request: { pathParams?: Record<string, string>; query?: Record<string, string>; body?: unknown } = {}) => {
    const res = await handleControl(sandbox, operationId, request);
    expectValid(operationId, res);
    return res as SandboxResult & { body: any };
  };
  return { sandbox, call };
}

/** A sandbox holding the spec's incident-bridge seed, loaded through the control surface. */
async function incidentBridge(webhookStatus = 204) {
  const h = harness(webhookStatus);
  expect((await h.call('CreateSandboxSeed', { body: example('SeedIncidentBridge') })).status).toBe(204);
  return h;
}

describe('control handlers', () => {
  it('has one handler per control operation of the bundled spec, and none besides', () => {
    expect([...entries.keys()].sort()).toEqual([...controlOperationIds].sort());
    expect(Object.keys(controlHandlers).sort()).toEqual([...controlOperationIds].sort());
  });

  it('answers an unknown operation with a 404 in Twilio\'s body', async () => {
    const res = await handleControl(harness().sandbox, 'FetchConference', {});
    expect(res).toMatchObject({ status: 404, body: { code: 20404, status: 404 } });
  });
});

describe('state', () => {
  it('loads each seed example, exports a valid snapshot, and imports it back to the same state', async () => {
    for (const name of ['SeedIncidentBridge', 'SeedCompletedConference', 'SeedEmpty']) {
      const h = harness();
      expect((await h.call('CreateSandboxSeed', { body: example(name) })).status, name).toBe(204);
      const snap = await h.call('FetchSandboxSnapshot');
      expect(snap.status).toBe(200);
      const other = harness();
      other.sandbox.clock.advance(60_000);
      expect((await other.call('UpdateSandboxSnapshot', { body: snap.body })).status).toBe(204);
      expect((await other.call('FetchSandboxSnapshot')).body).toEqual(snap.body);
    }
  });

  it('imports each snapshot example', async () => {
    for (const name of ['SnapshotIncidentBridge', 'SnapshotEmpty']) {
      const h = harness();
      expect((await h.call('UpdateSandboxSnapshot', { body: example(name) })).status, name).toBe(204);
      expect((await h.call('FetchSandboxSnapshot')).body).toEqual(example(name));
    }
  });

  it('refuses a bad seed or snapshot with a 400 naming the field, and changes nothing', async () => {
    const h = await incidentBridge();
    const before = (await h.call('FetchSandboxSnapshot')).body;
    const bad = structuredClone(example('SeedIncidentBridge')) as any;
    bad.conferences[0].participants[1].status = 'left';
    const res = await h.call('CreateSandboxSeed', { body: bad });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/^\$\.conferences\[0\]\.participants\[1\]\.status: expected one of/);
    const snap = await h.call('UpdateSandboxSnapshot', { body: { ...before, version: 2 } });
    expect(snap.status).toBe(400);
    expect(snap.body.message).toMatch(/^\$\.version: expected 1/);
    expect((await h.call('CreateSandboxSeed', { body: 'default' })).status).toBe(400);
    // The world and the clock are as they were. The SID generator is not: SIDs minted for the fields the
    // refused seed left out were drawn before the bad field was reached.
    const { sidSeed: _drawn, ...after } = (await h.call('FetchSandboxSnapshot')).body;
    const { sidSeed: _start, ...unchanged } = before;
    expect(after).toEqual(unchanged);
  });

  it('resets to the starting world and clears the journal, leaving the clock alone', async () => {
    const h = await incidentBridge();
    await h.call('UpdateSandboxClock', { body: { advanceMs: 1000 } });
    expect((await h.call('ListSandboxJournalEntry')).body.entries.length).toBeGreaterThan(0);
    expect((await h.call('CreateSandboxReset')).status).toBe(204);
    expect((await h.call('ListSandboxJournalEntry')).body.entries).toEqual([]);
    const snap = (await h.call('FetchSandboxSnapshot')).body;
    expect(snap.conferences).toEqual([]);
    expect(snap.clock).toEqual({ now: '2025-03-03T12:00:01.000Z', frozen: true });
  });
});

describe('clock', () => {
  it('shows the pending timers and runs them when advanced', async () => {
    const h = await incidentBridge();
    const clock = await h.call('FetchSandboxClock');
    // As the spec's example shows it: the vendor's call is answered, then the announcement ends.
    const shown = example('ClockFrozenWithTimers') as { pending: Array<{ at: string; key: string }> };
    expect(clock.body).toMatchObject({ now: '2025-03-03T12:00:00.000Z', frozen: true });
    expect(clock.body.pending.map((t: { at: string }) => t.at)).toEqual(shown.pending.map((t) => t.at));
    expect(clock.body.pending[0].key).toBe(shown.pending[0]!.key);
    const after = await h.call('UpdateSandboxClock', { body: example('ClockUpdateAdvance') });
    expect(after.body).toEqual({ now: '2025-03-03T12:01:00.000Z', frozen: true, pending: [] });
    const to = await h.call('UpdateSandboxClock', { body: example('ClockUpdateAdvanceTo') });
    expect(to.body.now).toBe('2025-03-03T12:05:00.000Z');
  });

  it('unfreezes and freezes', async () => {
    const h = harness();
    const running = await h.call('UpdateSandboxClock', { body: example('ClockUpdateUnfreeze') });
    expect(running.body.frozen).toBe(false);
    const frozen = await h.call('UpdateSandboxClock', { body: example('ClockUpdateFreeze') });
    expect(frozen.body.frozen).toBe(true);
  });

  it('refuses a move backwards and two ways of moving at once', async () => {
    const h = harness();
    const back = await h.call('UpdateSandboxClock', { body: { advanceTo: '2025-03-03T11:00:00Z' } });
    expect(back.body).toMatchObject({ status: 400, code: 20001, message: 'The sandbox clock only moves forward' });
    const both = await h.call('UpdateSandboxClock', { body: { advanceMs: 1, advanceTo: '2025-03-03T13:00:00Z' } });
    expect(both.status).toBe(400);
  });
});

describe('network events', () => {
  it('hangs up a call, and 404s a call that is not active', async () => {
    const h = await incidentBridge();
    const res = await h.call('CreateSandboxCallHangup', { pathParams: { CallSid: ENGINEER } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ call_sid: ENGINEER, status: 'complete' });
    expect((await h.call('CreateSandboxCallHangup', { pathParams: { CallSid: ENGINEER } })).status).toBe(404);
    const left = h.sandbox.journal.webhooks({ type: 'conference', event: 'participant-leave', callSid: ENGINEER });
    expect(left).toHaveLength(1);
  });

  it('starts and stops speech on a connected call, and 409s one still ringing', async () => {
    const h = await incidentBridge();
    for (const name of ['SpeechStart', 'SpeechStop']) {
      expect((await h.call('CreateSandboxCallSpeech', { pathParams: { CallSid: COMMANDER }, body: example(name) })).status).toBe(200);
    }
    expect(h.sandbox.journal.webhooks({ callSid: COMMANDER }).map((w) => w.event)).toEqual(['participant-speech-start', 'participant-speech-stop']);
    const ringing = await h.call('CreateSandboxCallSpeech', { pathParams: { CallSid: VENDOR }, body: { speaking: true } });
    expect(ringing.status).toBe(409);
    expect((await h.call('CreateSandboxCallSpeech', { pathParams: { CallSid: 'CAdddddddddddddddddddddddddddddddd' }, body: { speaking: true } })).status).toBe(404);
  });

  it('changes the line under a live call from now, refuses a bad field whole, and 404s a call that is not live', async () => {
    const h = await incidentBridge();
    const lossy = await h.call('CreateSandboxCallQuality', { pathParams: { CallSid: COMMANDER }, body: example('QualityLossyTwoMinutes') });
    expect(lossy.status).toBe(200);
    expect(lossy.body).toEqual({ ...(example('QualityStateLossy') as object), callSid: COMMANDER });
    const jitter = await h.call('CreateSandboxCallQuality', { pathParams: { CallSid: COMMANDER }, body: example('QualityInboundJitter') });
    expect(jitter.body.inbound).toEqual({ jitterMs: 25, packetLossPercent: 12, latencyMs: 40, silent: false });
    const bad = await h.call('CreateSandboxCallQuality', { pathParams: { CallSid: COMMANDER }, body: { jitterMs: 5, packetLossPercent: 101 } });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('packetLossPercent');
    const snapshot = h.sandbox.exportSnapshot() as any;
    expect(snapshot.calls.find((c: any) => c.sid === COMMANDER).quality).toHaveLength(3);
    expect((await h.call('CreateSandboxCallQuality', { pathParams: { CallSid: 'CAdddddddddddddddddddddddddddddddd' }, body: {} })).status).toBe(404);
  });

  it('hangs up a call that is in no conference (no content), and answers any call\'s timeline', async () => {
    const h = harness();
    await h.call('CreateSandboxSeed', { body: { accounts: [{ sid: ACCOUNT, authToken: 'token' }] } });
    const created = await h.sandbox.handle('CreateCall', {
      pathParams: { AccountSid: ACCOUNT },
      body: { From: '+15555550100', To: '+15555550101', Twiml: '<Response><Say>Hello there</Say></Response>' },
      auth: { username: ACCOUNT, password: 'token' },
    });
    expect(created.status).toBe(201);
    const sid = (created.body as { sid: string }).sid;
    await h.call('UpdateSandboxClock', { body: { advanceMs: 600 } });
    const timeline = await h.call('FetchSandboxCallTimeline', { pathParams: { CallSid: sid } });
    expect(timeline.body.entries.map((e: { kind: string }) => e.kind)).toEqual(['status', 'status', 'status', 'status', 'said']);
    expect((await h.call('CreateSandboxCallHangup', { pathParams: { CallSid: sid } })).status).toBe(204);
    const after = await h.call('FetchSandboxCallTimeline', { pathParams: { CallSid: sid } });
    expect(after.body.entries.at(-1)).toMatchObject({ kind: 'ended', status: 'completed', reason: 'hung-up' });
    expect((await h.call('FetchSandboxCallTimeline', { pathParams: { CallSid: 'CAdddddddddddddddddddddddddddddddd' } })).status).toBe(404);
  });

  it('ends or fails an announcement, 409s when none is playing, 404s an unknown conference', async () => {
    const h = await incidentBridge();
    expect((await h.call('CreateSandboxAnnouncementEnd', { pathParams: { ConferenceSid: CF }, body: example('AnnouncementEndOldest') })).status).toBe(204);
    expect((await h.call('CreateSandboxAnnouncementEnd', { pathParams: { ConferenceSid: CF } })).status).toBe(409);
    const failing = await h.call('CreateSandboxAnnouncementEnd', { pathParams: { ConferenceSid: CF }, body: example('AnnouncementEndFailure') });
    expect(failing.status).toBe(409); // the example names a call with no announcement in this world
    expect((await h.call('CreateSandboxAnnouncementEnd', { pathParams: { ConferenceSid: 'CFbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb' } })).status).toBe(404);
    expect(h.sandbox.journal.webhooks({ type: 'conference' }).map((w) => w.event)).toEqual(['announcement-end']);
  });
});

describe('incoming calls and their input', () => {
  const MENU_CALLER = 'CAeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee';

  it('rings the seed\'s hotline, and 404s a number no account has', async () => {
    const h = await incidentBridge();
    const rung = await h.call('CreateSandboxCall', { body: example('IncomingCallCustomer') });
    expect(rung.status).toBe(201);
    expect(rung.body).toMatchObject({ status: 'ringing', direction: 'inbound', to: '+15555550199', phone_number_sid: 'PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' });
    const forwarded = await h.call('CreateSandboxCall', { body: example('IncomingCallForwarded') });
    expect(forwarded.body).toMatchObject({ forwarded_from: '+15017122670', caller_name: null });
    expect((await h.call('CreateSandboxCall', { body: { from: '+15558675310', to: '+15017120000' } })).status).toBe(404);
    // Keys before the voice URL's TwiML answers the call reach nothing.
    const early = await h.call('CreateSandboxCallDigits', { pathParams: { CallSid: rung.body.sid }, body: example('DigitsMenuChoice') });
    expect(early.body).toMatchObject({ status: 409, code: 21220 });
  });

  it('gives the seed\'s caller in the menu keys or speech, once; 409s input nothing listens for', async () => {
    const pressed = await incidentBridge();
    const keys = await pressed.call('CreateSandboxCallDigits', { pathParams: { CallSid: MENU_CALLER }, body: example('DigitsMenuChoice') });
    expect(keys.body).toMatchObject({ sid: MENU_CALLER, status: 'in-progress' });
    expect(Object.fromEntries(pressed.sandbox.journal.webhooks({ type: 'gather-action' })[0]!.params)).toMatchObject({ Digits: '1', FinishedOnKey: '' });
    expect((await pressed.call('CreateSandboxCallDigits', { pathParams: { CallSid: MENU_CALLER }, body: example('DigitsAccountNumber') })).status).toBe(409);

    const spoken = await incidentBridge();
    expect((await spoken.call('CreateSandboxCallUtterance', { pathParams: { CallSid: MENU_CALLER }, body: example('UtteranceSales') })).status).toBe(200);
    expect(Object.fromEntries(spoken.sandbox.journal.webhooks({ type: 'gather-action' })[0]!.params)).toMatchObject({ SpeechResult: 'sales', Confidence: '0.92' });
    expect((await spoken.call('CreateSandboxCallUtterance', { pathParams: { CallSid: MENU_CALLER }, body: example('UtteranceSales') })).status).toBe(409);
    expect((await spoken.call('CreateSandboxCallUtterance', { pathParams: { CallSid: 'CAdddddddddddddddddddddddddddddddd' }, body: { text: 'hi' } })).status).toBe(404);
  });
});

describe('journal', () => {
  it('lists requests and webhooks with their outcomes, filtered, settled and after an id', async () => {
    const h = await incidentBridge(500);
    const created = await h.sandbox.handle('CreateParticipant', {
      pathParams: { AccountSid: ACCOUNT, ConferenceSid: CF },
      body: { From: '+15555550120', To: '+15555550123', StatusCallback: 'http://127.0.0.1:3000/call-progress', StatusCallbackEvent: ['initiated', 'answered'] },
      auth: { username: ACCOUNT, password: 'token' },
    });
    expect(created.status).toBe(201);
    await h.call('UpdateSandboxClock', { body: { advanceMs: 1000 } });
    const all = await h.call('ListSandboxJournalEntry', { query: { Settled: 'true' } });
    const kinds = all.body.entries.map((e: { kind: string }) => e.kind);
    expect(kinds[0]).toBe('request');
    expect(kinds).toContain('webhook');
    expect(all.body.entries.filter((e: any) => e.kind === 'webhook').every((e: any) => e.outcome === 'failed' && e.responseStatus === 500)).toBe(true);

    const requests = await h.call('ListSandboxJournalEntry', { query: { Kind: 'request', OperationId: 'CreateParticipant' } });
    expect(requests.body.entries).toHaveLength(1);
    const joins = await h.call('ListSandboxJournalEntry', { query: { Type: 'conference', Event: 'participant-join', ConferenceSid: CF, Outcome: 'failed' } });
    expect(joins.body.entries.map((e: any) => e.callSid)).toContain(VENDOR);
    const byCall = await h.call('ListSandboxJournalEntry', { query: { CallSid: VENDOR } });
    expect(byCall.body.entries.every((e: any) => e.callSid === VENDOR)).toBe(true);
    const last = all.body.entries.at(-1).id;
    expect((await h.call('ListSandboxJournalEntry', { query: { AfterId: String(last - 1) } })).body.entries.map((e: any) => e.id)).toEqual([last]);
    expect((await h.call('ListSandboxJournalEntry', { query: { Outcome: 'delivered' } })).body).toEqual(example('JournalEmpty'));
  });

  it('records a delivery to a host that is not allowed as blocked', async () => {
    const h = harness();
    const seed = structuredClone(example('SeedIncidentBridge')) as any;
    seed.conferences[0].statusCallback.url = 'https://hooks.example.net/conference-events';
    await h.call('CreateSandboxSeed', { body: seed });
    await h.call('CreateSandboxCallSpeech', { pathParams: { CallSid: COMMANDER }, body: { speaking: true } });
    const blocked = await h.call('ListSandboxJournalEntry', { query: { Outcome: 'blocked' } });
    expect(blocked.body.entries).toHaveLength(1);
    expect(blocked.body.entries[0]).toMatchObject({ signature: null, responseStatus: null, durationMs: null });
  });
});

describe('conference timeline', () => {
  const T0 = Date.parse('2025-03-03T12:00:00Z');
  const at = (ms: number) => new Date(T0 + ms).toISOString();

  /** The 2010 API as a test account calls it. */
  const api = (sandbox: Sandbox, operationId: string, pathParams: Record<string, string>, body: Record<string, string> = {}) =>
    sandbox.handle(operationId, { pathParams: { AccountSid: ACCOUNT, ...pathParams }, query: {}, body, auth: { username: ACCOUNT, password: 'token' } });

  it('draws each leg as ringing, connected and its muted, hold and speaking stretches, with the end, its reason, announcements and recordings', async () => {
    const h = harness();
    h.sandbox.loadSeed('default');
    const add = async (to: string, body: Record<string, string>) => {
      const res = await api(h.sandbox, 'CreateParticipant', { ConferenceSid: 'support-7' }, { From: '+15555550100', To: to, ...body });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body as { call_sid: string; conference_sid: string };
    };
    const customer = await add('+15555550111', { Label: 'customer', EndConferenceOnExit: 'true', ConferenceRecord: 'record-from-start' });
    const agent = await add('+15555550112', { Label: 'agent' });
    const cf = customer.conference_sid;
    h.sandbox.clock.advance(500); // both answered: the conference starts and records
    const update = async (callSid: string, body: Record<string, string>) =>
      expect((await api(h.sandbox, 'UpdateParticipant', { ConferenceSid: cf, CallSid: callSid }, body)).status).toBe(200);
    h.sandbox.clock.advance(500);
    await update(customer.call_sid, { Muted: 'true' }); // 1.0 s
    h.sandbox.clock.advance(1000);
    await update(customer.call_sid, { Hold: 'true' }); // 2.0 s
    await h.call('CreateSandboxCallSpeech', { pathParams: { CallSid: agent.call_sid }, body: { speaking: true } });
    h.sandbox.clock.advance(1000);
    await h.call('CreateSandboxCallSpeech', { pathParams: { CallSid: agent.call_sid }, body: { speaking: false } }); // 3.0 s
    await update(customer.call_sid, { Muted: 'false' });
    expect((await api(h.sandbox, 'UpdateConference', { Sid: cf }, { AnnounceUrl: 'http://127.0.0.1:9/hello.mp3' })).status).toBe(200);
    h.sandbox.clock.advance(2000); // the announcement (1.5 s) has ended
    const live = await h.call('FetchSandboxConferenceTimeline', { pathParams: { ConferenceSid: cf } });
    expect(live.status).toBe(200);
    expect(live.body).toMatchObject({ status: 'in-progress', startedAt: at(500), endedAt: null, endReason: null, now: at(5000) });
    expect(live.body.legs[0].segments).toEqual([
      { state: 'ringing', start: at(200), end: at(500) },
      { state: 'connected', start: at(500), end: null },
      { state: 'muted', start: at(1000), end: at(3000) },
      { state: 'hold', start: at(2000), end: null },
    ]);

    await h.call('CreateSandboxCallHangup', { pathParams: { CallSid: customer.call_sid } }); // 5.0 s: ends the conference
    const ended = await h.call('FetchSandboxConferenceTimeline', { pathParams: { ConferenceSid: cf } });
    expect(ended.body).toMatchObject({
      conferenceSid: cf,
      friendlyName: 'support-7',
      status: 'completed',
      createdAt: at(0),
      startedAt: at(500),
      endedAt: at(5000),
      endReason: 'participant-with-end-conference-on-exit-left',
      callSidEndingConference: customer.call_sid,
    });
    const [first, second] = ended.body.legs;
    expect(first).toMatchObject({ callSid: customer.call_sid, label: 'customer', from: '+15555550100', to: '+15555550111', direction: 'outbound-api', status: 'complete', joinedAt: at(500), leftAt: at(5000), leaveReason: 'participant_hung_up' });
    expect(first.segments).toEqual([
      { state: 'ringing', start: at(200), end: at(500) },
      { state: 'connected', start: at(500), end: at(5000) },
      { state: 'muted', start: at(1000), end: at(3000) },
      { state: 'hold', start: at(2000), end: at(5000) },
    ]);
    expect(second.segments).toEqual([
      { state: 'ringing', start: at(200), end: at(500) },
      { state: 'connected', start: at(500), end: at(5000) },
      { state: 'speaking', start: at(2000), end: at(3000) },
    ]);
    expect(ended.body.announcements).toEqual([
      { url: 'http://127.0.0.1:9/hello.mp3', callSid: null, start: at(3000), end: at(4500), outcome: 'ended', failure: null },
    ]);
    expect(ended.body.recordings).toEqual([
      { recordingSid: expect.stringMatching(/^RE/), status: 'processing', start: at(500), end: at(5000), pauses: [] },
    ]);
  });

  it('starts a flag that was on from the join when the participant was added with it, and shows a failed and a cut-off announcement', async () => {
    const h = harness();
    h.sandbox.loadSeed('default');
    const add = async (to: string, body: Record<string, string>) =>
      (await api(h.sandbox, 'CreateParticipant', { ConferenceSid: 'briefing' }, { From: '+15555550100', To: to, ...body })).body as { call_sid: string; conference_sid: string };
    const host = await add('+15555550121', { Label: 'host' });
    const listener = await add('+15555550122', { Label: 'listener', Muted: 'true' });
    h.sandbox.clock.advance(500);
    const cf = host.conference_sid;
    expect((await api(h.sandbox, 'UpdateParticipant', { ConferenceSid: cf, CallSid: listener.call_sid }, { AnnounceUrl: 'http://127.0.0.1:9/a.mp3' })).status).toBe(200);
    expect((await api(h.sandbox, 'UpdateParticipant', { ConferenceSid: cf, CallSid: host.call_sid }, { AnnounceUrl: 'http://127.0.0.1:9/b.mp3' })).status).toBe(200);
    await h.call('CreateSandboxAnnouncementEnd', { pathParams: { ConferenceSid: cf }, body: { callSid: host.call_sid, failure: 'unreachable' } });
    h.sandbox.clock.advance(1000);
    await h.call('CreateSandboxCallHangup', { pathParams: { CallSid: listener.call_sid } }); // 1.5 s: its announcement is cut off
    const res = await h.call('FetchSandboxConferenceTimeline', { pathParams: { ConferenceSid: cf } });
    expect(res.body.legs[1].segments).toEqual([
      { state: 'ringing', start: at(200), end: at(500) },
      { state: 'connected', start: at(500), end: at(1500) },
      { state: 'muted', start: at(500), end: at(1500) },
    ]);
    expect(res.body.announcements).toEqual([
      { url: 'http://127.0.0.1:9/a.mp3', callSid: listener.call_sid, start: at(500), end: at(1500), outcome: 'stopped', failure: null },
      { url: 'http://127.0.0.1:9/b.mp3', callSid: host.call_sid, start: at(500), end: at(500), outcome: 'failed', failure: 'unreachable' },
    ]);
  });

  it('shows coaching from an update to its stop, and a recording\'s pause until it resumes', async () => {
    const h = harness();
    h.sandbox.loadSeed('default');
    const add = async (to: string, body: Record<string, string> = {}) =>
      (await api(h.sandbox, 'CreateParticipant', { ConferenceSid: 'training' }, { From: '+15555550100', To: to, ...body })).body as { call_sid: string; conference_sid: string };
    const trainee = await add('+15555550151', { ConferenceRecord: 'true' });
    const customer = await add('+15555550152');
    const coach = await add('+15555550153');
    h.sandbox.clock.advance(500);
    const cf = trainee.conference_sid;
    const update = async (callSid: string, body: Record<string, string>) =>
      expect((await api(h.sandbox, 'UpdateParticipant', { ConferenceSid: cf, CallSid: callSid }, body)).status).toBe(200);
    const record = async (status: string) =>
      expect((await api(h.sandbox, 'UpdateConferenceRecording', { ConferenceSid: cf, Sid: 'Twilio.CURRENT' }, { Status: status })).status).toBe(200);
    await update(coach.call_sid, { Coaching: 'true', CallSidToCoach: trainee.call_sid }); // 0.5 s
    await record('paused');
    h.sandbox.clock.advance(1000);
    await record('in-progress'); // 1.5 s
    await update(coach.call_sid, { Coaching: 'false' });
    h.sandbox.clock.advance(1000);
    await record('paused'); // 2.5 s, still paused when the timeline is drawn
    const res = await h.call('FetchSandboxConferenceTimeline', { pathParams: { ConferenceSid: cf } });
    expect(res.body.legs[2].segments.filter((s: { state: string }) => s.state === 'coaching')).toEqual([{ state: 'coaching', start: at(500), end: at(1500) }]);
    expect(res.body.legs.map((l: { callSid: string }) => l.callSid)).toEqual([trainee.call_sid, customer.call_sid, coach.call_sid]);
    expect(res.body.recordings).toEqual([
      {
        recordingSid: expect.stringMatching(/^RE/),
        status: 'paused',
        start: at(500),
        end: null,
        pauses: [
          { start: at(500), end: at(1500) },
          { start: at(2500), end: null },
        ],
      },
    ]);
  });

  it('draws a conference loaded from a seed from its records: a participant seeded on hold is on hold since it joined', async () => {
    const h = harness();
    await h.call('CreateSandboxSeed', { body: example('SeedWarmTransfer') });
    const res = await h.call('FetchSandboxConferenceTimeline', { pathParams: { ConferenceSid: 'CF00000000000000000000000000000042' } });
    const customer = res.body.legs.find((l: { label: string }) => l.label === 'customer');
    expect(customer.segments).toEqual([
      { state: 'connected', start: '2025-03-03T11:58:01.000Z', end: null },
      { state: 'hold', start: '2025-03-03T11:58:01.000Z', end: null },
    ]);
    expect(res.body).toMatchObject({ status: 'in-progress', startedAt: '2025-03-03T11:58:08.000Z', endedAt: null, endReason: null });
    expect(res.body.recordings.map((r: { end: unknown }) => r.end)).toEqual([null]);
  });

  it('404s a conference the sandbox does not have', async () => {
    const h = harness();
    const res = await h.call('FetchSandboxConferenceTimeline', { pathParams: { ConferenceSid: 'CFbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb' } });
    expect(res).toMatchObject({ status: 404, body: { code: 20404 } });
  });
});

describe('what only the mock\'s socket serves', () => {
  it.each(['FetchSandboxEventStream', 'FetchSandboxInspector', 'FetchSandboxInspectorAsset', 'FetchSandboxHome'])('%s is a 501 naming where it is served', async (operationId) => {
    const res = await harness().call(operationId, operationId === 'FetchSandboxInspectorAsset' ? { pathParams: { Asset: 'inspector.js' } } : {});
    expect(res.status).toBe(501);
    expect(res.body.message).toMatch(/served by the mock's HTTP server only/);
  });
});

describe('coverage', () => {
  // Runs last (vitest runs a file's tests in order): every operation was exercised, with each of its
  // documented success and event statuses.
  it('exercised every control operation and every documented non-generic status', () => {
    for (const [id, entry] of entries) {
      // The socket host answers these with a stream or a page (apps/mock's tests see those 200s).
      const socketOnly = ['FetchSandboxEventStream', 'FetchSandboxInspector', 'FetchSandboxInspectorAsset', 'FetchSandboxHome'].includes(id);
      const documented = Object.keys(entry.operation.responses as JsonObject).filter((s) => /^(2|409)/.test(s) && !(socketOnly && s === '200')).map(Number);
      for (const status of documented) expect(seen.get(id)?.has(status), `${id} ${status}`).toBe(true);
    }
  });
});
