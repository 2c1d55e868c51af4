import { describe, expect, it } from 'vitest';
import { verifySignature } from '../src/index.js';
import { afterEach } from 'vitest';
import { ACCOUNT, HOOK, TOKEN, add, created, expectWebhooksValid, formOf, makeSandbox, specOperationIds } from './helpers.js';

afterEach(() => {
  // Every webhook any test caused must match the spec's callback schemas.
  for (const sandbox of created.splice(0)) {
    expectWebhooksValid(sandbox);
    sandbox.dispose();
  }
});

const confHook = (events = ['start', 'end', 'join', 'leave', 'mute', 'hold', 'modify', 'speaker', 'announcement']) => ({
  ConferenceStatusCallback: HOOK,
  ConferenceStatusCallbackEvent: events,
});

async function running(h: ReturnType<typeof makeSandbox>, extra: Record<string, string | string[]> = {}) {
  const a = await add(h, 'room', { ...confHook(), Label: 'alice', ...extra });
  const b = await add(h, 'room', { Label: 'bob' });
  h.sandbox.clock.advance(1000);
  return { a, b, cf: a.conference_sid as string };
}

const events = (h: ReturnType<typeof makeSandbox>, cf: string) =>
  h.sandbox.journal.webhooks({ type: 'conference', conferenceSid: cf }).map((w) => w.event);

describe('operations', () => {
  it('has one handler per operation of the bundled specs, and none besides', () => {
    const { sandbox } = makeSandbox();
    expect([...sandbox.operationIds].sort()).toEqual([...specOperationIds].sort());
    expect(sandbox.operationIds).toContain('CreateIncomingPhoneNumber');
  });
});

describe('the default world', () => {
  it('has conferences in each status, participants only in active ones, recordings and summaries', async () => {
    const h = makeSandbox();
    const list = await h.call('ListConference');
    const statuses = list.body.conferences.map((c: { status: string }) => c.status);
    expect(new Set(statuses)).toEqual(new Set(['init', 'in-progress', 'completed']));
    for (const c of list.body.conferences) {
      const parts = await h.call('ListParticipant', { ConferenceSid: c.sid });
      if (c.status === 'completed') expect(parts.body.participants).toEqual([]);
      else expect(parts.body.participants.length).toBeGreaterThan(0);
      const summaries = await h.call('ListConferenceParticipantSummary', { ConferenceSid: c.sid });
      expect(summaries.body.participants.length).toBeGreaterThan(0);
      await h.call('ListConferenceRecording', { ConferenceSid: c.sid });
    }
    const summaries = await h.call('ListConferenceSummary');
    expect(summaries.body.conferences).toHaveLength(list.body.conferences.length);
    const done = summaries.body.conferences.find((s: any) => s.friendly_name === 'support-escalation-4411');
    expect(done).toMatchObject({ status: 'completed', processing_state: 'complete', end_reason: 'last_participant_left', tags: ['high_jitter', 'quality_warnings'] });
  });
});

