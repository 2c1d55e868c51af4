// The guide's code: one ES module, run top to bottom. The docs build cuts the regions below into
// guide.html in this order, and nothing outside them is needed: the docs tests type-check the snippets as
// the built page shows them, concatenated, and run this file against the mock (MOCK_URL points it there).

// #region create
import {
  createConferenceClient,
  TwilioApiError,
  TwilioTransportError,
} from '@conference-kit/client';

const twilio = createConferenceClient({
  accountSid: process.env.TWILIO_ACCOUNT_SID ?? 'ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
  authToken: process.env.TWILIO_AUTH_TOKEN ?? 'your_auth_token',
  // The mock. Leave baseUrl out to call api.twilio.com and insights.twilio.com.
  baseUrl: process.env.MOCK_URL ?? 'http://127.0.0.1:4010',
});
const AccountSid = twilio.accountSid; // every 2010-04-01 path starts with it
const Sid = 'CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'; // a Conference SID
// #endregion create

// #region fetch
const { data: conference, error } = await twilio.api.GET(
  '/2010-04-01/Accounts/{AccountSid}/Conferences/{Sid}.json',
  { params: { path: { AccountSid, Sid } } },
);
if (error) throw error; // a TwilioApiError
// status is typed 'init' | 'in-progress' | 'completed'
console.log('fetch', conference.sid, conference.friendly_name, conference.status);
// #endregion fetch

// #region list
const { data: page } = await twilio.api.GET(
  '/2010-04-01/Accounts/{AccountSid}/Conferences.json',
  {
    params: {
      path: { AccountSid },
      query: {
        'DateCreated>': new Date('2021-01-01'), // on or after that UTC day
        Status: 'in-progress',
        PageSize: 20,
      },
    },
  },
);
console.log('list', page?.conferences.length, 'next page:', page?.next_page_uri);
// #endregion list

// #region update
const { data: ended } = await twilio.api.POST(
  '/2010-04-01/Accounts/{AccountSid}/Conferences/{Sid}.json',
  {
    params: { path: { AccountSid, Sid } },
    body: { Status: 'completed' }, // sent form-encoded, as Twilio expects
  },
);
console.log('update', ended?.status, ended?.reason_conference_ended);
// #endregion update

// #region insights
const { data: summary } = await twilio.insights.GET(
  '/v1/Conferences/{ConferenceSid}',
  { params: { path: { ConferenceSid: Sid } } },
);
console.log('summary', summary?.conference_sid, summary?.processing_state);

const { data: participant } = await twilio.insights.GET(
  '/v1/Conferences/{ConferenceSid}/Participants/{ParticipantSid}',
  {
    params: {
      path: {
        ConferenceSid: Sid,
        ParticipantSid: 'CPaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', // a Participant SID
      },
      query: { Metrics: 'inbound' },
    },
  },
);
console.log('participant', participant?.participant_sid, participant?.label);
// #endregion insights

// #region paginate
const summaries = twilio.insights.paginate('/v1/Conferences', {}, { limit: 100 });
for await (const item of summaries) {
  console.log('item', item.conference_sid, item.end_reason); // pages load as you go
}
// #endregion paginate

// #region errors
try {
  const { error } = await twilio.api.GET(
    '/2010-04-01/Accounts/{AccountSid}/Conferences.json',
    { params: { path: { AccountSid }, query: { PageSize: 5000 } } },
  );
  if (error) throw error;
} catch (failure) {
  if (failure instanceof TwilioApiError) {
    // 400 20001 "Query parameter 'PageSize' must be <= 1000" and a link to the code
    console.log(failure.status, failure.code, failure.message, failure.moreInfo);
  } else if (failure instanceof TwilioTransportError) {
    // kind: 'network' | 'timeout' | 'invalid_response'
    console.log(failure.kind, failure.message);
  } else {
    throw failure;
  }
}
// #endregion errors

// #region callbacks
// The first participant creates the conference "standup" and sets its callbacks.
const { data: added } = await twilio.api.POST(
  '/2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants.json',
  {
    params: { path: { AccountSid, ConferenceSid: 'standup' } }, // a friendly name
    body: {
      From: '+15555550100',
      To: '+15555550101',
      ConferenceStatusCallback: 'https://your-app.example.com/conference-events',
      ConferenceStatusCallbackEvent: ['start', 'end', 'join', 'leave'],
    },
  },
);
console.log('added', added?.call_sid, added?.status);
// #endregion callbacks
