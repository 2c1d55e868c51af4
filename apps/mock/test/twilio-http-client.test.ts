/**
 * The official `twilio` package, unmodified, given the sandbox's `twilioHttpClient` in one line: both
 * APIs answered by the sandbox, in-process and over a socket, pages followed to the end, errors thrown as
 * the library's RestException; a host outside twilio.com refused before anything is sent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import twilio from 'twilio';
import { createTwilioHttpClient, startSandbox, type RunningSandbox, type TwilioHttpClient } from '../src/index.js';
import { startReceiver, type Receiver } from './sandbox-helpers.js';

let sandbox: RunningSandbox;
let receiver: Receiver;

beforeAll(async () => {
  sandbox = await startSandbox({ clock: { frozen: true, now: '2025-03-03T12:00:00.000Z' }, sidSeed: 3 });
  receiver = await startReceiver();
});
afterAll(async () => {
  await sandbox?.close();
  await receiver?.close();
});

/** The sandbox's own counts, read without the library, to compare the library's walks with. */
async function countAll(path: string, key: 'conferences'): Promise<number> {
  const response = await sandbox.fetch(`${sandbox.url}${path}`, {
    headers: { authorization: `Basic ${Buffer.from(`${sandbox.accountSid}:${sandbox.authToken}`).toString('base64')}` },
  });
  return ((await response.json()) as Record<string, unknown[]>)[key]!.length;
}

const modes: Array<[string, () => TwilioHttpClient]> = [
  ['in-process (sandbox.twilioHttpClient)', () => sandbox.twilioHttpClient],
  ['over a socket (createTwilioHttpClient(sandbox.url))', () => createTwilioHttpClient(sandbox.url)],
];

