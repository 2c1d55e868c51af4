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
  { name: 'a verb the sandbox does not run is skipped with a note, not an alert', twiml: doc('<Record/><Say>Hi</Say>'), after: ['500 verb Record not-simulated', '500 said "Hi" 400', '900 status completed', '900 ended completed end-of-document'] },
  { name: 'an invalid attribute value is a warning with its code, and the default applies', twiml: doc('<Pause length="soon"/>'), after: ['500 alert 13910', '500 paused 1000', '1500 status completed', '1500 ended completed end-of-document'], alerts: [13910] },
  { name: 'XML that does not parse is 12100 and an application error', twiml: '<Response><Say>unclosed</Response>', after: ['500 alert 12100', '500 status completed', '500 ended completed application-error'], alerts: [12100] },
  { name: 'a root other than Response is 12102', twiml: '<Say>Hi</Say>', after: ['500 alert 12102', '500 status completed', '500 ended completed application-error'], alerts: [12102] },
  { name: '<Dial> to a number is not simulated: noted, then the next verb', twiml: doc('<Dial>+15555550199</Dial><Say>Bye</Say>'), after: ['500 verb Dial not-simulated', '500 verb Dial not-simulated', '500 said "Bye" 400', '900 status completed', '900 ended completed end-of-document'] },
  { name: 'an unknown attribute is a 12200 warning, and ignored', twiml: doc('<Say colour="red">Hi</Say>'), after: ['500 alert 12200', '500 said "Hi" 400', '900 status completed', '900 ended completed end-of-document'], alerts: [12200] },
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

const CONF_EVENTS = ['start', 'end', 'join', 'leave', 'mute', 'hold', 'modify', 'speaker', 'announcement'].join(' ');
const HOOK = 'http://127.0.0.1:9/hook';