describe('conference lifecycle (§6)', () => {
  it('the first participant creates the conference (init); the second starts it', async () => {
    const h = makeSandbox();
    const a = await add(h, 'room', confHook());
    expect(a).toMatchObject({ status: 'queued', queue_time: '100' });
    let conf = await h.call('FetchConference', { Sid: a.conference_sid });
    expect(conf.body.status).toBe('init');
    h.sandbox.clock.advance(1000);
    expect((await h.call('FetchParticipant', { ConferenceSid: a.conference_sid, CallSid: a.call_sid })).body.status).toBe('connected');
    conf = await h.call('FetchConference', { Sid: a.conference_sid });
    expect(conf.body.status).toBe('init');
    const b = await add(h, 'room');
    expect(b.conference_sid).toBe(a.conference_sid);
    h.sandbox.clock.advance(1000);
    conf = await h.call('FetchConference', { Sid: a.conference_sid });
    expect(conf.body.status).toBe('in-progress');
    expect(events(h, a.conference_sid)).toEqual(['participant-join', 'participant-join', 'conference-start']);
  });

  it('a participant with StartConferenceOnEnter=false does not start it', async () => {
    const h = makeSandbox();
    const a = await add(h, 'room', { StartConferenceOnEnter: 'false' });
    await add(h, 'room', { StartConferenceOnEnter: 'false' });
    h.sandbox.clock.advance(1000);
    expect((await h.call('FetchConference', { Sid: a.conference_sid })).body.status).toBe('init');
    await add(h, 'room');
    h.sandbox.clock.advance(1000);
    expect((await h.call('FetchConference', { Sid: a.conference_sid })).body.status).toBe('in-progress');
  });

  it('end-on-exit participant leaving ends it; the others drop with moderator_ended_conference', async () => {
    const h = makeSandbox();
    const { a, b, cf } = await running(h, { EndConferenceOnExit: 'true' });
    expect(h.sandbox.events.hangUp({ callSid: a.call_sid }).status).toBe(200);
    const conf = await h.call('FetchConference', { Sid: cf });
    expect(conf.body).toMatchObject({
      status: 'completed',
      reason_conference_ended: 'participant-with-end-conference-on-exit-left',
      call_sid_ending_conference: a.call_sid,
    });
    expect((await h.call('ListParticipant', { ConferenceSid: cf })).body.participants).toEqual([]);
    expect((await h.call('FetchParticipant', { ConferenceSid: cf, CallSid: b.call_sid })).status).toBe(404);
    await h.sandbox.journal.settled();
    const leaves = h.delivered.map(formOf).filter((f) => f.StatusCallbackEvent === 'participant-leave');
    expect(leaves.map((f) => [f.CallSid, f.ReasonParticipantLeft, f.ParticipantCallStatus])).toEqual([
      [a.call_sid, 'participant_hung_up', 'completed'],
      [b.call_sid, 'moderator_ended_conference', 'completed'],
    ]);
    const end = h.delivered.map(formOf).find((f) => f.StatusCallbackEvent === 'conference-end')!;
    expect(end).toMatchObject({
      ReasonConferenceEnded: 'participant-with-end-conference-on-exit-left',
      CallSidEndingConference: a.call_sid,
      ParticipantLabelEndingConference: 'alice',
    });
  });

  it('kicking the end-on-exit participant, or the last one, gives the -kicked reasons', async () => {
    const h = makeSandbox();
    const { a, cf } = await running(h, { EndConferenceOnExit: 'true' });
    expect((await h.call('DeleteParticipant', { ConferenceSid: cf, CallSid: 'alice' })).status).toBe(204);
    expect((await h.call('FetchConference', { Sid: cf })).body).toMatchObject({
      reason_conference_ended: 'participant-with-end-conference-on-exit-kicked',
      call_sid_ending_conference: a.call_sid,
    });

    const r = await running(makeSandbox());
    void r;
    const h2 = makeSandbox();
    const two = await running(h2);
    await h2.call('DeleteParticipant', { ConferenceSid: two.cf, CallSid: two.a.call_sid });
    expect((await h2.call('FetchConference', { Sid: two.cf })).body.status).toBe('in-progress');
    h2.sandbox.events.hangUp({ callSid: two.b.call_sid });
    expect((await h2.call('FetchConference', { Sid: two.cf })).body).toMatchObject({
      status: 'completed',
      reason_conference_ended: 'last-participant-left',
      call_sid_ending_conference: two.b.call_sid,
    });
    const h3 = makeSandbox();
    const three = await running(h3);
    await h3.call('DeleteParticipant', { ConferenceSid: three.cf, CallSid: three.a.call_sid });
    await h3.call('DeleteParticipant', { ConferenceSid: three.cf, CallSid: three.b.call_sid });
    expect((await h3.call('FetchConference', { Sid: three.cf })).body.reason_conference_ended).toBe('last-participant-kicked');
  });

  it('Status=completed ends it via the API, with no ending call; a new one may then take the name', async () => {
    const h = makeSandbox();
    const { cf } = await running(h);
    const res = await h.call('UpdateConference', { Sid: cf }, { body: { Status: 'completed' } });
    expect(res.body).toMatchObject({ status: 'completed', reason_conference_ended: 'conference-ended-via-api', call_sid_ending_conference: null });
    const again = await add(h, 'room');
    expect(again.conference_sid).not.toBe(cf);
    expect((await h.call('CreateParticipant', { ConferenceSid: cf }, { body: { From: '+15555550100', To: '+15555550102' } })).status).toBe(400);
    const inProgress = await h.call('ListConference', {}, { query: { FriendlyName: 'room' } });
    expect(inProgress.body.conferences.map((c: any) => c.status)).toEqual(['init', 'completed']);
  });

  it("refuses From and To that are not a number, a Client or a SIP address, with Twilio's 21212 / 21211, and keeps nothing", async () => {
    const h = makeSandbox({ seed: 'empty' });
    // `-d From=+15005550006` sends the + as a space: Twilio refuses it rather than dial " 15005550006".
    for (const [body, code] of [
      [{ From: ' 15005550006', To: '+15555550101' }, 21212],
      [{ From: 'hello', To: '+15555550101' }, 21212],
      [{ From: '+15555550100', To: '15555550101' }, 21211],
      [{ From: '+15555550100', To: 'sip:nobody' }, 21211],
    ] as const) {
      const res = await h.call('CreateParticipant', { ConferenceSid: 'room' }, { body });
      expect(res, JSON.stringify(body)).toMatchObject({ status: 400, body: { code, status: 400 } });
      const call = await h.call('CreateCall', {}, { body: { ...body, Twiml: '<Response/>' } });
      expect(call, JSON.stringify(body)).toMatchObject({ status: 400, body: { code } });
    }
    expect((await h.call('ListConference', {})).body.conferences).toEqual([]);
    expect((await h.call('ListCall', {})).body.calls).toEqual([]);
    for (const To of ['+15555550101', 'client:agent-7', 'client:agent?skill=billing', 'sip:support@vendor.example.com']) {
      expect((await h.call('CreateParticipant', { ConferenceSid: 'room' }, { body: { From: 'client:desk', To } })).status, To).toBe(201);
    }
  });

  it('enforces labels, MaxParticipants and coaching rules', async () => {
    const h = makeSandbox();
    const { a, cf } = await running(h, { MaxParticipants: '3' });
    const dup = await h.call('CreateParticipant', { ConferenceSid: cf }, { body: { From: '+15555550100', To: '+15555550102', Label: 'alice' } });
    expect(dup.body).toMatchObject({ status: 400, code: 16025 });
    const coachBad = await h.call('CreateParticipant', { ConferenceSid: cf }, { body: { From: '+15555550100', To: '+15555550102', Coaching: 'true', CallSidToCoach: 'CA' + '0'.repeat(32) } });
    expect(coachBad.body.code).toBe(13240);
    const noTarget = await h.call('CreateParticipant', { ConferenceSid: cf }, { body: { From: '+15555550100', To: '+15555550102', Coaching: 'true' } });
    expect(noTarget.status).toBe(400);
    const coach = await add(h, cf, { Coaching: 'true', CallSidToCoach: a.call_sid });
    expect(coach).toMatchObject({ coaching: true, call_sid_to_coach: a.call_sid });
    const full = await h.call('CreateParticipant', { ConferenceSid: cf }, { body: { From: '+15555550100', To: '+15555550102' } });
    expect(full.status).toBe(400);
    h.sandbox.clock.advance(1000);
    const coaching = await h.call('ListParticipant', { ConferenceSid: cf }, { query: { Coaching: 'true' } });
    expect(coaching.body.participants.map((p: any) => p.call_sid)).toEqual([coach.call_sid]);
  });

  it('mute, hold and modify send their events and land in the participant summary', async () => {
    const h = makeSandbox();
    const { a, cf } = await running(h);
    const t = h.sandbox.clock.now();
    await h.call('UpdateParticipant', { ConferenceSid: cf, CallSid: a.call_sid }, { body: { Muted: 'true' } });
    await h.call('UpdateParticipant', { ConferenceSid: cf, CallSid: a.call_sid }, { body: { Hold: 'true', BeepOnExit: 'false' } });
    await h.call('UpdateParticipant', { ConferenceSid: cf, CallSid: a.call_sid }, { body: { Muted: 'false', Hold: 'false' } });
    expect(events(h, cf).slice(3)).toEqual([
      'participant-mute', 'participant-hold', 'participant-modify', 'participant-unmute', 'participant-unhold',
    ]);
    const summaries = await h.call('ListConferenceParticipantSummary', { ConferenceSid: cf });
    const s = summaries.body.participants.find((p: any) => p.call_sid === a.call_sid);
    expect(s.events).toEqual({ mute: [t], unmute: [t], hold: [t], unhold: [t], modify_beep: [t] });
    expect(s.participant_sid).toMatch(/^CP/);
    const muted = await h.call('ListConferenceParticipantSummary', { ConferenceSid: cf }, { query: { Events: 'mute' } });
    expect(muted.body.participants).toHaveLength(1);
  });

  it('announces into the conference; the announcement ends by itself or by a network event', async () => {
    const h = makeSandbox();
    const { cf, b } = await running(h);
    const res = await h.call('UpdateConference', { Sid: cf }, { body: { AnnounceUrl: 'https://example.com/a.mp3' } });
    expect(res.body.status).toBe('in-progress');
    h.sandbox.clock.advance(2000);
    await h.call('UpdateParticipant', { ConferenceSid: cf, CallSid: b.call_sid }, { body: { AnnounceUrl: 'https://example.com/b.mp3' } });
    expect(h.sandbox.events.announcementEnd({ conferenceSid: cf, failure: 'boom' }).status).toBe(204);
    expect(h.sandbox.events.announcementEnd({ conferenceSid: cf }).status).toBe(409);
    await h.sandbox.journal.settled();
    const ann = h.delivered.map(formOf).filter((f) => f.StatusCallbackEvent?.startsWith('announcement'));
    expect(ann.map((f) => [f.StatusCallbackEvent, f.AnnounceUrl, f.CallSid ?? null])).toEqual([
      ['announcement-end', 'https://example.com/a.mp3', null],
      ['announcement-fail', 'https://example.com/b.mp3', b.call_sid],
    ]);
  });

  it('speech events come from the network', async () => {
    const h = makeSandbox();
    const { a, cf } = await running(h);
    h.sandbox.events.speak({ callSid: a.call_sid, speaking: true });
    h.sandbox.events.speak({ callSid: a.call_sid, speaking: false });
    expect(events(h, cf).slice(-2)).toEqual(['participant-speech-start', 'participant-speech-stop']);
    expect(h.sandbox.events.speak({ callSid: 'CA' + 'f'.repeat(32), speaking: true }).status).toBe(404);
  });
});

