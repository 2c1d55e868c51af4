// parseConferenceEvent against the spec: every documented example parses to the typed event, and for
// thousands of broken copies it fails exactly when ajv (the contract's validator of the same schema)
// does, naming the field.
import { createContract, formatErrors, listWebhooks, loadSpec, resolvePointer, type JsonObject } from '@conference-kit/specs/contract';
import { describe, expect, it } from 'vitest';
import { ConferenceEventError, parseConferenceEvent, signTwilioRequest, verifyTwilioSignature, type ConferenceEvent } from '../src/webhooks/index.js';

const contract = createContract();
const webhook = listWebhooks('api-v2010').find((w) => w.name === 'conferenceStatusCallback')!;

type Wire = Record<string, string>;
const media = (webhook.operation.requestBody as JsonObject).content as Record<string, { examples: Record<string, JsonObject> }>;
const spec = loadSpec('api-v2010');
const examples: Array<[string, Wire]> = Object.entries(media['application/x-www-form-urlencoded']!.examples).map(([name, ex]) => {
  const example = typeof ex.$ref === 'string' ? (resolvePointer(spec, ex.$ref.slice(1)) as JsonObject) : ex;
  return [name, example.value as Wire];
});

const BOOLEANS = ['Muted', 'Hold', 'Coaching', 'EndConferenceOnExit', 'StartConferenceOnEnter'];
/** What a user expects back: the same fields, `true`/`false` as booleans, SequenceNumber as a number. */
function expected(wire: Wire): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(wire).map(([k, v]) => [k, BOOLEANS.includes(k) ? v === 'true' : k === 'SequenceNumber' ? Number(v) : v]),
  );
}
const ajvAccepts = (wire: Wire) => contract.validateWebhook(webhook, wire) === null;
const parseError = (form: Parameters<typeof parseConferenceEvent>[0], options?: Parameters<typeof parseConferenceEvent>[1]) => {
  try {
    parseConferenceEvent(form, options);
    return undefined;
  } catch (error) {
    return error as ConferenceEventError;
  }
};

describe('parseConferenceEvent: the spec examples', () => {
  it('covers every StatusCallbackEvent', () => {
    const events = new Set(examples.map(([, wire]) => wire.StatusCallbackEvent));
    expect([...events].sort()).toEqual([
      'announcement-end', 'announcement-fail', 'conference-end', 'conference-start', 'participant-hold', 'participant-join',
      'participant-leave', 'participant-modify', 'participant-mute', 'participant-speech-start', 'participant-speech-stop',
      'participant-unhold', 'participant-unmute',
    ]);
  });

  it.each(examples)('%s parses to the typed event, from every kind of form', (_, wire) => {
    expect(ajvAccepts(wire), formatErrors(contract.validateWebhook(webhook, wire))).toBe(true);
    const body = new URLSearchParams(wire).toString();
    const formData = new FormData();
    for (const [k, v] of Object.entries(wire)) formData.append(k, v);
    for (const form of [body, new URLSearchParams(body), formData, wire, { ...wire, Absent: undefined }]) {
      expect(parseConferenceEvent(form as never)).toEqual(expected(wire));
    }
  });
});

