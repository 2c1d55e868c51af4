/**
 * Incoming calls (issue 17, facts C and F): the numbers of an account through the IncomingPhoneNumbers
 * operations and seeds, and calls that come in to them through the control surface — the voice URL
 * requested while the call rings, its TwiML answering it, the number's fallback and status callback, and
 * what happens to a number without a voice URL or to a number the sandbox does not have. Every answer is
 * validated against the specs, every webhook against the spec's callback schemas.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { handleControl, verifySignature } from '../src/index.js';
import { ACCOUNT, created, expectWebhooksValid, makeSandbox, type Harness } from './helpers.js';
import { APP, run, timeline, twimlSandbox } from './twiml-helpers.js';

afterEach(() => {
  for (const sandbox of created.splice(0)) {
    expectWebhooksValid(sandbox);
    sandbox.dispose();
  }
});

const doc = (body: string) => `<?xml version="1.0" encoding="UTF-8"?><Response>${body}</Response>`;
const NUMBER = '+15017122661';
const CALLER = '+15558675310';

async function addNumber(h: Harness, body: Record<string, string> = {}) {
  const res = await h.call('CreateIncomingPhoneNumber', {}, { body: { PhoneNumber: NUMBER, ...body } });
  if (res.status !== 201) throw new Error(`CreateIncomingPhoneNumber ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

describe('IncomingPhoneNumbers', () => {
  it('adds a number with its voice settings, fetches, lists, updates and releases it', async () => {
    const h = makeSandbox({ seed: 'empty' });
    const created = await addNumber(h, {
      VoiceUrl: `${APP}/voice`,
      VoiceMethod: 'GET',
      VoiceFallbackUrl: `${APP}/fallback`,
      StatusCallback: `${APP}/status`,
      VoiceCallerIdLookup: 'true',
    });
    expect(created).toMatchObject({
      phone_number: NUMBER,
      friendly_name: '(501) 712-2661',
      voice_url: `${APP}/voice`,
      voice_method: 'GET',
      voice_fallback_url: `${APP}/fallback`,
      voice_fallback_method: 'POST',
      status_callback: `${APP}/status`,
      voice_caller_id_lookup: true,
      voice_application_sid: null,
      trunk_sid: null,
      account_sid: ACCOUNT,
    });
    const sid: string = created.sid;
    expect(sid).toMatch(/^PN[0-9a-f]{32}$/);
    expect((await h.call('FetchIncomingPhoneNumber', { Sid: sid })).body).toEqual(created);

    h.sandbox.clock.advance(1000);
    const other = await h.call('CreateIncomingPhoneNumber', {}, { body: { PhoneNumber: '+442079460000', FriendlyName: 'London' } });
    expect(other.status).toBe(201);
    const list = async (query: Record<string, string> = {}) =>
      (await h.call('ListIncomingPhoneNumber', {}, { query })).body.incoming_phone_numbers.map((n: { phone_number: string }) => n.phone_number);
    expect(await list()).toEqual([NUMBER, '+442079460000']);
    expect(await list({ PhoneNumber: '+1501*******' })).toEqual([NUMBER]);
    expect(await list({ PhoneNumber: '2079' })).toEqual(['+442079460000']);
    expect(await list({ FriendlyName: 'London' })).toEqual(['+442079460000']);
    const first = await h.call('ListIncomingPhoneNumber', {}, { query: { PageSize: '1' } });
    const next = Object.fromEntries(new URL(first.body.next_page_uri, 'http://x').searchParams);
    expect((await h.call('ListIncomingPhoneNumber', {}, { query: next })).body.incoming_phone_numbers.map((n: { sid: string }) => n.sid)).toEqual([other.body.sid]);

    h.sandbox.clock.advance(60_000);
    const updated = await h.call('UpdateIncomingPhoneNumber', { Sid: sid }, { body: { VoiceUrl: `${APP}/voice2`, VoiceFallbackUrl: '', FriendlyName: 'Support' } });
    expect(updated.body).toMatchObject({ voice_url: `${APP}/voice2`, voice_fallback_url: null, voice_method: 'GET', friendly_name: 'Support' });
    expect(updated.body.date_updated).not.toBe(created.date_updated);

    expect((await h.call('DeleteIncomingPhoneNumber', { Sid: sid })).status).toBe(204);
    expect((await h.call('FetchIncomingPhoneNumber', { Sid: sid })).status).toBe(404);
    expect(await list()).toEqual(['+442079460000']);
    // Released, the number can be added again.
    expect((await h.call('CreateIncomingPhoneNumber', {}, { body: { PhoneNumber: NUMBER } })).status).toBe(201);
  });

  it('refuses what it cannot keep or run, in Twilio\'s body, and changes nothing', async () => {
    const h = makeSandbox({ seed: 'empty' });
    const n = await addNumber(h, { VoiceUrl: `${APP}/voice` });
    const refusals: Array<[Record<string, string>, number]> = [
      [{ PhoneNumber: NUMBER }, 21422],
      [{ PhoneNumber: '5017122661' }, 21421],
      [{ PhoneNumber: '+15017122662', VoiceFallbackUrl: `${APP}/fallback` }, 21405],
      [{ PhoneNumber: '+15017122662', VoiceUrl: 'ftp://example.com/voice' }, 21205],
      [{ PhoneNumber: '+15017122662', VoiceApplicationSid: `AP${'1'.repeat(32)}` }, 21218],
      [{ PhoneNumber: '+15017122662', TrunkSid: `TK${'1'.repeat(32)}` }, 20001],
      [{ PhoneNumber: '+15017122662', VoiceReceiveMode: 'fax' }, 20001],
    ];
    for (const [body, code] of refusals) {
      const res = await h.call('CreateIncomingPhoneNumber', {}, { body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.code, JSON.stringify(body)).toBe(code);
    }
    const cleared = await h.call('UpdateIncomingPhoneNumber', { Sid: n.sid }, { body: { VoiceFallbackUrl: `${APP}/fallback`, VoiceUrl: '' } });
    expect(cleared.body).toMatchObject({ status: 400, code: 21405 });
    expect((await h.call('FetchIncomingPhoneNumber', { Sid: n.sid })).body).toEqual(n);
    const list = await h.call('ListIncomingPhoneNumber');
    expect(list.body.incoming_phone_numbers).toHaveLength(1);
    // Another account sees none of them.
    const stranger = { username: `AC${'b'.repeat(32)}`, password: 'other' };
    const theirs = await h.sandbox.handle('FetchIncomingPhoneNumber', { pathParams: { AccountSid: stranger.username, Sid: n.sid }, auth: stranger });
    expect(theirs.status).toBe(404);
  });

  it('comes from a seed, and goes into a snapshot and back', async () => {
    const h = makeSandbox({
      seed: {
        accounts: [{ sid: ACCOUNT, authToken: 'token' }],
        numbers: [{ accountSid: ACCOUNT, phoneNumber: NUMBER, voiceUrl: `${APP}/voice`, friendlyName: 'Hotline' }],
      },
    });
    const [n] = (await h.call('ListIncomingPhoneNumber')).body.incoming_phone_numbers;
    expect(n).toMatchObject({ phone_number: NUMBER, friendly_name: 'Hotline', voice_url: `${APP}/voice`, voice_method: 'POST' });
    const snapshot = h.sandbox.exportSnapshot();
    const copy = makeSandbox({ seed: 'empty' });
    copy.sandbox.importSnapshot(snapshot);
    expect((await copy.call('FetchIncomingPhoneNumber', { Sid: n.sid })).body).toEqual(n);

    const bad: Array<[unknown, RegExp]> = [
      [{ numbers: [{ accountSid: ACCOUNT, phoneNumber: NUMBER }] }, /^\$\.numbers\[0\]\.accountSid: account .* is not among the accounts/],
      [{ accounts: [{ sid: ACCOUNT, authToken: 't' }], numbers: [{ accountSid: ACCOUNT, phoneNumber: '555' }] }, /^\$\.numbers\[0\]\.phoneNumber: expected a number in E\.164/],
      [{ accounts: [{ sid: ACCOUNT, authToken: 't' }], numbers: [{ accountSid: ACCOUNT, phoneNumber: NUMBER }, { accountSid: ACCOUNT, phoneNumber: NUMBER }] }, /^\$\.numbers\[1\]\.phoneNumber: .* is already a number/],
      [{ accounts: [{ sid: ACCOUNT, authToken: 't' }], numbers: [{ accountSid: ACCOUNT, phoneNumber: NUMBER, voiceFallbackUrl: `${APP}/f` }] }, /^\$\.numbers\[0\]\.voiceFallbackUrl: a fallback URL needs a voiceUrl/],
    ];
    for (const [seed, message] of bad) expect(() => h.sandbox.loadSeed(seed)).toThrow(message);
  });
});

/** A sandbox whose app answers documents by path, with a number whose voice URL is `/voice` (unless `number` says otherwise). */
async function withNumber(documents: Parameters<typeof twimlSandbox>[0], number: Record<string, string> = {}) {
  const h = twimlSandbox(documents);
  await h.sandbox.loadSeed({ accounts: [{ sid: ACCOUNT, authToken: 'token' }] });
  const n = await addNumber(h, { VoiceUrl: `${APP}/voice`, StatusCallback: `${APP}/status`, ...number });
  return { ...h, number: n };
}