describe('<Dial><Conference>', () => {
  it('joins, waits with the default hold music until a second caller starts it, then the <Dial action> follows its end', async () => {
    const h = twimlSandbox({ '/after': doc('<Say>Goodbye</Say>') });
    const caller = await createCall(h, {
      Twiml: doc(`<Say>Please hold</Say><Dial action="${APP}/after"><Conference statusCallback="${HOOK}" statusCallbackEvent="${CONF_EVENTS}">support-42</Conference></Dial><Say>never</Say>`),
    });
    await run(h, 3000);
    const agent = await createCall(h, { To: 'client:agent', Twiml: doc('<Dial><Conference endConferenceOnExit="true" beep="false">support-42</Conference></Dial>') });
    await run(h, 1000);
    const conferences = await h.call('ListConference', {}, { query: { FriendlyName: 'support-42' } });
    const cf = conferences.body.conferences[0];
    expect(cf.status).toBe('in-progress');
    h.sandbox.events.hangUp({ callSid: agent });
    await run(h, 2000);
    expect(timeline(h, caller).slice(4)).toEqual([
      '500 said "Please hold" 800', '1300 verb Dial support-42', '1300 joined support-42',
      '1300 played https://s3.amazonaws.com/com.twilio.sounds.music/index.xml (wait)',
      '4000 left moderator_ended_conference', '4000 fetched dial-action /after', '4000 said "Goodbye" 400',
      '4400 status completed', '4400 ended completed end-of-document',
    ]);
    const action = h.requests.find((r) => r.url === `${APP}/after`)!;
    expect(action.form).toMatchObject({ CallSid: caller, DialCallStatus: 'answered', CallStatus: 'in-progress' });
    expect(action.form.DialCallSid).toBeUndefined();
    // The conference saw two joins, a start, two leaves and an end, from the first participant's settings.
    const events = h.sandbox.journal.webhooks({ type: 'conference', conferenceSid: cf.sid }).map((w) => w.event);
    expect(events).toEqual(['participant-join', 'participant-join', 'conference-start', 'participant-leave', 'participant-leave', 'conference-end']);
    const leaves = h.sandbox.journal.webhooks({ type: 'conference', event: 'participant-leave' }).map((w) => Object.fromEntries(w.params));
    expect(leaves.map((l) => [l.CallSid, l.ReasonParticipantLeft, l.ParticipantCallStatus])).toEqual([
      [agent, 'participant_hung_up', 'completed'],
      [caller, 'moderator_ended_conference', 'in-progress'],
    ]);
  });

  it('without an action the next verb runs when the conference ends', async () => {
    const h = twimlSandbox();
    const a = await createCall(h, { Twiml: doc('<Dial><Conference>room</Conference></Dial><Say>After</Say>') });
    const b = await createCall(h, { Twiml: doc('<Dial><Conference>room</Conference></Dial>') });
    await run(h, 1000);
    const cf = (await h.call('ListConference', {}, { query: { FriendlyName: 'room' } })).body.conferences[0].sid;
    await h.call('UpdateConference', { Sid: cf }, { body: { Status: 'completed' } });
    await run(h, 1000);
    expect(timeline(h, a).slice(-6)).toEqual(['500 joined room', '500 played https://s3.amazonaws.com/com.twilio.sounds.music/index.xml (wait)', '1000 left conference_ended_via_api', '1000 said "After" 400', '1400 status completed', '1400 ended completed end-of-document']);
    expect(timeline(h, b).slice(-3)).toEqual(['1000 left conference_ended_via_api', '1000 status completed', '1000 ended completed end-of-document']);
  });

  it('waitUrl: a document of Say/Play/Pause/Redirect runs once (other verbs are 13238), then silence; "" is silence', async () => {
    const h = twimlSandbox({ '/wait': doc('<Say>Your call matters</Say><Hangup/><Play>https://example.com/jingle.mp3</Play>') });
    const a = await createCall(h, { Twiml: doc(`<Dial><Conference waitUrl="${APP}/wait" waitMethod="GET">room</Conference></Dial>`) });
    const b = await createCall(h, { To: '+15555550102', Twiml: doc('<Dial><Conference waitUrl="" startConferenceOnEnter="false">other</Conference></Dial>') });
    await run(h, 8000);
    expect(timeline(h, a).slice(5)).toEqual([
      '500 joined room', '500 fetched wait-url /wait', '500 alert 13238', '500 said "Your call matters" 1200',
      `1700 played https://example.com/jingle.mp3 5000`, '6700 waiting silence',
    ]);
    expect(h.requests.find((r) => r.url.startsWith(`${APP}/wait`))!.method).toBe('GET');
    expect(timeline(h, b).slice(5)).toEqual(['500 joined other', '500 waiting silence']);
  });

  it('a waitUrl <Redirect> loops the wait document; the conference starting stops it', async () => {
    let fetched = 0;
    const h = twimlSandbox({ '/wait': () => (fetched++, doc('<Pause length="2"/><Redirect/>')) });
    await createCall(h, { Twiml: doc(`<Dial><Conference waitUrl="/wait">room</Conference></Dial>`) }).catch(() => undefined);
    const a = await createCall(h, { Twiml: doc(`<Dial><Conference waitUrl="${APP}/wait">room2</Conference></Dial>`) });
    await run(h, 5000);
    expect(fetched).toBe(3);
    await createCall(h, { Twiml: doc('<Dial><Conference>room2</Conference></Dial>') });
    await run(h, 10_000);
    expect(fetched).toBe(3);
    expect(timeline(h, a).filter((e) => e.includes('paused'))).toHaveLength(3);
  });

  it('hangupOnStar: * leaves the conference and the action gets DialCallStatus=answered', async () => {
    const h = twimlSandbox({ '/after': doc('<Hangup/>') });
    const a = await createCall(h, { Twiml: doc(`<Dial hangupOnStar="true" action="${APP}/after"><Conference>room</Conference></Dial>`) });
    await run(h, 1000);
    expect(h.sandbox.events.pressKeys({ callSid: a, digits: '1' }).status).toBe(409);
    expect(h.sandbox.events.pressKeys({ callSid: a, digits: '*' }).status).toBe(200);
    await run(h, 100);
    expect(timeline(h, a).slice(-5)).toEqual(['1000 left participant_hung_up', '1000 fetched dial-action /after', '1000 verb Hangup', '1000 status completed', '1000 ended completed hangup']);
    expect(h.requests.find((r) => r.url === `${APP}/after`)!.form.DialCallStatus).toBe('answered');
  });

  it('timeLimit takes the caller out of the conference after that many seconds', async () => {
    const h = twimlSandbox();
    const a = await createCall(h, { Twiml: doc('<Dial timeLimit="5"><Conference>room</Conference></Dial><Say>Time is up</Say>') });
    await run(h, 7000);
    expect(timeline(h, a).slice(-6)).toEqual(['500 joined room', '500 played https://s3.amazonaws.com/com.twilio.sounds.music/index.xml (wait)', '5500 left participant_hung_up', '5500 said "Time is up" 1200', '6700 status completed', '6700 ended completed end-of-document']);
  });

  it('a full room (16020), a coach target not there (13240) fail the <Dial>; a label in use (16025) skips it', async () => {
    const h = twimlSandbox({ '/after': doc('<Say>Sorry</Say>') });
    await createCall(h, { Twiml: doc('<Dial><Conference maxParticipants="2" participantLabel="host">small</Conference></Dial>') });
    await createCall(h, { Twiml: doc('<Dial><Conference>small</Conference></Dial>') });
    await run(h, 1000);
    const full = await createCall(h, { Twiml: doc(`<Dial action="${APP}/after"><Conference>small</Conference></Dial>`) });
    const coach = await createCall(h, { Twiml: doc(`<Dial action="${APP}/after"><Conference coach="CA00000000000000000000000000000000">other</Conference></Dial>`) });
    await run(h, 1000);
    expect(h.sandbox.journal.alerts({ callSid: full }).map((x) => x.code)).toEqual([16020]);
    expect(h.sandbox.journal.alerts({ callSid: coach }).map((x) => x.code)).toEqual([13240]);
    for (const sid of [full, coach]) {
      expect(h.requests.find((r) => r.url === `${APP}/after` && r.form.CallSid === sid)!.form.DialCallStatus).toBe('failed');
    }
    const h2 = twimlSandbox({ '/after': doc('<Say>Sorry</Say>') });
    await createCall(h2, { Twiml: doc('<Dial><Conference participantLabel="agent">desk</Conference></Dial>') });
    await run(h2, 1000);
    const dup = await createCall(h2, { Twiml: doc(`<Dial action="${APP}/after"><Conference participantLabel="agent">desk</Conference></Dial><Say>Next</Say>`) });
    await run(h2, 1000);
    expect(h2.sandbox.journal.alerts({ callSid: dup }).map((x) => x.code)).toEqual([16025]);
    expect(timeline(h2, dup)).toContain('1500 said "Next" 400');
    expect(h2.requests.some((r) => r.url === `${APP}/after`)).toBe(false);
  });

  it('the first participant sets the conference; its attributes land on the participant as the API would set them', async () => {
    const h = twimlSandbox();
    const a = await createCall(h, {
      Twiml: doc(`<Dial><Conference muted="true" beep="onExit" startConferenceOnEnter="false" endConferenceOnExit="true" participantLabel="first" jitterBufferSize="small" region="ie1" maxParticipants="10" record="record-from-start" statusCallback="${HOOK}" statusCallbackEvent="join leave" recordingStatusCallback="${HOOK}">attrs</Conference></Dial>`),
    });
    await run(h, 1000);
    const cf = (await h.call('ListConference', {}, { query: { FriendlyName: 'attrs' } })).body.conferences[0];
    expect(cf).toMatchObject({ region: 'ie1', status: 'init' });
    const p = (await h.call('FetchParticipant', { ConferenceSid: cf.sid, CallSid: 'first' })).body;
    expect(p).toMatchObject({ call_sid: a, muted: true, start_conference_on_enter: false, end_conference_on_exit: true, label: 'first', status: 'connected' });
    const summary = (await h.call('ListConferenceParticipantSummary', { ConferenceSid: cf.sid })).body.participants[0];
    expect(summary).toMatchObject({ call_sid: a, call_direction: 'outbound', jitter_buffer_size: 'small', properties: { beep_on_enter: false, beep_on_exit: true, enter_muted: true } });
    expect(h.sandbox.journal.webhooks({ type: 'conference', conferenceSid: cf.sid }).map((w) => w.event)).toEqual(['participant-join']);
  });
});

