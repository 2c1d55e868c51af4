/**
 * The TwiML interpreter against the facts (A, B, C.4, D): a conformance table of documents and the
 * timelines they must produce, then fetching (signatures, methods, failures and the fallback), waiting
 * in a conference, the <Dial action>, and that a TwiML join is the same as a Participants-API join.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { verifySignature } from '../src/index.js';
import { created, expectWebhooksValid } from './helpers.js';
import { APP, createCall, run, timeline, twimlSandbox } from './twiml-helpers.js';

afterEach(() => {
  for (const sandbox of created.splice(0)) {
    expectWebhooksValid(sandbox);
    sandbox.dispose();
  }
});

const CONNECT = ['0 status queued', '100 status initiated', '200 status ringing', '500 status in-progress'];
const doc = (body: string) => `<?xml version="1.0" encoding="UTF-8"?><Response>${body}</Response>`;

interface Row {
  name: string;
  twiml: string;
  ms?: number;
  /** The timeline after the four connect entries. */
  after: string[];
  alerts?: number[];
}

const table: Row[] = [
  { name: 'Say takes 400 ms a word, then the end of the document hangs up', twiml: doc('<Say>Please hold</Say>'), after: ['500 said "Please hold" 800', '1300 status completed', '1300 ended completed end-of-document'] },
  { name: 'Say loop="2" says it twice', twiml: doc('<Say loop="2">Hello</Say>'), after: ['500 said "Hello" 800', '1300 status completed', '1300 ended completed end-of-document'] },
  { name: 'Play takes playMs per loop', twiml: doc('<Play loop="2">https://example.com/a.mp3</Play>'), ms: 11_000, after: ['500 played https://example.com/a.mp3 10000', '10500 status completed', '10500 ended completed end-of-document'] },
  { name: 'Play digits: w is half a second', twiml: doc('<Play digits="1w2"></Play>'), after: ['500 played 1w2 1300', '1800 status completed', '1800 ended completed end-of-document'] },
  { name: 'Pause length in seconds', twiml: doc('<Pause length="2"/><Say>Hi</Say>'), ms: 3000, after: ['500 paused 2000', '2500 said "Hi" 400', '2900 status completed', '2900 ended completed end-of-document'] },
  { name: 'Pause without length is one second', twiml: doc('<Pause/>'), after: ['500 paused 1000', '1500 status completed', '1500 ended completed end-of-document'] },
  { name: 'Hangup ends the call; later verbs never run', twiml: doc('<Hangup/><Say>never</Say>'), after: ['500 verb Hangup', '500 status completed', '500 ended completed hangup'] },
  { name: 'Reject on an answered call ends it', twiml: doc('<Reject reason="busy"/>'), after: ['500 verb Reject busy', '500 status completed', '500 ended completed rejected'] },
  { name: 'an empty document hangs up at once', twiml: doc(''), after: ['500 status completed', '500 ended completed end-of-document'] },
  { name: 'an unknown verb is a 12200 warning and the document goes on', twiml: doc('<say>lower case</say><Say>Hi</Say>'), after: ['500 alert 12200', '500 said "Hi" 400', '900 status completed', '900 ended completed end-of-document'], alerts: [12200] },
  { name: 'a verb the sandbox does not run is skipped with a warning', twiml: doc('<Gather/><Say>Hi</Say>'), after: ['500 verb Gather', '500 alert 12200', '500 said "Hi" 400', '900 status completed', '900 ended completed end-of-document'], alerts: [12200] },
  { name: 'an invalid attribute value is a warning with its code, and the default applies', twiml: doc('<Pause length="soon"/>'), after: ['500 alert 13910', '500 paused 1000', '1500 status completed', '1500 ended completed end-of-document'], alerts: [13910] },
  { name: 'XML that does not parse is 12100 and an application error', twiml: '<Response><Say>unclosed</Response>', after: ['500 alert 12100', '500 status completed', '500 ended completed application-error'], alerts: [12100] },
  { name: 'a root other than Response is 12102', twiml: '<Say>Hi</Say>', after: ['500 alert 12102', '500 status completed', '500 ended completed application-error'], alerts: [12102] },
  { name: '<Dial> to a number is not simulated: a warning, then the next verb', twiml: doc('<Dial>+15555550199</Dial><Say>Bye</Say>'), after: ['500 verb Dial', '500 alert 12200', '500 said "Bye" 400', '900 status completed', '900 ended completed end-of-document'], alerts: [12200] },
];