describe('calls on the sandbox clock', () => {
  it('queued → connecting → ringing → connected, with call-progress callbacks numbered from 0', async () => {
    const h = makeSandbox();
    const p = await add(h, 'room', { StatusCallback: HOOK, StatusCallbackEvent: ['initiated', 'ringing', 'answered', 'completed'] });
    const status = async () => (await h.call('FetchParticipant', { ConferenceSid: p.conference_sid, CallSid: p.call_sid })).body.status;
    expect(await status()).toBe('queued');
    h.sandbox.clock.advance(100);
    expect(await status()).toBe('connecting');
    h.sandbox.clock.advance(100);
    expect(await status()).toBe('ringing');
    h.sandbox.clock.advance(300);
    expect(await status()).toBe('connected');
    h.sandbox.events.hangUp({ callSid: p.call_sid });
    const calls = h.sandbox.journal.webhooks({ type: 'call-progress' });
    expect(calls.map((c) => [c.event, c.sequenceNumber])).toEqual([
      ['initiated', 0], ['ringing', 1], ['in-progress', 2], ['completed', 3],
    ]);
  });

  it.each([
    ['+15005550010', 'busy', 500],
    ['+15005550011', 'no-answer', 500],
    ['+15005550012', 'failed', 200],
    ['client:busy', 'busy', 500],
  ])('To %s ends %s', async (to, callStatus, after) => {
    const h = makeSandbox();
    const first = await add(h, 'room', confHook(['leave', 'end']));
    const p = await add(h, 'room', { To: to, StatusCallback: HOOK });
    h.sandbox.clock.advance(after);
    const leave = h.sandbox.journal.webhooks({ event: 'participant-leave', callSid: p.call_sid });
    expect(leave).toHaveLength(1);
    const form = Object.fromEntries(leave[0]!.params);
    expect(form).toMatchObject({ ReasonParticipantLeft: 'participant_add_failed', ParticipantCallStatus: callStatus });
    expect(h.sandbox.journal.webhooks({ type: 'call-progress', callSid: p.call_sid }).map((w) => w.event)).toEqual([callStatus]);
    const summary = await h.call('ListConferenceParticipantSummary', { ConferenceSid: first.conference_sid }, { query: { Label: 'x' } });
    expect(summary.body.participants).toEqual([]);
    expect((await h.call('FetchConference', { Sid: first.conference_sid })).body.status).toBe('init');
  });

  it('a number that never answers rings until Timeout, then no-answer; a lone failed add ends the conference', async () => {
    const h = makeSandbox();
    const p = await add(h, 'solo', { To: '+15005550013', Timeout: '7' });
    h.sandbox.clock.advance(200);
    h.sandbox.clock.advance(6_900);
    expect((await h.call('FetchParticipant', { ConferenceSid: p.conference_sid, CallSid: p.call_sid })).body.status).toBe('ringing');
    h.sandbox.clock.advance(100);
    expect((await h.call('FetchParticipant', { ConferenceSid: p.conference_sid, CallSid: p.call_sid })).status).toBe(404);
    const conf = await h.call('FetchConference', { Sid: p.conference_sid });
    expect(conf.body).toMatchObject({ status: 'completed', reason_conference_ended: 'last-participant-left' });
    const s = await h.call('ListConferenceParticipantSummary', { ConferenceSid: p.conference_sid });
    expect(s.body.participants[0]).toMatchObject({ call_status: 'noanswer', join_time: null });
  });

  it('an answer delay longer than Timeout is a no-answer', async () => {
    const h = makeSandbox({ delays: { answerMs: 10_000 } });
    const p = await add(h, 'room', { Timeout: '5' });
    h.sandbox.clock.advance(5_200);
    const s = await h.call('FetchConferenceParticipantSummary', { ConferenceSid: p.conference_sid, ParticipantSid: (await h.call('ListConferenceParticipantSummary', { ConferenceSid: p.conference_sid })).body.participants[0].participant_sid });
    expect(s.body.call_status).toBe('noanswer');
  });
});

