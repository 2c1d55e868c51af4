/**
 * `startSandbox()`'s network events: each does what the network would (callbacks included), and each
 * throws Twilio's error body for a call or conference that does not exist or is not in a state for it,
 * so a typo in a test never passes silently.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import twilio from 'twilio';
import { SandboxCallError, startSandbox, type RunningSandbox } from '../src/index.js';
import { startReceiver, type Receiver } from './sandbox-helpers.js';

let sandbox: RunningSandbox;
let receiver: Receiver;
let client: ReturnType<typeof twilio>;

beforeAll(async () => {
  sandbox = await startSandbox({ clock: { frozen: true, now: '2025-03-03T12:00:00.000Z' }, delays: { announcementMs: null } });
  receiver = await startReceiver();
  client = twilio(sandbox.accountSid, sandbox.authToken, { httpClient: sandbox.twilioHttpClient });
});
beforeEach(() => sandbox.reset());
afterAll(async () => {
  await sandbox?.close();
  await receiver?.close();
});

/** Dials one participant into `room` with every conference event sent to the receiver; not yet answered. */
async function dial(room: string) {
  return client.conferences(room).participants.create({
    from: '+15005550006',
    to: '+15005550007',
    conferenceStatusCallback: `${receiver.url}/${room}`,
    conferenceStatusCallbackEvent: ['join', 'leave', 'speaker', 'announcement'],
  });
}
/** The conference events the receiver got for `room`, in order. */
const eventsOf = (room: string) => receiver.received.filter((r) => r.path === `/${room}`).map((r) => r.params.StatusCallbackEvent);

function thrown(act: () => unknown): unknown {
  try {
    act();
  } catch (error) {
    return error;
  }
  throw new Error('expected the event to throw');
}

describe('network events from startSandbox()', () => {
  it('throws 404 with Twilio\'s body for a Call SID or conference the sandbox does not have', () => {
    const typo = `CA${'0'.repeat(32)}`;
    for (const act of [() => sandbox.events.hangUp(typo), () => sandbox.events.speak(typo, true), () => sandbox.events.pressKeys(typo, '1')]) {
      const error = thrown(act);
      expect(error).toBeInstanceOf(SandboxCallError);
      expect(error).toMatchObject({ status: 404, code: 20404, moreInfo: 'https://www.twilio.com/docs/errors/20404' });
      expect((error as SandboxCallError).message).toContain(typo);
      expect(Object.keys((error as SandboxCallError).body).sort()).toEqual(['code', 'message', 'more_info', 'status']);
    }
    expect(thrown(() => sandbox.events.announcementEnd(`CF${'0'.repeat(32)}`))).toMatchObject({ status: 404, code: 20404 });
  });

  it('throws 409 for speech from a call not yet connected, then speaks once it is', async () => {
    const caller = await dial('speech-room');
    expect(thrown(() => sandbox.events.speak(caller.callSid, true))).toMatchObject({ status: 409, code: 20001 });
    sandbox.clock.advance(1_000);
    expect(sandbox.events.speak(caller.callSid, true)).toMatchObject({ call_sid: caller.callSid, status: 'connected' });
    sandbox.events.speak(caller.callSid, false);
    await sandbox.settled();
    expect(eventsOf('speech-room')).toEqual(['participant-join', 'participant-speech-start', 'participant-speech-stop']);
  });

  it('hangs up a connected call: the participant leaves, and a second hang-up is refused', async () => {
    const caller = await dial('hangup-room');
    sandbox.clock.advance(1_000);
    sandbox.events.hangUp(caller.callSid);
    await sandbox.settled();
    expect(eventsOf('hangup-room')).toEqual(['participant-join', 'participant-leave']);
    expect(thrown(() => sandbox.events.hangUp(caller.callSid))).toMatchObject({ status: 404, code: 20404 });
  });

  it('ends a playing announcement, and refuses when none plays', async () => {
    const caller = await dial('announce-room');
    sandbox.clock.advance(1_000);
    const room = caller.conferenceSid;
    expect(thrown(() => sandbox.events.announcementEnd(room))).toMatchObject({ status: 409, code: 20001 });
    await client.conferences(room).update({ announceUrl: 'http://127.0.0.1/welcome.mp3' });
    sandbox.events.announcementEnd(room);
    await sandbox.settled();
    expect(eventsOf('announce-room')).toEqual(['participant-join', 'announcement-end']);
  });
});
