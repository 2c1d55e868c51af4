import { createConferenceClient, type ConferenceClientOptions } from '../src/index.js';

export const ACCOUNT = 'ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
export const CONFERENCE = 'CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
export const TOKEN = 'secret-auth-token-0123456789';

export interface Recorded {
  method: string;
  url: string;
  headers: Headers;
  body: string;
}

/** A fake fetch that records each request and answers from a script, in order. */
export function scriptedFetch(...answers: Array<Response | Error | ((request: Request, signal: AbortSignal) => Response | Promise<Response>)>) {
  const requests: Recorded[] = [];
  let next = 0;
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    // Recorded without the signal: undici's Request stops following a signal once its body is read.
    const request = new Request(input as Request, { ...init, signal: null });
    const signal = init?.signal ?? (input as Request).signal;
    requests.push({ method: request.method, url: request.url, headers: request.headers, body: await request.text() });
    const answer = answers[Math.min(next++, answers.length - 1)]!;
    if (answer instanceof Error) throw answer;
    return typeof answer === 'function' ? answer(request, signal) : answer.clone();
  };
  return { fetch: fetch as typeof globalThis.fetch, requests };
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

export function twilioError(status: number, code: number, message: string, headers: Record<string, string> = {}): Response {
  return json({ code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status }, status, headers);
}

export function client(fetch: typeof globalThis.fetch, options: Partial<ConferenceClientOptions> = {}) {
  return createConferenceClient({ accountSid: ACCOUNT, authToken: TOKEN, fetch, retry: { baseDelayMs: 1, maxDelayMs: 5 }, ...options });
}

export const conference = {
  account_sid: ACCOUNT, api_version: '2010-04-01', call_sid_ending_conference: null,
  date_created: 'Fri, 03 Jul 2020 11:23:45 +0000', date_updated: 'Fri, 03 Jul 2020 11:23:45 +0000',
  friendly_name: 'MyRoom', reason_conference_ended: null, region: 'us1', sid: CONFERENCE, status: 'in-progress',
  subresource_uris: { participants: `/2010-04-01/Accounts/${ACCOUNT}/Conferences/${CONFERENCE}/Participants.json`, recordings: `/2010-04-01/Accounts/${ACCOUNT}/Conferences/${CONFERENCE}/Recordings.json` },
  uri: `/2010-04-01/Accounts/${ACCOUNT}/Conferences/${CONFERENCE}.json`,
};

/** A 2010-04-01 page of `count` conferences with a relative next link while `index < pages - 1`. */
export function page2010(index: number, pages: number, count = 2) {
  const list = `/2010-04-01/Accounts/${ACCOUNT}/Conferences.json`;
  return {
    conferences: Array.from({ length: count }, (_, i) => ({ ...conference, friendly_name: `room-${index}-${i}` })),
    first_page_uri: `${list}?PageSize=${count}&Page=0`,
    next_page_uri: index < pages - 1 ? `${list}?PageSize=${count}&Page=${index + 1}&PageToken=PA${index + 1}` : null,
    previous_page_uri: null, uri: `${list}?PageSize=${count}&Page=${index}`,
    page: index, page_size: count, start: index * count, end: index * count + count - 1,
  };
}

/** An Insights page with an absolute next link. */
export function pageInsights(index: number, pages: number, host = 'https://insights.twilio.com') {
  return {
    participants: [{ participant_sid: `CP${String(index).padStart(32, '0')}`, label: `p${index}` }],
    meta: {
      key: 'participants', page: index, page_size: 1, url: `${host}/v1/Conferences/${CONFERENCE}/Participants?Page=${index}`,
      first_page_url: `${host}/v1/Conferences/${CONFERENCE}/Participants?Page=0`, previous_page_url: null,
      next_page_url: index < pages - 1 ? `${host}/v1/Conferences/${CONFERENCE}/Participants?PageSize=1&Page=${index + 1}&PageToken=PA${index + 1}` : null,
    },
  };
}

/** An answer that never comes: settles only when the request's signal aborts. */
export function hang(_: Request, signal: AbortSignal): Promise<Response> {
  return new Promise<Response>((__, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason));
  });
}
