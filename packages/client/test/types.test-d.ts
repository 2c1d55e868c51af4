// Compile-time guarantees, checked by tsc under --strict and --exactOptionalPropertyTypes (vitest
// typecheck): what is wrong must not compile.
import { describe, expectTypeOf, it } from 'vitest';
import {
  createConferenceClient,
  type Call,
  type Conference,
  type CreateCallRequest,
  type CreateIncomingPhoneNumberRequest,
  type CreateParticipantRequest,
  type Participant,
  type ParticipantSummary,
  type TwilioApiError,
  type UpdateCallRequest,
  type UpdateParticipantRequest,
} from '../src/index.js';

const client = createConferenceClient({ accountSid: 'ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', authToken: 't' });
const AccountSid = 'ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const Sid = 'CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';

describe('client types', () => {
  it('types a 201 create, a 204 delete and array form fields', async () => {
    const ConferenceSid = Sid;
    const created = await client.api.POST('/2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants.json', {
      params: { path: { AccountSid, ConferenceSid: 'my-room' } },
      body: { From: '+15005550006', To: '+15005550007', StatusCallbackEvent: ['initiated', 'ringing'], Muted: true },
    });
    expectTypeOf(created.data).toEqualTypeOf<Participant | undefined>();
    const removed = await client.api.DELETE('/2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants/{CallSid}.json', {
      params: { path: { AccountSid, ConferenceSid, CallSid: 'agent' } },
    });
    expectTypeOf(removed.data).toEqualTypeOf<undefined>();
    void client.api.POST('/2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants.json', {
      params: { path: { AccountSid, ConferenceSid } },
      // @ts-expect-error To is required
      body: { From: '+15005550006' },
    });
    // @ts-expect-error a conference cannot be deleted
    void client.api.DELETE('/2010-04-01/Accounts/{AccountSid}/Conferences/{Sid}.json', { params: { path: { AccountSid, Sid } } });
  });


  it('exports the form bodies by name, each the one its operation takes', async () => {
    const ConferenceSid = 'my-room';
    // Built apart from the call, typed by the re-exported name, then sent as is.
    const body: CreateParticipantRequest = { From: '+15005550006', To: '+15005550007', ConferenceStatusCallbackEvent: ['join'] };
    void client.api.POST('/2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants.json', { params: { path: { AccountSid, ConferenceSid } }, body });
    // @ts-expect-error To is required
    const missing: CreateParticipantRequest = { From: '+15005550006' };
    void missing;
    const call: CreateCallRequest = { From: '+15005550006', To: '+15005550007', Url: 'https://example.com/voice' };
    const created = await client.api.POST('/2010-04-01/Accounts/{AccountSid}/Calls.json', { params: { path: { AccountSid } }, body: call });
    expectTypeOf(created.data).toEqualTypeOf<Call | undefined>();
    type BodyOf<P extends { requestBody?: unknown }> = NonNullable<P['requestBody']> extends { content: { 'application/x-www-form-urlencoded': infer B } } ? B : never;
    type Paths = import('@conference-kit/types/api-v2010').paths;
    expectTypeOf<UpdateParticipantRequest>().toEqualTypeOf<BodyOf<Paths['/2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants/{CallSid}.json']['post']>>();
    expectTypeOf<UpdateCallRequest>().toEqualTypeOf<BodyOf<Paths['/2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json']['post']>>();
    expectTypeOf<CreateIncomingPhoneNumberRequest>().toEqualTypeOf<BodyOf<Paths['/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers.json']['post']>>();
  });

  it('types data and error from the spec', async () => {
    const { data, error } = await client.api.GET('/2010-04-01/Accounts/{AccountSid}/Conferences/{Sid}.json', { params: { path: { AccountSid, Sid } } });
    expectTypeOf(data).toEqualTypeOf<Conference | undefined>();
    expectTypeOf(error!.code).toEqualTypeOf<number>();
    expectTypeOf<TwilioApiError>().toExtend<NonNullable<typeof error>>();
  });

  it('rejects wrong paths, methods, enum values and body fields', () => {
    // @ts-expect-error no such path
    void client.api.GET('/2010-04-01/Accounts/{AccountSid}/Queues.json', { params: { path: { AccountSid } } });
    // @ts-expect-error Insights paths belong to the insights client
    void client.api.GET('/v1/Conferences');
    // @ts-expect-error the list has no POST
    void client.api.POST('/2010-04-01/Accounts/{AccountSid}/Conferences.json', { params: { path: { AccountSid } } });
    void client.api.GET('/2010-04-01/Accounts/{AccountSid}/Conferences.json', {
      // @ts-expect-error Insights spelling is not a 2010-04-01 status
      params: { path: { AccountSid }, query: { Status: 'in_progress' } },
    });
    void client.api.POST('/2010-04-01/Accounts/{AccountSid}/Conferences/{Sid}.json', {
      params: { path: { AccountSid, Sid } },
      // @ts-expect-error only `completed` can be set
      body: { Status: 'in-progress' },
    });
    void client.api.POST('/2010-04-01/Accounts/{AccountSid}/Conferences/{Sid}.json', {
      params: { path: { AccountSid, Sid } },
      // @ts-expect-error no such field
      body: { Colour: 'blue' },
    });
    // @ts-expect-error the path parameters are required
    void client.api.GET('/2010-04-01/Accounts/{AccountSid}/Conferences/{Sid}.json', {});
  });

  it('accepts a Date or YYYY-MM-DD for the 2010 date filters, and a Date or string for Insights', () => {
    void client.api.GET('/2010-04-01/Accounts/{AccountSid}/Conferences.json', {
      params: { path: { AccountSid }, query: { 'DateCreated<': new Date(), 'DateCreated>': '2021-01-01', DateUpdated: '2021-01-01' } },
    });
    void client.api.GET('/2010-04-01/Accounts/{AccountSid}/Conferences.json', {
      // @ts-expect-error not YYYY-MM-DD
      params: { path: { AccountSid }, query: { 'DateCreated<': 'yesterday' } },
    });
    void client.insights.GET('/v1/Conferences', { params: { query: { CreatedAfter: new Date(), CreatedBefore: '2021-02-01T00:00:00Z' } } });
    // @ts-expect-error a number is not a date
    void client.insights.GET('/v1/Conferences', { params: { query: { CreatedAfter: 1612137600 } } });
  });

  it('paginates only list operations, with items of the right type', async () => {
    for await (const conference of client.api.paginate('/2010-04-01/Accounts/{AccountSid}/Conferences.json', { params: { path: { AccountSid } } })) {
      expectTypeOf(conference).toEqualTypeOf<Conference>();
    }
    for await (const participant of client.insights.paginate('/v1/Conferences/{ConferenceSid}/Participants', { params: { path: { ConferenceSid: Sid } } }, { limit: 10 })) {
      expectTypeOf(participant).toEqualTypeOf<ParticipantSummary>();
    }
    // @ts-expect-error a fetch is not a list
    void client.api.paginate('/2010-04-01/Accounts/{AccountSid}/Conferences/{Sid}.json', { params: { path: { AccountSid, Sid } } });
    // @ts-expect-error a fetch is not a list
    void client.insights.paginate('/v1/Conferences/{ConferenceSid}', { params: { path: { ConferenceSid: Sid } } });
    const page = await client.insights.listPage('/v1/Conferences');
    expectTypeOf(page.body.meta.next_page_url).toEqualTypeOf<string | null>();
  });
});
