// The guide's "Test your quality alerts" example: a real vitest file, run with the docs tests, cut into
// guide.html in region order. Nothing outside the regions but comments, as in example.ts.

// #region quality-setup
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
});
afterAll(() => sandbox.close());

// Only the network makes a line bad, so the sandbox's control surface does it
// (its credential is the seeded account's, unless --control-token sets another).
async function control(path: string, body: object) {
  const credential = btoa(`${sandbox.accountSid}:${sandbox.authToken}`);
  const response = await sandbox.fetch(`${sandbox.url}/__sandbox/${path}`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${credential}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify(body),
  });
  expect(response.ok).toBe(true);
}

function addParticipant(To: string) {
  return twilio.api.POST(
    '/2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants.json',
    {
      params: {
        path: { AccountSid: sandbox.accountSid, ConferenceSid: 'support-call' },
      },
      body: { From: '+15555550100', To },
    },
  );
}
// #endregion quality-setup

// #region quality-alert
it('finds the conference whose caller had two bad minutes', async () => {
  const { data: caller } = await addParticipant('+15555550101');
  const { data: agent } = await addParticipant('+15555550102');
  sandbox.clock.advance(1_000); // both answer; the conference starts
  for (const leg of [caller!, agent!]) {
    // Both talk: a participant who never speaks is tagged detected_silence.
    await control(`calls/${leg.call_sid}/speech`, { speaking: true });
  }

  sandbox.clock.advance(60_000); // a good first minute
  // A quarter of the caller's packets lost for two minutes, then a clean line again.
  await control(`calls/${caller!.call_sid}/quality`, {
    packetLossPercent: 25,
    durationMs: 120_000,
  });
  sandbox.clock.advance(180_000);

  const ConferenceSid = caller!.conference_sid;
  await twilio.api.POST('/2010-04-01/Accounts/{AccountSid}/Conferences/{Sid}.json', {
    params: { path: { AccountSid: sandbox.accountSid, Sid: ConferenceSid } },
    body: { Status: 'completed' },
  });
  sandbox.clock.advance(60_000); // Insights finishes processing the summary

  const { data: summary } = await twilio.insights.GET(
    '/v1/Conferences/{ConferenceSid}',
    { params: { path: { ConferenceSid } } },
  );
  expect(summary?.tags).toContain('high_packet_loss');
  const { data: people } = await twilio.insights.GET(
    '/v1/Conferences/{ConferenceSid}/Participants',
    { params: { path: { ConferenceSid } } },
  );
  const heard = people?.participants?.find((p) => p.call_sid === caller!.call_sid);
  expect(heard?.metrics?.inbound?.mos).toBeLessThan(3.5);

  // What your alert polls for.
  const { data: found } = await twilio.insights.GET('/v1/Conferences', {
    params: { query: { Tags: 'high_packet_loss' } },
  });
  expect(found?.conferences?.map((c) => c.conference_sid)).toEqual([ConferenceSid]);
});
// #endregion quality-alert