describe('parseConferenceEvent agrees with the schema on broken copies', () => {
  const otherEvents = [...new Set(examples.map(([, w]) => w.StatusCallbackEvent!))];
  const brokenCopies = (wire: Wire): Array<[string, Wire, string]> => {
    const out: Array<[string, Wire, string]> = [];
    for (const key of Object.keys(wire)) {
      const { [key]: _, ...without } = wire;
      out.push([`without ${key}`, without, key]);
      for (const value of ['', 'x', 'true', 'False', '1', '-1', '1.5', `${wire[key]}x`, ` ${wire[key]}`, `CA${'a'.repeat(32)}`, 'a'.repeat(129), 'https://example.com/a.xml',
        'https://example.com/a b', 'https://exa mple.com/', 'urn:isbn:0451450523', 'http://[::1]/x', 'https://example.com/%zz', 'https://example.com/ü']) {
        if (value !== wire[key]) out.push([`${key}=${JSON.stringify(value.slice(0, 20))}`, { ...wire, [key]: value }, key]);
      }
    }
    for (const event of otherEvents) if (event !== wire.StatusCallbackEvent) out.push([`relabelled ${event}`, { ...wire, StatusCallbackEvent: event }, '']);
    out.push(['with an unknown field', { ...wire, CallSidToCoach: `CA${'b'.repeat(32)}` }, 'CallSidToCoach']);
    return out;
  };

  it.each(examples)('%s: accepts exactly what ajv accepts, and names the changed field', (_, wire) => {
    let rejected = 0;
    for (const [label, copy, key] of brokenCopies(wire)) {
      const error = parseError(copy, { unknownFields: 'reject' });
      expect(error === undefined, `${label}: ajv says ${formatErrors(contract.validateWebhook(webhook, copy)) || 'valid'}; we say ${error?.message ?? 'valid'}`).toBe(ajvAccepts(copy));
      if (!error) continue;
      rejected++;
      expect(error).toBeInstanceOf(ConferenceEventError);
      expect(error.message).toContain(error.field);
      if (key && key !== 'StatusCallbackEvent' && !label.startsWith('without')) expect(error.field, label).toBe(key);
      if (label.startsWith('without')) expect(error.field, label).toBe(key);
    }
    expect(rejected).toBeGreaterThan(10);
  });
});

