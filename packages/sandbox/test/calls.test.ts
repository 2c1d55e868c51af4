/**
 * The Calls resource: CreateCall's lifecycle on the clock, UpdateCall's rules (21220), DeleteCall, the
 * list filters and paging, and Calls and Participants agreeing about every leg.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { HOOK, add, created, expectWebhooksValid } from './helpers.js';
import { APP, createCall, run, timeline, twimlSandbox } from './twiml-helpers.js';

afterEach(() => {
  for (const sandbox of created.splice(0)) {
    expectWebhooksValid(sandbox);
    sandbox.dispose();
  }
});

const doc = (body: string) => `<Response>${body}</Response>`;
const HOLD = doc('<Pause length="600"/>');

describe('CreateCall', () => {
  it('rings on the clock with call-progress callbacks, then runs its TwiML; the Call shows each step', async () => {
    const h = twimlSandbox();
    const res = await h.call('CreateCall', {}, {
      body: { From: '+15555550100', To: '+14158675309', Twiml: doc('<Say>Hello</Say>'), StatusCallback: HOOK, StatusCallbackEvent: ['initiated', 'ringing', 'answered', 'completed'] },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'queued', direction: 'outbound-api', to_formatted: '(415) 867-5309', start_time: null, end_time: null, duration: null, queue_time: '100', parent_call_sid: null, api_version: '2010-04-01' });
    const sid = res.body.sid;
    const statusAt = async (ms: number) => {
      await run(h, ms);
      return (await h.call('FetchCall', { Sid: sid })).body.status;
    };
    expect(await statusAt(150)).toBe('queued'); // initiated is not a resource status
    expect(await statusAt(100)).toBe('ringing');
    expect(await statusAt(300)).toBe('in-progress');
    expect(await statusAt(1000)).toBe('completed');
    const done = (await h.call('FetchCall', { Sid: sid })).body;
    expect(done).toMatchObject({ duration: '0', start_time: 'Mon, 03 Mar 2025 12:00:00 +0000', end_time: 'Mon, 03 Mar 2025 12:00:00 +0000' });
    await h.sandbox.settled();
    const progress = h.sandbox.journal.webhooks({ type: 'call-progress', callSid: sid }).map((w) => [w.event, w.sequenceNumber]);
    expect(progress).toEqual([['initiated', 0], ['ringing', 1], ['in-progress', 2], ['completed', 3]]);
  });

  it('honours the magic numbers and Timeout; a call that never answers runs no TwiML', async () => {
    const h = twimlSandbox();
    const busy = await createCall(h, { To: '+15005550010', Twiml: doc('<Say>x</Say>') });
    const never = await createCall(h, { To: '+15005550013', Timeout: '5', Twiml: doc('<Say>x</Say>') });
    const failed = await createCall(h, { To: '+15005550012', Url: `${APP}/voice` });
    await run(h, 6000);
    for (const [sid, status] of [[busy, 'busy'], [never, 'no-answer'], [failed, 'failed']] as const) {
      expect((await h.call('FetchCall', { Sid: sid })).body).toMatchObject({ status, duration: null });
      expect(timeline(h, sid).at(-1)).toMatch(new RegExp(`ended ${status} `));
    }
    expect(h.requests.filter((r) => r.url.startsWith(APP))).toEqual([]);
  });

  it('refuses what it cannot place: no Url or Twiml, a relative Url, an ApplicationSid', async () => {
    const h = twimlSandbox();
    const body = { From: '+15555550100', To: '+15555550101' };
    expect((await h.call('CreateCall', {}, { body })).body).toMatchObject({ status: 400, code: 20001 });
    expect((await h.call('CreateCall', {}, { body: { ...body, Url: '/voice' } })).body).toMatchObject({ status: 400, code: 21205 });
    expect((await h.call('CreateCall', {}, { body: { ...body, ApplicationSid: 'AP' + 'a'.repeat(32) } })).body).toMatchObject({ status: 400, code: 21218 });
    expect((await h.call('ListCall')).body.calls).toEqual([]);
  });
});

describe('UpdateCall', () => {
  it('Status=completed hangs up a live leg: it leaves its conference with the right callbacks', async () => {
    const h = twimlSandbox();
    const a = await add(h, 'room', { Label: 'a', ConferenceStatusCallback: HOOK, ConferenceStatusCallbackEvent: ['leave', 'end'] });
    await add(h, 'room', { Label: 'b' });
    await run(h, 1000);
    const res = await h.call('UpdateCall', { Sid: a.call_sid }, { body: { Status: 'completed' } });
    expect(res.body).toMatchObject({ status: 'completed', duration: '1' }); // answered at 0.5 s, hung up at 1 s
    const leave = h.sandbox.journal.webhooks({ type: 'conference', event: 'participant-leave' }).map((w) => Object.fromEntries(w.params));
    expect(leave).toEqual([expect.objectContaining({ CallSid: a.call_sid, ReasonParticipantLeft: 'participant_updated_via_api', ParticipantCallStatus: 'completed' })]);
    expect((await h.call('FetchParticipant', { ConferenceSid: a.conference_sid, CallSid: a.call_sid })).status).toBe(404);
  });

  it('Status=canceled only while queued or ringing; 21220 once answered (use completed) or ended', async () => {
    const h = twimlSandbox();
    const queued = await createCall(h, { Twiml: HOLD, StatusCallback: HOOK });
    const res = await h.call('UpdateCall', { Sid: queued }, { body: { Status: 'canceled' } });
    expect(res.body.status).toBe('canceled');
    await h.sandbox.settled();
    // A call canceled while still queued sends no callback (facts C.3).
    expect(h.sandbox.journal.webhooks({ callSid: queued })).toEqual([]);
    const ringing = await createCall(h, { Twiml: HOLD, StatusCallback: HOOK });
    await run(h, 300);
    expect((await h.call('UpdateCall', { Sid: ringing }, { body: { Status: 'canceled' } })).body.status).toBe('canceled');
    await h.sandbox.settled();
    expect(h.sandbox.journal.webhooks({ callSid: ringing }).map((w) => w.event)).toEqual(['canceled']);
    const live = await createCall(h, { Twiml: HOLD });
    await run(h, 1000);
    const refused = await h.call('UpdateCall', { Sid: live }, { body: { Status: 'canceled' } });
    expect(refused.body).toMatchObject({ status: 400, code: 21220 });
    expect((await h.call('FetchCall', { Sid: live })).body.status).toBe('in-progress');
    expect((await h.call('UpdateCall', { Sid: queued }, { body: { Status: 'completed' } })).body).toMatchObject({ status: 400, code: 21220 });
  });

  it('Twiml or Url redirects a live call at once; on a call not in progress it is 21220', async () => {
    const h = twimlSandbox({ '/next': doc('<Say>Moved</Say>') });
    const sid = await createCall(h, { Twiml: doc('<Say>one two three four five six seven eight</Say><Say>never</Say>') });
    expect((await h.call('UpdateCall', { Sid: sid }, { body: { Url: `${APP}/next` } })).body).toMatchObject({ code: 21220, message: expect.stringMatching(/not in-progress/) });
    await run(h, 1000);
    const moved = await h.call('UpdateCall', { Sid: sid }, { body: { Url: `${APP}/next`, Method: 'GET' } });
    expect(moved.status).toBe(200);
    await run(h, 2000);
    expect(timeline(h, sid).slice(4)).toEqual([
      '500 said "one two three four five six seven eight" 3200', '1000 fetched voice /next', '1000 said "Moved" 400', '1400 status completed', '1400 ended completed end-of-document',
    ]);
    expect((await h.call('UpdateCall', { Sid: sid }, { body: { Twiml: doc('<Hangup/>') } })).body.code).toBe(21220);
    expect((await h.call('UpdateCall', { Sid: sid }, { body: { Twiml: doc(''), Url: `${APP}/next` } })).status).toBe(400);
  });

  it('TimeLimit hangs up an answered call after that many seconds', async () => {
    const h = twimlSandbox();
    const sid = await createCall(h, { Twiml: HOLD, TimeLimit: '3' });
    await run(h, 5000);
    expect(timeline(h, sid).slice(-1)).toEqual(['3500 ended completed time-limit']);
  });
});

describe('DeleteCall', () => {
  it('removes an ended call (204) and refuses a live one (21220)', async () => {
    const h = twimlSandbox();
    const sid = await createCall(h, { Twiml: HOLD });
    expect((await h.call('DeleteCall', { Sid: sid })).body).toMatchObject({ status: 400, code: 21220 });
    await h.call('UpdateCall', { Sid: sid }, { body: { Status: 'completed' } });
    expect((await h.call('DeleteCall', { Sid: sid })).status).toBe(204);
    expect((await h.call('FetchCall', { Sid: sid })).status).toBe(404);
    expect((await h.call('ListCall')).body.calls).toEqual([]);
    expect((await h.call('DeleteCall', { Sid: sid })).status).toBe(404);
  });
});

describe('ListCall', () => {
  it('filters by To, From, Status, ParentCallSid and StartTime/EndTime, newest first, and pages', async () => {
    const h = twimlSandbox();
    const one = await createCall(h, { To: '+15555550111', Twiml: HOLD });
    await run(h, 1000);
    const two = await createCall(h, { To: '+15555550112', From: '+15555550199', Twiml: doc('<Hangup/>') });
    await run(h, 1000);
    const three = await createCall(h, { To: '+15555550113', Twiml: HOLD });
    const sids = async (query: Record<string, string>) => (await h.call('ListCall', {}, { query })).body.calls.map((c: any) => c.sid);
    expect(await sids({})).toEqual([three, two, one]);
    expect(await sids({ To: '+15555550112' })).toEqual([two]);
    expect(await sids({ From: '+15555550199' })).toEqual([two]);
    expect(await sids({ Status: 'completed' })).toEqual([two]);
    expect(await sids({ Status: 'queued' })).toEqual([three]);
    expect(await sids({ Status: 'in-progress' })).toEqual([one]);
    expect(await sids({ ParentCallSid: one })).toEqual([]);
    expect(await sids({ StartTime: '2025-03-03' })).toEqual([two, one]);
    expect(await sids({ 'StartTime<': '2025-03-02' })).toEqual([]);
    expect(await sids({ 'StartTime>': '2025-03-03' })).toEqual([two, one]);
    expect(await sids({ 'EndTime>': '2025-03-03' })).toEqual([two]);
    const first = await h.call('ListCall', {}, { query: { PageSize: '2' } });
    expect(first.body.calls.map((c: any) => c.sid)).toEqual([three, two]);
    const next = Object.fromEntries(new URL(first.body.next_page_uri, 'http://x').searchParams);
    const second = await h.call('ListCall', {}, { query: next });
    expect(second.body.calls.map((c: any) => c.sid)).toEqual([one]);
    expect(second.body.next_page_uri).toBeNull();
  });
});

describe('Calls and Participants agree', () => {
  it('an API participant is a call: fetchable, listed, with the same status story; seeds give old participants calls', async () => {
    const h = twimlSandbox();
    const p = await add(h, 'room', { StatusCallback: HOOK, StatusCallbackEvent: ['initiated', 'answered', 'completed'] });
    expect((await h.call('FetchCall', { Sid: p.call_sid })).body).toMatchObject({ status: 'queued', to: '+15555550101', direction: 'outbound-api' });
    await run(h, 1000);
    expect((await h.call('FetchCall', { Sid: p.call_sid })).body.status).toBe('in-progress');
    expect((await h.call('FetchParticipant', { ConferenceSid: p.conference_sid, CallSid: p.call_sid })).body.status).toBe('connected');
    h.sandbox.events.hangUp({ callSid: p.call_sid });
    expect((await h.call('FetchCall', { Sid: p.call_sid })).body.status).toBe('completed');
    await h.sandbox.settled();
    expect(h.requests.filter((r) => r.form.CallbackSource).map((r) => r.form.CallStatus)).toEqual(['initiated', 'in-progress', 'completed']);
    // The default world's participants (a seed without calls) are calls as well.
    const seeded = twimlSandbox();
    seeded.sandbox.loadSeed('default');
    const calls = (await seeded.call('ListCall', {}, { query: { PageSize: '100' } })).body.calls;
    expect(calls.length).toBe(13);
    expect(calls.filter((c: any) => c.status === 'in-progress').map((c: any) => c.sid).sort()).toEqual(
      ['CA' + '9'.repeat(32), 'CA' + 'a'.repeat(32), 'CA' + 'b'.repeat(32), 'CA' + 'c'.repeat(32), 'CA' + 'd'.repeat(32)].sort(),
    );
  });

  it('a snapshot carries calls, their timelines and TwiML state, and goes on where it stopped', async () => {
    const h = twimlSandbox({ '/after': doc('<Say>Welcome back</Say>') });
    const sid = await createCall(h, { Twiml: doc(`<Say>Before</Say><Redirect>${APP}/after</Redirect>`) });
    await run(h, 600);
    const snapshot = structuredClone(h.sandbox.exportSnapshot());
    const again = twimlSandbox({ '/after': doc('<Say>Welcome back</Say>') });
    again.sandbox.importSnapshot(snapshot);
    await run(again, 2000);
    expect(timeline(again, sid).slice(4)).toEqual([
      '500 said "Before" 400', `900 verb Redirect ${APP}/after`, '900 fetched voice /after', '900 said "Welcome back" 800', '1700 status completed', '1700 ended completed end-of-document',
    ]);
  });
});