describe('recordings', () => {
  it('record-from-start records from the start; pause, resume, stop; completed after processing', async () => {
    const h = makeSandbox();
    const { cf } = await running(h, {
      ConferenceRecord: 'record-from-start',
      ConferenceRecordingStatusCallback: HOOK,
      ConferenceRecordingStatusCallbackEvent: ['in-progress', 'completed'],
    });
    const list = await h.call('ListConferenceRecording', { ConferenceSid: cf });
    expect(list.body.recordings).toHaveLength(1);
    const re = list.body.recordings[0].sid;
    h.sandbox.clock.advance(10_000);
    expect((await h.call('UpdateConferenceRecording', { ConferenceSid: cf, Sid: 'Twilio.CURRENT' }, { body: { Status: 'paused' } })).body.status).toBe('paused');
    h.sandbox.clock.advance(5_000);
    await h.call('UpdateConferenceRecording', { ConferenceSid: cf, Sid: re }, { body: { Status: 'in-progress' } });
    h.sandbox.clock.advance(5_000);
    expect((await h.call('DeleteConferenceRecording', { ConferenceSid: cf, Sid: re })).status).toBe(400);
    await h.call('UpdateConferenceRecording', { ConferenceSid: cf, Sid: re }, { body: { Status: 'stopped' } });
    h.sandbox.clock.advance(1_000);
    const done = await h.call('FetchConferenceRecording', { ConferenceSid: cf, Sid: re });
    // Started at the second answer (0.5 s in): 10.5 s + 5 s recorded, the 5 s pause excluded.
    expect(done.body).toMatchObject({ status: 'completed', duration: '16', source: 'Conference', channels: 1 });
    expect(h.sandbox.journal.webhooks({ type: 'recording' }).map((w) => w.event)).toEqual(['in-progress', 'completed']);
    expect((await h.call('DeleteConferenceRecording', { ConferenceSid: cf, Sid: re })).status).toBe(204);
    expect((await h.call('FetchConferenceRecording', { ConferenceSid: cf, Sid: re })).status).toBe(404);
  });
});

