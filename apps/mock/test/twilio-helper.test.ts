/**
 * The official twilio helper library, pointed at the mock, reads its answers and its errors as it reads
 * Twilio's: the mock's error dialect is the one the helper libraries build their exceptions from.
 */
import { describe, expect, it } from 'vitest';
import twilio from 'twilio';
import { ACCOUNT, CONFERENCE, PARTICIPANT, useMock } from './helpers.js';

describe('the official twilio library against the mock', () => {
  const mock = useMock();
  const client = () => {
    const c = twilio(ACCOUNT, 'test-auth-token');
    c.api.baseUrl = mock.url;
    c.insights.baseUrl = mock.url;
    return c;
  };

  it('fetches and lists conferences, following pages to the end', async () => {
    const c = client();
    const conference = await c.conferences(CONFERENCE).fetch();
    expect(conference.sid).toBe(CONFERENCE);
    const all = await c.conferences.list();
    expect(all.length).toBeGreaterThan(3);
  });

  it('ends a conference with a form-encoded update', async () => {
    const updated = await client().conferences(CONFERENCE).update({ status: 'completed' });
    expect(updated.status).toBe('completed');
  });

  it('reads Insights summaries', async () => {
    const c = client();
    const summary = await c.insights.v1.conferences(CONFERENCE).fetch();
    expect(summary.conferenceSid).toBe(CONFERENCE);
    const participant = await c.insights.v1.conferences(CONFERENCE).conferenceParticipants(PARTICIPANT).fetch();
    expect(participant.participantSid).toBeTruthy();
  });

  it("turns the mock's errors into RestException with Twilio's code, status and moreInfo", async () => {
    const failure = await client().conferences('CFnot-a-sid').fetch().catch((e: unknown) => e);
    expect(failure).toMatchObject({
      status: 400,
      code: 20001,
      moreInfo: 'https://www.twilio.com/docs/errors/20001',
    });
    expect(String((failure as Error).message)).toContain("'Sid'");
  });
});