/** A call coming in through the control surface; its answer is validated against sandbox-v1. */
async function callIn(h: Harness, body: Record<string, unknown> = { from: CALLER, to: NUMBER }) {
  const res = await handleControl(h.sandbox, 'CreateSandboxCall', { body });
  return res as { status: number; body: any };
}

describe('incoming calls', () => {
  it('ring while the voice URL is requested (ringing, inbound, signed), and the TwiML answers them', async () => {
    const h = await withNumber({ '/voice': doc('<Say>Thanks for calling</Say><Hangup/>') }, { VoiceCallerIdLookup: 'true' });
    const res = await callIn(h, { from: CALLER, to: NUMBER, callerName: 'JOHN SMITH', forwardedFrom: '+15017122670' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'ringing', direction: 'inbound', from: CALLER, to: NUMBER, phone_number_sid: h.number.sid,
      caller_name: 'JOHN SMITH', forwarded_from: '+15017122670', account_sid: ACCOUNT, start_time: expect.any(String), end_time: null,
    });
    const sid: string = res.body.sid;
    await h.sandbox.settled();
    const [voice] = h.requests.filter((r) => r.url === `${APP}/voice`);
    expect(voice!.method).toBe('POST');
    expect(voice!.form).toEqual({
      AccountSid: ACCOUNT, ApiVersion: '2010-04-01', CallSid: sid, CallStatus: 'ringing', Direction: 'inbound',
      From: CALLER, To: NUMBER, ForwardedFrom: '+15017122670', CallerName: 'JOHN SMITH',
    });
    expect(await verifySignature('token', voice!.signature!, voice!.url, voice!.form)).toBe(true);
    await run(h, 2000);
    expect(timeline(h, sid)).toEqual([
      '0 status ringing', '0 fetched voice /voice', '0 status in-progress', '0 said "Thanks for calling" 1200',
      '1200 verb Hangup', '1200 status completed', '1200 ended completed hangup',
    ]);
    const fetched = await h.call('FetchCall', { Sid: sid });
    expect(fetched.body).toMatchObject({ status: 'completed', duration: '1', direction: 'inbound', phone_number_sid: h.number.sid });
    // The number's status callback gets the end of the call, and nothing before it.
    const progress = h.sandbox.journal.webhooks({ type: 'call-progress', callSid: sid });
    expect(progress.map((w) => [w.url, w.event])).toEqual([[`${APP}/status`, 'completed']]);
    expect(Object.fromEntries(progress[0]!.params)).toMatchObject({ Direction: 'inbound', CallStatus: 'completed', CallDuration: '1' });
  });

  it('keep no caller name unless the number looks it up, and honour VoiceMethod', async () => {
    const h = await withNumber({ '/voice': doc('<Hangup/>') }, { VoiceMethod: 'GET' });
    const res = await callIn(h, { from: 'anonymous', to: NUMBER, callerName: 'JOHN SMITH' });
    expect(res.body.caller_name).toBeNull();
    await h.sandbox.settled();
    const voice = h.requests.find((r) => r.url.startsWith(`${APP}/voice?`))!;
    expect(voice.method).toBe('GET');
    expect(new URL(voice.url).searchParams.get('From')).toBe('anonymous');
    expect(new URL(voice.url).searchParams.has('CallerName')).toBe(false);
  });

  it('stay ringing through a first <Pause>, and a first <Reject> refuses them unanswered', async () => {
    const h = await withNumber({ '/voice': doc('<Pause length="2"/><Say>Hello</Say>'), '/busy': doc('<Reject reason="busy"/>'), '/no': doc('<Reject/>') });
    const paused = (await callIn(h)).body.sid;
    await run(h, 1000);
    expect((await h.call('FetchCall', { Sid: paused })).body.status).toBe('ringing');
    await run(h, 3000);
    expect(timeline(h, paused).slice(0, 5)).toEqual(['0 status ringing', '0 fetched voice /voice', '0 paused 2000', '2000 status in-progress', '2000 said "Hello" 400']);

    for (const [path, status] of [['/busy', 'busy'], ['/no', 'no-answer']] as const) {
      await h.call('UpdateIncomingPhoneNumber', { Sid: h.number.sid }, { body: { VoiceUrl: `${APP}${path}` } });
      const sid = (await callIn(h)).body.sid;
      await run(h, 100);
      const call = (await h.call('FetchCall', { Sid: sid })).body;
      expect(call).toMatchObject({ status, duration: null });
      expect(timeline(h, sid).at(-1)).toMatch(new RegExp(`ended ${status} rejected$`));
      expect(timeline(h, sid)).not.toContainEqual(expect.stringContaining('in-progress'));
    }
  });

  it('request the number\'s fallback with ErrorCode and ErrorUrl when the voice URL fails, and alert', async () => {
    const h = await withNumber({ '/voice': { status: 500 }, '/fallback': doc('<Say>Sorry</Say>') }, { VoiceFallbackUrl: `${APP}/fallback`, VoiceFallbackMethod: 'GET' });
    const sid = (await callIn(h)).body.sid;
    await run(h, 1000);
    const fallback = h.requests.find((r) => r.url.startsWith(`${APP}/fallback?`))!;
    expect(fallback.method).toBe('GET');
    expect(Object.fromEntries(new URL(fallback.url).searchParams)).toMatchObject({ CallSid: sid, CallStatus: 'ringing', Direction: 'inbound', ErrorCode: '11200', ErrorUrl: `${APP}/voice` });
    expect(timeline(h, sid).slice(0, 6)).toEqual([
      '0 status ringing', '0 fetched voice /voice 11200', '0 alert 11200', '0 fetched voice /fallback', '0 status in-progress', '0 said "Sorry" 400',
    ]);
    expect(h.sandbox.journal.alerts({ callSid: sid })).toEqual([expect.objectContaining({ code: 11200, level: 'error', accountSid: ACCOUNT, url: `${APP}/voice` })]);
  });

  it('end as an application error when there is no fallback, or no voice URL at all (11100)', async () => {
    const h = await withNumber({ '/voice': '<Response><Say>unclosed</Response>' });
    const sid = (await callIn(h)).body.sid;
    await run(h, 100);
    expect(timeline(h, sid)).toEqual([
      '0 status ringing', '0 fetched voice /voice', '0 alert 12100', '0 status in-progress', '0 status completed', '0 ended completed application-error',
    ]);
    await h.call('UpdateIncomingPhoneNumber', { Sid: h.number.sid }, { body: { VoiceUrl: '' } });
    const none = (await callIn(h)).body.sid;
    await run(h, 100);
    expect(timeline(h, none, Date.parse('2025-03-03T12:00:00.100Z'))).toEqual(['0 status ringing', '0 alert 11100', '0 status in-progress', '0 status completed', '0 ended completed application-error']);
    expect(h.sandbox.journal.alerts({ callSid: none })[0]!.message).toMatch(/has no voice URL/);
  });

  it('to a number the sandbox does not have are a 404 that creates nothing; bad input is a 400', async () => {
    const h = await withNumber({});
    const unknown = await callIn(h, { from: CALLER, to: '+15017120000' });
    expect(unknown).toMatchObject({ status: 404, body: { code: 20404, status: 404 } });
    expect(unknown.body.message).toMatch(/No account of the sandbox has the number \+15017120000/);
    for (const body of [{ to: NUMBER }, { from: CALLER, to: '5017122661' }, { from: CALLER, to: NUMBER, callerName: 'x'.repeat(257) }, { from: 'x'.repeat(257), to: NUMBER }]) {
      expect((await callIn(h, body)).status, JSON.stringify(body).slice(0, 80)).toBe(400);
    }
    expect((await h.call('ListCall')).body.calls).toEqual([]);
  });

  it('a caller who hangs up while it rings cancels it; keys and speech reach nothing before the answer (409)', async () => {
    const h = await withNumber({ '/voice': doc('<Pause length="5"/><Gather/>') });
    const sid = (await callIn(h)).body.sid;
    await run(h, 100);
    const keys = h.sandbox.events.pressKeys({ callSid: sid, digits: '1' });
    expect(keys).toMatchObject({ status: 409, body: { code: 21220 } });
    expect(h.sandbox.events.utter({ callSid: sid, text: 'sales' })).toMatchObject({ status: 409, body: { code: 21220 } });
    expect(h.sandbox.events.hangUp({ callSid: sid }).status).toBe(204);
    expect((await h.call('FetchCall', { Sid: sid })).body).toMatchObject({ status: 'canceled' });
    expect(h.sandbox.events.pressKeys({ callSid: sid, digits: '1' }).status).toBe(404);
  });
});

