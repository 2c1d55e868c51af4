// The guide's code. The docs build cuts the regions below into guide.html, and the docs tests compile
// this file and run it against the mock, so the guide cannot drift from the client.

// #region create
import { createConferenceClient, TwilioApiError, TwilioTransportError } from '@conference-kit/client';

export function connect(baseUrl = 'http://127.0.0.1:4010') {
  return createConferenceClient({
    accountSid: 'ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', // your Account SID
    authToken: 'your_auth_token',
    baseUrl, // leave out to talk to api.twilio.com and insights.twilio.com
  });
}
// #endregion create

export async function tour(baseUrl?: string): Promise<string[]> {
  const twilio = connect(baseUrl);
  const AccountSid = twilio.accountSid;
  const Sid = 'CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
  const seen: string[] = [];

  // #region fetch
  const { data: conference, error } = await twilio.api.GET('/2010-04-01/Accounts/{AccountSid}/Conferences/{Sid}.json', {
    params: { path: { AccountSid, Sid } },
  });
  if (error) throw error; // a TwilioApiError
  console.log(conference.friendly_name, conference.status); // status: 'init' | 'in-progress' | 'completed'
  // #endregion fetch
  seen.push(`fetch ${conference.sid}`);

  // #region list
  const { data: page } = await twilio.api.GET('/2010-04-01/Accounts/{AccountSid}/Conferences.json', {
    params: { path: { AccountSid }, query: { 'DateCreated>': new Date('2021-01-01'), Status: 'in-progress', PageSize: 20 } },
  });
  console.log(page?.conferences.length, 'conferences; next page:', page?.next_page_uri);
  // #endregion list
  seen.push(`list ${page?.conferences.length}`);

  // #region update
  const { data: ended } = await twilio.api.POST('/2010-04-01/Accounts/{AccountSid}/Conferences/{Sid}.json', {
    params: { path: { AccountSid, Sid } },
    body: { Status: 'completed' }, // sent form-encoded, as Twilio expects
  });
  console.log(ended?.reason_conference_ended); // e.g. 'conference-ended-via-api'
  // #endregion update
  seen.push(`update ${ended?.status}`);

  // #region insights
  const { data: summary } = await twilio.insights.GET('/v1/Conferences/{ConferenceSid}', {
    params: { path: { ConferenceSid: Sid } },
  });
  console.log(summary?.processing_state, summary?.tags);

  const { data: participant } = await twilio.insights.GET('/v1/Conferences/{ConferenceSid}/Participants/{ParticipantSid}', {
    params: { path: { ConferenceSid: Sid, ParticipantSid: 'CPaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' }, query: { Metrics: 'inbound' } },
  });
  console.log(participant?.label, participant?.metrics);
  // #endregion insights
  seen.push(`insights ${summary?.conference_sid} ${participant?.participant_sid}`);

  // #region paginate
  for await (const summary of twilio.insights.paginate('/v1/Conferences', {}, { limit: 100 })) {
    console.log(summary.conference_sid, summary.end_reason); // pages are fetched as you go
  }
  // #endregion paginate
  for await (const c of twilio.api.paginate('/2010-04-01/Accounts/{AccountSid}/Conferences.json', { params: { path: { AccountSid } } })) {
    seen.push(`item ${c.sid}`);
  }

  // #region errors
  try {
    const { error } = await twilio.api.GET('/2010-04-01/Accounts/{AccountSid}/Conferences.json', {
      params: { path: { AccountSid }, query: { PageSize: 5000 } },
    });
    if (error) throw error;
  } catch (failure) {
    if (failure instanceof TwilioApiError) {
      console.log(failure.status, failure.code, failure.message, failure.moreInfo); // 400 20001 …'PageSize'…
    } else if (failure instanceof TwilioTransportError) {
      console.log(failure.kind, failure.message); // 'network' | 'timeout' | 'invalid_response'
    } else {
      throw failure;
    }
  }
  // #endregion errors
  seen.push('errors handled');
  return seen;
}
