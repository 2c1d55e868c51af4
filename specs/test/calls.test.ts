/**
 * The rules of Calls, IncomingPhoneNumbers and the voice requests that a schema states and a user would
 * hit: what a create or an update must carry, what excludes what, which fields come together, and the
 * error codes Twilio answers with. Examples prove the happy paths; these prove the refusals.
 */
import { describe, expect, it } from 'vitest';
import { createContract, deref, formatErrors, listOperations, listWebhooks, loadSpec, type JsonObject } from '../src/contract.js';

const contract = createContract();
const doc = loadSpec('api-v2010');
const schema = (name: string) => `/components/schemas/${name}`;
const accepts = (name: string, value: unknown) => {
  const errors = contract.validate('api-v2010', schema(name), value);
  expect(errors, formatErrors(errors)).toBeNull();
};
const rejects = (name: string, value: unknown) => expect(contract.validate('api-v2010', schema(name), value)).not.toBeNull();
const webhook = (name: string) => listWebhooks('api-v2010').find((w) => w.name === name)!;
const exampleOf = (name: string) => structuredClone(deref<JsonObject>(doc, { $ref: `#/components/examples/${name}` }).value) as Record<string, unknown>;

/** The Twilio error codes the examples of an operation's response show. */
function errorCodes(operationId: string, status: string): number[] {
  const operation = listOperations('api-v2010').find((o) => o.operationId === operationId)!;
  const response = deref<JsonObject>(doc, (operation.operation.responses as JsonObject)[status]);
  const examples = ((response.content as Record<string, JsonObject>)['application/json']!.examples ?? {}) as JsonObject;
  return Object.values(examples).map((raw) => (deref<JsonObject>(doc, raw).value as { code: number }).code);
}

describe('creating a call', () => {
  const parties = { To: '+15558675310', From: '+15017122661' };

  it('needs one source of TwiML: Url, Twiml or ApplicationSid', () => {
    rejects('CreateCallRequest', parties);
    accepts('CreateCallRequest', { ...parties, Url: 'https://www.example.com/voice' });
    accepts('CreateCallRequest', { ...parties, Twiml: '<Response><Hangup/></Response>' });
    accepts('CreateCallRequest', { ...parties, ApplicationSid: `AP${'a'.repeat(32)}` });
    // Twilio ignores Twiml next to Url rather than refusing the pair.
    accepts('CreateCallRequest', { ...parties, Url: 'https://www.example.com/voice', Twiml: '<Response/>' });
  });

  it('needs To and From, whatever the TwiML', () => {
    rejects('CreateCallRequest', { From: parties.From, Url: 'https://www.example.com/voice' });
    rejects('CreateCallRequest', { To: parties.To, Url: 'https://www.example.com/voice' });
  });

  it('refuses a relative Url, an inline document over 4,000 characters and a ring time outside 5–600 s', () => {
    const withUrl = { ...parties, Url: 'https://www.example.com/voice' };
    rejects('CreateCallRequest', { ...parties, Url: '/voice' });
    rejects('CreateCallRequest', { ...parties, Twiml: `<Response><Say>${'a'.repeat(4000)}</Say></Response>` });
    for (const Timeout of [4, 601]) rejects('CreateCallRequest', { ...withUrl, Timeout });
    accepts('CreateCallRequest', { ...withUrl, Timeout: 5 });
    accepts('CreateCallRequest', { ...withUrl, Timeout: 600 });
  });

  it('takes only keys Twilio can press as SendDigits, at most 32', () => {
    const withUrl = { ...parties, Url: 'https://www.example.com/voice' };
    accepts('CreateCallRequest', { ...withUrl, SendDigits: 'ww1234#' });
    rejects('CreateCallRequest', { ...withUrl, SendDigits: '12x' });
    rejects('CreateCallRequest', { ...withUrl, SendDigits: '1'.repeat(33) });
  });

  it('documents the errors Twilio gives for the numbers and the TwiML source', () => {
    expect(errorCodes('CreateCall', '400')).toEqual(expect.arrayContaining([21201, 21205, 21208, 21210, 21211, 21212, 21213, 21214, 21217, 21218]));
  });
});

