// The guide's "Test against the sandbox" example: a real vitest file, run with the docs tests, cut into
// guide.html in region order. Nothing outside the regions but comments, as in example.ts.

// #region sandbox-setup
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { createConferenceClient, type ConferenceClient } from '@conference-kit/client';
import { startSandbox, type RunningSandbox } from '@conference-kit/mock';

let sandbox: RunningSandbox;
let twilio: ConferenceClient;

beforeAll(async () => {
  sandbox = await startSandbox(); // a free port on 127.0.0.1
  twilio = createConferenceClient({
    accountSid: sandbox.accountSid,
    authToken: sandbox.authToken,
    baseUrl: sandbox.url,
    fetch: sandbox.fetch, // in-process, no socket; leave it out to go over HTTP
  });
});
beforeEach(() => {
  sandbox.reset(); // the seeded world again, the journal empty
  sandbox.clock.freeze(); // time moves only when a test moves it
});
afterAll(() => sandbox.close());

// Adds a participant to the conference "standup", created by the first one.
function addParticipant(To: string) {
  return twilio.api.POST(
    '/2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants.json',
    {
      params: { path: { AccountSid: sandbox.accountSid, ConferenceSid: 'standup' } },
      body: {
        From: '+15555550100',
        To,
        // Nothing has to listen here: the journal records every delivery.
        ConferenceStatusCallback: 'http://127.0.0.1:3000/conference-events',
        ConferenceStatusCallbackEvent: ['start', 'end', 'join', 'leave'],
      },
    },
  );
}
// #endregion sandbox-setup

// #region sandbox-start
it('starts the conference once two participants answer', async () => {
  const { data: first } = await addParticipant('+15555550101');
  await addParticipant('+15555550102');
  expect(first?.status).toBe('queued');

  sandbox.clock.advance(1_000); // both calls ring and are answered, no sleeping
  const started = await sandbox.webhooks.waitFor(
    (w) => w.event === 'conference-start',
    { timeoutMs: 2_000 },
  );
  expect(started.conferenceSid).toBe(first?.conference_sid);

  const Sid = first!.conference_sid;
  const { data: conference } = await twilio.api.GET(
    '/2010-04-01/Accounts/{AccountSid}/Conferences/{Sid}.json',
    { params: { path: { AccountSid: sandbox.accountSid, Sid } } },
  );
  expect(conference?.status).toBe('in-progress');
});
// #endregion sandbox-start

// #region sandbox-busy
it('reports a busy number as a failed add', async () => {
  await addParticipant('+15005550010'); // a magic number: it rings, then busy
  sandbox.clock.advance(1_000);
  const left = await sandbox.webhooks.waitFor(
    (w) => w.event === 'participant-leave',
  );
  const params = new URLSearchParams(left.params);
  expect(params.get('ReasonParticipantLeft')).toBe('participant_add_failed');
  expect(params.get('ParticipantCallStatus')).toBe('busy');
});
// #endregion sandbox-busy

// #region sandbox-hangup
it('hears the caller hang up', async () => {
  const { data: caller } = await addParticipant('+15555550101');
  sandbox.clock.advance(1_000); // answered: in the conference
  // A Call SID with a typo throws Twilio's error body (404, 20404).
  expect(() => sandbox.events.hangUp('CA-typo')).toThrow('CA-typo');
  sandbox.events.hangUp(caller!.call_sid); // the caller's far end hangs up
  const left = await sandbox.webhooks.waitFor(
    (w) => w.event === 'participant-leave',
  );
  expect(new URLSearchParams(left.params).get('ReasonParticipantLeft'))
    .toBe('participant_hung_up');
});
// #endregion sandbox-hangup
