/**
 * Every operation of both specs, for every named example, answers 2xx with a body that ajv — not Prism —
 * finds valid against the documented schema; the error examples are served in Twilio's error body; the
 * dynamic mode generates valid bodies, the same for the same seed.
 */
import { describe, expect, it } from 'vitest';
import { apiNames, createContract, formatErrors, listOperations, type JsonObject } from '@conference-kit/specs/contract';
import { AUTH, call, concretePath, exampleRequest, successStatus, useMock } from './helpers.js';

const contract = createContract();
const operations = apiNames.flatMap((api) => listOperations(api));

function requestFor(entry: (typeof operations)[number], prefer?: string): [string, RequestInit] {
  return exampleRequest(entry, prefer ? { prefer } : {});
}

function examplesOf(entry: (typeof operations)[number], status: string): string[] {
  const response = (entry.operation.responses as JsonObject)[status] as JsonObject | undefined;
  const content = (response?.content ?? {}) as Record<string, JsonObject>;
  return Object.keys(content['application/json']?.examples ?? {});
}

describe('static examples', () => {
  const mock = useMock();

  const successCases = operations.flatMap((entry) =>
    examplesOf(entry, String(successStatus(entry))).map((example) => [`${entry.operationId} › ${example}`, entry, example] as const),
  );
  it.each(successCases)('%s is served and valid', async (_, entry, example) => {
    const [path, init] = requestFor(entry, `example=${example}`);
    const answer = await call(mock.url + path, init);
    const status = successStatus(entry);
    expect(answer.status, answer.text).toBe(status);
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    const errors = contract.validateResponse(entry, status, answer.body);
    expect(errors, formatErrors(errors)).toBeNull();
  });

  it.each(operations.map((e) => [e.operationId, e] as const))('%s answers a realistic object by default', async (_, entry) => {
    const [path, init] = requestFor(entry);
    const answer = await call(mock.url + path, init);
    const status = successStatus(entry);
    expect(answer.status, answer.text).toBe(status);
    if (status === 204) {
      expect(answer.text).toBe('');
      return;
    }
    expect(contract.validateResponse(entry, status, answer.body)).toBeNull();
    expect(answer.text).toContain('ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa');
  });

  const errorCases = operations.flatMap((entry) =>
    ['400', '401', '404', '429'].map((status) => [`${entry.operationId} › Prefer code=${status}`, entry, Number(status)] as const),
  );
  it.each(errorCases)('%s serves the documented Twilio error', async (_, entry, status) => {
    const [path, init] = requestFor(entry, `code=${status}`);
    const answer = await call(mock.url + path, init);
    expect(answer.status).toBe(status);
    expect(contract.validateResponse(entry, status, answer.body)).toBeNull();
    expect(answer.body).toMatchObject({ status });
  });
});

describe('errors asked for by status', () => {
  const mock = useMock();

  it.each([500, 503])('Prefer code=%i is answered from `default`, the body repeating the status', async (status) => {
    const entry = operations.find((o) => o.operationId === 'ListConferenceSummary')!;
    const [path, init] = requestFor(entry, `code=${status}`);
    const answer = await call(mock.url + path, init);
    expect(answer.status).toBe(status);
    expect(contract.validateResponse(entry, status, answer.body)).toBeNull();
    expect(answer.body).toMatchObject({ status, code: 20500 });
  });
});

