/**
 * The official `twilio` package, unmodified, runs a whole conference against the hosted sandbox: two
 * participants dialled into a named conference, in progress, mute, hold, announce, kick, end through the
 * API, the completed listing, and the Insights summaries. A local receiver gets every subscribed
 * callback, and twilio's own `validateRequest` accepts every signature.
 *
 * The library is pointed at the sandbox through each domain's `baseUrl` (`client.api`, `client.insights`),
 * the public field its `Domain` class builds every URL from; nothing in the library is patched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import twilio from 'twilio';
import { createContract, formatErrors, listWebhooks } from '@conference-kit/specs/contract';
import { startSandbox, type RunningSandbox } from '../src/index.js';
import { startReceiver, type Receiver } from './sandbox-helpers.js';

// twilio reads these to rewrite hosts (api.us1.…): unset here, they would send it past the local server.
delete process.env.TWILIO_REGION;
delete process.env.TWILIO_EDGE;

const START = '2025-03-03T12:00:00.000Z';
const ROOM = 'kit-e2e-room';

let sandbox: RunningSandbox;
let receiver: Receiver;

beforeAll(async () => {
  receiver = await startReceiver();
  sandbox = await startSandbox({ clock: { frozen: true, now: START }, sidSeed: 7, defaultAuthToken: 'e2e-secret' });
});
afterAll(async () => {
  await sandbox?.close();
  await receiver?.close();
});

function client() {
  const c = twilio(sandbox.accountSid, sandbox.authToken);
  c.api.baseUrl = sandbox.url;
  c.insights.baseUrl = sandbox.url;
  return c;
}

describe('a whole conference through the twilio library', () => {
  it('dials, starts, mutes, holds, announces, kicks, ends, lists and summarises, with every callback signed', async () => {
    const c = client();
    const conferenceCallback = `${receiver.url}/conference-events?room=${ROOM}`;
    const common = {
      conferenceStatusCallback: conferenceCallback,
      conferenceStatusCallbackEvent: ['start', 'end', 'join', 'leave', 'mute', 'hold', 'announcement'],
      statusCallback: `${receiver.url}/call-progress`,
      statusCallbackEvent: ['initiated', 'ringing', 'answered', 'completed'],
    };

    // Dial two participants into a conference named by its friendly name.
    const customer = await c.conferences(ROOM).participants.create({ ...common, from: '+15555550100', to: '+15555550101', label: 'customer' });
    const agent = await c.conferences(ROOM).participants.create({ ...common, from: '+15555550199', to: 'client:agent-7', label: 'agent' });
    expect(customer.status).toBe('queued');
    expect(agent.conferenceSid).toBe(customer.conferenceSid);
    const cf = customer.conferenceSid;
    expect(cf).toMatch(/^CF[0-9a-f]{32}$/);
    expect((await c.conferences(cf).fetch()).status).toBe('init');

    // The calls are answered on the sandbox clock; with both connected the conference starts.
    sandbox.clock.advance(1_000);
    const live = await c.conferences(cf).fetch();
    expect(live.status).toBe('in-progress');
    expect(live.friendlyName).toBe(ROOM);
    const inProgress = await c.conferences.list({ status: 'in-progress', friendlyName: ROOM });
    expect(inProgress.map((x) => x.sid)).toEqual([cf]);
    const connected = await c.conferences(cf).participants.list();
    expect(connected.map((p) => [p.label, p.status])).toEqual([
      ['customer', 'connected'],
      ['agent', 'connected'],
    ]);

    // Mute one; the Muted=true filter lists exactly that one.
    const muted = await c.conferences(cf).participants(customer.callSid).update({ muted: true });
    expect(muted.muted).toBe(true);
    expect((await c.conferences(cf).participants.list({ muted: true })).map((p) => p.callSid)).toEqual([customer.callSid]);
    expect((await c.conferences(cf).participants.list({ muted: false })).map((p) => p.callSid)).toEqual([agent.callSid]);

    // Hold and unhold the other, addressed by its label.
    expect((await c.conferences(cf).participants('agent').update({ hold: true })).hold).toBe(true);
    expect((await c.conferences(cf).participants.list({ hold: true })).map((p) => p.label)).toEqual(['agent']);
    expect((await c.conferences(cf).participants('agent').update({ hold: false })).hold).toBe(false);

    // Announce into the conference; the announcement ends on the sandbox clock.
    const announced = await c.conferences(cf).update({ announceUrl: 'http://127.0.0.1/announcements/welcome.mp3' });
    expect(announced.status).toBe('in-progress');
    sandbox.clock.advance(2_000);

    // Kick the agent: the conference goes on with the customer alone.
    expect(await c.conferences(cf).participants(agent.callSid).remove()).toBe(true);
    expect((await c.conferences(cf).participants.list()).map((p) => p.label)).toEqual(['customer']);
    await expect(c.conferences(cf).participants(agent.callSid).fetch()).rejects.toMatchObject({ status: 404, code: 20404 });

    // End it through the API.
    const ended = await c.conferences(cf).update({ status: 'completed' });
    expect(ended.status).toBe('completed');
    expect(ended.reasonConferenceEnded).toBe('conference-ended-via-api');
    expect(ended.callSidEndingConference).toBeNull();
    expect(await c.conferences(cf).participants.list()).toEqual([]);

    // The completed listing includes it, next to the default world's completed conferences.
    const completed = await c.conferences.list({ status: 'completed' });
    expect(completed.map((x) => x.sid)).toContain(cf);
    expect(completed.every((x) => x.status === 'completed')).toBe(true);
    expect((await c.conferences.list({ status: 'completed', friendlyName: ROOM })).map((x) => x.sid)).toEqual([cf]);

    // Insights, through the same library: the summary agrees with the 2010 resource.
    const summary = await c.insights.v1.conferences(cf).fetch();
    expect(summary).toMatchObject({
      conferenceSid: cf,
      friendlyName: ROOM,
      status: 'completed',
      endReason: 'conference_ended_via_api',
      // Unique by caller ID: two different From numbers.
      uniqueParticipants: 2,
      maxConcurrentParticipants: 2,
      processingState: 'in_progress',
    });
    sandbox.clock.advance(61_000);
    expect((await c.insights.v1.conferences(cf).fetch()).processingState).toBe('complete');
    const listed = await c.insights.v1.conferences.list({ conferenceSid: cf });
    expect(listed.map((s) => s.conferenceSid)).toEqual([cf]);
    const people = await c.insights.v1.conferences(cf).conferenceParticipants.list();
    expect(people.map((p) => [p.label, p.callSid, p.callStatus])).toEqual([
      ['customer', customer.callSid, 'completed'],
      ['agent', agent.callSid, 'completed'],
    ]);
    expect(people.every((p) => /^CP[0-9a-f]{32}$/.test(p.participantSid))).toBe(true);
    const one = await c.insights.v1.conferences(cf).conferenceParticipants(people[1]!.participantSid).fetch();
    expect(one).toMatchObject({ label: 'agent', callSid: agent.callSid, conferenceSid: cf });

    // Every delivery finished, each one delivered and each one received exactly once.
    await sandbox.journal.settled();
    const deliveries = sandbox.journal.webhooks();
    expect(deliveries.length).toBeGreaterThan(10);
    expect(deliveries.filter((d) => d.outcome !== 'delivered')).toEqual([]);
    expect(receiver.received).toHaveLength(deliveries.length);

    // twilio's own validator accepts every signature, and rejects the same request with a field changed.
    for (const request of receiver.received) {
      const signature = String(request.headers['x-twilio-signature']);
      const url = receiver.url + request.path;
      expect(twilio.validateRequest(sandbox.authToken, signature, url, request.params), `${request.path} ${request.body}`).toBe(true);
      expect(twilio.validateRequest('another-token', signature, url, request.params)).toBe(false);
      expect(twilio.validateRequest(sandbox.authToken, signature, url, { ...request.params, AccountSid: 'ACbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb' })).toBe(false);
    }

    // Every payload is valid against the spec's webhook schema for its kind.
    const contract = createContract();
    const webhookSpec = (name: string) => listWebhooks('api-v2010').find((w) => w.name === name)!;
    for (const request of receiver.received) {
      const spec = webhookSpec(request.path.startsWith('/conference-events') ? 'conferenceStatusCallback' : 'participantCallStatusCallback');
      const errors = contract.validateWebhook(spec, request.params);
      expect(errors, `${request.body}: ${formatErrors(errors)}`).toBeNull();
    }

    // The conference callbacks: the subscribed events in order, SequenceNumber strictly increasing from 1.
    const conferenceEvents = receiver.received
      .filter((r) => r.path.startsWith('/conference-events'))
      .map((r) => r.params)
      .sort((a, b) => Number(a.SequenceNumber) - Number(b.SequenceNumber));
    expect(conferenceEvents.map((e) => Number(e.SequenceNumber))).toEqual(conferenceEvents.map((_, i) => i + 1));
    for (const e of conferenceEvents) expect(e).toMatchObject({ ConferenceSid: cf, FriendlyName: ROOM, AccountSid: sandbox.accountSid });
    const names = conferenceEvents.map((e) => e.StatusCallbackEvent);
    expect(names).toEqual([
      'participant-join',
      'participant-join',
      'conference-start',
      'participant-mute',
      'participant-hold',
      'participant-unhold',
      'announcement-end',
      'participant-leave',
      'participant-leave',
      'conference-end',
    ]);
    const byEvent = (name: string) => conferenceEvents.filter((e) => e.StatusCallbackEvent === name);
    expect(byEvent('participant-join').map((e) => e.ParticipantLabel)).toEqual(['customer', 'agent']);
    expect(byEvent('participant-mute')[0]).toMatchObject({ CallSid: customer.callSid, Muted: 'true' });
    expect(byEvent('participant-hold')[0]).toMatchObject({ CallSid: agent.callSid, Hold: 'true' });
    expect(byEvent('participant-unhold')[0]).toMatchObject({ CallSid: agent.callSid, Hold: 'false' });
    expect(byEvent('announcement-end')[0]).toMatchObject({ AnnounceUrl: 'http://127.0.0.1/announcements/welcome.mp3' });
    expect(byEvent('participant-leave').map((e) => [e.CallSid, e.ReasonParticipantLeft])).toEqual([
      [agent.callSid, 'participant_updated_via_api'],
      [customer.callSid, 'conference_ended_via_api'],
    ]);
    expect(byEvent('conference-end')[0]).toMatchObject({ ReasonConferenceEnded: 'conference-ended-via-api' });
    // Ended through the API: no call ended it, so the field is left out.
    expect(byEvent('conference-end')[0]).not.toHaveProperty('CallSidEndingConference');
    // The sandbox's journal saw the same events in the same order.
    expect(sandbox.journal.webhooks({ type: 'conference' }).map((w) => w.event)).toEqual(names);

    // Call progress per call: initiated, ringing, in-progress, completed with SequenceNumber 0..3.
    for (const call of [customer.callSid, agent.callSid]) {
      const progress = receiver.received
        .filter((r) => r.path === '/call-progress' && r.params.CallSid === call)
        .map((r) => r.params)
        .sort((a, b) => Number(a.SequenceNumber) - Number(b.SequenceNumber));
      expect(progress.map((p) => [p.SequenceNumber, p.CallStatus])).toEqual([
        ['0', 'initiated'],
        ['1', 'ringing'],
        ['2', 'in-progress'],
        ['3', 'completed'],
      ]);
      expect(progress[3]!.CallbackSource).toBe('call-progress-events');
    }
  });
});