describe.each(modes)('the twilio library through the adapter, %s', (mode, httpClient) => {
  const client = () => twilio(sandbox.accountSid, sandbox.authToken, { httpClient: httpClient() });

  it('lists every conference of the 2010 API, following relative next-page links', async () => {
    const everything = await countAll(`/2010-04-01/Accounts/${sandbox.accountSid}/Conferences.json?PageSize=1000`, 'conferences');
    expect(everything).toBeGreaterThan(2);
    const conferences = await client().conferences.list({ pageSize: 2 });
    expect(conferences.length).toBe(everything);
    expect(new Set(conferences.map((c) => c.sid)).size).toBe(everything);
  });

  it('lists every Insights conference summary, following absolute next-page links', async () => {
    const everything = await countAll('/v1/Conferences?PageSize=1000', 'conferences');
    expect(everything).toBeGreaterThan(1);
    const page = await client().insights.v1.conferences.page({ pageSize: 1 });
    // The library's own page object follows the sandbox's absolute link back through the adapter.
    expect(page.nextPageUrl).toMatch(/^http:\/\//);
    const summaries = await client().insights.v1.conferences.list({ pageSize: 1 });
    expect(summaries.length).toBe(everything);
    expect(new Set(summaries.map((s) => s.conferenceSid)).size).toBe(everything);
  });

  it('creates a participant from arrays as repeated keys, and the sandbox keeps each event', async () => {
    const room = `adapter-${mode.split(' ')[0]}`;
    const conference = client().conferences(room);
    const created = await conference.participants.create({
      from: '+15005550006',
      to: '+15005550007',
      conferenceStatusCallback: `${receiver.url}/events/${room}`,
      conferenceStatusCallbackEvent: ['join', 'leave'],
    });
    expect(created.conferenceSid).toMatch(/^CF[0-9a-f]{32}$/);
    sandbox.clock.advance(1_000);
    expect(await client().conferences(created.conferenceSid).participants(created.callSid).remove()).toBe(true);
    await sandbox.settled();
    const events = receiver.received.filter((r) => r.path === `/events/${room}`).map((r) => r.params.StatusCallbackEvent);
    expect(events).toEqual(['participant-join', 'participant-leave']);
  });

  it("throws the library's RestException with Twilio's code, status and message", async () => {
    const failure = await client().conferences('CFnot-a-sid').fetch().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(twilio.RestException);
    expect(failure).toMatchObject({ status: 400, code: 20001, moreInfo: 'https://www.twilio.com/docs/errors/20001' });
    const missing = await client().insights.v1.conferences(`CF${'0'.repeat(32)}`).fetch().catch((e: unknown) => e);
    expect(missing).toMatchObject({ status: 404, code: 20404 });
    const wrongToken = await twilio(sandbox.accountSid, 'not-the-token', { httpClient: httpClient() })
      .conferences.list()
      .catch((e: unknown) => e);
    expect(wrongToken).toMatchObject({ status: 401, code: 20003 });
  });
});

describe('what the adapter refuses and how it encodes, seen by a receiver in the sandbox place', () => {
  it('sends the form as twilio-node does: repeated keys, Basic credentials, the library headers', async () => {
    const before = receiver.received.length;
    const client = twilio('ACbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', 'receiver-secret', { httpClient: createTwilioHttpClient(receiver.url) });
    // The receiver answers "ok", not JSON: the library's parse error is expected, the request is what counts.
    await client
      .conferences('room')
      .participants.create({ from: '+15005550006', to: '+15005550007', conferenceStatusCallbackEvent: ['start', 'end'] })
      .catch(() => undefined);
    const [sent] = receiver.received.slice(before);
    expect(sent?.method).toBe('POST');
    expect(sent?.path).toBe('/2010-04-01/Accounts/ACbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb/Conferences/room/Participants.json');
    expect(sent?.body).toBe('From=%2B15005550006&To=%2B15005550007&ConferenceStatusCallbackEvent=start&ConferenceStatusCallbackEvent=end');
    expect(sent?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(sent?.headers.authorization).toBe(`Basic ${Buffer.from('ACbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb:receiver-secret').toString('base64')}`);
    expect(sent?.headers['user-agent']).toMatch(/^twilio-node\//);
  });

  it('puts query arrays as repeated keys after the query already in the URI', async () => {
    const before = receiver.received.length;
    const adapter = createTwilioHttpClient(receiver.url);
    await adapter.request({ method: 'get', uri: 'https://api.twilio.com/x.json?A=1', params: { B: ['2', '3'], C: undefined, D: false } });
    expect(receiver.received.slice(before).map((r) => r.path)).toEqual(['/x.json?A=1&B=2&B=3&D=false']);
  });

  it.each([
    'https://example.com/2010-04-01/Accounts.json',
    'https://api.twilio.com.evil.example/2010-04-01/Accounts.json',
    'https://eviltwilio.com/2010-04-01/Accounts.json',
    'http://127.0.0.1:1/2010-04-01/Accounts.json',
  ])('refuses %s with an Error naming it, and sends nothing', async (uri) => {
    const before = receiver.received.length;
    const adapter = createTwilioHttpClient(receiver.url);
    const refused = adapter.request({ method: 'get', uri, username: 'ACbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', password: 'receiver-secret' });
    await expect(refused).rejects.toThrow(`it refused a request for ${new URL(uri).origin}, and sent nothing`);
    await refused.catch((error: Error) => expect(error.message).not.toContain('receiver-secret'));
    expect(receiver.received.length).toBe(before);
  });

  it('refuses through the library too: a client whose domain was pointed elsewhere gets the Error', async () => {
    const before = receiver.received.length;
    const client = twilio(sandbox.accountSid, sandbox.authToken, { httpClient: createTwilioHttpClient(receiver.url) });
    client.api.baseUrl = 'https://api.example.com';
    await expect(client.conferences.list()).rejects.toThrow('refused a request for https://api.example.com');
    expect(receiver.received.length).toBe(before);
  });

  it('refuses a sandbox URL that is not http(s) at creation', () => {
    expect(() => createTwilioHttpClient('file:///tmp/sandbox')).toThrow('must be http: or https:');
  });
});