describe('pagination on the mock', () => {
  const mock = useMock();

  it('2010-04-01: the default first page links to a page the mock answers, which ends the listing', async () => {
    const first = await call(`${mock.url}${concretePath('/2010-04-01/Accounts/{AccountSid}/Conferences.json')}`, { headers: { authorization: AUTH } });
    const page = first.body as { conferences: unknown[]; next_page_uri: string };
    expect(page.conferences.length).toBeGreaterThan(0);
    expect(page.next_page_uri).toMatch(/^\/2010-04-01\//);
    const next = await call(mock.url + page.next_page_uri, { headers: { authorization: AUTH } });
    expect(next.status).toBe(200);
    expect(next.body).toMatchObject({ next_page_uri: null, page: 1 });
  });

  it('Insights: absolute next_page_url points at the mock itself, and the next page is the last', async () => {
    const first = await call(`${mock.url}/v1/Conferences`, { headers: { authorization: AUTH } });
    const meta = (first.body as { meta: { next_page_url: string } }).meta;
    expect(meta.next_page_url.startsWith(`${mock.url}/v1/Conferences?`)).toBe(true);
    const next = await call(meta.next_page_url, { headers: { authorization: AUTH } });
    expect(next.status).toBe(200);
    expect((next.body as { meta: { next_page_url: string | null } }).meta.next_page_url).toBeNull();
  });
});

describe('dynamic mode', () => {
  const seeded = useMock({ dynamic: true, seed: '42' });
  const sameSeed = useMock({ dynamic: true, seed: '42' });
  const otherSeed = useMock({ dynamic: true, seed: '7' });

  it.each(operations.map((e) => [e.operationId, e] as const))('%s generates valid bodies, identical for the same seed', async (_, entry) => {
    const [path, init] = requestFor(entry);
    const a = await call(seeded.url + path, init);
    const b = await call(sameSeed.url + path, init);
    const c = await call(otherSeed.url + path, init);
    const status = successStatus(entry);
    expect(a.status, a.text).toBe(status);
    if (status === 204) {
      expect([a.text, b.text, c.text]).toEqual(['', '', '']);
      return;
    }
    const errors = contract.validateResponse(entry, status, a.body);
    expect(errors, formatErrors(errors)).toBeNull();
    expect(contract.validateResponse(entry, status, c.body)).toBeNull();
    expect(b.text).toBe(a.text);
    expect(c.text).not.toBe(a.text);
  });
});

describe('examples answer for the identifiers the request named', () => {
  const mock = useMock();
  const account = `AC${'0123456789abcdef'.repeat(2)}`;
  const conference = `CF${'fedcba9876543210'.repeat(2)}`;
  const participant = `CP${'1'.repeat(32)}`;
  const byId = (id: string) => operations.find((o) => o.operationId === id)!;

  it.each([
    ['FetchConference', `/2010-04-01/Accounts/${account}/Conferences/${conference}.json`, { sid: conference, account_sid: account }],
    ['FetchConferenceSummary', `/v1/Conferences/${conference}`, { conference_sid: conference, account_sid: expect.any(String) }],
    ['FetchConferenceParticipantSummary', `/v1/Conferences/${conference}/Participants/${participant}`, { conference_sid: conference, participant_sid: participant }],
  ] as const)('%s', async (operationId, path, expected) => {
    const answer = await call(mock.url + path, { headers: { authorization: AUTH } });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject(expected);
    const errors = contract.validateResponse(byId(operationId), 200, answer.body);
    expect(errors, formatErrors(errors)).toBeNull();
    if (operationId === 'FetchConference') expect((answer.body as { uri: string }).uri).toBe(`/2010-04-01/Accounts/${account}/Conferences/${conference}.json`);
  });

  it('a list names the requested conference in every item and link, and stays valid', async () => {
    const answer = await call(`${mock.url}/2010-04-01/Accounts/${account}/Conferences/${conference}/Participants.json`, { headers: { authorization: AUTH } });
    const page = answer.body as { participants: Array<{ conference_sid: string; account_sid: string }>; uri: string };
    expect(page.participants.length).toBeGreaterThan(0);
    expect(page.participants.every((p) => p.conference_sid === conference && p.account_sid === account)).toBe(true);
    expect(page.uri).toContain(`/Conferences/${conference}/Participants.json`);
    expect(contract.validateResponse(byId('ListParticipant'), 200, answer.body)).toBeNull();
  });
});
