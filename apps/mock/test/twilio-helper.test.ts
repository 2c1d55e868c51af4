/**
 * The official twilio helper library, pointed at the mock, reads its answers and its errors as it reads
 * Twilio's: the mock's error dialect is the one the helper libraries build their exceptions from.
 */
import { describe, expect, it } from 'vitest';
import twilio from 'twilio';
import { ACCOUNT, CONFERENCE, PARTICIPANT, useMock } from './helpers.js';

// twilio reads these to rewrite hosts (api.us1.…): unset here, they would send it past the local server.
delete process.env.TWILIO_REGION;
delete process.env.TWILIO_EDGE;

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

describe('the official twilio library: participants and conference recordings against the mock', () => {
  const lines: string[] = [];
  const mock = useMock({ logLevel: 'info', log: (line) => lines.push(line) });
  const ROOM = `CF${'b'.repeat(32)}`;
  const CALL = `CA${'c'.repeat(32)}`;
  const RECORDING = `RE${'d'.repeat(32)}`;
  const client = () => {
    const c = twilio(ACCOUNT, 'test-auth-token');
    c.api.baseUrl = mock.url;
    return c;
  };
  /** The mock's log line for the last request: method, path, status. */
  const lastRequest = () => lines.at(-1)?.split(' ').slice(0, 3).join(' ');
  const base = `/2010-04-01/Accounts/${ACCOUNT}/Conferences/${ROOM}`;

  it('creates a participant with a form body and reads the 201 as a ParticipantInstance', async () => {
    const created = await client().conferences(ROOM).participants.create({
      from: '+15555550100',
      to: '+15555550101',
      label: 'customer',
      conferenceStatusCallbackEvent: ['start', 'end', 'join'],
    });
    expect(lastRequest()).toBe(`POST ${base}/Participants.json 201`);
    expect(created).toMatchObject({ accountSid: ACCOUNT, conferenceSid: ROOM, status: 'queued' });
    expect(created.callSid).toMatch(/^CA[0-9a-f]{32}$/);
    expect(created.dateCreated).toBeInstanceOf(Date);
  });

  it('fetches a participant by Call SID, and by label', async () => {
    const fetched = await client().conferences(ROOM).participants(CALL).fetch();
    expect(lastRequest()).toBe(`GET ${base}/Participants/${CALL}.json 200`);
    expect(fetched).toMatchObject({ callSid: CALL, conferenceSid: ROOM, accountSid: ACCOUNT });
    const byLabel = await client().conferences(ROOM).participants('agent').fetch();
    expect(lastRequest()).toBe(`GET ${base}/Participants/agent.json 200`);
    expect(byLabel.conferenceSid).toBe(ROOM);
  });

  it('lists participants with a filter, every one in the requested conference', async () => {
    const listed = await client().conferences(ROOM).participants.list({ muted: false, limit: 20 });
    expect(lines.some((l) => l.startsWith(`GET ${base}/Participants.json?Muted=false&PageSize=20 200`))).toBe(true);
    expect(listed.length).toBeGreaterThan(1);
    expect(listed.every((p) => p.conferenceSid === ROOM && /^CA[0-9a-f]{32}$/.test(p.callSid))).toBe(true);
    expect(new Set(listed.map((p) => p.callSid)).size).toBe(listed.length);
  });

  it('updates a participant with a form body and deletes one (204 → true)', async () => {
    const updated = await client().conferences(ROOM).participants(CALL).update({ hold: true, holdUrl: 'http://127.0.0.1/hold.xml' });
    expect(lastRequest()).toBe(`POST ${base}/Participants/${CALL}.json 200`);
    expect(updated).toMatchObject({ callSid: CALL, conferenceSid: ROOM });
    expect(await client().conferences(ROOM).participants(CALL).remove()).toBe(true);
    expect(lastRequest()).toBe(`DELETE ${base}/Participants/${CALL}.json 204`);
  });

  it('lists, fetches, updates and deletes conference recordings', async () => {
    const c = client();
    const listed = await c.conferences(ROOM).recordings.list();
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((r) => r.conferenceSid === ROOM && /^RE[0-9a-f]{32}$/.test(r.sid))).toBe(true);

    const fetched = await c.conferences(ROOM).recordings(RECORDING).fetch();
    expect(lastRequest()).toBe(`GET ${base}/Recordings/${RECORDING}.json 200`);
    expect(fetched).toMatchObject({ sid: RECORDING, conferenceSid: ROOM, source: 'Conference', channels: 1 });
    expect(fetched.startTime).toBeInstanceOf(Date);

    const paused = await c.conferences(ROOM).recordings(RECORDING).update({ status: 'paused' });
    expect(lastRequest()).toBe(`POST ${base}/Recordings/${RECORDING}.json 200`);
    expect(paused).toMatchObject({ sid: RECORDING, status: 'paused' });

    expect(await c.conferences(ROOM).recordings(RECORDING).remove()).toBe(true);
    expect(lastRequest()).toBe(`DELETE ${base}/Recordings/${RECORDING}.json 204`);
  });

  it("turns a refused participant create into RestException with Twilio's code", async () => {
    const failure = await client()
      .conferences(ROOM)
      .participants.create({ from: '+15555550100', to: '+15555550101', timeout: 1 })
      .catch((e: unknown) => e);
    expect(failure).toMatchObject({ status: 400, code: 20001 });
    expect(String((failure as Error).message)).toContain('Timeout');
  });
});
