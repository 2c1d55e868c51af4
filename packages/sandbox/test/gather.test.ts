/**
 * `<Gather>` against the facts (D.7): prompts, barge-in, `timeout` on the sandbox clock, `finishOnKey`,
 * `numDigits`, `actionOnEmptyResult`, `input` (keys, speech, both), the action's default and method, and
 * the keys and speech that come from the network events; `hangupOnStar` through the same keys. Every
 * gather-action request is validated against the spec's GatherActionCallback schema.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { handleControl } from '../src/index.js';
import { created, expectWebhooksValid } from './helpers.js';
import { APP, createCall, run, timeline, twimlSandbox, type TwimlHarness } from './twiml-helpers.js';

afterEach(() => {
  for (const sandbox of created.splice(0)) {
    expectWebhooksValid(sandbox);
    sandbox.dispose();
  }
});

const doc = (body: string) => `<?xml version="1.0" encoding="UTF-8"?><Response>${body}</Response>`;
const MENU = doc('<Gather action="/menu" numDigits="1"><Say>Press one for sales</Say></Gather><Say>Goodbye</Say>');

/** A call (placed through the API, answered at 500 ms) running the document at `/voice`. */
async function callWith(documents: Parameters<typeof twimlSandbox>[0]) {
  const h = twimlSandbox(documents);
  const sid = await createCall(h, { Url: `${APP}/voice` });
  await run(h, 500);
  return { h, sid };
}

const actions = (h: TwimlHarness, path = '/menu') => h.requests.filter((r) => new URL(r.url).pathname === path);
const keys = (h: TwimlHarness, callSid: string, digits: string) => h.sandbox.events.pressKeys({ callSid, digits });
const after = (h: TwimlHarness, sid: string) => timeline(h, sid).slice(5);