describe('credentials', () => {
  it('creates an unseen account with its token, then refuses a wrong one', async () => {
    const h = makeSandbox({ seed: 'empty' });
    const other = 'AC' + 'b'.repeat(32);
    const auth = { username: other, password: 'secret' };
    expect((await h.call('ListConference', { AccountSid: other }, { auth })).status).toBe(200);
    const wrong = await h.call('ListConference', { AccountSid: other }, { auth: { username: other, password: 'nope' } });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toMatchObject({ code: 20003, status: 401 });
    expect(wrong.headers?.['WWW-Authenticate']).toMatch(/Basic/);
    expect((await h.call('ListConference', {}, { auth: null })).body.code).toBe(20003);
  });

  it('refuses a path naming an account the credentials do not own, and unknown accounts when strict', async () => {
    const h = makeSandbox({ strictAccounts: true, accounts: [{ sid: 'AC' + 'c'.repeat(32), authToken: 'x', apiKeys: [{ sid: 'SK' + '1'.repeat(32), secret: 's3' }] }] });
    const cross = await h.call('ListConference', { AccountSid: 'AC' + 'c'.repeat(32) });
    expect(cross.body).toMatchObject({ code: 20003, status: 401 });
    const unknown = await h.call('ListConference', { AccountSid: 'AC' + 'd'.repeat(32) }, { auth: { username: 'AC' + 'd'.repeat(32), password: 'x' } });
    expect(unknown.status).toBe(401);
    const key = await h.call('ListConference', { AccountSid: 'AC' + 'c'.repeat(32) }, { auth: { username: 'SK' + '1'.repeat(32), password: 's3' } });
    expect(key.status).toBe(200);
    const badKey = await h.call('ListConference', { AccountSid: 'AC' + 'c'.repeat(32) }, { auth: { username: 'SK' + '1'.repeat(32), password: 'no' } });
    expect(badKey.status).toBe(401);
    // Another account's conference is not found through Insights either.
    const cf = (await h.call('ListConference')).body.conferences[0].sid;
    const foreign = await h.call('FetchConferenceSummary', { ConferenceSid: cf }, { auth: { username: 'SK' + '1'.repeat(32), password: 's3' } });
    expect(foreign.status).toBe(404);
  });
});

