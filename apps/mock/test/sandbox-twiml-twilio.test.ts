/**
 * A conference started by TwiML, driven by the official `twilio` package, unmodified: a caller placed
 * with `calls.create({ url })` to a local TwiML app (a plain node:http server) that answers
 * `<Say>` and `<Dial><Conference>`; an agent placed with `calls.create({ twiml })`; the agent moved to
 * another room with `calls(sid).update({ twiml })` (the warm transfer); the `<Dial action>` arriving when
 * the room ends; `calls.list` filtered; `calls(sid).update({ status: 'completed' })`. The app checks every
 * request it gets with twilio's own `validateRequest`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import twilio from 'twilio';
import { startSandbox, type RunningSandbox } from '../src/index.js';
import { startTwimlApp, type TwimlApp } from './twiml-app.js';

delete process.env.TWILIO_REGION;
delete process.env.TWILIO_EDGE;

const START = '2025-03-03T12:00:00.000Z';

let sandbox: RunningSandbox;
let app: TwimlApp;

beforeAll(async () => {
  sandbox = await startSandbox({ clock: { frozen: true, now: START }, sidSeed: 11, defaultAuthToken: 'twiml-secret', seed: 'empty' });
  const documents: Record<string, string> = {
    '/voice': '<Response><Say>Please hold</Say><Dial action="/after"><Conference statusCallback="/events" statusCallbackEvent="start end join leave">support-42</Conference></Dial></Response>',
    '/after': '<Response><Say>Thanks for waiting</Say><Hangup/></Response>',
  };
  app = await startTwimlApp('twiml-secret', (path) => documents[path]);
});
afterAll(async () => {
  await sandbox?.close();
  await app?.close();
});

const run = (ms: number) => sandbox.advance(ms);

describe('a conference started by TwiML, through the twilio library', () => {
  it('places, joins, transfers, lists and hangs up, with the app checking every request', async () => {
    const c = twilio('AC' + 'f'.repeat(32), 'twiml-secret');
    c.api.baseUrl = sandbox.url;
    const account = 'AC' + 'f'.repeat(32);

    const caller = await c.calls.create({ to: '+15555550101', from: '+15555550100', url: `${app.url}/voice` });
    expect(caller.status).toBe('queued');
    const agent = await c.calls.create({ to: 'client:agent-7', from: '+15555550100', twiml: '<Response><Pause length="2"/><Dial><Conference>support-42</Conference></Dial></Response>' });
    await run(3_000);

    const [room] = await c.conferences.list({ friendlyName: 'support-42', status: 'in-progress' });
    expect(room).toBeDefined();
    const said = sandbox.calls.timeline(caller.sid)!.filter((e) => e.kind === 'said' || e.kind === 'joined');
    expect(said.map((e) => e.text ?? e.friendlyName)).toEqual(['Please hold', 'support-42']);
    const voice = app.requests.find((r) => r.path === '/voice')!;
    expect(voice.form).toMatchObject({ CallSid: caller.sid, AccountSid: account, CallStatus: 'in-progress', Direction: 'outbound-api' });

    // The warm transfer: the agent leaves support-42 for another room.
    const moved = await c.calls(agent.sid).update({ twiml: '<Response><Dial><Conference>supervisors</Conference></Dial></Response>' });
    expect(moved.status).toBe('in-progress');
    await run(500);
    const agentStory = sandbox.calls.timeline(agent.sid)!.filter((e) => e.kind === 'joined' || e.kind === 'left');
    expect(agentStory.map((e) => [e.kind, e.friendlyName ?? e.reason])).toEqual([
      ['joined', 'support-42'], ['left', 'participant_updated_via_api'], ['joined', 'supervisors'],
    ]);

    // The room ends: the caller's <Dial action> is requested and its TwiML finishes the call.
    await c.conferences(room!.sid).update({ status: 'completed' });
    await run(3_000);
    const after = app.requests.find((r) => r.path === '/after')!;
    expect(after.form).toMatchObject({ CallSid: caller.sid, DialCallStatus: 'answered' });
    expect((await c.calls(caller.sid).fetch()).status).toBe('completed');
    expect(sandbox.calls.timeline(caller.sid)!.at(-1)).toMatchObject({ kind: 'ended', reason: 'hangup' });

    const live = await c.calls.list({ status: 'in-progress' });
    expect(live.map((x) => x.sid)).toEqual([agent.sid]);
    expect((await c.calls.list({ to: '+15555550101' })).map((x) => x.sid)).toEqual([caller.sid]);
    const done = await c.calls(agent.sid).update({ status: 'completed' });
    expect(done.status).toBe('completed');
    await expect(c.calls(agent.sid).update({ twiml: '<Response/>' })).rejects.toMatchObject({ status: 400, code: 21220 });

    // The caller created the room, so its statusCallback (relative to its document) is the room's; every request was signed.
    await sandbox.settled();
    expect(app.requests.filter((r) => r.path === '/events').map((r) => r.form.StatusCallbackEvent)).toContain('conference-start');
    expect(app.requests.length).toBeGreaterThan(3);
    expect(app.requests.filter((r) => !r.valid)).toEqual([]);
  });
});