describe('<Gather> with keys', () => {
  it('a key during the prompt stops it and counts; numDigits sends it with an empty FinishedOnKey', async () => {
    const { h, sid } = await callWith({ '/voice': MENU, '/menu': doc('<Say>Sales</Say>') });
    await run(h, 400);
    const res = keys(h, sid, '1');
    expect(res).toMatchObject({ status: 200, body: { sid, status: 'in-progress' } });
    await h.sandbox.settled();
    expect(actions(h).map((r) => r.form)).toEqual([expect.objectContaining({ CallSid: sid, Digits: '1', FinishedOnKey: '', CallStatus: 'in-progress' })]);
    expect(actions(h)[0]!.method).toBe('POST');
    await run(h, 1000);
    expect(after(h, sid)).toEqual([
      '500 verb Gather', '500 said "Press one for sales" 1600', '900 input 1', '900 gathered num-digits',
      '900 fetched gather-action /menu', '900 said "Sales" 400', '1300 status completed', '1300 ended completed end-of-document',
    ]);
  });

  it('finishOnKey ends the input and is left out of Digits; each key restarts the timeout', async () => {
    const { h, sid } = await callWith({ '/voice': doc('<Gather action="/account" timeout="3"><Say>Your account number</Say></Gather>'), '/account': doc('<Hangup/>') });
    await run(h, 2000); // the prompt ended at 1700: silence would end the input at 4700
    expect(keys(h, sid, '47').status).toBe(200);
    await run(h, 2500); // past 4700, but the keys at 2500 moved the end to 5500
    expect(keys(h, sid, '11#').status).toBe(200);
    await h.sandbox.settled();
    expect(actions(h, '/account').map((r) => [r.form.Digits, r.form.FinishedOnKey])).toEqual([['4711', '#']]);
    expect(timeline(h, sid).filter((e) => / (input|gathered) /.test(e))).toEqual([
      '2500 input 4', '2500 input 7', '5000 input 1', '5000 input 1', '5000 input #', '5000 gathered finish-key',
    ]);
  });

  it('no input for `timeout` seconds after the prompts falls through to the next verb', async () => {
    const { h, sid } = await callWith({ '/voice': MENU });
    await run(h, 7500);
    expect(actions(h)).toEqual([]);
    expect(after(h, sid)).toEqual([
      '500 verb Gather', '500 said "Press one for sales" 1600', '7100 gathered timeout', '7100 said "Goodbye" 400',
      '7500 status completed', '7500 ended completed end-of-document',
    ]);
  });

  it('keys collected when the timeout comes are sent; actionOnEmptyResult requests the action with no input', async () => {
    const { h, sid } = await callWith({ '/voice': doc('<Gather action="/menu" timeout="2"/><Gather action="/empty" timeout="2" actionOnEmptyResult="true"/>'), '/empty': doc('<Hangup/>') });
    keys(h, sid, '42');
    await run(h, 2100);
    expect(actions(h).map((r) => [r.form.Digits, r.form.FinishedOnKey])).toEqual([['42', '']]);

    const other = await callWith({ '/voice': doc('<Gather action="/empty" timeout="2" actionOnEmptyResult="true"/>'), '/empty': doc('<Hangup/>') });
    await run(other.h, 2100);
    const [empty] = actions(other.h, '/empty');
    expect(empty!.form).not.toHaveProperty('Digits');
    expect(empty!.form).not.toHaveProperty('SpeechResult');
    expect(empty!.form.CallSid).toBe(other.sid);
  });

  it('the finish key pressed first ends the input with none: the next verb runs', async () => {
    const { h, sid } = await callWith({ '/voice': MENU });
    keys(h, sid, '#');
    await run(h, 100);
    expect(actions(h)).toEqual([]);
    expect(after(h, sid).slice(2, 5)).toEqual(['500 input #', '500 gathered finish-key', '500 said "Goodbye" 400']);
  });

  it('without an action requests the document it is in again, with its method', async () => {
    let asked = 0;
    const { h, sid } = await callWith({ '/voice': () => (++asked === 1 ? doc('<Gather method="GET" numDigits="2"/>') : doc('<Say>Again</Say>')) });
    keys(h, sid, '12');
    await h.sandbox.settled();
    const again = h.requests.filter((r) => r.url.startsWith(`${APP}/voice?`));
    expect(again).toHaveLength(1);
    expect(Object.fromEntries(new URL(again[0]!.url).searchParams)).toMatchObject({ Digits: '12', FinishedOnKey: '' });
  });

  it('keys that come after it ended, while its action is requested, are not heard', async () => {
    const { h, sid } = await callWith({ '/voice': MENU, '/menu': doc('<Gather action="/second" numDigits="1"/>') });
    expect(keys(h, sid, '12').status).toBe(200);
    await h.sandbox.settled();
    expect(actions(h).map((r) => r.form.Digits)).toEqual(['1']);
    expect(timeline(h, sid).filter((e) => e.includes(' input '))).toEqual(['500 input 1']);
    // The next document's <Gather> hears the next keys.
    expect(keys(h, sid, '2').status).toBe(200);
    await h.sandbox.settled();
    expect(actions(h, '/second').map((r) => r.form.Digits)).toEqual(['2']);
  });

  it('collects at most 256 keys, the longest Digits a request carries', async () => {
    const { h, sid } = await callWith({ '/voice': doc('<Gather action="/menu" finishOnKey=""/>') });
    for (let i = 0; i < 4; i++) keys(h, sid, '1234567890'.repeat(7));
    await h.sandbox.settled();
    expect(actions(h).map((r) => r.form.Digits!.length)).toEqual([256]);
  });

  it('keys nothing listens for are a 409; keys that are not keys a 400', async () => {
    const { h, sid } = await callWith({ '/voice': doc('<Say>No menu here</Say><Gather input="speech" action="/menu"/>') });
    expect(keys(h, sid, '1')).toMatchObject({ status: 409, body: { code: 20001, message: expect.stringMatching(/listens for the keys "1"/) } });
    expect(keys(h, sid, '1a')).toMatchObject({ status: 400 });
    expect(keys(h, sid, '')).toMatchObject({ status: 400 });
    await run(h, 1000);
    expect(keys(h, sid, '1').status).toBe(409); // a <Gather> for speech only
  });
});

describe('<Gather> with speech', () => {
  it('sends SpeechResult and Confidence; speech stops a prompt', async () => {
    const { h, sid } = await callWith({ '/voice': doc('<Gather input="speech" action="/menu"><Say>Which department</Say></Gather>'), '/menu': doc('<Hangup/>') });
    const res = h.sandbox.events.utter({ callSid: sid, text: 'sales please', confidence: 0.92 });
    expect(res.status).toBe(200);
    await h.sandbox.settled();
    expect(actions(h)[0]!.form).toMatchObject({ SpeechResult: 'sales please', Confidence: '0.92' });
    expect(actions(h)[0]!.form).not.toHaveProperty('Digits');
    expect(after(h, sid).slice(2, 5)).toEqual(['500 input sales please', '500 gathered speech', '500 fetched gather-action /menu']);
  });

  it('with input="dtmf speech" takes whichever comes first; after a key, speech is not heard', async () => {
    const { h, sid } = await callWith({ '/voice': doc('<Gather input="dtmf speech" action="/menu" timeout="3"/>') });
    expect(h.sandbox.events.utter({ callSid: sid, text: 'support' }).status).toBe(200);
    await h.sandbox.settled();
    expect(actions(h)[0]!.form).toMatchObject({ SpeechResult: 'support', Confidence: '1' });

    const second = await callWith({ '/voice': doc('<Gather input="dtmf speech" action="/menu" timeout="3"/>') });
    keys(second.h, second.sid, '9');
    expect(second.h.sandbox.events.utter({ callSid: second.sid, text: 'support' })).toMatchObject({ status: 409 });
    await run(second.h, 3100);
    expect(actions(second.h)[0]!.form).toMatchObject({ Digits: '9' });
  });

  it('speech to a <Gather> for keys only is a 409; bad speech a 400', async () => {
    const { h, sid } = await callWith({ '/voice': MENU });
    expect(h.sandbox.events.utter({ callSid: sid, text: 'sales' })).toMatchObject({ status: 409, body: { message: expect.stringMatching(/listens for speech/) } });
    expect(h.sandbox.events.utter({ callSid: sid, text: '' }).status).toBe(400);
    expect(h.sandbox.events.utter({ callSid: sid, text: 'x'.repeat(1001) }).status).toBe(400);
    expect(h.sandbox.events.utter({ callSid: sid, text: 'sales', confidence: 1.5 }).status).toBe(400);
  });
});

