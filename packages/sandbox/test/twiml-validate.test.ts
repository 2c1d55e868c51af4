// Validating TwiML against the vocabulary, as Twilio's debugger would: a conformance table written by hand
// (each verb, attribute and code, with the warnings and the normalised tree a document must give), a sweep
// over every attribute the vocabulary defines, and properties — any document built from the vocabulary
// round-trips with no warning, and no input makes the validator throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  readTwiml,
  VOCABULARY,
  type AttributeSpec,
  type ContextName,
  type ElementSpec,
  type TwimlWarning,
  type ValidationResult,
  type Vocabulary,
} from '../src/twiml/index.js';

const vocabulary: Vocabulary = VOCABULARY;
const spec = (name: string): ElementSpec => vocabulary.elements.find((e) => e.name === name)!;
const response = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<Response>${body}</Response>`;
const CALL_SID = `CA${'0123456789abcdef'.repeat(2)}`;

interface Node {
  name: string;
  attributes: Record<string, unknown>;
  text: string;
  line: number;
  path: string;
  children: Node[];
}

function read(document: string, context: ContextName = 'voice') {
  const result = readTwiml(document, context);
  if (!result.ok) throw new Error(`expected the document to run, got ${result.error.code}: ${result.error.message}`);
  return { ...result, root: result.document as unknown as Node };
}

/** Every node of a validated document, by path. */
function nodesOf(root: Node): Map<string, Node> {
  const nodes = new Map<string, Node>();
  const walk = (node: Node) => {
    nodes.set(node.path, node);
    node.children.forEach(walk);
  };
  walk(root);
  return nodes;
}

const summary = (warnings: readonly TwimlWarning[]) => warnings.map((w) => [w.code, w.kind, w.path]);

// ---------------------------------------------------------------------------------------------------
// The conformance table. Codes, kinds and paths are written out, not read from the vocabulary, so a
// wrong entry in the vocabulary fails here as surely as a wrong validator.
// ---------------------------------------------------------------------------------------------------

interface Row {
  title: string;
  context?: ContextName;
  /** What goes inside <Response>. */
  body: string;
  warnings?: Array<[number, string, string]>;
  /** Paths of what is dropped as not simulated. */
  notSimulated?: string[];
  /** Matched against the document's children. */
  children?: unknown[];
}

const conference = (attributes: string, name = 'room') => `<Dial><Conference ${attributes}>${name}</Conference></Dial>`;
const C = '/Response/Dial[1]/Conference[1]';

const rows: Row[] = [
  // <Say>
  { title: 'Say with defaults', body: '<Say>Hello</Say>', children: [{ name: 'Say', attributes: { voice: 'man', language: 'en-US', loop: 1 }, text: 'Hello', children: [] }] },
  {
    title: 'Say with every attribute, text trimmed',
    body: '<Say voice="Polly.Joanna-Neural" language="fr-FR" loop="0">\n   Bonjour à tous   \n</Say>',
    children: [{ attributes: { voice: 'Polly.Joanna-Neural', language: 'fr-FR', loop: 0 }, text: 'Bonjour à tous' }],
  },
  { title: 'Say voice Google', body: '<Say voice="Google.en-US-Neural2-A">Hi</Say>', children: [{ attributes: { voice: 'Google.en-US-Neural2-A' } }] },
  { title: 'Say loop not a number', body: '<Say loop="twice">Hi</Say>', warnings: [[13510, 'invalid-attribute', '/Response/Say[1]/@loop']], children: [{ attributes: { loop: 1 } }] },
  { title: 'Say loop negative', body: '<Say loop="-1">Hi</Say>', warnings: [[13510, 'invalid-attribute', '/Response/Say[1]/@loop']], children: [{ attributes: { loop: 1 } }] },
  { title: 'Say voice unknown', body: '<Say voice="robot">Hi</Say>', warnings: [[13511, 'invalid-attribute', '/Response/Say[1]/@voice']], children: [{ attributes: { voice: 'man' } }] },
  { title: 'Say language not a locale', body: '<Say language="English">Hi</Say>', warnings: [[12200, 'invalid-attribute', '/Response/Say[1]/@language']], children: [{ attributes: { language: 'en-US' } }] },
  { title: 'Say with nothing to say', body: '<Say>  \n </Say><Hangup/>', warnings: [[13520, 'invalid-content', '/Response/Say[1]/text()']], children: [{ name: 'Hangup' }] },
  { title: 'Say with a Pause inside', body: '<Say>Hi<Pause/></Say>', warnings: [[12200, 'element-not-allowed', '/Response/Say[1]/Pause[1]']], children: [{ name: 'Say', text: 'Hi', children: [] }] },
  { title: 'Say with SSML', body: '<Say>Hello <break time="1s"/>world</Say>', notSimulated: ['/Response/Say[1]/break[1]'], children: [{ text: 'Hello world' }] },
  // <Play>
  { title: 'Play with defaults', body: '<Play>https://example.com/a.mp3</Play>', children: [{ name: 'Play', attributes: { loop: 1 }, text: 'https://example.com/a.mp3' }] },
  { title: 'Play relative, looped, with digits', body: '<Play loop="3" digits="ww1234#">/hold.mp3</Play>', children: [{ attributes: { loop: 3, digits: 'ww1234#' }, text: '/hold.mp3' }] },
  { title: 'Play digits only', body: '<Play digits="1w2"/>', children: [{ attributes: { digits: '1w2' }, text: '' }] },
  { title: 'Play with nothing to play', body: '<Play/>', warnings: [[11100, 'invalid-content', '/Response/Play[1]/text()']], children: [] },
  { title: 'Play with bad digits and no URL', body: '<Play digits="12E"/>', warnings: [[12200, 'invalid-attribute', '/Response/Play[1]/@digits'], [11100, 'invalid-content', '/Response/Play[1]/text()']], children: [] },
  { title: 'Play an ftp URL', body: '<Play>ftp://example.com/a.mp3</Play>', warnings: [[11100, 'invalid-content', '/Response/Play[1]/text()']], children: [] },
  { title: 'Play loop not a number', body: '<Play loop="x">/a.mp3</Play>', warnings: [[12200, 'invalid-attribute', '/Response/Play[1]/@loop']], children: [{ attributes: { loop: 1 } }] },
  // <Pause>
  { title: 'Pause with defaults', body: '<Pause/>', children: [{ name: 'Pause', attributes: { length: 1 }, text: '' }] },
  { title: 'Pause length', body: '<Pause length="10"/>', children: [{ attributes: { length: 10 } }] },
  { title: 'Pause length zero', body: '<Pause length="0"/>', warnings: [[13910, 'invalid-attribute', '/Response/Pause[1]/@length']], children: [{ attributes: { length: 1 } }] },
  { title: 'Pause length fractional', body: '<Pause length="1.5"/>', warnings: [[13910, 'invalid-attribute', '/Response/Pause[1]/@length']], children: [{ attributes: { length: 1 } }] },
  { title: 'Pause with text', body: '<Pause>wait</Pause>', warnings: [[12200, 'unexpected-text', '/Response/Pause[1]/text()']], children: [{ name: 'Pause', text: '' }] },
  // <Redirect>
  { title: 'Redirect with defaults', body: '<Redirect>/next</Redirect>', children: [{ name: 'Redirect', attributes: { method: 'POST' }, text: '/next' }] },
  { title: 'Redirect to the current document', body: '<Redirect method="GET"/>', children: [{ attributes: { method: 'GET' }, text: '' }] },
  { title: 'Redirect method in lower case', body: '<Redirect method="get">/x</Redirect>', warnings: [[13710, 'invalid-attribute', '/Response/Redirect[1]/@method']], children: [{ attributes: { method: 'POST' } }] },
  { title: 'Redirect to a URL with a space', body: '<Redirect>http://exa mple.com/</Redirect>', warnings: [[11100, 'invalid-content', '/Response/Redirect[1]/text()']], children: [] },
  // <Hangup>, <Reject>
  { title: 'Hangup', body: '<Hangup/>', children: [{ name: 'Hangup', attributes: {}, text: '', children: [] }] },
  { title: 'Hangup with an attribute it does not have', body: '<Hangup reason="busy"/>', warnings: [[12200, 'unknown-attribute', '/Response/Hangup[1]/@reason']], children: [{ name: 'Hangup', attributes: {} }] },
  { title: 'Reject with defaults', body: '<Reject/>', children: [{ name: 'Reject', attributes: { reason: 'rejected' } }] },
  { title: 'Reject busy', body: '<Reject reason="busy"/>', children: [{ attributes: { reason: 'busy' } }] },
  { title: 'Reject for a reason it does not have', body: '<Reject reason="no"/>', warnings: [[12200, 'invalid-attribute', '/Response/Reject[1]/@reason']], children: [{ attributes: { reason: 'rejected' } }] },
  // <Gather>
  {
    title: 'Gather with defaults',
    body: '<Gather/>',
    children: [{ name: 'Gather', attributes: { method: 'POST', input: ['dtmf'], timeout: 5, finishOnKey: '#', actionOnEmptyResult: false }, children: [] }],
  },
  {
    title: 'Gather with every attribute and nested verbs',
    body: '<Gather action="/menu" method="GET" input="speech  dtmf speech" timeout="3" finishOnKey="" numDigits="1" actionOnEmptyResult="true">\n  <Say>Press 1</Say>\n  <Play>/beep.mp3</Play>\n  <Pause length="2"/>\n</Gather>',
    children: [{
      attributes: { action: '/menu', method: 'GET', input: ['speech', 'dtmf'], timeout: 3, finishOnKey: '', numDigits: 1, actionOnEmptyResult: true },
      children: [{ name: 'Say', text: 'Press 1' }, { name: 'Play', text: '/beep.mp3' }, { name: 'Pause', attributes: { length: 2 } }],
    }],
  },
  {
    title: 'Gather with a bad value for each attribute',
    body: '<Gather action="javascript:alert(1)" method="PUT" input="voice" timeout="0" finishOnKey="##" numDigits="0" actionOnEmptyResult="yes"/>',
    warnings: [
      [11100, 'invalid-attribute', '/Response/Gather[1]/@action'],
      [12200, 'invalid-attribute', '/Response/Gather[1]/@method'],
      [12200, 'invalid-attribute', '/Response/Gather[1]/@input'],
      [12200, 'invalid-attribute', '/Response/Gather[1]/@timeout'],
      [12200, 'invalid-attribute', '/Response/Gather[1]/@finishOnKey'],
      [12200, 'invalid-attribute', '/Response/Gather[1]/@numDigits'],
      [12200, 'invalid-attribute', '/Response/Gather[1]/@actionOnEmptyResult'],
    ],
    children: [{ attributes: { method: 'POST', input: ['dtmf'], timeout: 5, finishOnKey: '#', actionOnEmptyResult: false } }],
  },
  { title: 'Gather input empty', body: '<Gather input=""/>', warnings: [[12200, 'invalid-attribute', '/Response/Gather[1]/@input']], children: [{ attributes: { input: ['dtmf'] } }] },
  {
    title: 'Gather holding a Dial and a Gather',
    body: `<Gather>${conference('')}<Gather/><Say>Menu</Say></Gather>`,
    warnings: [[12200, 'element-not-allowed', '/Response/Gather[1]/Dial[1]'], [12200, 'element-not-allowed', '/Response/Gather[1]/Gather[1]']],
    children: [{ name: 'Gather', children: [{ name: 'Say', text: 'Menu' }] }],
  },
  { title: 'Gather speech hints', body: '<Gather hints="sales, support" input="speech"/>', notSimulated: ['/Response/Gather[1]/@hints'], children: [{ attributes: { input: ['speech'] } }] },
  // <Dial>
  {
    title: 'Dial with defaults',
    body: conference(''),
    children: [{
      name: 'Dial',
      attributes: {
        method: 'POST', timeout: 30, hangupOnStar: false, timeLimit: 14400, record: 'do-not-record', recordingStatusCallbackMethod: 'POST',
        recordingStatusCallbackEvent: ['completed'], recordingTrack: 'both', trim: 'do-not-trim', answerOnBridge: false, sequential: false, referMethod: 'POST',
      },
      text: '',
      children: [{ name: 'Conference', text: 'room' }],
    }],
  },
  {
    title: 'Dial with every attribute',
    body: `<Dial action="/after" method="GET" timeout="5" hangupOnStar="true" timeLimit="600" callerId="+15551234567" record="record-from-answer-dual" recordingStatusCallback="https://example.com/rec?a=1&amp;b=2" recordingStatusCallbackMethod="GET" recordingStatusCallbackEvent="in-progress completed" recordingTrack="inbound" trim="trim-silence" ringTone="uk" answerOnBridge="true" sequential="true" callReason="Your order" referUrl="/refer" referMethod="GET" recordingConfigurationId="RC1"><Conference>room</Conference></Dial>`,
    children: [{
      attributes: {
        action: '/after', method: 'GET', timeout: 5, hangupOnStar: true, timeLimit: 600, callerId: '+15551234567', record: 'record-from-answer-dual',
        recordingStatusCallback: 'https://example.com/rec?a=1&b=2', recordingStatusCallbackMethod: 'GET', recordingStatusCallbackEvent: ['in-progress', 'completed'],
        recordingTrack: 'inbound', trim: 'trim-silence', ringTone: 'uk', answerOnBridge: true, sequential: true, callReason: 'Your order', referUrl: '/refer',
        referMethod: 'GET', recordingConfigurationId: 'RC1',
      },
    }],
  },
  { title: 'Dial record="true" means record-from-answer', body: '<Dial record="true"><Conference>r</Conference></Dial>', children: [{ attributes: { record: 'record-from-answer' } }] },
  { title: 'Dial record="false" means do-not-record', body: '<Dial record="false"><Conference>r</Conference></Dial>', children: [{ attributes: { record: 'do-not-record' } }] },
  ...([
    ['method', 'PATCH', 13210], ['timeout', '4', 13212], ['timeout', '601', 13212], ['hangupOnStar', '1', 13213], ['callerId', '', 13214],
    ['timeLimit', '0', 13216], ['record', 'always', 13217], ['sequential', 'maybe', 13218], ['action', 'http://exa mple.com', 11100],
    ['recordingStatusCallbackEvent', 'completed done', 12200], ['ringTone', 'xx', 12200], ['callReason', 'x'.repeat(51), 12200],
  ] as const).map(([name, value, code]): Row => ({
    title: `Dial ${name}="${value.length > 12 ? `${value.slice(0, 12)}…` : value}"`,
    body: `<Dial ${name}="${value}"><Conference>r</Conference></Dial>`,
    warnings: [[code, 'invalid-attribute', `/Response/Dial[1]/@${name}`]],
  })),
  {
    title: 'Dial holding a Say',
    body: '<Dial><Say>x</Say><Conference>r</Conference></Dial>',
    warnings: [[13215, 'element-not-allowed', '/Response/Dial[1]/Say[1]']],
    children: [{ name: 'Dial', children: [{ name: 'Conference', text: 'r' }] }],
  },
  { title: 'Dial with nothing to dial', body: '<Dial></Dial><Hangup/>', warnings: [[13215, 'invalid-content', '/Response/Dial[1]']], children: [{ name: 'Hangup' }] },
  {
    title: 'Dial with two conferences',
    body: '<Dial><Conference>a</Conference><Conference>b</Conference></Dial>',
    warnings: [[13215, 'element-not-allowed', '/Response/Dial[1]/Conference[2]']],
    children: [{ children: [{ text: 'a' }] }],
  },
  {
    title: 'Dial mixing a Conference and a Number',
    body: '<Dial><Conference>a</Conference><Number>+15551234567</Number></Dial>',
    warnings: [[13000, 'conflicting-elements', '/Response/Dial[1]/Number[1]']],
    children: [{ children: [{ name: 'Conference', text: 'a' }] }],
  },
  { title: 'Dial a Number', body: '<Dial><Number>+15551234567</Number></Dial>', notSimulated: ['/Response/Dial[1]/Number[1]', '/Response/Dial[1]'], children: [] },
  { title: 'Dial a plain-text number', body: '<Dial>+15551234567</Dial>', notSimulated: ['/Response/Dial[1]/text()', '/Response/Dial[1]'], children: [] },
  {
    title: 'Dial a misspelt Conference',
    body: '<Dial><Conferense>r</Conferense></Dial>',
    warnings: [[12200, 'unknown-element', '/Response/Dial[1]/Conferense[1]'], [13215, 'invalid-content', '/Response/Dial[1]']],
    children: [],
  },
  { title: 'Dial events', body: '<Dial events="call-progress-event"><Conference>r</Conference></Dial>', notSimulated: ['/Response/Dial[1]/@events'], children: [{ name: 'Dial' }] },
  // <Conference>
  {
    title: 'Conference with defaults',
    body: conference(''),
    children: [{
      children: [{
        name: 'Conference',
        attributes: {
          muted: false, beep: 'true', startConferenceOnEnter: true, endConferenceOnExit: false, jitterBufferSize: 'large',
          waitUrl: 'https://s3.amazonaws.com/com.twilio.sounds.music/index.xml', waitMethod: 'POST', maxParticipants: 250, record: 'do-not-record',
          trim: 'trim-silence', statusCallbackMethod: 'POST', statusCallbackEvent: [], recordingStatusCallbackMethod: 'POST', recordingStatusCallbackEvent: ['completed'],
        },
        text: 'room',
        children: [],
      }],
    }],
  },
  {
    title: 'Conference with every attribute',
    body: conference(`muted="true" beep="onExit" startConferenceOnEnter="false" endConferenceOnExit="true" participantLabel="agent 7" jitterBufferSize="off" waitUrl="/hold" waitMethod="GET" maxParticipants="2" record="record-from-start" region="ie1" trim="do-not-trim" coach="${CALL_SID}" statusCallback="https://example.com/conf" statusCallbackMethod="GET" statusCallbackEvent="start end join leave mute hold modify speaker announcement" recordingStatusCallback="/rec" recordingStatusCallbackMethod="GET" recordingStatusCallbackEvent="in-progress completed absent" eventCallbackUrl="/ended" recordingConfigurationId="RC1"`),
    children: [{
      children: [{
        attributes: {
          muted: true, beep: 'onExit', startConferenceOnEnter: false, endConferenceOnExit: true, participantLabel: 'agent 7', jitterBufferSize: 'off',
          waitUrl: '/hold', waitMethod: 'GET', maxParticipants: 2, record: 'record-from-start', region: 'ie1', trim: 'do-not-trim', coach: CALL_SID,
          statusCallback: 'https://example.com/conf', statusCallbackMethod: 'GET',
          statusCallbackEvent: ['start', 'end', 'join', 'leave', 'mute', 'hold', 'modify', 'speaker', 'announcement'],
          recordingStatusCallback: '/rec', recordingStatusCallbackMethod: 'GET', recordingStatusCallbackEvent: ['in-progress', 'completed', 'absent'],
          eventCallbackUrl: '/ended', recordingConfigurationId: 'RC1',
        },
      }],
    }],
  },
  { title: 'Conference waitUrl empty means silence', body: conference('waitUrl=""'), children: [{ children: [{ attributes: { waitUrl: '' } }] }] },
  ...([
    ['muted', 'yes', 13230], ['endConferenceOnExit', 'no', 13231], ['startConferenceOnEnter', 'TRUE', 13232], ['waitUrl', 'ftp://music/x.mp3', 13233],
    ['waitMethod', 'post', 13234], ['beep', 'onBoth', 13235], ['trim', 'trim', 13239], ['coach', `CF${CALL_SID.slice(2)}`, 13240],
    ['participantLabel', 'team/a', 16023], ['participantLabel', CALL_SID, 16023], ['participantLabel', 'x'.repeat(129), 16023],
    ['maxParticipants', '251', 12200], ['region', 'eu1', 12200], ['jitterBufferSize', 'huge', 12200], ['record', 'true', 12200],
    ['statusCallbackEvent', 'start finish', 12200], ['statusCallback', '', 11100],
  ] as const).map(([name, value, code]): Row => ({
    title: `Conference ${name}="${value.length > 12 ? `${value.slice(0, 12)}…` : value}"`,
    body: conference(`${name}="${value}"`),
    warnings: [[code, 'invalid-attribute', `${C}/@${name}`]],
    children: [{ children: [{ name: 'Conference' }] }],
  })),
  { title: 'Conference name trimmed', body: conference('', '\n    support-42\n  '), children: [{ children: [{ text: 'support-42' }] }] },
  { title: 'Conference name of 128 characters', body: conference('', 'n'.repeat(128)), children: [{ children: [{ text: 'n'.repeat(128) }] }] },
  {
    title: 'Conference name of 129 characters',
    body: conference('', 'n'.repeat(129)),
    warnings: [[13237, 'invalid-content', `${C}/text()`], [13215, 'invalid-content', '/Response/Dial[1]']],
    children: [],
  },
  { title: 'Conference with no name', body: '<Dial><Conference/></Dial>', warnings: [[13237, 'invalid-content', `${C}/text()`], [13215, 'invalid-content', '/Response/Dial[1]']], children: [] },
  // <Response> and the voice document
  { title: 'an unknown verb', body: '<say>Hi</say><Say>Hi</Say>', warnings: [[12200, 'unknown-element', '/Response/say[1]']], children: [{ name: 'Say' }] },
  { title: 'text in Response', body: 'hello<Hangup/>', warnings: [[12200, 'unexpected-text', '/Response/text()']], children: [{ name: 'Hangup' }] },
  { title: 'a noun outside Dial', body: '<Conference>r</Conference>', warnings: [[12200, 'not-allowed-in-context', '/Response/Conference[1]']], children: [] },
  { title: 'a verb the sandbox does not run', body: '<Record/><Hangup/>', notSimulated: ['/Response/Record[1]'], children: [{ name: 'Hangup' }] },
  // The waitUrl document
  {
    title: 'waitUrl: Play, Say, Pause and Redirect',
    context: 'waitUrl',
    body: '<Play>/m.mp3</Play><Say>Please wait</Say><Pause length="5"/><Redirect/>',
    children: [{ name: 'Play' }, { name: 'Say' }, { name: 'Pause' }, { name: 'Redirect', text: '' }],
  },
  {
    title: 'waitUrl: every other verb, a noun and a verb the sandbox does not run',
    context: 'waitUrl',
    body: `${conference('')}<Gather/><Hangup/><Reject/><Record/><Conference>r</Conference><Say>Still here</Say>`,
    warnings: [
      [13238, 'not-allowed-in-context', '/Response/Dial[1]'],
      [13238, 'not-allowed-in-context', '/Response/Gather[1]'],
      [13238, 'not-allowed-in-context', '/Response/Hangup[1]'],
      [13238, 'not-allowed-in-context', '/Response/Reject[1]'],
      [13238, 'not-allowed-in-context', '/Response/Record[1]'],
      [13238, 'not-allowed-in-context', '/Response/Conference[1]'],
    ],
    children: [{ name: 'Say', text: 'Still here' }],
  },
];

/** Documents that cannot run at all; with the table, every behaviour and every code is exercised. */
const fatal: Array<[string, string, number, string]> = [
  ['empty', '', 11770, 'empty-document'],
  ['over 64 kB', response(`<Say>${'a'.repeat(70_000)}</Say>`), 11750, 'document-too-large'],
  ['not well-formed', '<Response><Say>hi</Response>', 12100, 'not-well-formed'],
  ['a root other than Response', '<Respond><Say>hi</Say></Respond>', 12102, 'root-not-response'],
];

describe('TwiML conformance table', () => {
  it.each(rows.map((row) => [row.title, row] as const))('%s', (_, row) => {
    const { root, warnings, notSimulated } = read(response(row.body), row.context);
    expect(summary(warnings)).toEqual(row.warnings ?? []);
    expect(notSimulated.map((n) => n.path)).toEqual(row.notSimulated ?? []);
    if (row.children) {
      expect(root.children).toHaveLength(row.children.length);
      expect(root.children).toMatchObject(row.children);
    }
    for (const warning of warnings) {
      expect(warning.level).toBe(vocabulary.codes.find((c) => c.code === warning.code)!.level);
      // Each message ends by saying what happens instead.
      expect(warning.message).toMatch(/(skipped|ignored|is used)\.$/u);
    }
  });

  it.each(fatal)('a document that cannot run: %s', (_, document, code, kind) => {
    const result = readTwiml(document, 'voice');
    expect(result).toMatchObject({ ok: false, error: { code, kind }, warnings: [], notSimulated: [] });
  });

  it('names the right element in another case, for elements, attributes and the root', () => {
    const { warnings } = read(response('<say>Hi</say><Say Loop="2">Hi</Say>'));
    expect(warnings.map((w) => w.message)).toEqual([
      '<say> is not a TwiML element (names are case-sensitive: did you mean <Say>?); it is skipped.',
      '<Say> has no attribute Loop (names are case-sensitive: did you mean loop?); it is ignored.',
    ]);
    const result = readTwiml('<response><Hangup/></response>', 'voice');
    expect(!result.ok && result.error).toEqual({
      code: 12102, kind: 'root-not-response', line: 1,
      message: 'The root element must be <Response>, not <response> (names are case-sensitive: did you mean <Response>?).',
    });
  });

  it('says what was wrong and what happens instead, with the line', () => {
    const { warnings } = read(response('\n<Dial timeout="2">\n  <Conference beep="sometimes">r</Conference>\n</Dial>'));
    expect(warnings).toEqual([
      {
        code: 13212, level: 'warning', kind: 'invalid-attribute', line: 3, path: '/Response/Dial[1]/@timeout',
        message: '<Dial timeout="2">: timeout must be a whole number from 5 to 600; the default 30 is used.',
      },
      {
        code: 13235, level: 'warning', kind: 'invalid-attribute', line: 4, path: `${C}/@beep`,
        message: '<Conference beep="sometimes">: beep must be one of "true", "false", "onEnter", "onExit"; the default "true" is used.',
      },
    ]);
  });

  it('exercises every behaviour and every code of the vocabulary', () => {
    const kinds = new Set<string>(fatal.map(([, , , kind]) => kind));
    const codes = new Set<number>(fatal.map(([, , code]) => code));
    for (const row of rows) {
      for (const [code, kind] of row.warnings ?? []) {
        kinds.add(kind);
        codes.add(code);
      }
    }
    expect([...kinds].sort()).toEqual(vocabulary.behaviours.map((b) => b.kind).sort());
    expect([...codes].sort()).toEqual(vocabulary.codes.map((c) => c.code).sort());
  });

  it('does what each behaviour says: skip the element, use the default, ignore the attribute or the text', () => {
    let checked = 0;
    for (const row of rows) {
      const { root, warnings } = read(response(row.body), row.context);
      const nodes = nodesOf(root);
      for (const warning of warnings) {
        const { action } = vocabulary.behaviours.find((b) => b.kind === warning.kind)!;
        const [elementPath, part] = warning.path.split(/\/(?=@|text\(\))/u) as [string, string | undefined];
        const node = nodes.get(elementPath);
        if (action === 'skip-element') expect(node, `${row.title}: ${warning.path}`).toBeUndefined();
        // A part's own action only shows when its element survived other problems.
        if (!node) continue;
        if (action === 'use-default' || action === 'ignore-attribute') {
          const name = part!.slice(1);
          const attribute = spec(node.name).attributes?.find((a) => a.name === name);
          expect(node.attributes[name], `${row.title}: ${warning.path}`).toEqual(attribute && 'default' in attribute ? attribute.default : undefined);
        }
        if (action === 'ignore-text') expect(node.text, `${row.title}: ${warning.path}`).toBe('');
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(40);
  });
});

// ---------------------------------------------------------------------------------------------------
// The sweep: every attribute of every element, with values good and bad by class, read from the
// vocabulary itself — so an attribute added there is tested here without a new row.
// ---------------------------------------------------------------------------------------------------

/** The smallest voice document that holds `name` with `attributes`, and the path of that element. */
function host(name: string, attributes: string): { body: string; path: string } {
  const text = spec(name).text;
  const content = text?.use === 'required' ? (text.type === 'url' ? '/audio.mp3' : 'room') : '';
  const element = `<${name}${attributes}>${content}${spec(name).children?.min ? '<Conference>room</Conference>' : ''}</${name}>`;
  const parent = vocabulary.elements.find((e) => e.children?.allowed.includes(name) && e.category === 'verb');
  return spec(name).category === 'noun'
    ? { body: `<${parent!.name}>${element}</${parent!.name}>`, path: `/Response/${parent!.name}[1]/${name}[1]` }
    : { body: element, path: `/Response/${name}[1]` };
}

const escapeText = (value: string) => value.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
// Character references keep tabs and line breaks that attribute-value normalisation would turn into spaces.
const escapeAttribute = (value: string) =>
  escapeText(value).replace(/"/gu, '&quot;').replace(/\t/gu, '&#9;').replace(/\n/gu, '&#10;').replace(/\r/gu, '&#13;');

/** Values the attribute must accept, and what each reads as. */
function goodValues(a: AttributeSpec): Array<[string, unknown]> {
  switch (a.type) {
    case 'boolean':
      return [['true', true], ['false', false]];
    case 'integer':
      return [a.minimum, a.maximum, a.default].filter((n): n is number => n !== undefined).map((n) => [String(n), n]);
    case 'enum':
      return [...a.values.map((v): [string, unknown] => [v, v]), ...(a.aliases ?? []).map((x): [string, unknown] => [x.value, x.means])];
    case 'enumList':
      return [[` ${a.values.join('  ')} ${a.values[0]} `, [...a.values]], ...(a.minItems ? [] : [['', []] as [string, unknown]])];
    case 'string':
      return fc.sample(stringValue(a), { numRuns: 5, seed: 42 }).map((v) => [v, v]);
    case 'url':
      return [['/relative/path?x=1&y=2', '/relative/path?x=1&y=2'], ['https://example.com/a.mp3', 'https://example.com/a.mp3'], ...(a.allowEmpty ? [['', ''] as [string, unknown]] : [])];
  }
}

/** Values the attribute must refuse, one per way of being wrong that applies to it. */
function badValues(a: AttributeSpec): string[] {
  switch (a.type) {
    case 'boolean':
      return ['yes', 'True', '1', ''];
    case 'integer':
      return ['abc', '1.5', '', ' 7', '99999999999999999999', ...(a.minimum !== undefined ? [String(a.minimum - 1)] : []), ...(a.maximum !== undefined ? [String(a.maximum + 1)] : [])];
    case 'enum':
      return ['not-a-value', a.values[0]!.toUpperCase() === a.values[0] ? `${a.values[0]}x` : a.values[0]!.toUpperCase()];
    case 'enumList':
      return ['bogus', `${a.values[0]} bogus`, ...(a.minItems ? [''] : [])];
    case 'url':
      return ['ftp://example.com/x', 'http://exa mple.com/', 'javascript:alert(1)', ...(a.allowEmpty ? [] : [''])];
    case 'string': {
      const bad: string[] = [];
      if (a.minLength) bad.push('');
      if (a.maxLength !== undefined) bad.push('x'.repeat(a.maxLength + 1));
      if (a.pattern !== undefined) bad.push(...['not valid!', '/', ' '].filter((v) => !new RegExp(a.pattern!, 'u').test(v)).slice(0, 1));
      if (a.notPattern !== undefined) bad.push(...fc.sample(fc.stringMatching(new RegExp(a.notPattern, 'u')), { numRuns: 1, seed: 7 }));
      return bad;
    }
  }
}

const attributeCases = vocabulary.elements.flatMap((element) => (element.attributes ?? []).map((a) => [`<${element.name} ${a.name}> (${a.type})`, element.name, a] as const));

describe('every attribute of the vocabulary', () => {
  it('is swept', () => {
    expect(attributeCases.length).toBeGreaterThan(50);
  });

  it.each(attributeCases)('%s: good values are read, typed', (_, elementName, attribute) => {
    const values = goodValues(attribute);
    expect(values.length).toBeGreaterThan(0);
    for (const [raw, value] of values) {
      const { body, path } = host(elementName, ` ${attribute.name}="${escapeAttribute(raw)}"`);
      const { root, warnings } = read(response(body));
      expect(summary(warnings), `${attribute.name}=${JSON.stringify(raw)}`).toEqual([]);
      expect(nodesOf(root).get(path)!.attributes[attribute.name], `${attribute.name}=${JSON.stringify(raw)}`).toEqual(value);
    }
  });

  it.each(attributeCases)('%s: bad values warn with its code and fall back', (_, elementName, attribute) => {
    const values = badValues(attribute);
    expect(values.length).toBeGreaterThan(0);
    for (const raw of values) {
      const { body, path } = host(elementName, ` ${attribute.name}="${escapeAttribute(raw)}"`);
      const { root, warnings } = read(response(body));
      expect(summary(warnings), `${attribute.name}=${JSON.stringify(raw)}`).toEqual([[attribute.invalidCode, 'invalid-attribute', `${path}/@${attribute.name}`]]);
      expect(nodesOf(root).get(path)!.attributes[attribute.name]).toEqual('default' in attribute ? attribute.default : undefined);
    }
  });
});

// ---------------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------------

const XML_CHARS = /^[\t\n\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
const XML_SPACE = /^[ \t\r\n]+|[ \t\r\n]+$/gu;
/** Characters worth round-tripping: XML's specials, white space, accents, emoji, and the rest of the BMP. */
const textUnit = fc.oneof(
  fc.constantFrom('&', '<', '>', '"', "'", ' ', '\t', '\n', 'é', '😀', ']]>', 'a', 'Z', '7'),
  fc.integer({ min: 0x20, max: 0xd7ff }).map((code) => String.fromCharCode(code)),
);

function stringValue(a: Extract<AttributeSpec, { type: 'string' }>): fc.Arbitrary<string> {
  const base = a.pattern !== undefined ? fc.stringMatching(new RegExp(a.pattern, 'u')) : fc.string({ unit: textUnit, maxLength: 60 });
  return base.filter(
    (v) =>
      XML_CHARS.test(v) &&
      (a.minLength === undefined || v.length >= a.minLength) &&
      (a.maxLength === undefined || v.length <= a.maxLength) &&
      (a.notPattern === undefined || !new RegExp(a.notPattern, 'u').test(v)),
  );
}

const relativeUrl = fc
  .tuple(fc.array(fc.stringMatching(/^[A-Za-z0-9._~-]{1,8}$/u), { minLength: 1, maxLength: 3 }), fc.option(fc.constantFrom('?a=1&b=2', '?q=%20x', '#top'), { nil: '' }))
  .map(([segments, tail]) => `/${segments.join('/')}${tail}`);
const url = fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), relativeUrl);

/** A raw attribute value and what it reads as. */
function attributeValue(a: AttributeSpec): fc.Arbitrary<[string, unknown]> {
  switch (a.type) {
    case 'boolean':
      return fc.boolean().map((b) => [String(b), b]);
    case 'integer':
      return fc.integer({ min: a.minimum ?? -1_000_000, max: a.maximum ?? 1_000_000 }).map((n) => [String(n), n]);
    case 'enum':
      return fc.constantFrom(...goodValues(a));
    case 'enumList':
      return fc
        .uniqueArray(fc.constantFrom(...a.values), { minLength: a.minItems ?? 0 })
        .chain((items) => fc.constantFrom(' ', '  ', '\n\t').map((gap): [string, unknown] => [items.join(gap), items]));
    case 'string':
      return stringValue(a).map((v) => [v, v]);
    case 'url':
      return (a.allowEmpty ? fc.oneof(url, fc.constant('')) : url).map((v) => [v, v]);
  }
}

interface Built {
  xml: string;
  expected: Omit<Node, 'line'>;
}

/** A valid element of the vocabulary: its XML, and the node the validator must make of it. */
function element(name: string, path: string, depth: number): fc.Arbitrary<Built> {
  const s = spec(name);
  const attributes = fc.tuple(...(s.attributes ?? []).map((a) => fc.option(attributeValue(a), { nil: undefined })));
  const textRule = s.text && s.text.use !== 'notSimulated' ? s.text : undefined;
  const text = textRule
    ? (textRule.type === 'url' ? url : fc.string({ unit: textUnit, minLength: 1, maxLength: 80 }))
        .map((v) => v.replace(XML_SPACE, ''))
        .filter((v) => v !== '' && XML_CHARS.test(v) && (textRule.minLength === undefined || v.length >= textRule.minLength) && (textRule.maxLength === undefined || v.length <= textRule.maxLength))
    : fc.constant('');
  const childRule = s.children;
  const childNames = depth < 3 ? childRule?.allowed ?? [] : [];
  const children = childNames.length
    ? fc.array(fc.constantFrom(...childNames), { minLength: childRule?.min ?? 0, maxLength: childRule?.max ?? 3 })
    : fc.constant([] as string[]);
  return fc.tuple(attributes, text, fc.boolean(), children, fc.constantFrom('', '\n  ', ' ')).chain(([values, body, useText, names, gap]) => {
    const given = (s.attributes ?? []).flatMap((a, i) => (values[i] ? [[a, values[i]] as const] : []));
    // Text that may be left out is sometimes left out; text excused by an attribute only when it is given.
    const excused = textRule?.unlessAttribute !== undefined && given.some(([a]) => a.name === textRule.unlessAttribute);
    const content = textRule && (textRule.use === 'required' && !excused ? true : useText) ? body : '';
    const counts = new Map<string, number>();
    const childPaths = names.map((child) => {
      counts.set(child, (counts.get(child) ?? 0) + 1);
      return `${path}/${child}[${counts.get(child)}]`;
    });
    return fc.tuple(...names.map((child, i) => element(child, childPaths[i]!, depth + 1))).map((built): Built => {
      const expectedAttributes: Record<string, unknown> = {};
      for (const a of s.attributes ?? []) {
        const value = given.find(([g]) => g === a)?.[1];
        if (value) expectedAttributes[a.name] = value[1];
        else if ('default' in a) expectedAttributes[a.name] = a.default;
      }
      const attributeXml = given.map(([a, [raw]]) => ` ${a.name}="${escapeAttribute(raw)}"`).join('');
      const inner = escapeText(content) + built.map((b) => `${gap}${b.xml}`).join('') + (built.length ? gap : '');
      return {
        xml: inner === '' ? `<${name}${attributeXml}/>` : `<${name}${attributeXml}>${inner}</${name}>`,
        expected: { name, attributes: expectedAttributes, text: content, path, children: built.map((b) => b.expected) as Node[] },
      };
    });
  });
}

function document(context: ContextName): fc.Arbitrary<Built> {
  const verbs = vocabulary.contexts.find((c) => c.name === context)!.verbs;
  return fc.array(fc.constantFrom(...verbs), { maxLength: 6 }).chain((names) => {
    const counts = new Map<string, number>();
    const paths = names.map((n) => {
      counts.set(n, (counts.get(n) ?? 0) + 1);
      return `/Response/${n}[${counts.get(n)}]`;
    });
    return fc.tuple(...names.map((n, i) => element(n, paths[i]!, 1))).map((built): Built => ({
      xml: `<?xml version="1.0" encoding="UTF-8"?>\n<Response>${built.map((b) => `\n  ${b.xml}`).join('')}\n</Response>`,
      expected: { name: 'Response', attributes: {}, text: '', path: '/Response', children: built.map((b) => b.expected) as Node[] },
    }));
  });
}

function withoutLines(node: Node): Omit<Node, 'line'> {
  const { line: _line, children, ...rest } = node;
  return { ...rest, children: children.map(withoutLines) as Node[] };
}

describe('properties', () => {
  it.each(vocabulary.contexts.map((c) => c.name as ContextName))('any %s document built from the vocabulary serialises, parses and validates with no warning', (context) => {
    fc.assert(
      fc.property(document(context), ({ xml, expected }) => {
        const result: ValidationResult = readTwiml(xml, context);
        if (!result.ok) throw new Error(`${result.error.code} ${result.error.message}\n${xml}`);
        expect(result.warnings).toEqual([]);
        expect(result.notSimulated).toEqual([]);
        expect(withoutLines(result.document as unknown as Node)).toEqual(expected);
      }),
      { numRuns: 150 },
    );
    // About a second on a quiet machine; the bound is for a loaded one (it once took 29 s beside other suites).
  }, 120_000);

  // Anything a user's server may answer: real names, near misses, unknown ones, any attribute.
  const name = fc.constantFrom('Response', 'Say', 'say', 'Play', 'Pause', 'Redirect', 'Hangup', 'Reject', 'Gather', 'Dial', 'Conference', 'Number', 'Record', 'break', 'Echo', 'x:Say');
  const attribute = fc.tuple(fc.constantFrom('loop', 'voice', 'beep', 'action', 'method', 'input', 'timeout', 'digits', 'bogus', 'record'), fc.string({ maxLength: 6 }));
  const xmlSafe = (text: string) => text.replace(/[^\t\n\u0020-\uD7FF]/gu, '');
  const messy = (depth: number): fc.Arbitrary<string> =>
    fc
      .tuple(name, fc.array(attribute, { maxLength: 3 }), fc.string({ maxLength: 6 }), depth > 0 ? fc.array(messy(depth - 1), { maxLength: 3 }) : fc.constant([]))
      .map(([n, attributes, text, children]) => {
        const attrs = [...new Map(attributes).entries()].map(([k, v]) => ` ${k}="${escapeAttribute(xmlSafe(v))}"`).join('');
        return `<${n}${attrs}>${escapeText(xmlSafe(text))}${children.join('')}</${n}>`;
      });

  it('no document makes the validator throw; every warning has a listed code, its level and a path into the document', () => {
    const codes = new Map(vocabulary.codes.map((c) => [c.code as number, c.level]));
    const kinds = new Set(vocabulary.behaviours.map((b) => b.kind as string));
    fc.assert(
      fc.property(fc.array(messy(3), { maxLength: 4 }), fc.constantFrom<ContextName>('voice', 'waitUrl'), (verbs, context) => {
        const result = readTwiml(`<Response>${verbs.join('')}</Response>`, context);
        if (!result.ok) throw new Error(`${result.error.code} ${result.error.message}`);
        for (const warning of [...result.warnings]) {
          expect(codes.get(warning.code)).toBe(warning.level);
          expect(kinds.has(warning.kind)).toBe(true);
          expect(warning.path.startsWith('/Response')).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});