describe('waiting for a status', () => {
  it('resolves when the call gets there, at once when it has been there, and rejects when it cannot', async () => {
    const h = await withNumber({ '/voice': doc('<Pause length="1"/><Say>Hi</Say>') });
    const sid = (await callIn(h)).body.sid;
    await expect(h.sandbox.calls.waitForStatus(sid, 'ringing')).resolves.toMatchObject({ sid, status: 'ringing' });
    const answered = h.sandbox.calls.waitForStatus(sid, 'in-progress');
    const busy = h.sandbox.calls.waitForStatus(sid, 'busy').catch((error: unknown) => error);
    await run(h, 3000);
    await expect(answered).resolves.toMatchObject({ sid, status: 'in-progress' });
    expect(await busy).toMatchObject({ status: 409, message: expect.stringMatching(/ended completed without being busy/) });
    await expect(h.sandbox.calls.waitForStatus(sid, 'in-progress')).resolves.toMatchObject({ status: 'completed' });
    await expect(h.sandbox.calls.waitForStatus(`CA${'0'.repeat(32)}`, 'completed')).rejects.toMatchObject({ status: 404 });

    const again = (await callIn(h)).body.sid;
    const pending = h.sandbox.calls.waitForStatus(again, 'completed');
    h.sandbox.reset();
    await expect(pending).rejects.toMatchObject({ status: 409, message: expect.stringMatching(/world was replaced/) });
  });
});