describe('<Gather> and the rest of the call', () => {
  it('in inline TwiML without an action warns (11100) and lets input fall through', async () => {
    const h = twimlSandbox();
    const sid = await createCall(h, { Twiml: doc('<Gather numDigits="1"/><Say>Next</Say>') });
    await run(h, 500);
    expect(h.sandbox.journal.alerts({ callSid: sid }).map((a) => [a.code, a.level])).toEqual([[11100, 'warning']]);
    keys(h, sid, '1');
    await run(h, 500);
    expect(timeline(h, sid).slice(-5)).toEqual(['500 input 1', '500 gathered num-digits', '500 said "Next" 400', '900 status completed', '900 ended completed end-of-document']);
  });

  it('a redirect (UpdateCall) or a hang-up while it listens stops it for good', async () => {
    const { h, sid } = await callWith({ '/voice': MENU, '/other': doc('<Pause length="10"/>') });
    await h.call('UpdateCall', { Sid: sid }, { body: { Url: `${APP}/other` } });
    await run(h, 8000);
    expect(timeline(h, sid)).not.toContainEqual(expect.stringContaining('gathered'));
    expect(keys(h, sid, '1').status).toBe(409);
  });

  it('goes on after a snapshot: the listening <Gather> is restored with its timeout', async () => {
    const { h, sid } = await callWith({ '/voice': MENU, '/menu': doc('<Hangup/>') });
    await run(h, 2000);
    const copy = twimlSandbox({ '/menu': doc('<Hangup/>') });
    copy.sandbox.importSnapshot(h.sandbox.exportSnapshot());
    expect(keys(copy, sid, '3').status).toBe(200);
    await copy.sandbox.settled();
    expect(actions(copy).map((r) => r.form.Digits)).toEqual(['3']);
    const timedOut = twimlSandbox();
    timedOut.sandbox.importSnapshot(h.sandbox.exportSnapshot());
    await run(timedOut, 5000);
    expect(timeline(timedOut, sid)).toContain('7100 said "Goodbye" 400');
  });

  it('a snapshot imported again is the same world each time, and the answer to a request of the world it replaced is dropped', async () => {
    const { h, sid } = await callWith({ '/voice': MENU, '/menu': doc('<Hangup/>') });
    const snapshot = h.sandbox.exportSnapshot();
    expect(keys(h, sid, '1').status).toBe(200); // the action is requested…
    h.sandbox.importSnapshot(snapshot); // …and the world is replaced before it answers
    await h.sandbox.settled();
    expect(keys(h, sid, '1').status).toBe(200);
    h.sandbox.importSnapshot(snapshot);
    await h.sandbox.settled();
    // Nothing of the replaced worlds reaches this one: its prompt ends and its timeout falls through.
    await run(h, 7000);
    expect(timeline(h, sid).slice(-4)).toEqual(['7100 gathered timeout', '7100 said "Goodbye" 400', '7500 status completed', '7500 ended completed end-of-document']);
  });

  it('`*` through the digits operation takes a call out of a conference joined with hangupOnStar', async () => {
    const { h, sid } = await callWith({
      '/voice': doc('<Dial hangupOnStar="true" action="/left"><Conference>room</Conference></Dial>'),
      '/left': doc('<Say>You left</Say>'),
    });
    const res = await handleControl(h.sandbox, 'CreateSandboxCallDigits', { pathParams: { CallSid: sid }, body: { digits: '*' } });
    expect(res).toMatchObject({ status: 200, body: { sid, status: 'in-progress' } });
    await h.sandbox.settled();
    expect(h.requests.find((r) => r.url === `${APP}/left`)!.form).toMatchObject({ DialCallStatus: 'answered' });
    expect(timeline(h, sid)).toContain('500 left participant_hung_up');
    // Outside a conference, and with no <Gather>, the same key is heard by nothing.
    const again = await handleControl(h.sandbox, 'CreateSandboxCallDigits', { pathParams: { CallSid: sid }, body: { digits: '*' } });
    expect(again.status).toBe(409);
  });
});
