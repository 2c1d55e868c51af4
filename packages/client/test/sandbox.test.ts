/**
 * The client against the stateful sandbox, both in-process (`startSandbox().fetch` as `options.fetch`, no
 * socket) and over a socket: what the sandbox creates, the client reads back; pagination walks the whole
 * set through both envelopes; a delete is a 204.
 */
import { startSandbox, type RunningSandbox } from '@conference-kit/mock';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createConferenceClient, type ConferenceClient } from '../src/index.js';

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, clock: { frozen: true, now: '2026-01-05T10:00:00Z' } });
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.reset());

describe.each(['in-process', 'socket'] as const)('the client on the sandbox (%s)', (transport) => {
  const connect = (): ConferenceClient =>
    createConferenceClient({
      accountSid: sandbox.accountSid,
      authToken: sandbox.authToken,
      baseUrl: sandbox.url,
      ...(transport === 'in-process' && { fetch: sandbox.fetch }),
    });

  it('creates participants into a named conference, sees it go in-progress, and removes one with a 204', async () => {
    const twilio = connect();
    const AccountSid = sandbox.accountSid;
    const sids: string[] = [];
    for (const To of ['+15005550101', '+15005550102']) {
      const { data, error } = await twilio.api.POST('/2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants.json', {
        params: { path: { AccountSid, ConferenceSid: 'client-room' } },
        body: { From: '+15005550006', To, Label: To.slice(-3) },
      });
      expect(error).toBeUndefined();
      sids.push(data!.conference_sid);
    }
    expect(new Set(sids).size).toBe(1);
    sandbox.clock.advance(5_000);
    const { data: conference } = await twilio.api.GET('/2010-04-01/Accounts/{AccountSid}/Conferences/{Sid}.json', { params: { path: { AccountSid, Sid: sids[0]! } } });
    expect(conference).toMatchObject({ friendly_name: 'client-room', status: 'in-progress' });

    const removed = await twilio.api.DELETE('/2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants/{CallSid}.json', {
      params: { path: { AccountSid, ConferenceSid: sids[0]!, CallSid: '101' } },
    });
    expect(removed.response.status).toBe(204);
    expect(removed.data).toBeUndefined();
  });

  it('paginates the whole list at any page size, through both envelopes, without repeats', async () => {
    const twilio = connect();
    const AccountSid = sandbox.accountSid;
    const all: string[] = [];
    for await (const c of twilio.api.paginate('/2010-04-01/Accounts/{AccountSid}/Conferences.json', { params: { path: { AccountSid } } }, { pageSize: 1000 })) all.push(c.sid);
    expect(all.length).toBeGreaterThan(2);
    const paged: string[] = [];
    for await (const c of twilio.api.paginate('/2010-04-01/Accounts/{AccountSid}/Conferences.json', { params: { path: { AccountSid } } }, { pageSize: 1 })) paged.push(c.sid);
    expect(paged).toEqual(all);

    const summaries: string[] = [];
    for await (const s of twilio.insights.paginate('/v1/Conferences', {}, { pageSize: 1 })) summaries.push(s.conference_sid ?? '');
    expect(summaries.length).toBeGreaterThan(1);
    expect(new Set(summaries).size).toBe(summaries.length);
  });

  it('a wrong Auth Token is a TwilioApiError 401 / 20003', async () => {
    const twilio = createConferenceClient({
      accountSid: sandbox.accountSid,
      authToken: 'not-the-token',
      baseUrl: sandbox.url,
      ...(transport === 'in-process' && { fetch: sandbox.fetch }),
    });
    const { error } = await twilio.api.GET('/2010-04-01/Accounts/{AccountSid}/Conferences.json', { params: { path: { AccountSid: sandbox.accountSid } } });
    expect(error).toMatchObject({ status: 401, code: 20003 });
  });
});
