// The TwiML builder, by example: the exact XML it writes for the documents a voice app answers with,
// each read by the sandbox's interpreter with no warning; what it escapes; what it refuses at the call.
import { describe, expect, it } from 'vitest';
import {
  conference,
  dial,
  gather,
  hangup,
  pause,
  play,
  redirect,
  reject,
  response,
  say,
  waitUrlResponse,
} from '../src/twiml/index.js';
import { parseTwiml, readTwiml, type TwimlElement } from './sandbox-twiml.js';

const XML = '<?xml version="1.0" encoding="UTF-8"?>';
const CALL_SID = `CA${'0123456789abcdef'.repeat(2)}`;

const examples: [string, () => string, 'voice' | 'waitUrl', string][] = [
  [
    'the IVR menu: a Gather of DTMF or speech around a prompt, then a fallback',
    () =>
      response(
        gather({ action: '/menu', numDigits: 1, input: ['dtmf', 'speech'], timeout: 7, actionOnEmptyResult: false }, say({ voice: 'Polly.Joanna-Neural', language: 'en-US' }, 'For sales press 1, for support press 2.'), pause({ length: 1 })),
        say('We did not get that.'),
        redirect({ method: 'GET' }, '/menu'),
      ),
    'voice',
    `${XML}<Response><Gather action="/menu" actionOnEmptyResult="false" input="dtmf speech" numDigits="1" timeout="7"><Say language="en-US" voice="Polly.Joanna-Neural">For sales press 1, for support press 2.</Say><Pause length="1"/></Gather><Say>We did not get that.</Say><Redirect method="GET">/menu</Redirect></Response>`,
  ],
  [
    'the caller waits in a conference with hold music until an agent starts it',
    () =>
      response(
        dial({ action: '/after-call', hangupOnStar: true, timeLimit: 3600 }, conference({ startConferenceOnEnter: false, endConferenceOnExit: true, waitUrl: '/hold', waitMethod: 'GET', statusCallback: 'https://app.example.com/events?tenant=7&room=support-42', statusCallbackEvent: ['start', 'join', 'leave', 'end'], participantLabel: 'customer' }, 'support-42')),
      ),
    'voice',
    `${XML}<Response><Dial action="/after-call" hangupOnStar="true" timeLimit="3600"><Conference endConferenceOnExit="true" participantLabel="customer" startConferenceOnEnter="false" statusCallback="https://app.example.com/events?tenant=7&amp;room=support-42" statusCallbackEvent="start join leave end" waitMethod="GET" waitUrl="/hold">support-42</Conference></Dial></Response>`,
  ],
  [
    'an agent joins muted as a coach, recorded, in a region',
    () => response(dial(conference({ muted: true, coach: CALL_SID, beep: 'onEnter', record: 'record-from-start', region: 'ie1', maxParticipants: 10, jitterBufferSize: 'off', trim: 'do-not-trim' }, 'support-42'))),
    'voice',
    `${XML}<Response><Dial><Conference beep="onEnter" coach="${CALL_SID}" jitterBufferSize="off" maxParticipants="10" muted="true" record="record-from-start" region="ie1" trim="do-not-trim">support-42</Conference></Dial></Response>`,
  ],
  [
    'silence while waiting: an empty waitUrl',
    () => response(dial(conference({ waitUrl: '' }, 'quiet-room'))),
    'voice',
    `${XML}<Response><Dial><Conference waitUrl="">quiet-room</Conference></Dial></Response>`,
  ],
  [
    'the hold music a waitUrl answers with, looping through a Redirect',
    () => waitUrlResponse(say({ loop: 1 }, 'Please hold.'), play({ loop: 3 }, 'https://cdn.example.com/hold.mp3'), redirect()),
    'waitUrl',
    `${XML}<Response><Say loop="1">Please hold.</Say><Play loop="3">https://cdn.example.com/hold.mp3</Play><Redirect/></Response>`,
  ],
  ['DTMF tones without audio', () => response(play({ digits: '1w2W#' }), hangup()), 'voice', `${XML}<Response><Play digits="1w2W#"/><Hangup/></Response>`],
  ['an unknown caller refused with a busy tone', () => response(reject({ reason: 'busy' })), 'voice', `${XML}<Response><Reject reason="busy"/></Response>`],
  ['an empty document', () => response(), 'voice', `${XML}<Response></Response>`],
];

