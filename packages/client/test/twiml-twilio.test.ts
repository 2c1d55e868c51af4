// The same documents written with this builder and with twilio-node's VoiceResponse mean the same: both
// are parsed by the sandbox's parser and their trees compared (names, attributes as sets, text, children).
// The bytes differ — attribute order, `<Response/>`, which quotes are escaped — and do not matter.
import twilio from 'twilio';
import { describe, expect, it } from 'vitest';
import { conference, dial, gather, hangup, pause, play, redirect, reject, response, say, waitUrlResponse } from '../src/twiml/index.js';
import { parseTwiml, type TwimlElement } from './sandbox-twiml.js';

const { VoiceResponse } = twilio.twiml;
const CALL_SID = `CA${'a1'.repeat(16)}`;

/** Each document twice: [this builder, twilio-node]. */
const documents: Record<string, [() => string, () => string]> = {
  'an IVR menu': [
    () =>
      response(
        gather({ action: '/menu', method: 'POST', numDigits: 1, input: ['dtmf', 'speech'], timeout: 7, finishOnKey: '*', actionOnEmptyResult: true }, say({ voice: 'alice', language: 'en-GB', loop: 2 }, 'For sales press 1.'), play('https://cdn.example.com/beep.mp3'), pause({ length: 2 })),
        say('Goodbye.'),
        hangup(),
      ),
    () => {
      const r = new VoiceResponse();
      const g = r.gather({ action: '/menu', method: 'POST', numDigits: 1, input: ['dtmf', 'speech'], timeout: 7, finishOnKey: '*', actionOnEmptyResult: true });
      g.say({ voice: 'alice', language: 'en-GB', loop: 2 }, 'For sales press 1.');
      g.play('https://cdn.example.com/beep.mp3');
      g.pause({ length: 2 });
      r.say('Goodbye.');
      r.hangup();
      return r.toString();
    },
  ],
  'a caller on hold in a conference': [
    () =>
      response(
        dial(
          { action: '/after', method: 'GET', hangupOnStar: true, timeLimit: 600, record: 'record-from-answer-dual', recordingStatusCallback: '/rec', recordingStatusCallbackEvent: ['in-progress', 'completed'], trim: 'trim-silence', answerOnBridge: true, ringTone: 'uk' },
          conference(
            { startConferenceOnEnter: false, endConferenceOnExit: true, waitUrl: '/hold?tenant=7&x=<1>', waitMethod: 'GET', statusCallback: 'https://app.example.com/ev', statusCallbackEvent: ['start', 'end', 'join', 'leave'], maxParticipants: 3, participantLabel: 'customer "VIP"', beep: 'onExit' },
            'support & sales',
          ),
        ),
      ),
    () => {
      const r = new VoiceResponse();
      r.dial({ action: '/after', method: 'GET', hangupOnStar: true, timeLimit: 600, record: 'record-from-answer-dual', recordingStatusCallback: '/rec', recordingStatusCallbackEvent: ['in-progress', 'completed'], trim: 'trim-silence', answerOnBridge: true, ringTone: 'uk' }).conference(
        { startConferenceOnEnter: false, endConferenceOnExit: true, waitUrl: '/hold?tenant=7&x=<1>', waitMethod: 'GET', statusCallback: 'https://app.example.com/ev', statusCallbackEvent: ['start', 'end', 'join', 'leave'], maxParticipants: 3, participantLabel: 'customer "VIP"', beep: 'onExit' },
        'support & sales',
      );
      return r.toString();
    },
  ],
  'an agent coaching': [
    () => response(dial(conference({ muted: true, coach: CALL_SID, region: 'de1', record: 'record-from-start', jitterBufferSize: 'small' }, 'support-42'))),
    () => {
      const r = new VoiceResponse();
      r.dial().conference({ muted: true, coach: CALL_SID, region: 'de1', record: 'record-from-start', jitterBufferSize: 'small' }, 'support-42');
      return r.toString();
    },
  ],
  'hold music from a waitUrl': [
    () => waitUrlResponse(say("Thanks for waiting. We'll be right with you <3"), play({ loop: 0 }, 'https://cdn.example.com/hold.mp3'), redirect({ method: 'POST' }, '/wait')),
    () => {
      const r = new VoiceResponse();
      r.say("Thanks for waiting. We'll be right with you <3");
      r.play({ loop: 0 }, 'https://cdn.example.com/hold.mp3');
      r.redirect({ method: 'POST' }, '/wait');
      return r.toString();
    },
  ],
  'DTMF, a reject and an empty redirect': [
    () => response(play({ digits: 'ww1234#' }), redirect(), reject({ reason: 'busy' })),
    () => {
      const r = new VoiceResponse();
      r.play({ digits: 'ww1234#' });
      r.redirect('');
      r.reject({ reason: 'busy' });
      return r.toString();
    },
  ],
  'nothing at all': [() => response(), () => new VoiceResponse().toString()],
};

/** A parsed element as plain data, attributes sorted: what two writers of the same document must agree on. */
function tree(element: TwimlElement): unknown {
  return {
    name: element.name,
    attributes: Object.entries(element.attributes).sort(([a], [b]) => (a < b ? -1 : 1)),
    text: element.text,
    children: element.children.map(tree),
  };
}

function parse(document: string) {
  const result = parseTwiml(document);
  if (!result.ok) throw new Error(`${result.error.message}\n${document}`);
  return tree(result.root);
}

describe('equivalent to twilio-node VoiceResponse', () => {
  it.each(Object.entries(documents))('%s', (_, [ours, theirs]) => {
    const [a, b] = [ours(), theirs()];
    expect(a.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(b.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(parse(a)).toEqual(parse(b));
  });
});
