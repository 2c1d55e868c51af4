/**
 * The contact-centre flow end to end, driven by the official `twilio` package, unmodified, against the
 * user's own app (a plain node:http server on 127.0.0.1): the number is configured with
 * `incomingPhoneNumbers.create`/`update`; a customer calls in (`startSandbox().calls.incoming`); the app's
 * voice URL answers a `<Gather>` menu; the customer presses 1 and waits in a conference with hold music;
 * an agent is added with the Participants API; the customer is warm-transferred with
 * `calls(sid).update({ twiml })`; the conference ends. Every request the app gets passes twilio's
 * `validateRequest`; the call timelines and the callbacks are asserted.
 *
 * The scenario takes the app's TwiML as functions, so the same flow runs with TwiML written by any builder.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import twilio from 'twilio';
import { SandboxCallError, startSandbox, type RunningSandbox } from '../src/index.js';
import { startTwimlApp, type TwimlApp } from './twiml-app.js';

delete process.env.TWILIO_REGION;
delete process.env.TWILIO_EDGE;

const START = '2025-03-03T12:00:00.000Z';
const TOKEN = 'ivr-secret';
const ACCOUNT = 'ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const SUPPORT_LINE = '+15017122661';
const CUSTOMER = '+15558675310';
/** What a caller waiting in a conference hears by default: Twilio's hold music, recorded in the timeline. */
const TWILIO_HOLD_MUSIC = 'https://s3.amazonaws.com/com.twilio.sounds.music/index.xml';

/** The app's documents, as the user's code writes them. */
interface ContactCentreTwiml {
  /** The voice URL: a one-key menu whose action is `/choice`; without a key it says so and starts again. */
  menu(): string;
  /** The menu's action: 1 says "Please hold" and puts the caller in `support-42` (not starting it), with `/conference-events`; anything else hangs up. */
  choice(digits: string | undefined): string;
  /** The warm transfer: the customer goes to `billing-7`. */
  transfer(): string;
}

const VoiceResponse = twilio.twiml.VoiceResponse;

/** The app's TwiML written with twilio's own VoiceResponse. */
const voiceResponseTwiml: ContactCentreTwiml = {
  menu() {
    const response = new VoiceResponse();
    response.gather({ action: '/choice', numDigits: 1, timeout: 5 }).say('Press 1 for support.');
    response.say('Sorry, I did not get that.');
    response.redirect('/voice');
    return response.toString();
  },
  choice(digits) {
    const response = new VoiceResponse();
    if (digits !== '1') {
      response.hangup();
      return response.toString();
    }
    response.say('Please hold.');
    response
      .dial({ action: '/after-support' })
      .conference(
        { startConferenceOnEnter: false, statusCallback: '/conference-events', statusCallbackEvent: ['start', 'end', 'join', 'leave'] },
        'support-42',
      );
    return response.toString();
  },
  transfer() {
    const response = new VoiceResponse();
    response.dial().conference('billing-7');
    return response.toString();
  },
};

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ clock: { frozen: true, now: START }, sidSeed: 17, defaultAuthToken: TOKEN });
});
afterAll(async () => {
  await sandbox?.close();
});

const run = (ms: number) => sandbox.advance(ms);