describe('parseConferenceEvent: errors a user sees', () => {
  const join = examples.find(([name]) => name === 'agent-joins')![1];
  const end = examples.find(([, w]) => w.StatusCallbackEvent === 'conference-end')![1];
  const announcement = examples.find(([, w]) => w.StatusCallbackEvent === 'announcement-end' && w.CallSid)![1];

  it.each<[string, Wire, string, RegExp]>([
    ['no StatusCallbackEvent', (({ StatusCallbackEvent: _, ...rest }) => rest)(join), 'StatusCallbackEvent', /StatusCallbackEvent is missing/],
    ['an event the spec does not list', { ...join, StatusCallbackEvent: 'conference-record-end' }, 'StatusCallbackEvent', /"conference-record-end", not one of conference-start, .*announcement-fail/],
    ['an inherited property name as the event', { ...join, StatusCallbackEvent: 'constructor' }, 'StatusCallbackEvent', /"constructor", not one of/],
    ['a boolean in capitals', { ...join, Muted: 'TRUE' }, 'Muted', /\(participant-join\): Muted must be "true" or "false", got "TRUE"/],
    ['a missing required field', (({ Hold: _, ...rest }) => rest)(join), 'Hold', /\(participant-join\): Hold is missing/],
    ['a sequence number that is not decimal digits', { ...join, SequenceNumber: '0x10' }, 'SequenceNumber', /SequenceNumber must be a whole number in decimal digits, got "0x10"/],
    ['a sequence number beyond 2^53', { ...join, SequenceNumber: '9007199254740993' }, 'SequenceNumber', /too large/],
    ['a Call SID of the wrong kind', { ...join, CallSid: `CF${'a'.repeat(32)}` }, 'CallSid', /CallSid must match \^CA\[0-9a-fA-F\]\{32\}\$/],
    ['the reason with underscores', { ...end, ReasonConferenceEnded: 'last_participant_left' }, 'ReasonConferenceEnded', /must be one of conference-ended-via-api, /],
    ['an ISO timestamp', { ...join, Timestamp: '2021-09-08T16:33:20Z' }, 'Timestamp', /Timestamp must match/],
    ['a friendly name of 129 characters', { ...join, FriendlyName: 'é'.repeat(129) }, 'FriendlyName', /at most 128 characters/],
    ['an empty label', { ...join, ParticipantLabel: '' }, 'ParticipantLabel', /at least 1 characters/],
    ['a participant announcement without Muted', (({ Muted: _, ...rest }) => rest)(announcement), 'Muted', /Muted is missing; it is sent with CallSid/],
  ])('%s', (_, wire, field, message) => {
    const error = parseError(wire);
    expect(error).toBeInstanceOf(ConferenceEventError);
    expect(error!.field).toBe(field);
    expect(error!.message).toMatch(message);
    expect(error!.name).toBe('ConferenceEventError');
  });

  it('a field given twice is an error naming it, whatever the form', () => {
    const body = `${new URLSearchParams(join)}&Muted=true`;
    expect(parseError(body)?.field).toBe('Muted');
    expect(parseError(body)?.message).toMatch(/Muted is given 2 times/);
    expect(parseError({ ...join, Muted: ['false', 'true'] })?.field).toBe('Muted');
    expect(parseError(`${new URLSearchParams(join)}&StatusCallbackEvent=conference-start`)?.field).toBe('StatusCallbackEvent');
  });

  it('a value a body parser nested, or a file, is an error naming the field', () => {
    expect(parseError({ ...join, Muted: { a: 'b' } } as never)?.message).toMatch(/Muted is an object, not text/);
    const form = new FormData();
    for (const [k, v] of Object.entries(join)) form.append(k, v);
    form.append('Upload', new Blob(['x']), 'x.txt');
    expect(parseError(form)?.field).toBe('Upload');
    expect(parseError(form)?.message).toMatch(/Upload is a File, not text/);
  });

  it('unknown fields are dropped by default and rejected on request', () => {
    const withExtra = { ...join, CallSidToCoach: `CA${'b'.repeat(32)}`, From: '+15005550006' };
    expect(parseConferenceEvent(withExtra)).toEqual(expected(join));
    const error = parseError(withExtra, { unknownFields: 'reject' });
    expect(error?.field).toBe('CallSidToCoach');
    expect(error?.message).toMatch(/CallSidToCoach is not a field of participant-join events/);
  });

  it('a field of another event is unknown to this one: conference-start carries no CallSid', () => {
    const start = examples.find(([, w]) => w.StatusCallbackEvent === 'conference-start')![1];
    expect(parseConferenceEvent({ ...start, CallSid: join.CallSid! })).not.toHaveProperty('CallSid');
    expect(parseError({ ...start, CallSid: join.CallSid! }, { unknownFields: 'reject' })?.field).toBe('CallSid');
  });

  it('a form of the wrong kind is a TypeError naming what it got, never an event with no fields', () => {
    class Form {
      StatusCallbackEvent = join.StatusCallbackEvent;
    }
    for (const [form, got] of [
      [null, 'null'], [undefined, 'undefined'], [42, 'a number'], [['a'], 'an array'], [true, 'a boolean'],
      [new Map(Object.entries(join)), 'a Map'], [new Headers(join as Wire), 'a Headers'], [new Form(), 'an instance of Form'],
    ] as const) {
      expect(() => parseConferenceEvent(form as never)).toThrow(TypeError);
      expect(() => parseConferenceEvent(form as never)).toThrow(new RegExp(`^parseConferenceEvent: form must be .*; got ${got}$`));
    }
  });

  it('a record without a prototype (querystring.parse makes these) is read', () => {
    expect(parseConferenceEvent(Object.assign(Object.create(null) as Wire, join))).toEqual(expected(join));
  });

  it('the result narrows on StatusCallbackEvent', () => {
    const event: ConferenceEvent = parseConferenceEvent(join);
    let seen = '';
    switch (event.StatusCallbackEvent) {
      case 'participant-join':
        seen = `${event.CallSid} muted=${event.Muted} #${event.SequenceNumber + 1}`;
        break;
      case 'conference-end':
        seen = event.ReasonConferenceEnded;
        break;
      default:
        seen = event.StatusCallbackEvent;
    }
    expect(seen).toBe(`${join.CallSid} muted=false #2`);
  });
});

describe('a signed callback, end to end', () => {
  it('an endpoint verifies the request it received, then reads the event; a forged copy is refused', async () => {
    const [, wire] = examples.find(([name]) => name === 'customer-hangs-up')!;
    const authToken = 'endpoint-test-token';
    const signed = await signTwilioRequest({ url: 'https://example.com/twilio/events?tenant=7', params: wire, authToken });
    const send = (body: Record<string, string>) =>
      new Request(signed.url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signed.signature },
        body: new URLSearchParams(body),
      });
    const handle = async (request: Request) => {
      const raw = await request.text();
      const ok = await verifyTwilioSignature({ url: request.url, params: new URLSearchParams(raw), signature: request.headers.get('x-twilio-signature'), authToken });
      return ok ? parseConferenceEvent(raw) : 'forbidden';
    };
    expect(await handle(send(wire))).toEqual(expected(wire));
    expect(await handle(send({ ...wire, EndConferenceOnExit: 'true' }))).toBe('forbidden');
  });
});