describe('updating a call', () => {
  it('takes Url or Twiml, not both', () => {
    accepts('UpdateCallRequest', { Url: 'https://www.example.com/voice' });
    accepts('UpdateCallRequest', { Twiml: '<Response><Hangup/></Response>' });
    rejects('UpdateCallRequest', { Url: 'https://www.example.com/voice', Twiml: '<Response><Hangup/></Response>' });
  });

  it('changes the status callback only together with Url', () => {
    rejects('UpdateCallRequest', { StatusCallback: 'https://www.example.com/callbacks/call' });
    accepts('UpdateCallRequest', { Url: 'https://www.example.com/voice', StatusCallback: 'https://www.example.com/callbacks/call' });
  });

  it('moves a call only to canceled or completed', () => {
    for (const Status of ['canceled', 'completed']) accepts('UpdateCallRequest', { Status });
    for (const Status of ['in-progress', 'queued', 'busy']) rejects('UpdateCallRequest', { Status });
  });

  it('answers 21220 when the call\'s state does not allow the change, and so does deleting a live call', () => {
    expect(errorCodes('UpdateCall', '400')).toEqual(expect.arrayContaining([21220]));
    expect(errorCodes('DeleteCall', '400')).toEqual([21220]);
  });
});

describe('phone numbers', () => {
  it('are created from an E.164 PhoneNumber', () => {
    accepts('CreateIncomingPhoneNumberRequest', { PhoneNumber: '+15017122661' });
    rejects('CreateIncomingPhoneNumberRequest', {});
    rejects('CreateIncomingPhoneNumberRequest', { PhoneNumber: '5017122661' });
  });

  it('lose a URL or SID set to the empty string, but take no other non-URL; the number itself cannot change', () => {
    accepts('UpdateIncomingPhoneNumberRequest', { VoiceUrl: '', VoiceFallbackUrl: '', StatusCallback: '', VoiceApplicationSid: '' });
    rejects('UpdateIncomingPhoneNumberRequest', { VoiceUrl: 'voice.xml' });
    // Not a field an update declares: sent anyway, it is ignored (as every unknown parameter is), never applied.
    const update = deref<JsonObject>(doc, { $ref: '#/components/schemas/UpdateIncomingPhoneNumberRequest' });
    expect(Object.keys(update.properties as JsonObject)).not.toContain('PhoneNumber');
    expect(Object.keys(update.properties as JsonObject)).toContain('VoiceUrl');
  });
});

describe('voice requests', () => {
  it('send ErrorCode and ErrorUrl together, and only with the fallback', () => {
    const fallback = exampleOf('VoiceRequestFallback');
    expect(contract.validateWebhook(webhook('callVoiceRequestCallback'), fallback)).toBeNull();
    const { ErrorUrl, ...withoutUrl } = fallback;
    void ErrorUrl;
    expect(contract.validateWebhook(webhook('callVoiceRequestCallback'), withoutUrl)).not.toBeNull();
  });

  it('a dial action after a conference has no dialled leg; a duration never comes without one', () => {
    const left = exampleOf('DialActionConferenceLeft');
    expect(left).not.toHaveProperty('DialCallSid');
    expect(left).toMatchObject({ DialCallStatus: 'answered' });
    expect(contract.validateWebhook(webhook('dialActionCallback'), { ...left, DialCallDuration: '12' })).not.toBeNull();
    // A field of another request is not part of this one.
    expect(contract.validateWebhook(webhook('callVoiceRequestCallback'), left)).not.toBeNull();
  });

  it('a gather action carries keys as digits and speech with its confidence', () => {
    const gather = webhook('gatherActionCallback');
    const speech = exampleOf('GatherActionSpeech');
    expect(contract.validateWebhook(gather, speech)).toBeNull();
    const { Confidence, ...withoutConfidence } = speech;
    void Confidence;
    expect(contract.validateWebhook(gather, withoutConfidence)).not.toBeNull();
    expect(contract.validateWebhook(gather, { ...speech, Confidence: '1.5' })).not.toBeNull();
    expect(contract.validateWebhook(gather, { ...exampleOf('GatherActionDigit'), Digits: '1a' })).not.toBeNull();
  });

  it('are answered with a <Response> of at most 64 kB', () => {
    accepts('TwimlDocument', '<Response/>');
    rejects('TwimlDocument', '');
    rejects('TwimlDocument', 'Hello');
    rejects('TwimlDocument', `<Response><Say>${'a'.repeat(65536)}</Say></Response>`);
  });
});
