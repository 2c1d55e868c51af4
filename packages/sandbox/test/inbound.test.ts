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