describe('conformance: each document and the timeline it must produce', () => {
  it.each(table)('$name', async (row) => {
    const h = twimlSandbox();
    const sid = await createCall(h, { Twiml: row.twiml });
    await run(h, row.ms ?? 2000);
    expect(timeline(h, sid)).toEqual([...CONNECT, ...row.after]);
    expect(h.sandbox.journal.alerts({ callSid: sid }).map((a) => a.code)).toEqual(row.alerts ?? []);
  });
});

describe('fetching documents', () => {
  it('requests Url with the standard parameters, signed with the account token, and honours Method', async () => {
    const h = twimlSandbox({ '/voice': doc('<Say>From the app</Say>') });
    const sid = await createCall(h, { Url: `${APP}/voice`, Method: 'GET' });
    await run(h, 2000);
    const [req] = h.requests.filter((r) => r.url.startsWith(`${APP}/voice`));
    expect(req!.method).toBe('GET');
    const url = new URL(req!.url);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ CallSid: sid, AccountSid: 'ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', From: '+15555550100', To: '+15555550101', CallStatus: 'in-progress', Direction: 'outbound-api', ApiVersion: '2010-04-01' });
    expect(await verifySignature('token', req!.signature!, req!.url, [])).toBe(true);
    expect(timeline(h, sid).slice(4)).toEqual(['500 fetched voice /voice', '500 said "From the app" 1200', '1700 status completed', '1700 ended completed end-of-document']);
    const posted = twimlSandbox({ '/voice': doc('<Hangup/>') });
    await createCall(posted, { Url: `${APP}/voice` });
    await run(posted, 600);
    const post = posted.requests.find((r) => r.url === `${APP}/voice`)!;
    expect(post.method).toBe('POST');
    expect(await verifySignature('token', post.signature!, post.url, post.form)).toBe(true);
  });

  const failures: Array<[string, Record<string, string | { status?: number; type?: string | null; body?: string }>, number]> = [
    ['a 500 answer is 11200', { '/voice': { status: 500, body: 'oops' } }, 11200],
    ['a 404 answer is 11200', {}, 11200],
    ['no Content-Type is 12300', { '/voice': { type: null, body: doc('<Say>x</Say>') } }, 12300],
    ['an unsupported Content-Type is 12300', { '/voice': { type: 'application/json', body: '{}' } }, 12300],
    ['a body over 64 kB is 11750', { '/voice': doc(`<Say>${'a '.repeat(40_000)}</Say>`) }, 11750],
    ['an empty body is 11770', { '/voice': { body: '' } }, 11770],
    ['XML that does not parse is 12100', { '/voice': '<Response><Say>' }, 12100],
  ];

  it.each(failures)('%s; with no FallbackUrl the call ends as an application error', async (_name, docs, code) => {
    const h = twimlSandbox({ ...docs, ...('/voice' in docs ? {} : { '/voice': { status: 404, body: 'not here' } }) });
    const sid = await createCall(h, { Url: `${APP}/voice` });
    await run(h, 1000);
    // A failed request marks its `fetched` entry with the code; a document that came but cannot run does not.
    const fetched = code === 11770 || code === 12100 ? '500 fetched voice /voice' : `500 fetched voice /voice ${code}`;
    expect(timeline(h, sid).slice(4)).toEqual([fetched, `500 alert ${code}`, '500 status completed', '500 ended completed application-error']);
    const [alert] = h.sandbox.journal.alerts({ callSid: sid });
    expect(alert).toMatchObject({ code, level: 'error', url: `${APP}/voice` });
  });

  it('a host that is not loopback is refused (11200), and a network error or timeout is 11205', async () => {
    const h = twimlSandbox();
    const sid = await createCall(h, { Url: 'https://app.example.com/voice' });
    await run(h, 1000);
    expect(h.sandbox.journal.alerts({ callSid: sid })[0]).toMatchObject({ code: 11200 });
    expect(h.sandbox.journal.webhooks({ callSid: sid, type: 'voice' })[0]).toMatchObject({ outcome: 'blocked' });

    const down = twimlSandbox({ '/voice': () => { throw new TypeError('connect ECONNREFUSED 127.0.0.1:8080'); } });
    const sid2 = await createCall(down, { Url: `${APP}/voice` });
    await run(down, 1000);
    expect(down.sandbox.journal.alerts({ callSid: sid2 })[0]!.code).toBe(11205);
  });

  it('FallbackUrl is requested with ErrorCode and ErrorUrl, and its document continues the call', async () => {
    const h = twimlSandbox({ '/voice': { status: 503 }, '/fallback': doc('<Say>Sorry about that</Say>') });
    const sid = await createCall(h, { Url: `${APP}/voice`, FallbackUrl: `${APP}/fallback` });
    await run(h, 2000);
    const fallback = h.requests.find((r) => r.url === `${APP}/fallback`)!;
    expect(fallback.form).toMatchObject({ ErrorCode: '11200', ErrorUrl: `${APP}/voice`, CallSid: sid });
    expect(timeline(h, sid).slice(4)).toEqual([
      '500 fetched voice /voice 11200', '500 alert 11200', '500 fetched voice /fallback', '500 said "Sorry about that" 1200',
      '1700 status completed', '1700 ended completed end-of-document',
    ]);
    // A failing fallback is the end: one application error, no loop.
    const both = twimlSandbox({ '/voice': { status: 503 }, '/fallback': { status: 503 } });
    const sid2 = await createCall(both, { Url: `${APP}/voice`, FallbackUrl: `${APP}/fallback` });
    await run(both, 1000);
    expect(timeline(both, sid2).slice(-2)).toEqual(['500 status completed', '500 ended completed application-error']);
    expect(both.requests.filter((r) => r.url === `${APP}/fallback`)).toHaveLength(1);
  });

  it('an audio answer is played, then the call hangs up; text/plain that is not TwiML is read out', async () => {
    const h = twimlSandbox({ '/song': { type: 'audio/mpeg', body: 'ID3' }, '/words': { type: 'text/plain', body: 'Thanks for calling' } });
    const a = await createCall(h, { Url: `${APP}/song` });
    const b = await createCall(h, { Url: `${APP}/words` });
    await run(h, 6000);
    expect(timeline(h, a).slice(5, 7)).toEqual([`500 played ${APP}/song 5000`, '5500 status completed']);
    expect(timeline(h, b).slice(5, 6)).toEqual(['500 said "Thanks for calling" 1200']);
  });

  it('<Redirect> fetches the next document, relative to the current one; an empty one re-requests it', async () => {
    let visits = 0;
    const h = twimlSandbox({
      '/voice': doc('<Say>One</Say><Redirect method="GET">next</Redirect><Say>never</Say>'),
      '/next': () => (++visits < 3 ? doc('<Pause/><Redirect/>') : doc('<Hangup/>')),
    });
    const sid = await createCall(h, { Url: `${APP}/voice` });
    await run(h, 5000);
    expect(timeline(h, sid).slice(4)).toEqual([
      '500 fetched voice /voice', '500 said "One" 400', `900 verb Redirect ${APP}/next`, '900 fetched voice /next', '900 paused 1000',
      `1900 verb Redirect ${APP}/next`, '1900 fetched voice /next', '1900 paused 1000', `2900 verb Redirect ${APP}/next`,
      '2900 fetched voice /next', '2900 verb Hangup', '2900 status completed', '2900 ended completed hangup',
    ]);
    expect(h.requests.filter((r) => r.url.startsWith(`${APP}/next`)).every((r) => r.method === 'GET' || r.method === 'POST')).toBe(true);
  });
});