describe('a <Conference> join and a Participants-API join are the same to the engine', () => {
  it('gives the same callbacks and Insights, and either kind can be redirected out (the warm transfer)', async () => {
    const h = twimlSandbox();
    const api = await h.call('CreateParticipant', { ConferenceSid: 'support-42' }, {
      body: { From: '+15555550100', To: 'client:agent', Label: 'agent', ConferenceStatusCallback: HOOK, ConferenceStatusCallbackEvent: ['join', 'leave', 'start', 'end'] },
    });
    const caller = await createCall(h, { Twiml: doc('<Dial><Conference participantLabel="caller">support-42</Conference></Dial>') });
    await run(h, 1000);
    const cf = api.body.conference_sid;
    const joins = h.sandbox.journal.webhooks({ type: 'conference', event: 'participant-join', conferenceSid: cf }).map((w) => Object.fromEntries(w.params));
    expect(joins.map((j) => [j.CallSid, j.ParticipantLabel, j.Muted, j.StartConferenceOnEnter])).toEqual([
      [api.body.call_sid, 'agent', 'false', 'true'],
      [caller, 'caller', 'false', 'true'],
    ]);
    // The agent leg, added through the API, is a call too: moved to another room with UpdateCall.
    const moved = await h.call('UpdateCall', { Sid: api.body.call_sid }, { body: { Twiml: doc('<Say>Transferring</Say><Dial><Conference>supervisors</Conference></Dial>') } });
    expect(moved.body).toMatchObject({ status: 'in-progress', direction: 'outbound-api' });
    await run(h, 2000);
    expect(timeline(h, api.body.call_sid).slice(-5)).toEqual([
      '1000 left participant_updated_via_api', '1000 said "Transferring" 400', '1400 verb Dial supervisors', '1400 joined supervisors',
      '1400 played https://s3.amazonaws.com/com.twilio.sounds.music/index.xml (wait)',
    ]);
    const summaries = (await h.call('ListConferenceParticipantSummary', { ConferenceSid: cf })).body.participants;
    expect(summaries.map((s: any) => [s.label, s.call_status])).toEqual([['agent', 'completed'], ['caller', 'answered']]);
    // The caller is alone now; the conference goes on until it leaves.
    expect((await h.call('FetchConference', { Sid: cf })).body.status).toBe('in-progress');
  });
});
