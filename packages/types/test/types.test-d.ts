// What users of the generated types rely on. Checked by the TypeScript compiler (vitest typecheck):
// a regenerated file that loosens or changes any of these fails `pnpm test`.
import { describe, expectTypeOf, it } from 'vitest';
import type {
  SchemaCall,
  SchemaCallPage,
  SchemaCallVoiceRequestCallback,
  SchemaConference,
  SchemaConferenceEndCallback,
  SchemaConferencePage,
  SchemaConferenceRecording,
  SchemaConferenceRecordingStatusCallback,
  SchemaConferenceStartCallback,
  SchemaConferenceStatusCallback,
  SchemaCreateCallRequest,
  SchemaCreateParticipantRequest,
  SchemaDialActionCallback,
  SchemaGatherActionCallback,
  SchemaIncomingPhoneNumber,
  SchemaParticipant,
  SchemaParticipantCallEndedCallback,
  SchemaParticipantCallStatusCallback,
  SchemaParticipantEventCallback,
  SchemaParticipantLeaveCallback,
  SchemaParticipantPage,
  SchemaReasonParticipantLeft,
  SchemaTwilioError,
  SchemaUpdateCallRequest,
  SchemaUpdateConferenceRequest,
  operations as V2010,
  webhooks as V2010Webhooks,
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

describe('api-v2010 participants and recordings', () => {
  it('types the 201 body of adding a participant, with the documented status union', () => {
    type Created = V2010['CreateParticipant']['responses'][201]['content']['application/json'];
    expectTypeOf<Created>().toEqualTypeOf<SchemaParticipant>();
    expectTypeOf<SchemaParticipant['status']>().toEqualTypeOf<
      'queued' | 'connecting' | 'ringing' | 'connected' | 'complete' | 'failed'
    >();
    expectTypeOf<SchemaParticipant['queue_time']>().toEqualTypeOf<string | null>();
    expectTypeOf<SchemaParticipant['label']>().toEqualTypeOf<string | null>();
    expectTypeOf<SchemaParticipant['muted']>().toEqualTypeOf<boolean>();
    expectTypeOf<V2010['CreateParticipant']['responses']>().not.toHaveProperty(200);
  });

  it('the create body requires From and To and takes arrays for the event lists', () => {
    type Body = NonNullable<V2010['CreateParticipant']['requestBody']>['content']['application/x-www-form-urlencoded'];
    expectTypeOf<Body>().toEqualTypeOf<SchemaCreateParticipantRequest>();
    expectTypeOf<Body['From']>().toEqualTypeOf<string>();
    expectTypeOf<Body['To']>().toEqualTypeOf<string>();
    expectTypeOf<Body['StatusCallbackEvent']>().toEqualTypeOf<
      ('initiated' | 'ringing' | 'answered' | 'completed')[] | undefined
    >();
    expectTypeOf<NonNullable<Body['ConferenceStatusCallbackEvent']>[number]>().toEqualTypeOf<
      'start' | 'end' | 'join' | 'leave' | 'mute' | 'hold' | 'modify' | 'speaker' | 'announcement'
    >();
    expectTypeOf<Body['Timeout']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Body['Beep']>().toEqualTypeOf<'true' | 'false' | 'onEnter' | 'onExit' | undefined>();
    // @ts-expect-error From is required
    const missingFrom: Body = { To: '+15558675310' };
    void missingFrom;
  });

  it('deletes answer 204 with no body', () => {
    expectTypeOf<V2010['DeleteParticipant']['responses'][204]['content']>().toEqualTypeOf<undefined>();
    expectTypeOf<V2010['DeleteConferenceRecording']['responses'][204]['content']>().toEqualTypeOf<undefined>();
  });

  it('lists filter participants by state and page in the flat envelope', () => {
    type Query = NonNullable<V2010['ListParticipant']['parameters']['query']>;
    expectTypeOf<Query['Muted']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<Query['Hold']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<Query['Coaching']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<SchemaParticipantPage['participants']>().toEqualTypeOf<SchemaParticipant[]>();
    type RecordingQuery = NonNullable<V2010['ListConferenceRecording']['parameters']['query']>;
    expectTypeOf<RecordingQuery>().toHaveProperty('DateCreated<');
    expectTypeOf<RecordingQuery>().toHaveProperty('DateCreated>');
  });

  it('a recording update requires Status, one of three', () => {
    type Body = V2010['UpdateConferenceRecording']['requestBody']['content']['application/x-www-form-urlencoded'];
    expectTypeOf<Body['Status']>().toEqualTypeOf<'in-progress' | 'paused' | 'stopped'>();
    expectTypeOf<Body['PauseBehavior']>().toEqualTypeOf<'skip' | 'silence' | undefined>();
    expectTypeOf<SchemaConferenceRecording['duration']>().toEqualTypeOf<string | null>();
    expectTypeOf<SchemaConferenceRecording['status']>().toEqualTypeOf<
      'in-progress' | 'paused' | 'stopped' | 'processing' | 'completed' | 'absent'
    >();
  });
});

describe('api-v2010 calls and phone numbers', () => {
  it('types Call.status and direction as the documented unions', () => {
    expectTypeOf<SchemaCall['status']>().toEqualTypeOf<
      'queued' | 'ringing' | 'in-progress' | 'completed' | 'busy' | 'failed' | 'no-answer' | 'canceled'
    >();
    expectTypeOf<SchemaCall['direction']>().toEqualTypeOf<
      'inbound' | 'outbound-api' | 'outbound-dial' | 'trunking-originating' | 'trunking-terminating'
    >();
    // @ts-expect-error `initiated` is a webhook CallStatus, never a status of the resource
    const wrong: SchemaCall['status'] = 'initiated';
    void wrong;
  });

  it('makes what a call has not reached yet nullable, and nothing else', () => {
    expectTypeOf<SchemaCall['start_time']>().toEqualTypeOf<string | null>();
    expectTypeOf<SchemaCall['end_time']>().toEqualTypeOf<string | null>();
    expectTypeOf<SchemaCall['duration']>().toEqualTypeOf<string | null>();
    expectTypeOf<SchemaCall['price']>().toEqualTypeOf<string | null>();
    expectTypeOf<SchemaCall['parent_call_sid']>().toEqualTypeOf<string | null>();
    expectTypeOf<SchemaCall['answered_by']>().toEqualTypeOf<
      | 'human' | 'machine' | 'machine_start' | 'machine_end_beep' | 'machine_end_silence' | 'machine_end_other' | 'fax' | 'unknown'
      | null
    >();
    expectTypeOf<SchemaCall['sid']>().toEqualTypeOf<string>();
    expectTypeOf<SchemaCall['queue_time']>().toEqualTypeOf<string>();
    expectTypeOf<SchemaCallPage['calls']>().toEqualTypeOf<SchemaCall[]>();
  });

  it('filters calls by start and end date with the inequality keys', () => {
    type Query = NonNullable<V2010['ListCall']['parameters']['query']>;
    expectTypeOf<Query>().toHaveProperty('StartTime<');
    expectTypeOf<Query>().toHaveProperty('StartTime>');
    expectTypeOf<Query>().toHaveProperty('EndTime<');
    expectTypeOf<Query['ParentCallSid']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Query['Status']>().toEqualTypeOf<SchemaCall['status'] | undefined>();
  });

  it('a call is created with To, From and one source of TwiML', () => {
    type Body = NonNullable<V2010['CreateCall']['requestBody']>['content']['application/x-www-form-urlencoded'];
    expectTypeOf<Body>().toEqualTypeOf<SchemaCreateCallRequest>();
    const withUrl: Body = { To: '+15558675310', From: '+15017122661', Url: 'https://www.example.com/voice' };
    const withTwiml: Body = { To: 'client:agent', From: '+15017122661', Twiml: '<Response/>' };
    void [withUrl, withTwiml];
    // @ts-expect-error Url, Twiml or ApplicationSid is required
    const nothingToRun: Body = { To: '+15558675310', From: '+15017122661' };
    void nothingToRun;
    expectTypeOf<V2010['CreateCall']['responses'][201]['content']['application/json']>().toEqualTypeOf<SchemaCall>();
  });

  it('an update hangs up with canceled or completed only, and deletes answer 204', () => {
    expectTypeOf<NonNullable<SchemaUpdateCallRequest['Status']>>().toEqualTypeOf<'canceled' | 'completed'>();
    expectTypeOf<V2010['DeleteCall']['responses'][204]['content']>().toEqualTypeOf<undefined>();
    expectTypeOf<V2010['UpdateCall']['responses'][400]['content']['application/json']>().toEqualTypeOf<SchemaTwilioError>();
  });

  it('a phone number has nullable voice URLs and a required E.164 number to create', () => {
    expectTypeOf<SchemaIncomingPhoneNumber['voice_url']>().toEqualTypeOf<string | null>();
    expectTypeOf<SchemaIncomingPhoneNumber['voice_method']>().toEqualTypeOf<'GET' | 'POST'>();
    type Create = NonNullable<V2010['CreateIncomingPhoneNumber']['requestBody']>['content']['application/x-www-form-urlencoded'];
    expectTypeOf<Create['PhoneNumber']>().toEqualTypeOf<string>();
    type Query = NonNullable<V2010['ListIncomingPhoneNumber']['parameters']['query']>;
    expectTypeOf<Query>().toHaveProperty('FriendlyName');
  });
});

describe('api-v2010 webhooks', () => {
  it('types each webhook body from its payload schema', () => {
    type Conference = V2010Webhooks['conferenceStatusCallback']['post']['requestBody']['content']['application/x-www-form-urlencoded'];
    expectTypeOf<Conference>().toEqualTypeOf<SchemaConferenceStatusCallback>();
    type Call = V2010Webhooks['participantCallStatusCallback']['post']['requestBody']['content']['application/x-www-form-urlencoded'];
    expectTypeOf<Call>().toEqualTypeOf<SchemaParticipantCallStatusCallback>();
    type Recording = V2010Webhooks['conferenceRecordingStatusCallback']['post']['requestBody']['content']['application/x-www-form-urlencoded'];
    expectTypeOf<Recording>().toEqualTypeOf<SchemaConferenceRecordingStatusCallback>();
    type Headers = V2010Webhooks['conferenceStatusCallback']['post']['parameters']['header'];
    expectTypeOf<Headers['X-Twilio-Signature']>().toEqualTypeOf<string>();
  });

  it('narrows a conference event on StatusCallbackEvent', () => {
    const handle = (event: SchemaConferenceStatusCallback) => {
      if (event.StatusCallbackEvent === 'participant-leave') {
        expectTypeOf(event).toEqualTypeOf<SchemaParticipantLeaveCallback>();
        expectTypeOf(event.ReasonParticipantLeft).toEqualTypeOf<SchemaReasonParticipantLeft>();
        expectTypeOf(event.ReasonParticipantLeft).toEqualTypeOf<
          | 'participant_hung_up'
          | 'participant_updated_via_api'
          | 'conference_ended_via_api'
          | 'moderator_ended_conference'
          | 'participant_add_failed'
        >();
      } else if (event.StatusCallbackEvent === 'conference-end') {
        expectTypeOf(event).toEqualTypeOf<SchemaConferenceEndCallback>();
        expectTypeOf(event.ReasonConferenceEnded).toEqualTypeOf<SchemaConference['reason_conference_ended'] & string>();
        expectTypeOf(event.CallSidEndingConference).toEqualTypeOf<string | undefined>();
      } else if (event.StatusCallbackEvent === 'conference-start') {
        expectTypeOf(event).toEqualTypeOf<SchemaConferenceStartCallback>();
        // @ts-expect-error conference-start carries no participant
        void event.CallSid;
      } else if (event.StatusCallbackEvent === 'participant-hold') {
        expectTypeOf(event).toEqualTypeOf<SchemaParticipantEventCallback>();
        expectTypeOf(event.Hold).toEqualTypeOf<'true' | 'false'>();
      }
    };
    void handle;
    expectTypeOf<SchemaConferenceStatusCallback['StatusCallbackEvent']>().toEqualTypeOf<
      | 'conference-start' | 'conference-end' | 'participant-join' | 'participant-leave' | 'participant-mute'
      | 'participant-unmute' | 'participant-hold' | 'participant-unhold' | 'participant-modify'
      | 'participant-speech-start' | 'participant-speech-stop' | 'announcement-end' | 'announcement-fail'
    >();
  });

  it('types the voice requests and their TwiML answer', () => {
    type Voice = V2010Webhooks['callVoiceRequestCallback']['post'];
    expectTypeOf<Voice['requestBody']['content']['application/x-www-form-urlencoded']>().toEqualTypeOf<SchemaCallVoiceRequestCallback>();
    expectTypeOf<Voice['responses'][200]['content']['application/xml']>().toEqualTypeOf<string>();
    expectTypeOf<Voice['responses'][200]['content']['text/xml']>().toEqualTypeOf<string>();
    expectTypeOf<SchemaCallVoiceRequestCallback['Direction']>().toEqualTypeOf<'inbound' | 'outbound-api' | 'outbound-dial'>();
    expectTypeOf<SchemaCallVoiceRequestCallback['ParentCallSid']>().toEqualTypeOf<string | undefined>();
    // The conference's waitUrl gets the waiting call's voice request.
    type Wait = V2010Webhooks['conferenceWaitUrlCallback']['post']['requestBody']['content']['application/x-www-form-urlencoded'];
    expectTypeOf<Wait>().toEqualTypeOf<SchemaCallVoiceRequestCallback>();
    type Dial = V2010Webhooks['dialActionCallback']['post']['requestBody']['content']['application/x-www-form-urlencoded'];
    expectTypeOf<Dial>().toEqualTypeOf<SchemaDialActionCallback>();
    expectTypeOf<SchemaDialActionCallback['DialCallStatus']>().toEqualTypeOf<
      'answered' | 'completed' | 'busy' | 'no-answer' | 'failed' | 'canceled'
    >();
    expectTypeOf<SchemaDialActionCallback['DialCallSid']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<SchemaGatherActionCallback['Digits']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<SchemaGatherActionCallback['Confidence']>().toEqualTypeOf<string | undefined>();
  });

  it('narrows call progress on CallStatus', () => {
    const handle = (event: SchemaParticipantCallStatusCallback) => {
      if (event.CallStatus === 'no-answer') {
        expectTypeOf(event).toEqualTypeOf<SchemaParticipantCallEndedCallback>();
        expectTypeOf(event.CallDuration).toEqualTypeOf<string>();
      }
    };
    void handle;
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
    type TagInfo = NonNullable<SchemaConferenceSummary['tag_info']>;
    expectTypeOf<TagInfo>().toEqualTypeOf<{ [key: string]: unknown }>();
    // Metrics have a shape, and stay open to Twilio's older keys (last_rtp_count, unique_ssrc_count).
    type Inbound = NonNullable<NonNullable<SchemaParticipantSummary['metrics']>['inbound']>;
    expectTypeOf<Inbound['mos']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Inbound['last_rtp_count']>().toEqualTypeOf<unknown>();
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
