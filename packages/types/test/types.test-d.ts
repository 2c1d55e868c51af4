// What users of the generated types rely on. Checked by the TypeScript compiler (vitest typecheck):
// a regenerated file that loosens or changes any of these fails `pnpm test`.
import { describe, expectTypeOf, it } from 'vitest';
import type {
  SchemaConference,
  SchemaConferencePage,
  SchemaTwilioError,
  SchemaUpdateConferenceRequest,
  operations as V2010,
} from '../src/api-v2010.gen.js';
import type {
  SchemaConferenceSummary,
  SchemaParticipantSummary,
  SchemaPageMeta,
  operations as Insights,
} from '../src/insights-v1.gen.js';

describe('api-v2010', () => {
  it('types Conference.status as the documented union, not string', () => {
    expectTypeOf<SchemaConference['status']>().toEqualTypeOf<'init' | 'in-progress' | 'completed'>();
    // @ts-expect-error Insights' underscore spelling is not a 2010-04-01 status
    const wrong: SchemaConference['status'] = 'in_progress';
    void wrong;
  });

  it('makes exactly the documented fields nullable', () => {
    expectTypeOf<SchemaConference['friendly_name']>().toEqualTypeOf<string | null>();
    expectTypeOf<SchemaConference['call_sid_ending_conference']>().toEqualTypeOf<string | null>();
    expectTypeOf<SchemaConference['reason_conference_ended']>().toEqualTypeOf<
      | 'conference-ended-via-api'
      | 'participant-with-end-conference-on-exit-left'
      | 'participant-with-end-conference-on-exit-kicked'
      | 'last-participant-kicked'
      | 'last-participant-left'
      | null
    >();
    expectTypeOf<SchemaConference['sid']>().toEqualTypeOf<string>();
    expectTypeOf<SchemaConference['date_created']>().toEqualTypeOf<string>();
  });

  it('accepts the inequality date filters as query keys', () => {
    type Query = NonNullable<V2010['ListConference']['parameters']['query']>;
    expectTypeOf<Query>().toHaveProperty('DateCreated<');
    expectTypeOf<Query>().toHaveProperty('DateUpdated>');
    expectTypeOf<Query['Status']>().toEqualTypeOf<'init' | 'in-progress' | 'completed' | undefined>();
    expectTypeOf<Query['PageSize']>().toEqualTypeOf<number | undefined>();
  });

  it('pages carry the flat envelope with nullable links', () => {
    expectTypeOf<SchemaConferencePage['conferences']>().toEqualTypeOf<SchemaConference[]>();
    expectTypeOf<SchemaConferencePage['next_page_uri']>().toEqualTypeOf<string | null>();
  });

  it('the update body takes only what can change, with only `completed` as a status', () => {
    expectTypeOf<SchemaUpdateConferenceRequest>().toEqualTypeOf<{
      Status?: 'completed';
      AnnounceUrl?: string;
      AnnounceMethod?: 'GET' | 'POST';
    }>();
    type Body = NonNullable<V2010['UpdateConference']['requestBody']>['content'];
    expectTypeOf<Body>().toHaveProperty('application/x-www-form-urlencoded');
  });

  it('types every error response with the Twilio error body', () => {
    type Responses = V2010['FetchConference']['responses'];
    expectTypeOf<Responses[404]['content']['application/json']>().toEqualTypeOf<SchemaTwilioError>();
    expectTypeOf<Responses[429]['content']['application/json']>().toEqualTypeOf<SchemaTwilioError>();
    expectTypeOf<Responses['default']['content']['application/json']>().toEqualTypeOf<SchemaTwilioError>();
    expectTypeOf<SchemaTwilioError>().toEqualTypeOf<{
      code: number;
      message: string;
      more_info: string;
      status: number;
    }>();
  });
});

describe('insights-v1', () => {
  it('uses underscore enums and nullable fields', () => {
    expectTypeOf<SchemaConferenceSummary['status']>().toEqualTypeOf<
      'in_progress' | 'not_started' | 'completed' | 'summary_timeout' | null
    >();
    expectTypeOf<SchemaConferenceSummary['processing_state']>().toEqualTypeOf<'complete' | 'in_progress' | 'timeout' | null>();
    expectTypeOf<SchemaParticipantSummary['jitter_buffer_size']>().toEqualTypeOf<'large' | 'small' | 'medium' | 'off' | null>();
    expectTypeOf<SchemaParticipantSummary['coached_participants']>().toEqualTypeOf<string[] | null>();
  });

  it('free-form objects stay open instead of becoming empty records', () => {
    type Metrics = NonNullable<SchemaParticipantSummary['metrics']>;
    expectTypeOf<Metrics>().toEqualTypeOf<{ [key: string]: unknown }>();
    expectTypeOf<NonNullable<SchemaConferenceSummary['links']>>().toEqualTypeOf<{ [key: string]: string }>();
  });

  it('pages carry the meta envelope with absolute, nullable next link', () => {
    type Page = Insights['ListConferenceSummary']['responses'][200]['content']['application/json'];
    expectTypeOf<Page['meta']>().toEqualTypeOf<SchemaPageMeta>();
    expectTypeOf<SchemaPageMeta['next_page_url']>().toEqualTypeOf<string | null>();
    type Participants = Insights['ListConferenceParticipantSummary']['responses'][200]['content']['application/json'];
    expectTypeOf<Participants['participants']>().toEqualTypeOf<SchemaParticipantSummary[]>();
  });

  it('takes CreatedAfter as a string and the participant fetch filters as query keys', () => {
    type Query = NonNullable<Insights['ListConferenceSummary']['parameters']['query']>;
    expectTypeOf<Query['CreatedAfter']>().toEqualTypeOf<string | undefined>();
    type FetchQuery = NonNullable<Insights['FetchConferenceParticipantSummary']['parameters']['query']>;
    expectTypeOf<FetchQuery>().toHaveProperty('Metrics');
  });
});