describe('the TwiML builder, by example', () => {
  it.each(examples)('%s', (_, build, context, xml) => {
    const document = build();
    expect(document).toBe(xml);
    const read = readTwiml(document, context);
    expect(read.ok && { warnings: read.warnings, notSimulated: read.notSimulated }).toEqual({ warnings: [], notSimulated: [] });
  });

  it('writes the attributes in one order, whatever order the call gives them in', () => {
    const a = conference({ muted: true, beep: 'false', waitUrl: '/w' }, 'r');
    const b = conference({ waitUrl: '/w', beep: 'false', muted: true }, 'r');
    expect(response(dial(a))).toBe(response(dial(b)));
  });

  it('leaves out attributes given as undefined', () => {
    expect(response(dial({ action: undefined }, conference('r')))).toBe(`${XML}<Response><Dial><Conference>r</Conference></Dial></Response>`);
  });
});

/** The one element under <Response> (and under its first child, when `depth` is 2), as the sandbox's parser reads it. */
function parsed(document: string, depth = 1): TwimlElement {
  const result = parseTwiml(document);
  if (!result.ok) throw new Error(result.error.message);
  let node = result.root;
  for (let i = 0; i < depth; i++) node = node.children[0]!;
  return node;
}

describe('escaping: what goes in comes back out of an XML parser unchanged', () => {
  const nasty = `Tom & Jerry's "<b>" ]]> café 😀`;

  it('in text', () => {
    const document = response(say(nasty));
    expect(document).toContain('Tom &amp; Jerry&apos;s &quot;&lt;b&gt;&quot; ]]&gt; café 😀');
    expect(parsed(document).text).toBe(nasty);
  });

  it('in attribute values, tabs and line breaks included (a parser would turn them into spaces)', () => {
    const label = `${nasty}\tand\r\nmore`;
    const node = parsed(response(dial(conference({ participantLabel: label }, 'room'))), 2);
    expect(node.attributes.participantLabel).toBe(label);
  });

  it('a carriage return in text (a parser would turn it into a line feed)', () => {
    expect(parsed(response(say('one\rtwo\r\nthree'))).text).toBe('one\rtwo\r\nthree');
  });

  it('URLs with query strings', () => {
    const url = 'https://app.example.com/after?a=1&b=<2>&c="3"';
    expect(parsed(response(dial({ action: url }, conference('room')))).attributes.action).toBe(url);
  });

  it('room names are text: markup in one is a name, not elements', () => {
    const node = parsed(response(dial(conference('</Conference><Hangup/>'))), 2);
    expect(node.text).toBe('</Conference><Hangup/>');
    expect(node.children).toEqual([]);
  });
});