describe('webhooks', () => {
  it('are form-encoded, signed with the account token, in SequenceNumber order', async () => {
    const h = makeSandbox();
    const { cf } = await running(h);
    await h.call('UpdateConference', { Sid: cf }, { body: { Status: 'completed' } });
    await h.sandbox.journal.settled();
    const conf = h.delivered.filter((d) => formOf(d).ConferenceSid === cf);
    expect(conf.map((d) => Number(formOf(d).SequenceNumber))).toEqual(conf.map((_, i) => i + 1));
    for (const d of conf) {
      expect(d.headers['Content-Type']).toBe('application/x-www-form-urlencoded');
      expect(await verifySignature(TOKEN, d.headers['X-Twilio-Signature']!, d.url, [...new URLSearchParams(d.body)])).toBe(true);
    }
  });

  it('GET callbacks carry the parameters in the URL and sign the URL alone', async () => {
    const h = makeSandbox();
    await add(h, 'room', { ConferenceStatusCallback: HOOK, ConferenceStatusCallbackMethod: 'GET', ConferenceStatusCallbackEvent: 'join' });
    h.sandbox.clock.advance(1000);
    await h.sandbox.journal.settled();
    const d = h.delivered[0]!;
    expect(d.method).toBe('GET');
    expect(new URL(d.url).searchParams.get('StatusCallbackEvent')).toBe('participant-join');
    expect(await verifySignature(TOKEN, d.headers['X-Twilio-Signature']!, d.url)).toBe(true);
  });

  it('records blocked, failed and timed-out deliveries; none holds up a response', async () => {
    const slow = makeSandbox({ webhookTimeoutMs: 50, fetch: (_u, init) => new Promise((_r, reject) => init.signal.addEventListener('abort', () => reject(new Error('aborted')))) });
    await running(slow);
    await slow.sandbox.journal.settled();
    expect(slow.sandbox.journal.webhooks().every((w) => w.outcome === 'timeout')).toBe(true);

    const failing = makeSandbox({}, () => 500);
    await running(failing);
    await failing.sandbox.journal.settled();
    expect(failing.sandbox.journal.webhooks()[0]).toMatchObject({ outcome: 'failed', responseStatus: 500 });

    const blocked = makeSandbox();
    await add(blocked, 'room', { ConferenceStatusCallback: 'https://hooks.example.com/x', ConferenceStatusCallbackEvent: 'join' });
    blocked.sandbox.clock.advance(1000);
    expect(blocked.sandbox.journal.webhooks()[0]).toMatchObject({ outcome: 'blocked', event: 'participant-join' });
    expect(blocked.delivered).toHaveLength(0);

    const allowed = makeSandbox({ webhookAllow: ['hooks.example.com'] });
    await add(allowed, 'room', { ConferenceStatusCallback: 'https://hooks.example.com/x', ConferenceStatusCallbackEvent: 'join' });
    allowed.sandbox.clock.advance(1000);
    await allowed.sandbox.journal.settled();
    expect(allowed.sandbox.journal.webhooks()[0]!.outcome).toBe('delivered');
  });

  it('only subscribed events are sent, with the first participant’s settings', async () => {
    const h = makeSandbox();
    const a = await add(h, 'room', confHook(['end']));
    await add(h, 'room', { ConferenceStatusCallback: 'http://127.0.0.1:9/other', ConferenceStatusCallbackEvent: ['join', 'start'] });
    h.sandbox.clock.advance(1000);
    await h.call('UpdateConference', { Sid: a.conference_sid }, { body: { Status: 'completed' } });
    expect(h.sandbox.journal.webhooks().map((w) => [w.event, w.url])).toEqual([['conference-end', HOOK]]);
  });
});

