// The guide's "Watch it in the inspector" example: a real vitest file, run with the docs tests, cut into
// guide.html in region order. Nothing outside the regions but comments, as in example.ts.

// #region inspector-setup
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createConferenceClient, type ConferenceClient } from '@conference-kit/client';
import { startSandbox, type RunningSandbox } from '@conference-kit/mock';

let sandbox: RunningSandbox;
let twilio: ConferenceClient;
beforeAll(async () => {
  sandbox = await startSandbox({ seed: 'empty', clock: { frozen: true } });
  twilio = createConferenceClient({
    accountSid: sandbox.accountSid,
    authToken: sandbox.authToken,
    baseUrl: sandbox.url,
    fetch: sandbox.fetch,
  });
  // Stopped at a breakpoint, open this address to see the test in the inspector.
  console.info(`inspector: ${sandbox.url}/`);
});
afterAll(() => sandbox.close());

// What the inspector reads, with the control credential.
async function control<T>(path: string): Promise<T> {
  const credential = btoa(`${sandbox.accountSid}:${sandbox.authToken}`);
  const response = await sandbox.fetch(`${sandbox.url}/__sandbox/${path}`, {
    headers: { authorization: `Basic ${credential}` },
  });
  expect(response.ok).toBe(true);
  return (await response.json()) as T;
}
// #endregion inspector-setup

// #region inspector-timeline
interface Timeline {
  startedAt: string | null;
  legs: Array<{ label: string | null; segments: Array<{ state: string }> }>;
}

const ROOM = '/2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}';

it('draws each leg of the conference over the sandbox clock', async () => {
  const path = { AccountSid: sandbox.accountSid, ConferenceSid: 'support-42' };
  const add = (To: string, Label: string) =>
    twilio.api.POST(`${ROOM}/Participants.json`, {
      params: { path },
      body: { From: '+15555550100', To, Label },
    });
  const { data: customer } = await add('+15555550101', 'customer');
  await add('+15555550102', 'agent-1');
  sandbox.clock.advance(1_000); // both answer: the conference starts

  const { conference_sid: conferenceSid, call_sid: callSid } = customer!;
  const held = { ...path, ConferenceSid: conferenceSid!, CallSid: callSid! };
  await twilio.api.POST(`${ROOM}/Participants/{CallSid}.json`, {
    params: { path: held },
    body: { Hold: true },
  });
  sandbox.clock.advance(30_000); // thirty seconds of hold music

  // The bars the inspector draws, as data: a leg per participant and its states.
  const timeline = await control<Timeline>(`conferences/${conferenceSid}/timeline`);
  const states = (label: string) =>
    timeline.legs.find((leg) => leg.label === label)!.segments.map((s) => s.state);
  expect(timeline.startedAt).not.toBeNull();
  expect(states('customer')).toEqual(['ringing', 'connected', 'hold']);
  expect(states('agent-1')).toEqual(['ringing', 'connected']);
});
// #endregion inspector-timeline
