/**
 * Bad input gets a 4xx in Twilio's error body, with the status a client would expect and a message that
 * names what was wrong. Never a 5xx, never Prism's problem+json.
 */
import { describe, expect, it } from 'vitest';
import { ACCOUNT, AUTH, CONFERENCE, PARTICIPANT, call, useMock } from './helpers.js';

const list2010 = `/2010-04-01/Accounts/${ACCOUNT}/Conferences.json`;
const conference2010 = `/2010-04-01/Accounts/${ACCOUNT}/Conferences/${CONFERENCE}.json`;
const form = { authorization: AUTH, 'content-type': 'application/x-www-form-urlencoded' };
const basic = (credentials: string) => `Basic ${Buffer.from(credentials).toString('base64')}`;

interface Case {
  name: string;
  path: string;
  init?: RequestInit;
  status: number;
  code: number;
  /** Text the message must contain: the offending parameter, header or method. */
  mentions: string;
}

const cases: Case[] = [
  // SIDs in the path
  { name: 'account SID with the wrong prefix', path: `/2010-04-01/Accounts/CF${'a'.repeat(32)}/Conferences.json`, status: 400, code: 20001, mentions: "'AccountSid'" },
  { name: 'account SID too short', path: '/2010-04-01/Accounts/ACabc/Conferences.json', status: 400, code: 20001, mentions: "'AccountSid'" },
  { name: 'conference SID with the wrong prefix', path: `/2010-04-01/Accounts/${ACCOUNT}/Conferences/CA${'a'.repeat(32)}.json`, status: 400, code: 20001, mentions: "'Sid'" },
  { name: 'conference SID with non-hex digits', path: `/2010-04-01/Accounts/${ACCOUNT}/Conferences/CF${'z'.repeat(32)}.json`, status: 400, code: 20001, mentions: "'Sid'" },
  { name: 'Insights conference SID wrong', path: `/v1/Conferences/XX${'a'.repeat(32)}`, status: 400, code: 20001, mentions: "'ConferenceSid'" },
  { name: 'Insights participant SID wrong', path: `/v1/Conferences/${CONFERENCE}/Participants/CA${'a'.repeat(32)}`, status: 400, code: 20001, mentions: "'ParticipantSid'" },
  // Query parameters
  { name: 'unknown Status', path: `${list2010}?Status=in_progress`, status: 400, code: 20001, mentions: "'Status'" },
  { name: 'PageSize 0', path: `${list2010}?PageSize=0`, status: 400, code: 20001, mentions: "'PageSize'" },
  { name: 'PageSize 1001', path: `${list2010}?PageSize=1001`, status: 400, code: 20001, mentions: "'PageSize'" },
  { name: 'PageSize not a number', path: `${list2010}?PageSize=ten`, status: 400, code: 20001, mentions: "'PageSize'" },
  { name: 'Page negative', path: `${list2010}?Page=-1`, status: 400, code: 20001, mentions: "'Page'" },
  { name: 'malformed DateCreated<', path: `${list2010}?DateCreated%3C=2021-13-45`, status: 400, code: 20001, mentions: "'DateCreated<'" },
  { name: 'DateCreated> with a time', path: `${list2010}?DateCreated%3E=2021-01-01T00:00:00Z`, status: 400, code: 20001, mentions: "'DateCreated>'" },
  { name: 'malformed DateUpdated', path: `${list2010}?DateUpdated=yesterday`, status: 400, code: 20001, mentions: "'DateUpdated'" },
  { name: 'Insights CreatedAfter not ISO 8601', path: '/v1/Conferences?CreatedAfter=last-week', status: 400, code: 20001, mentions: "'CreatedAfter'" },
  { name: 'Insights Subaccount not an account SID', path: `/v1/Conferences?Subaccount=CF${'a'.repeat(32)}`, status: 400, code: 20001, mentions: "'Subaccount'" },
  { name: 'Insights participants PageSize 1001', path: `/v1/Conferences/${CONFERENCE}/Participants?PageSize=1001`, status: 400, code: 20001, mentions: "'PageSize'" },
  // Form bodies
  { name: 'update Status other than completed', path: conference2010, init: { method: 'POST', headers: form, body: 'Status=in-progress' }, status: 400, code: 20001, mentions: "'Status'" },
  { name: 'update AnnounceMethod PUT', path: conference2010, init: { method: 'POST', headers: form, body: 'AnnounceMethod=PUT' }, status: 400, code: 20001, mentions: "'AnnounceMethod'" },
  { name: 'update AnnounceUrl not a URI', path: conference2010, init: { method: 'POST', headers: form, body: 'AnnounceUrl=not%20a%20url' }, status: 400, code: 20001, mentions: "'AnnounceUrl'" },
  { name: 'JSON body to the form endpoint', path: conference2010, init: { method: 'POST', headers: { authorization: AUTH, 'content-type': 'application/json' }, body: '{"Status":"completed"}' }, status: 415, code: 20001, mentions: 'application/x-www-form-urlencoded' },
  { name: 'body with no content type', path: conference2010, init: { method: 'POST', headers: { authorization: AUTH, 'content-type': '' }, body: 'Status=completed' }, status: 415, code: 20001, mentions: 'Content-Type' },
  { name: 'text/plain body', path: conference2010, init: { method: 'POST', headers: { authorization: AUTH, 'content-type': 'text/plain' }, body: 'Status=completed' }, status: 415, code: 20001, mentions: "'text/plain'" },
  { name: 'body labelled JSON that is not JSON', path: conference2010, init: { method: 'POST', headers: { authorization: AUTH, 'content-type': 'application/json' }, body: '{"Status": completed' }, status: 400, code: 20001, mentions: 'not valid JSON' },
  { name: 'body on a GET', path: '/v1/Conferences', init: { method: 'POST', headers: form, body: 'x=1' }, status: 405, code: 20004, mentions: 'POST' },
  // Authentication
  { name: 'no credentials', path: list2010, init: { headers: {} }, status: 401, code: 20003, mentions: 'No credentials' },
  { name: 'bearer token instead of Basic', path: list2010, init: { headers: { authorization: 'Bearer abc' } }, status: 401, code: 20003, mentions: 'HTTP Basic' },
  { name: 'Basic credentials that are not base64', path: list2010, init: { headers: { authorization: 'Basic !!!not-base64' } }, status: 401, code: 20003, mentions: 'base64' },
  { name: 'Basic credentials without a password', path: list2010, init: { headers: { authorization: basic(`${ACCOUNT}:`) } }, status: 401, code: 20003, mentions: 'AccountSid:AuthToken' },
  { name: 'Basic credentials without a colon', path: '/v1/Conferences', init: { headers: { authorization: basic(ACCOUNT) } }, status: 401, code: 20003, mentions: 'AccountSid:AuthToken' },
  { name: 'empty Basic credentials', path: `/v1/Conferences/${CONFERENCE}/Participants/${PARTICIPANT}`, init: { headers: { authorization: 'Basic' } }, status: 401, code: 20003, mentions: 'HTTP Basic' },
  // Routing
  { name: 'unknown path', path: '/2010-04-01/Accounts/Calls.json', status: 404, code: 20404, mentions: '/2010-04-01/Accounts/Calls.json' },
  { name: 'unknown API version', path: '/v2/Conferences', status: 404, code: 20404, mentions: '/v2/Conferences' },
  { name: 'wrong method on a list', path: list2010, init: { method: 'DELETE', headers: { authorization: AUTH } }, status: 405, code: 20004, mentions: 'DELETE' },
  { name: 'PUT on a conference', path: conference2010, init: { method: 'PUT', headers: form, body: 'Status=completed' }, status: 405, code: 20004, mentions: 'GET, HEAD, POST' },
  { name: 'path with broken percent-encoding', path: '/v1/Conferences/%E0%A4%A', status: 400, code: 20001, mentions: 'percent-encoding' },
  { name: 'account SID that is a lone percent sign', path: '/2010-04-01/Accounts/%/Conferences.json', status: 400, code: 20001, mentions: 'percent-encoding' },
  { name: 'doubled slashes', path: '//v1//Conferences', status: 404, code: 20404, mentions: '//v1//Conferences' },
  // Prefer header
  { name: 'Prefer names an example that does not exist', path: '/v1/Conferences', init: { headers: { authorization: AUTH, prefer: 'example=nope' } }, status: 400, code: 20001, mentions: 'example=nope' },
  { name: 'Prefer asks for an undocumented status', path: '/v1/Conferences', init: { headers: { authorization: AUTH, prefer: 'code=201' } }, status: 400, code: 20001, mentions: 'code=201' },
];

describe('bad input', () => {
  const mock = useMock();

  it('covers at least 25 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    const init: RequestInit = { ...c.init, headers: { authorization: AUTH, ...(c.init?.headers as Record<string, string>) } };
    if (c.init?.headers && !('authorization' in (c.init.headers as object))) {
      delete (init.headers as Record<string, string>).authorization;
    }
    const answer = await call(mock.url + c.path, init);
    expect(answer.status, answer.text).toBe(c.status);
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    expect(answer.body).toEqual({
      code: c.code,
      message: expect.stringContaining(c.mentions),
      more_info: `https://www.twilio.com/docs/errors/${c.code}`,
      status: c.status,
    });
  });

  it('authenticates before validating, as Twilio does', async () => {
    const answer = await call(`${mock.url}${list2010}?PageSize=0`);
    expect(answer.status).toBe(401);
  });

  it('announces the scheme on 401 and the allowed methods on 405', async () => {
    expect((await call(mock.url + list2010)).headers.get('www-authenticate')).toMatch(/^Basic /);
    const wrongMethod = await call(mock.url + list2010, { method: 'PATCH', headers: { authorization: AUTH } });
    expect(wrongMethod.headers.get('allow')).toBe('GET, HEAD');
  });
});
