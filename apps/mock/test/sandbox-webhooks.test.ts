/**
 * Webhook delivery faults: a receiver that is down, slow or answers 500. The sandbox keeps serving, every
 * API answer stays fast while deliveries hang, and every attempt is in the journal with its outcome and
 * the receiver's status. A callback to a host that is not loopback is recorded as `blocked` and never
 * sent, unless `webhookAllow` names it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox, type StartSandboxOptions } from '../src/index.js';
import { closedPort, startReceiver, type Receiver } from './sandbox-helpers.js';

const EVENTS = ['start', 'end', 'join', 'leave', 'mute', 'hold'];
const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanup.length > 0) await cleanup.pop()!();
});

async function sandboxWith(options: StartSandboxOptions): Promise<RunningSandbox> {
  const sandbox = await startSandbox({ clock: { frozen: true, now: '2025-03-03T12:00:00Z' }, seed: 'empty', ...options });
  cleanup.push(() => sandbox.close());
  return sandbox;
}

/**
 * A sandbox that has answered every operation the fault tests time once: the first request to each
 * operation compiles its validators, which is not what is measured. The warm-up's callbacks go to a host
 * that is not allowed, so they are blocked, never sent; the reset clears them from the journal.
 */
async function warmSandbox(options: StartSandboxOptions): Promise<RunningSandbox> {
  const sandbox = await sandboxWith(options);
  await busyConference(sandbox, 'http://example.com/warm-up', 'warm-up-room');
  sandbox.reset();
  return sandbox;
}

async function receiverThat(how: { status?: number; delayMs?: number }): Promise<Receiver> {
  const receiver = await startReceiver();
  receiver.behave(how);
  cleanup.push(() => receiver.close());
  return receiver;
}

/**
 * API answers must not wait for deliveries. A call that waited on the slow receiver would take at least
 * webhookTimeoutMs (1 000 ms); each one must stay under that. (The bound is loose on purpose: CI is a
 * shared 2-core machine. The tests also prove the order: deliveries are still pending when calls answer.)
 */
function expectFast(durations: number[]): void {
  const shown = durations.map((d) => d.toFixed(1)).join(' ');
  expect(Math.max(...durations), shown).toBeLessThan(900);
}

/** One API call over the socket, timed. */
async function timed(sandbox: RunningSandbox, method: string, path: string, form?: Record<string, string | string[]>) {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(form ?? {})) for (const item of [v].flat()) body.append(k, item);
  const started = performance.now();
  const response = await fetch(`${sandbox.url}/2010-04-01/Accounts/${sandbox.accountSid}${path}`, {
    method,
    headers: {
      authorization: `Basic ${Buffer.from(`${sandbox.accountSid}:${sandbox.authToken}`).toString('base64')}`,
      ...(form && { 'content-type': 'application/x-www-form-urlencoded' }),
    },
    ...(form && { body: body.toString() }),
    signal: AbortSignal.timeout(5_000),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined, ms: performance.now() - started };
}

/**
 * A conference that makes callbacks to `callbackUrl`: two participants join, it starts, one is muted and
 * held, then it is ended. Returns every API call's duration.
 */
async function busyConference(sandbox: RunningSandbox, callbackUrl: string, room = 'fault-room'): Promise<{ cf: string; durations: number[] }> {
  const durations: number[] = [];
  const call = async (method: string, path: string, form?: Record<string, string | string[]>) => {
    const answer = await timed(sandbox, method, path, form);
    durations.push(answer.ms);
    expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(300);
    return answer.body;
  };
  const add = (to: string) =>
    call('POST', `/Conferences/${room}/Participants.json`, {
      From: '+15555550100',
      To: to,
      ConferenceStatusCallback: callbackUrl,
      ConferenceStatusCallbackEvent: EVENTS,
      StatusCallback: callbackUrl,
      StatusCallbackEvent: ['initiated', 'ringing', 'answered', 'completed'],
    });
  const a = await add('+15555550101');
  await add('+15555550102');
  sandbox.clock.advance(1_000);
  const cf: string = a.conference_sid;
  await call('POST', `/Conferences/${cf}/Participants/${a.call_sid}.json`, { Muted: 'true' });
  await call('POST', `/Conferences/${cf}/Participants/${a.call_sid}.json`, { Hold: 'true' });
  await call('GET', `/Conferences/${cf}/Participants.json?Muted=true`);
  await call('GET', `/Conferences/${cf}.json`);
  await call('POST', `/Conferences/${cf}.json`, { Status: 'completed' });
  await call('GET', '/Conferences.json?Status=completed');
  return { cf, durations };
}

