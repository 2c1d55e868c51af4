/**
 * The Insights participant summary's `events`: every documented key recorded at the sandbox's time by the
 * participant update that causes it, narrowed by `Events`, bounded per key, and carried by seeds and
 * snapshots. Every response is validated against the specs by the harness.
 */
import { controlApiNames, createContract, formatErrors, listOperations } from '@conference-kit/specs/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { handleControl } from '../src/index.js';
import { LIMITS, PARTICIPANT_EVENT_KEYS } from '../src/store.js';
import { ACCOUNT, type Harness, add, created, makeSandbox } from './helpers.js';

const snapshotOperation = controlApiNames.flatMap((api) => listOperations(api)).find((e) => e.operationId === 'FetchSandboxSnapshot')!;

afterEach(() => {
  for (const s of created.splice(0)) s.dispose();
});

/** Three connected participants: a coach-to-be and the two calls it may coach. */
async function room(h: Harness, name: string) {
  const parts = [];
  for (const to of ['+15555551000', '+15555551001', '+15555551002']) parts.push(await add(h, name, { To: to }));
  h.sandbox.clock.advance(500);
  return { cf: parts[0].conference_sid as string, calls: parts.map((p) => p.call_sid as string) };
}

const summaryOf = async (h: Harness, cf: string, callSid: string, query: Record<string, string> = {}) => {
  const { participants } = (await h.call('ListConferenceParticipantSummary', { ConferenceSid: cf })).body;
  const psid = participants.find((p: any) => p.call_sid === callSid).participant_sid;
  const res = await h.call('FetchConferenceParticipantSummary', { ConferenceSid: cf, ParticipantSid: psid }, { query });
  expect(res.status).toBe(200);
  return res.body;
};

/** Updates the participant a second from now; answers that instant. */
async function updateLater(h: Harness, cf: string, callSid: string, body: Record<string, string>) {
  h.sandbox.clock.advance(1000);
  const res = await h.call('UpdateParticipant', { ConferenceSid: cf, CallSid: callSid }, { body });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return h.sandbox.clock.now();
}

describe('participant summary events', () => {
  it('records each documented key at the instant of the update that causes it, and only for a change', async () => {
    const h = makeSandbox();
    const { cf, calls } = await room(h, 'events');
    const [coach, agent, customer] = calls as [string, string, string];
    const at = (body: Record<string, string>) => updateLater(h, cf, coach, body);

    await at({ Muted: 'false' }); // already unmuted: nothing happened
    const mute = await at({ Muted: 'true' });
    await at({ Muted: 'true' });
    const unmute = await at({ Muted: 'false' });
    const hold = await at({ Hold: 'true' });
    const unhold = await at({ Hold: 'false' });
    const modifyBeep = await at({ BeepOnExit: 'false' });
    await at({ BeepOnExit: 'false' });
    const modifyExit = await at({ EndConferenceOnExit: 'true' });
    const coaching = await at({ Coaching: 'true', CallSidToCoach: agent });
    const modifyCoached = await at({ CallSidToCoach: customer });
    await at({ CallSidToCoach: customer });
    const coachingStopped = await at({ Coaching: 'false' });
    // A call to coach given to a participant not coaching starts coaching: that is `coaching`, not a modify.
    const coachingAgain = await at({ CallSidToCoach: agent });

    const expected = {
      mute: [mute],
      unmute: [unmute],
      hold: [hold],
      unhold: [unhold],
      modify_beep: [modifyBeep],
      modify_exit: [modifyExit],
      coaching: [coaching, coachingAgain],
      coaching_stopped: [coachingStopped],
      modify_coached_participant: [modifyCoached],
    };
    expect((await summaryOf(h, cf, coach)).events).toEqual(expected);
    expect((await summaryOf(h, cf, agent)).events).toBeNull();

    for (const key of PARTICIPANT_EVENT_KEYS) {
      expect((await summaryOf(h, cf, coach, { Events: key })).events, key).toEqual({ [key]: expected[key] });
      const listed = await h.call('ListConferenceParticipantSummary', { ConferenceSid: cf }, { query: { Events: key } });
      expect(listed.body.participants.map((p: any) => p.call_sid), key).toEqual([coach]);
      expect(listed.body.participants[0].events, key).toEqual({ [key]: expected[key] });
    }
    expect((await summaryOf(h, cf, coach, { Events: 'unhold,coaching_stopped' })).events).toEqual({
      unhold: [unhold],
      coaching_stopped: [coachingStopped],
    });

    // The summary of the ended conference still has them.
    h.sandbox.clock.advance(1000);
    await h.call('UpdateConference', { Sid: cf }, { body: { Status: 'completed' } });
    h.sandbox.clock.advance(60_000);
    expect((await summaryOf(h, cf, coach)).events).toEqual(expected);
  });

  it('counts starting or stopping coaching with a new call to coach as that, not as a change of coached participant', async () => {
    const h = makeSandbox();
    const { cf, calls } = await room(h, 'coaching-edges');
    const [coach, agent, customer] = calls as [string, string, string];
    const started = await updateLater(h, cf, coach, { Coaching: 'true', CallSidToCoach: agent });
    const stopped = await updateLater(h, cf, coach, { Coaching: 'false', CallSidToCoach: customer });
    expect((await summaryOf(h, cf, coach)).events).toEqual({ coaching: [started], coaching_stopped: [stopped] });
  });

  it('keeps the latest instants of each key, as many as the bound', async () => {
    const h = makeSandbox();
    const { cf, calls } = await room(h, 'bounded');
    const toggles = LIMITS.events + 1;
    const instants: number[] = [];
    for (let i = 0; i < toggles; i++) {
      h.sandbox.clock.advance(1000);
      instants.push(h.sandbox.clock.now());
      for (const muted of ['true', 'false']) {
        const res = await h.sandbox.handle('UpdateParticipant', {
          pathParams: { AccountSid: ACCOUNT, ConferenceSid: cf, CallSid: calls[0]! },
          query: {},
          body: { Muted: muted },
          auth: { username: ACCOUNT, password: 'token' },
          baseUrl: 'http://127.0.0.1:4010',
        });
        expect(res.status).toBe(200);
      }
    }
    const { events } = await summaryOf(h, cf, calls[0]!);
    expect(events).toEqual({ mute: instants.slice(1), unmute: instants.slice(1) });
  });
});

