/**
 * Every operation of both specs through the client against the mock (started in-process on a free
 * port): the client's requests are what the mock's Prism validation accepts, and what comes back is
 * what the specs document, checked with the specs' own ajv contract.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '@conference-kit/mock';
import { createContract, listOperations } from '@conference-kit/specs/contract';
import { TwilioApiError, createConferenceClient, type ConferenceClient } from '../src/index.js';

const AccountSid = 'ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const Sid = 'CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const ParticipantSid = 'CPaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const contract = createContract();
const operation = (api: 'api-v2010' | 'insights-v1', id: string) => listOperations(api).find((o) => o.operationId === id)!;

let mock: MockServer;
let client: ConferenceClient;
beforeAll(async () => {
  mock = await startMockServer({ port: 0, logLevel: 'silent' });
  client = createConferenceClient({ accountSid: AccountSid, authToken: 'test-token', baseUrl: mock.url, retry: false });
});
afterAll(() => mock.close());

describe('api.twilio.com 2010-04-01 through the client', () => {
  it('FetchConference', async () => {
    const { data, error } = await client.api.GET('/2010-04-01/Accounts/{AccountSid}/Conferences/{Sid}.json', { params: { path: { AccountSid, Sid } } });
    expect(error).toBeUndefined();
    expect(contract.validateResponse(operation('api-v2010', 'FetchConference'), 200, data)).toBeNull();
  });

  it('ListConference with every filter, dates given as Date objects', async () => {
    const { data, error } = await client.api.GET('/2010-04-01/Accounts/{AccountSid}/Conferences.json', {
      params: {
        path: { AccountSid },
        query: {
          DateCreated: new Date('2021-01-01T00:00:00Z'), 'DateCreated<': '2021-02-01', 'DateCreated>': new Date('2020-12-01T12:00:00Z'),
          DateUpdated: '2021-01-02', 'DateUpdated<': new Date('2021-03-01T00:00:00Z'), 'DateUpdated>': '2020-01-01',
          FriendlyName: 'MyRoom', Status: 'completed', PageSize: 20, Page: 0,
        },
      },
    });
    expect(error).toBeUndefined();
    expect(contract.validateResponse(operation('api-v2010', 'ListConference'), 200, data)).toBeNull();
  });

  it('UpdateConference, form-encoded, accepted by the mock', async () => {
    const { data, error } = await client.api.POST('/2010-04-01/Accounts/{AccountSid}/Conferences/{Sid}.json', {
      params: { path: { AccountSid, Sid } },
      body: { Status: 'completed', AnnounceUrl: 'https://example.com/announce.xml', AnnounceMethod: 'GET' },
    });
    expect(error).toBeUndefined();
    expect(contract.validateResponse(operation('api-v2010', 'UpdateConference'), 200, data)).toBeNull();
  });

  it('paginates the relative next_page_uri to the end', async () => {
    const items = [];
    for await (const c of client.api.paginate('/2010-04-01/Accounts/{AccountSid}/Conferences.json', { params: { path: { AccountSid } } })) items.push(c);
    expect(items.length).toBeGreaterThan(3); // first page and the page it links to
  });

  it('turns the mock’s rejection into a TwilioApiError naming the parameter', async () => {
    const { error } = await client.api.GET('/2010-04-01/Accounts/{AccountSid}/Conferences.json', {
      params: { path: { AccountSid }, query: { PageSize: 5000 } },
    });
    expect(error).toBeInstanceOf(TwilioApiError);
    expect(error).toMatchObject({ status: 400, code: 20001, method: 'GET' });
    expect(error!.message).toContain("'PageSize'");
  });

  it('reports wrong credentials as a 401 TwilioApiError', async () => {
    const { error } = await client.api.GET('/2010-04-01/Accounts/{AccountSid}/Conferences/{Sid}.json', {
      params: { path: { AccountSid, Sid } },
      headers: { prefer: 'code=401' },
    });
    expect(error).toMatchObject({ status: 401, code: 20003 });
  });
});

describe('insights.twilio.com v1 through the client', () => {
  it('FetchConferenceSummary', async () => {
    const { data } = await client.insights.GET('/v1/Conferences/{ConferenceSid}', { params: { path: { ConferenceSid: Sid } } });
    expect(contract.validateResponse(operation('insights-v1', 'FetchConferenceSummary'), 200, data)).toBeNull();
  });

  it('ListConferenceSummary with filters', async () => {
    const { data, error } = await client.insights.GET('/v1/Conferences', {
      params: { query: { CreatedAfter: new Date('2021-02-01T00:00:00Z'), CreatedBefore: '2021-02-28T00:00:00Z', MixerRegion: 'ie1', Subaccount: AccountSid, PageSize: 2 } },
    });
    expect(error).toBeUndefined();
    expect(contract.validateResponse(operation('insights-v1', 'ListConferenceSummary'), 200, data)).toBeNull();
  });

  it('ListConferenceParticipantSummary and FetchConferenceParticipantSummary', async () => {
    const list = await client.insights.GET('/v1/Conferences/{ConferenceSid}/Participants', { params: { path: { ConferenceSid: Sid }, query: { Label: 'customer' } } });
    expect(contract.validateResponse(operation('insights-v1', 'ListConferenceParticipantSummary'), 200, list.data)).toBeNull();
    const one = await client.insights.GET('/v1/Conferences/{ConferenceSid}/Participants/{ParticipantSid}', {
      params: { path: { ConferenceSid: Sid, ParticipantSid }, query: { Events: 'mute', Metrics: 'inbound' } },
    });
    expect(contract.validateResponse(operation('insights-v1', 'FetchConferenceParticipantSummary'), 200, one.data)).toBeNull();
  });

  it('paginates the absolute meta.next_page_url on the mock to the end', async () => {
    const sids = [];
    for await (const s of client.insights.paginate('/v1/Conferences')) sids.push(s.conference_sid);
    expect(sids).toEqual(['CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'CFcccccccccccccccccccccccccccccccc', 'CFbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb']);
  });
});