describe('webhook delivery faults never hold up the API', () => {
  it('a slow receiver: API answers stay fast while deliveries hang, and each attempt times out at webhookTimeoutMs', async () => {
    const receiver = await receiverThat({ delayMs: 3_000 });
    const sandbox = await warmSandbox({ webhookTimeoutMs: 1_000 });
    const { durations } = await busyConference(sandbox, `${receiver.url}/slow`);
    // The calls were answered while their deliveries were still waiting on the receiver: the end's
    // callbacks are still pending after the listing that followed it.
    expect(sandbox.journal.webhooks({ event: 'conference-end' })[0]?.outcome).toBe('pending');
    expectFast(durations);

    await sandbox.journal.settled();
    const deliveries = sandbox.journal.webhooks();
    // join ×2, start, mute, hold, leave ×2, end; and 4 call-progress events per call.
    expect(deliveries).toHaveLength(8 + 8);
    for (const d of deliveries) {
      expect(d).toMatchObject({ outcome: 'timeout', responseStatus: null, error: 'no answer within 1000 ms' });
      expect(d.durationMs).toBeGreaterThanOrEqual(950);
      expect(d.durationMs).toBeLessThan(2_500);
    }
    // Each attempt really reached the receiver.
    expect(receiver.received).toHaveLength(deliveries.length);
    // The sandbox still serves, and the journal says the same over HTTP.
    const journal = await fetch(`${sandbox.url}/__sandbox/journal?Kind=webhook&Outcome=timeout`, {
      headers: { authorization: `Basic ${Buffer.from(`${sandbox.accountSid}:${sandbox.authToken}`).toString('base64')}` },
    });
    expect(((await journal.json()) as { entries: unknown[] }).entries).toHaveLength(deliveries.length);
  });

  it('a receiver answering 500: each attempt is recorded as failed with the status, once (no retries)', async () => {
    const receiver = await receiverThat({ status: 500 });
    const sandbox = await warmSandbox({});
    const { durations } = await busyConference(sandbox, `${receiver.url}/broken`);
    expectFast(durations);
    await sandbox.journal.settled();
    const deliveries = sandbox.journal.webhooks();
    expect(deliveries).toHaveLength(16);
    expect(deliveries.every((d) => d.outcome === 'failed' && d.responseStatus === 500 && d.signature !== null)).toBe(true);
    expect(receiver.received).toHaveLength(16);
    expect(receiver.received.map((r) => r.headers['x-twilio-signature']).sort()).toEqual(deliveries.map((d) => d.signature).sort());
  });

  it('a receiver that is down: each attempt is recorded as an error, and the sandbox keeps serving', async () => {
    const port = await closedPort();
    const sandbox = await warmSandbox({});
    const { durations } = await busyConference(sandbox, `http://127.0.0.1:${port}/down`);
    expectFast(durations);
    await sandbox.journal.settled();
    const deliveries = sandbox.journal.webhooks();
    expect(deliveries).toHaveLength(16);
    for (const d of deliveries) {
      expect(d.outcome).toBe('error');
      expect(d.responseStatus).toBeNull();
      expect(d.error).toBeTruthy();
    }
    expect((await timed(sandbox, 'GET', '/Conferences.json')).status).toBe(200);
  });
});

describe('where callbacks may go', () => {
  /** The delivery `fetch`, counting what leaves; requests to example.com never reach the network. */
  function countingFetch() {
    const sent: Array<{ url: string; headers: Record<string, string>; body?: string }> = [];
    const fetchFn: NonNullable<StartSandboxOptions['fetch']> = async (url, init) => {
      sent.push({ url, headers: init.headers, ...(init.body !== undefined && { body: init.body }) });
      if (new URL(url).hostname === 'example.com') return new Response(null, { status: 204 });
      return globalThis.fetch(url, init);
    };
    return { sent, fetchFn };
  }

  it('a callback to a host that is not loopback is recorded as blocked and never sent', async () => {
    const { sent, fetchFn } = countingFetch();
    const receiver = await receiverThat({});
    const sandbox = await sandboxWith({ fetch: fetchFn });
    const answer = await timed(sandbox, 'POST', '/Conferences/blocked-room/Participants.json', {
      From: '+15555550100',
      To: '+15555550101',
      ConferenceStatusCallback: 'http://example.com/cb',
      ConferenceStatusCallbackEvent: EVENTS,
      StatusCallback: `${receiver.url}/progress`,
    });
    expect(answer.status).toBe(201);
    await timed(sandbox, 'POST', '/Conferences/blocked-room/Participants.json', { From: '+15555550100', To: '+15555550102' });
    sandbox.clock.advance(1_000);
    await timed(sandbox, 'POST', `/Conferences/${answer.body.conference_sid}.json`, { Status: 'completed' });
    await sandbox.journal.settled();

    const blocked = sandbox.journal.webhooks({ outcome: 'blocked' });
    expect(blocked.map((d) => d.event)).toEqual(
      expect.arrayContaining(['participant-join', 'conference-start', 'participant-leave', 'conference-end']),
    );
    expect(blocked.every((d) => d.url === 'http://example.com/cb' && d.signature === null && /example\.com/.test(d.error ?? ''))).toBe(true);
    expect(sent.filter((s) => s.url.includes('example.com'))).toEqual([]);
    // The loopback call-progress callback of the same participant was delivered.
    expect(sandbox.journal.webhooks({ type: 'call-progress' }).map((d) => d.outcome)).toEqual(['delivered']);
    expect(receiver.received).toHaveLength(1);
  });

  it('the same host named in webhookAllow is delivered, signed', async () => {
    const { sent, fetchFn } = countingFetch();
    const sandbox = await sandboxWith({ fetch: fetchFn, webhookAllow: ['example.com'] });
    await timed(sandbox, 'POST', '/Conferences/allowed-room/Participants.json', {
      From: '+15555550100',
      To: '+15555550101',
      ConferenceStatusCallback: 'http://example.com/cb',
      ConferenceStatusCallbackEvent: ['join'],
    });
    sandbox.clock.advance(1_000);
    await sandbox.journal.settled();
    const deliveries = sandbox.journal.webhooks();
    expect(deliveries.map((d) => [d.event, d.outcome, d.responseStatus])).toEqual([['participant-join', 'delivered', 204]]);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ url: 'http://example.com/cb', headers: { 'X-Twilio-Signature': deliveries[0]!.signature } });
    expect(sent[0]!.body).toContain('StatusCallbackEvent=participant-join');
  });
});