describe('participant events in seeds and snapshots', () => {
  const conferenceSeed = (events: unknown) => ({
    accounts: [{ sid: ACCOUNT, authToken: 'token' }],
    conferences: [
      {
        accountSid: ACCOUNT,
        friendlyName: 'seeded',
        status: 'in-progress',
        participants: [
          { from: '+15555550100', to: '+15555551000', events },
          { from: '+15555550100', to: '+15555551001' },
        ],
      },
    ],
  });
  const seededSummary = async (h: Harness) => {
    const [conference] = (await h.call('ListConference', {}, { query: { FriendlyName: 'seeded' } })).body.conferences;
    return (await h.call('ListConferenceParticipantSummary', { ConferenceSid: conference.sid })).body.participants[0];
  };

  it('load every key from a seed, and old seeds with only mute and hold', async () => {
    const all = Object.fromEntries(PARTICIPANT_EVENT_KEYS.map((k, i) => [k, [1741003200000 + i * 1000]]));
    expect((await seededSummary(makeSandbox({ seed: conferenceSeed(all) }))).events).toEqual(all);
    const old = { mute: [1741003200000], hold: [1741003260000] };
    expect((await seededSummary(makeSandbox({ seed: conferenceSeed(old) }))).events).toEqual(old);
    expect(() => makeSandbox({ seed: conferenceSeed({ speaker: [1741003200000] }) })).toThrow(/participants\[0\]\.events.*speaker/);
  });

  it('go into a snapshot that the spec accepts, and come back the same', async () => {
    const h = makeSandbox();
    const { cf, calls } = await room(h, 'saved');
    await updateLater(h, cf, calls[0]!, { Muted: 'true', Hold: 'true', BeepOnExit: 'false' });
    await updateLater(h, cf, calls[0]!, { Muted: 'false', Coaching: 'true', CallSidToCoach: calls[1]! });
    await updateLater(h, cf, calls[0]!, { CallSidToCoach: calls[2]! });
    const before = await summaryOf(h, cf, calls[0]!);
    expect(Object.keys(before.events).sort()).toEqual(['coaching', 'hold', 'modify_beep', 'modify_coached_participant', 'mute', 'unmute']);

    const snapshot = await handleControl(h.sandbox, 'FetchSandboxSnapshot', {});
    expect(snapshot.status).toBe(200);
    const errors = createContract().validateResponse(snapshotOperation, snapshot.status, snapshot.body);
    expect(errors && formatErrors(errors)).toBeFalsy();
    const copy = makeSandbox();
    copy.sandbox.importSnapshot(JSON.parse(JSON.stringify(snapshot.body)));
    expect(await summaryOf(copy, cf, calls[0]!)).toEqual(before);
  });
});