/** The flow, from configuring the number to the end of the conference, with the app's TwiML from `twiml`. */
async function contactCentre(twiml: ContactCentreTwiml): Promise<void> {
  sandbox.reset();
  let app: TwimlApp | undefined;
  try {
    app = await startTwimlApp(TOKEN, (path, form) => {
      if (path === '/voice') return twiml.menu();
      if (path === '/choice') return twiml.choice(form.Digits);
      return undefined; // status callbacks
    });
    const client = twilio(ACCOUNT, TOKEN);
    client.api.baseUrl = sandbox.url;

    // The app configures its number through the API, as it would against Twilio.
    const number = await client.incomingPhoneNumbers.create({ phoneNumber: SUPPORT_LINE, voiceUrl: `${app.url}/voice`, friendlyName: 'Support line' });
    expect(number).toMatchObject({ phoneNumber: SUPPORT_LINE, voiceUrl: `${app.url}/voice`, voiceMethod: 'POST', statusCallback: null });
    const configured = await client.incomingPhoneNumbers(number.sid).update({ statusCallback: `${app.url}/status`, voiceCallerIdLookup: true });
    expect(configured.statusCallback).toBe(`${app.url}/status`);
    expect((await client.incomingPhoneNumbers.list({ phoneNumber: SUPPORT_LINE })).map((n) => n.sid)).toEqual([number.sid]);

    // The customer calls in: the voice URL is requested while the call rings, and the menu answers it.
    const customer = await sandbox.calls.incoming({ from: CUSTOMER, to: SUPPORT_LINE, callerName: 'JANE DOE' });
    expect(customer.call).toMatchObject({ status: 'ringing', direction: 'inbound', phone_number_sid: number.sid });
    await expect(customer.waitForStatus('in-progress')).resolves.toMatchObject({ sid: customer.sid });
    const voice = app.requests.find((r) => r.path === '/voice')!;
    expect(voice.form).toMatchObject({ CallSid: customer.sid, AccountSid: ACCOUNT, From: CUSTOMER, To: SUPPORT_LINE, CallStatus: 'ringing', Direction: 'inbound', CallerName: 'JANE DOE' });

    // While the menu speaks, the customer presses 1: the choice puts them on hold in support-42.
    await run(500);
    await customer.pressDigits('1');
    expect(app.requests.find((r) => r.path === '/choice')!.form).toMatchObject({ CallSid: customer.sid, Digits: '1', FinishedOnKey: '' });
    await run(1_000);
    const [room] = await client.conferences.list({ friendlyName: 'support-42', status: 'init' });
    expect(room).toBeDefined();

    // An agent is added with the Participants API; the conference starts and the hold music stops.
    const agent = await client.conferences('support-42').participants.create({ from: SUPPORT_LINE, to: 'client:agent-7', label: 'agent' });
    await run(1_000);
    expect((await client.conferences(room!.sid).fetch()).status).toBe('in-progress');
    expect((await client.conferences(room!.sid).participants.list()).map((p) => p.label ?? p.callSid).sort()).toEqual([customer.sid, 'agent'].sort());

    // The warm transfer: the customer leaves support-42 for billing-7.
    const moved = await client.calls(customer.sid).update({ twiml: twiml.transfer() });
    expect(moved.status).toBe('in-progress');
    await run(500);
    expect((await client.conferences.list({ friendlyName: 'billing-7', status: 'init' }))).toHaveLength(1);

    // The agent hangs up: support-42, with no one left, ends.
    await client.calls(agent.callSid).update({ status: 'completed' });
    await run(500);
    expect(await client.conferences(room!.sid).fetch()).toMatchObject({ status: 'completed', reasonConferenceEnded: 'last-participant-left' });

    // The customer hangs up too.
    await customer.hangUp();
    await expect(customer.waitForStatus('completed')).resolves.toMatchObject({ status: 'completed', direction: 'inbound' });
    await expect(customer.pressDigits('1')).rejects.toBeInstanceOf(SandboxCallError);

    // What the customer experienced, in order.
    const story = customer.timeline().map((e) => [e.kind, e.text ?? e.friendlyName ?? e.reason ?? e.status ?? e.verb].join(' '));
    expect(story).toEqual([
      'status ringing',
      'fetched voice',
      'status in-progress',
      'verb Gather',
      'said Press 1 for support.',
      'input 1',
      'gathered 1',
      'fetched gather-action',
      'said Please hold.',
      'verb support-42',
      'joined support-42',
      'played wait',
      'left participant_updated_via_api',
      'verb billing-7',
      'joined billing-7',
      'played wait',
      'left participant_hung_up',
      'status completed',
      'ended hung-up',
    ]);
    expect(customer.timeline().filter((e) => e.kind === 'played').map((e) => e.url)).toEqual([TWILIO_HOLD_MUSIC, TWILIO_HOLD_MUSIC]);
    const agentStory = sandbox.calls.timeline(agent.callSid)!.map((e) => e.kind);
    expect(agentStory).toEqual(['status', 'status', 'status', 'status', 'joined', 'left', 'status', 'ended']);

    // The callbacks: the conference's events in order, and the number's status callback at the end of the call.
    await sandbox.settled();
    const events = app.requests.filter((r) => r.path === '/conference-events').map((r) => [r.form.StatusCallbackEvent, r.form.CallSid ?? '', r.form.ReasonParticipantLeft ?? '']);
    expect(events).toEqual([
      ['participant-join', customer.sid, ''],
      ['participant-join', agent.callSid, ''],
      ['conference-start', '', ''],
      ['participant-leave', customer.sid, 'participant_updated_via_api'],
      ['participant-leave', agent.callSid, 'participant_updated_via_api'],
      ['conference-end', '', ''],
    ]);
    const status = app.requests.filter((r) => r.path === '/status');
    expect(status.map((r) => r.form)).toEqual([expect.objectContaining({ CallSid: customer.sid, CallStatus: 'completed', Direction: 'inbound', CallbackSource: 'call-progress-events' })]);
    // A call redirected out of its conference does not request its <Dial action>.
    expect(app.requests.filter((r) => r.path === '/after-support')).toEqual([]);
    expect(app.requests.filter((r) => !r.valid)).toEqual([]);
    expect(sandbox.journal.alerts()).toEqual([]);
  } finally {
    await app?.close();
  }
}

describe('a customer calls in, picks from a menu, waits, is answered and transferred — through the twilio library', () => {
  it('with the app\'s TwiML written with twilio\'s VoiceResponse', () => contactCentre(voiceResponseTwiml));
});

describe('the handle of an incoming call', () => {
  it('refuses an unknown number, and keys before the answer, with Twilio\'s error body', async () => {
    sandbox.reset();
    const unknown = sandbox.calls.incoming({ from: CUSTOMER, to: '+15017120000' });
    await expect(unknown).rejects.toMatchObject({ name: 'SandboxCallError', status: 404, code: 20404, moreInfo: 'https://www.twilio.com/docs/errors/20404' });
    const client = twilio(ACCOUNT, TOKEN);
    client.api.baseUrl = sandbox.url;
    const app = await startTwimlApp(TOKEN, () => new VoiceResponse().pause({ length: 3 }).toString());
    try {
      await client.incomingPhoneNumbers.create({ phoneNumber: SUPPORT_LINE, voiceUrl: `${app.url}/voice` });
      const caller = await sandbox.calls.incoming({ from: CUSTOMER, to: SUPPORT_LINE });
      const early = await caller.pressDigits('1').catch((error: unknown) => error);
      expect(early).toBeInstanceOf(SandboxCallError);
      expect((early as SandboxCallError).body).toMatchObject({ status: 409, code: 21220 });
      await expect(caller.say('hello')).rejects.toMatchObject({ code: 21220 });
      // Waiting for a status it can no longer reach fails at once; one it has not reached yet times out in wall-clock time.
      await expect(caller.waitForStatus('queued', { timeoutMs: 50 })).rejects.toThrow(/did not become queued within 50 ms/);
      await caller.hangUp();
      await expect(caller.waitForStatus('in-progress')).rejects.toMatchObject({ status: 409, message: expect.stringMatching(/ended canceled without being in-progress/) });
    } finally {
      await app.close();
    }
  });
});
