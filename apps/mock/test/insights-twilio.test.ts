/**
 * The official `twilio` package, unmodified, reads Insights that measure from the hosted sandbox: a call
 * whose line goes bad (set over HTTP through `POST /__sandbox/calls/{CallSid}/quality`, validated by the
 * mock like every request), then the conference summary's tags, detected issues and tag_info, the list
 * filters, and a participant summary's metrics narrowed by `Metrics` and `Events`. The library is pointed
 * at the sandbox through each domain's `baseUrl`, as in sandbox-twilio.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import twilio from 'twilio';
import { startSandbox, type RunningSandbox } from '../src/index.js';

delete process.env.TWILIO_REGION;
delete process.env.TWILIO_EDGE;

let sandbox: RunningSandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ clock: { frozen: true, now: '2025-03-03T12:00:00.000Z' }, sidSeed: 11, seed: 'empty', defaultAuthToken: 'insights-secret' });
});
afterAll(() => sandbox?.close());

function client() {
  const c = twilio(sandbox.accountSid, sandbox.authToken);
  c.api.baseUrl = sandbox.url;
  c.insights.baseUrl = sandbox.url;
  return c;
}

/** A control request over HTTP with the control credential (the seeded account's, here). */
async function control(path: string, body: unknown) {
  const res = await fetch(`${sandbox.url}${path}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Basic ${Buffer.from(`${sandbox.accountSid}:${sandbox.authToken}`).toString('base64')}`,
    },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: res.status === 204 ? undefined : await res.json() };
}

describe('Insights quality through the twilio library', () => {
  it('reads the tags, detected issues, tag_info and metrics a bad line gave, and filters on them', async () => {
    const seeded = await control('/__sandbox/seed', { accounts: [{ sid: sandbox.accountSid, authToken: sandbox.authToken }] });
    expect(seeded.status).toBe(204);
    const c = client();
    const rooms: Record<string, string> = {};
    for (const room of ['clean-room', 'lossy-room']) {
      const a = await c.conferences(room).participants.create({ from: '+15555550100', to: '+15555550101' });
      const b = await c.conferences(room).participants.create({ from: '+15555550100', to: '+15555550102' });
      sandbox.clock.advance(500); // both answered, and in the conference from this instant
      for (const p of [a, b]) expect((await control(`/__sandbox/calls/${p.callSid}/speech`, { speaking: true })).status).toBe(200);
      if (room === 'lossy-room') {
        const bad = await control(`/__sandbox/calls/${b.callSid}/quality`, { profile: 'lossy' });
        expect(bad).toMatchObject({ status: 200, body: { callSid: b.callSid, inbound: { packetLossPercent: 12 } } });
        await c.conferences(a.conferenceSid).participants(a.callSid).update({ muted: true });
      }
      sandbox.clock.advance(120_000);
      await c.conferences(a.conferenceSid).update({ status: 'completed' });
      rooms[room] = a.conferenceSid;
    }
    // A field out of range is refused whole by the mock's validation, in Twilio's error body.
    const refused = await control(`/__sandbox/calls/CA${'0'.repeat(32)}/quality`, { packetLossPercent: 140 });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ status: 400 });
    sandbox.clock.advance(60_000);

    const lossy = await c.insights.v1.conferences(rooms['lossy-room']!).fetch();
    expect(lossy.processingState).toBe('complete');
    expect(lossy.tags).toEqual(['high_packet_loss', 'low_mos', 'quality_warnings']);
    expect(lossy.detectedIssues).toEqual({ call_quality: 2, participant_behavior: 0, region_configuration: 0 });
    expect(lossy.tagInfo).toBeNull();
    const clean = await c.insights.v1.conferences(rooms['clean-room']!).fetch();
    expect(clean.tags).toEqual([]);

    expect((await c.insights.v1.conferences.list({ tags: 'high_packet_loss' })).map((s) => s.conferenceSid)).toEqual([rooms['lossy-room']]);
    expect((await c.insights.v1.conferences.list({ detectedIssues: 'call_quality' })).map((s) => s.conferenceSid)).toEqual([rooms['lossy-room']]);

    const [muted, bad] = await c.insights.v1.conferences(rooms['lossy-room']!).conferenceParticipants.list();
    expect(bad!.metrics).toMatchObject({ inbound: { packet_loss_percentage: 12 }, outbound: { packet_loss_percentage: 12 } });
    expect((bad!.metrics as any).inbound.mos).toBeLessThan(3.5);
    const narrowed = await c.insights.v1.conferences(rooms['lossy-room']!).conferenceParticipants(muted!.participantSid).fetch({ metrics: 'inbound', events: 'mute' });
    expect(Object.keys(narrowed.metrics)).toEqual(['inbound']);
    expect(narrowed.events).toEqual({ mute: [expect.any(Number)] });
  });
});