describe('Insights', () => {
  it('summaries exist from creation, follow the conference, and complete after processing', async () => {
    const h = makeSandbox({ delays: { insightsProcessingMs: 30 * 60_000 } });
    const a = await add(h, 'room');
    let s = await h.call('FetchConferenceSummary', { ConferenceSid: a.conference_sid });
    expect(s.body).toMatchObject({ status: 'not_started', processing_state: 'in_progress', start_time: null });
    await add(h, 'room');
    h.sandbox.clock.advance(1000);
    s = await h.call('FetchConferenceSummary', { ConferenceSid: a.conference_sid });
    expect(s.body).toMatchObject({ status: 'in_progress', max_concurrent_participants: 2 });
    h.sandbox.clock.advance(60_000);
    await h.call('UpdateConference', { Sid: a.conference_sid }, { body: { Status: 'completed' } });
    s = await h.call('FetchConferenceSummary', { ConferenceSid: a.conference_sid });
    expect(s.body).toMatchObject({ status: 'completed', processing_state: 'in_progress', end_reason: 'conference_ended_via_api', ended_by: null, duration_seconds: 61 });
    h.sandbox.clock.advance(30 * 60_000);
    s = await h.call('FetchConferenceSummary', { ConferenceSid: a.conference_sid });
    // Both added with the same To and neither spoke: quality.test.ts covers each rule.
    expect(s.body).toMatchObject({
      processing_state: 'complete',
      tags: ['detected_silence', 'duplicate_identity', 'participant_behavior_issues'],
      detected_issues: { call_quality: 0, participant_behavior: 3, region_configuration: 0 },
    });
    const parts = await h.call('ListConferenceParticipantSummary', { ConferenceSid: a.conference_sid }, { query: { PageSize: '1' } });
    expect(parts.body.meta.next_page_url).toMatch(/^http:\/\/127\.0\.0\.1:4010\/v1\/Conferences\/CF[0-9a-f]{32}\/Participants\?PageSize=1&Page=1&PageToken=PA/);
    expect(parts.body.participants[0]).toMatchObject({ call_status: 'completed', processing_state: 'complete', is_moderator: true, duration_seconds: 61 });
  });

  it('ListConferenceSummary filters by status, name, dates, region and end reason', async () => {
    const h = makeSandbox();
    const q = async (query: Record<string, string>) =>
      (await h.call('ListConferenceSummary', {}, { query })).body.conferences.map((c: any) => c.friendly_name);
    expect(await q({ Status: 'completed' })).toEqual(['sales-demo', 'daily-standup', 'support-escalation-4411']);
    expect(await q({ Status: 'not_started' })).toEqual(['waiting-room']);
    expect(await q({ MixerRegion: 'ie1' })).toEqual(['daily-standup']);
    expect(await q({ EndReason: 'conference_ended_via_api' })).toEqual(['daily-standup']);
    expect(await q({ FriendlyName: 'sales-demo' })).toEqual(['sales-demo']);
    expect(await q({ CreatedAfter: '2025-03-03T10:00:00Z' })).toEqual(['waiting-room', 'incident-bridge', 'sales-demo']);
    expect(await q({ CreatedBefore: '2025-03-03T10:00:00Z' })).toEqual(['support-escalation-4411']);
    expect(await q({ Tags: 'high_jitter' })).toEqual(['support-escalation-4411']);
    expect(await q({ DetectedIssues: 'call_quality' })).toEqual(['support-escalation-4411']);
    h.sandbox.clock.advance(25 * 3600_000);
    expect(await q({})).toEqual([]);
  });
});

describe('lists and paging', () => {
  it('2010 filters and next/previous links walk the whole set', async () => {
    const h = makeSandbox({ seed: 'empty' });
    for (let i = 0; i < 7; i++) {
      await add(h, `room-${i}`);
      h.sandbox.clock.advance(3_600_000 * 5);
    }
    const all = (await h.call('ListConference')).body.conferences.map((c: any) => c.sid);
    expect(all).toHaveLength(7);
    let uri: string | null = `/2010-04-01/Accounts/${ACCOUNT}/Conferences.json?PageSize=3`;
    const seen: string[] = [];
    let last: any;
    while (uri) {
      const query = Object.fromEntries(new URL(uri, 'http://x').searchParams);
      last = await h.call('ListConference', {}, { query });
      seen.push(...last.body.conferences.map((c: any) => c.sid));
      uri = last.body.next_page_uri;
    }
    expect(seen).toEqual(all);
    expect(last.body).toMatchObject({ page: 2, start: 6, end: 6 });
    const prev = Object.fromEntries(new URL(last.body.previous_page_uri, 'http://x').searchParams);
    expect((await h.call('ListConference', {}, { query: prev })).body.conferences.map((c: any) => c.sid)).toEqual(all.slice(3, 6));
    const day = (await h.call('ListConference', {}, { query: { 'DateCreated<': '2025-03-03' } })).body.conferences;
    expect(day).toHaveLength(3);
    const after = (await h.call('ListConference', {}, { query: { 'DateCreated>': '2025-03-04', PageSize: '1' } })).body;
    expect(after.next_page_uri).toContain('DateCreated%3E=2025-03-04');
    expect((await h.call('ListConference', {}, { query: { PageToken: 'garbage' } })).status).toBe(400);
  });
});