describe('refused at the call, with the element and the attribute named', () => {
  const refused: [string, () => unknown, ErrorConstructor, RegExp][] = [
    ['a number above its range', () => dial({ timeout: 601 }, conference('r')), RangeError, /^<Dial> timeout must be a whole number from 5 to 600$/],
    ['a number below its range', () => conference({ maxParticipants: 0 }, 'r'), RangeError, /^<Conference> maxParticipants must be a whole number from 1 to 250$/],
    ['a fraction', () => pause({ length: 1.5 }), RangeError, /^<Pause> length must be a whole number at least 1$/],
    ['NaN', () => say({ loop: Number.NaN }, 'x'), RangeError, /^<Say> loop must be a whole number at least 0$/],
    ['a number past 2^53', () => say({ loop: 2 ** 53 + 2 }, 'x'), RangeError, /^<Say> loop must be a whole number/],
    ['NUL in text', () => say('a\u0000b'), RangeError, /^<Say> wordsToSay holds U\+0, which XML 1\.0 does not allow$/],
    ['a lone surrogate in an attribute', () => conference({ participantLabel: 'agent \uD800' }, 'r'), RangeError, /^<Conference> participantLabel holds U\+d800/],
    ['U+FFFE in a room name', () => conference('room\uFFFE'), RangeError, /^<Conference> roomName holds U\+fffe/],
    ['a string that misses its pattern', () => say({ voice: 'robot' }, 'x'), RangeError, /^<Say> voice must match \^\(man\|woman/],
    ['a string that matches what it must not', () => conference({ participantLabel: CALL_SID }, 'r'), RangeError, /^<Conference> participantLabel must not match/],
    ['a string over its length', () => dial({ callReason: 'x'.repeat(51) }, conference('r')), RangeError, /^<Dial> callReason must have from 1 to 50 characters$/],
    ['an empty string that must not be', () => conference({ recordingConfigurationId: '' }, 'r'), RangeError, /^<Conference> recordingConfigurationId must not be empty$/],
    ['a URL that is not http(s)', () => dial({ action: 'javascript:alert(1)' }, conference('r')), RangeError, /^<Dial> action must be a relative or absolute http\(s\) URL$/],
    ['a URL with a space', () => gather({ action: '/menu 2' }), RangeError, /^<Gather> action must be a relative or absolute http\(s\) URL$/],
    ['an empty URL where empty means nothing', () => conference({ statusCallback: '' }, 'r'), RangeError, /^<Conference> statusCallback must be a relative or absolute http\(s\) URL$/],
    ['a room name of white space only', () => conference('  \n '), RangeError, /^<Conference> roomName must have from 1 to 128 characters$/],
    ['a room name over 128 characters once trimmed', () => conference(` ${'r'.repeat(129)} `), RangeError, /^<Conference> roomName must have from 1 to 128 characters$/],
    ['nothing to say', () => say(''), RangeError, /^<Say> wordsToSay must not be empty$/],
    ['a Play with neither URL nor digits', () => play({ loop: 2 }, ''), RangeError, /^<Play> audioUrl must be a relative or absolute http\(s\) URL$/],
    ['a Play URL that is not http(s)', () => play('ftp://example.com/a.mp3'), RangeError, /^<Play> audioUrl must be/],
    ['a document over 64 kB', () => response(...Array.from({ length: 700 }, () => say('x'.repeat(100)))), RangeError, /^The TwiML document is \d+ bytes, over Twilio's 64 kB$/],
  ];
  it.each(refused)('%s', (_, call, type, message) => {
    expect(call).toThrow(type);
    expect(call).toThrow(message);
  });

  // What only a caller without the types (or with `as any`) can do.
  const untyped: [string, () => unknown, ErrorConstructor, RegExp][] = [
    ['a raw string as a verb', () => response('<Hangup/>' as any), TypeError, /^<Response> cannot hold this string: only elements the builders make$/],
    ['a look-alike object as a child', () => gather(say('x'), { name: 'Say', xml: '<Hangup/>' } as any), TypeError, /^<Gather> cannot hold this object/],
    ['an attribute name that would write markup', () => conference({ 'a="1" b': 'x' } as any, 'r'), TypeError, /^<Conference> cannot have an attribute named "a=\\"1\\" b"$/],
    ['an object as an attribute value', () => dial({ action: { toString: () => '/x' } } as any, conference('r')), TypeError, /^<Dial> action cannot be an object$/],
    ['a string for a number', () => dial({ timeout: '10 minutes' } as any, conference('r')), RangeError, /^<Dial> timeout must be a whole number from 5 to 600$/],
    ['text given to an element that takes none', () => (hangup as any)('now'), TypeError, /^<Hangup> takes only attributes$/],
    ['two texts', () => (say as any)('one', 'two'), TypeError, /^<Say> takes attributes and one wordsToSay$/],
    ['a Play with nothing at all', () => (play as any)(), RangeError, /^<Play> audioUrl must be/],
  ];
  it.each(untyped)('%s', (_, call, type, message) => {
    expect(call).toThrow(type);
    expect(call).toThrow(message);
  });

  it('an unknown attribute named like a method of Object is written as the plain name it is, not mistaken for a check', () => {
    // The types refuse it; without them it is written, and the sandbox warns about it (12200).
    const document = response(dial(conference({ constructor: 'x', toString: 'y', maxParticipants: 5 } as any, 'r')));
    expect(document).toContain('<Conference constructor="x" maxParticipants="5" toString="y">r</Conference>');
  });

  it('never echoes a string value, which may hold a credential', () => {
    const secret = 'https://user:s3cret-token@example.com/ path';
    expect(() => dial({ action: secret }, conference('r'))).toThrow(/^(?!.*s3cret)/);
    expect(() => play(secret)).toThrow(/^(?!.*s3cret)/);
  });
});
