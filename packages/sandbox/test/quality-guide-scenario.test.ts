// The scenario of the guide's "Test your quality alerts" section, on the engine alone, for the lead to port
// to apps/docs/guide (there: startSandbox(), the typed client, and POST /__sandbox/calls/{CallSid}/quality
// over HTTP with the control credential; here: sandbox.handle() and handleControl(), the same operations).
// A call goes bad for the middle two minutes; the summary shows high_packet_loss and a MOS under 3.5, and
// the list filter an alert would poll finds the conference.

// #region quality-setup
import { afterAll, expect, it } from 'vitest';
import { DEFAULT_ACCOUNT_SID, createSandbox, handleControl } from '../src/index.js';

const sandbox = createSandbox({ seed: 'empty', clock: { frozen: true, now: '2025-03-03T12:00:00Z' } });
afterAll(() => sandbox.dispose());
const auth = { username: DEFAULT_ACCOUNT_SID, password: 'token' };

async function api(operationId: string, pathParams: Record<string, string>, query = {}, body = {}) {
  const res = await sandbox.handle(operationId, { pathParams, query, body, auth });
  expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
  return res.body as any;
}
// #endregion quality-setup

// #region quality-alert
it('finds the conference whose caller had two bad minutes', async () => {
  await handleControl(sandbox, 'CreateSandboxSeed', { body: { accounts: [{ sid: DEFAULT_ACCOUNT_SID, authToken: 'token' }] } });
  const room = { AccountSid: DEFAULT_ACCOUNT_SID, ConferenceSid: 'support-call' };
  const caller = await api('CreateParticipant', room, {}, { From: '+15555550100', To: '+15555550101' });
  await api('CreateParticipant', room, {}, { From: '+15555550100', To: '+15555550102' });
  sandbox.clock.advance(1_000); // both answered; the conference is in progress

  // Both talk (a participant that never speaks is tagged detected_silence).
  for (const p of (await api('ListParticipant', { ...room, ConferenceSid: caller.conference_sid })).participants) sandbox.events.speak({ callSid: p.call_sid, speaking: true });

  sandbox.clock.advance(60_000); // a good first minute
  const bad = await handleControl(sandbox, 'CreateSandboxCallQuality', {
    pathParams: { CallSid: caller.call_sid },
    body: { packetLossPercent: 25, durationMs: 120_000 }, // a quarter of the packets lost for two minutes, then clean again
  });
  expect(bad.status).toBe(200);
  sandbox.clock.advance(180_000); // two bad minutes and one more good one

  await api('UpdateConference', { AccountSid: DEFAULT_ACCOUNT_SID, Sid: caller.conference_sid }, {}, { Status: 'completed' });
  sandbox.clock.advance(60_000); // Insights finishes processing

  const summary = await api('FetchConferenceSummary', { ConferenceSid: caller.conference_sid });
  expect(summary.tags).toContain('high_packet_loss');
  const [participant] = (await api('ListConferenceParticipantSummary', { ConferenceSid: caller.conference_sid })).participants;
  expect(participant.metrics.inbound.packet_loss_percentage).toBeGreaterThanOrEqual(5);
  expect(participant.metrics.inbound.mos).toBeLessThan(3.5);

  // What the alert polls for.
  const found = await api('ListConferenceSummary', {}, { Tags: 'high_packet_loss' });
  expect(found.conferences.map((c: { conference_sid: string }) => c.conference_sid)).toEqual([caller.conference_sid]);
});
// #endregion quality-alert