describe('seeds and snapshots', () => {
  it('round-trips a snapshot, pending timers included', async () => {
    const h = makeSandbox();
    const p = await add(h, 'room', { ConferenceStatusCallback: HOOK, ConferenceStatusCallbackEvent: 'join' });
    const snap = h.sandbox.exportSnapshot();
    const copy = makeSandbox({ seed: 'empty' });
    copy.sandbox.importSnapshot(JSON.parse(JSON.stringify(snap)));
    expect(copy.sandbox.exportSnapshot()).toEqual(snap);
    copy.sandbox.clock.advance(1000);
    expect((await copy.call('FetchParticipant', { ConferenceSid: p.conference_sid, CallSid: p.call_sid })).body.status).toBe('connected');
    expect(copy.sandbox.journal.webhooks()[0]!.event).toBe('participant-join');
  });

  it('names the bad field of a seed or snapshot', () => {
    const { sandbox } = makeSandbox();
    const bad = { accounts: [{ sid: ACCOUNT, authToken: 't' }], conferences: [{ accountSid: ACCOUNT, status: 'in-progress', participants: [{ from: '+1', to: '+2', status: 'dancing' }] }] };
    expect(() => sandbox.loadSeed(bad)).toThrow(/conferences\[0\]\.participants\[0\]\.status: expected one of queued/);
    expect(() => sandbox.loadSeed({ conferences: [{ accountSid: 'AC' + '9'.repeat(32), status: 'init' }] })).toThrow(/conferences\[0\]\.accountSid/);
    expect(() => sandbox.loadSeed({ conferences: [], colour: 1 })).toThrow(/\$\.colour: unknown field/);
    expect(() => sandbox.importSnapshot({ format: 'x' })).toThrow(/\$\.format/);
    expect(() => sandbox.importSnapshot({ ...sandbox.exportSnapshot(), version: 2 })).toThrow(/\$\.version: expected 1/);
  });

  it('reset returns to the starting world and clears the journal', async () => {
    const h = makeSandbox();
    await running(h);
    h.sandbox.reset();
    expect(h.sandbox.journal.entries()).toEqual([]);
    expect((await h.call('ListConference')).body.conferences).toHaveLength(5);
  });
});

describe('clock', () => {
  it('runs due timers in order, each at its time, and real time when not frozen', async () => {
    // The default world is built hours before now, so the wall clock must stand well after 1970.
    const start = Date.UTC(2025, 2, 3, 12);
    let wall = start;
    const h = makeSandbox({ clock: {}, wallClock: () => wall });
    expect(h.sandbox.clock.frozen).toBe(false);
    wall += 500;
    expect(h.sandbox.clock.now()).toBe(start + 500);
    h.sandbox.clock.freeze();
    wall += 500;
    expect(h.sandbox.clock.now()).toBe(start + 500);
    expect(() => h.sandbox.clock.advanceTo(0)).toThrow();
  });

  it('on real time, calls progress by themselves', async () => {
    const h = makeSandbox({ clock: {}, delays: { queueMs: 5, dialMs: 5, answerMs: 5 } });
    const p = await add(h, 'room');
    const deadline = Date.now() + 2000;
    let status = 'queued';
    while (status !== 'connected' && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 10));
      status = (await h.call('FetchParticipant', { ConferenceSid: p.conference_sid, CallSid: p.call_sid })).body.status;
    }
    expect(status).toBe('connected');
  });

  it('advancing runs timers in due order even when they schedule more', async () => {
    const h = makeSandbox();
    const a = await add(h, 'one', { StatusCallback: HOOK, StatusCallbackEvent: ['initiated', 'ringing', 'answered'] });
    const b = await add(h, 'two', { StatusCallback: HOOK, StatusCallbackEvent: ['initiated', 'ringing', 'answered'] });
    h.sandbox.clock.advance(10_000);
    const order = h.sandbox.journal.webhooks({ type: 'call-progress' }).map((w) => [w.callSid === a.call_sid ? 'a' : 'b', w.event]);
    expect(order).toEqual([
      ['a', 'initiated'], ['b', 'initiated'], ['a', 'ringing'], ['b', 'ringing'], ['a', 'in-progress'], ['b', 'in-progress'],
    ]);
    expect(h.sandbox.journal.webhooks({ callSid: b.call_sid }).map((w) => w.at)).toEqual([
      '2025-03-03T12:00:00.100Z', '2025-03-03T12:00:00.200Z', '2025-03-03T12:00:00.500Z',
    ]);
  });
});
