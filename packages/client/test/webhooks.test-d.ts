// Compile-time guarantees of @conference-kit/client/webhooks (vitest typecheck, strict and
// exactOptionalPropertyTypes): the event narrows on StatusCallbackEvent, and wrong calls do not compile.
import { describe, expectTypeOf, it } from 'vitest';
import {
  parseConferenceEvent,
  signTwilioRequest,
  verifyTwilioSignature,
  type ConferenceEvent,
  type ConferenceEventName,
  type ConferenceEventOf,
  type ConferenceStatusCallbackPayload,
} from '../src/webhooks/index.js';

declare const request: Request;

describe('webhook types', () => {
  it('names the thirteen events of the spec', () => {
    expectTypeOf<ConferenceEventName>().toEqualTypeOf<
      | 'conference-start' | 'conference-end' | 'participant-join' | 'participant-leave' | 'participant-mute' | 'participant-unmute'
      | 'participant-hold' | 'participant-unhold' | 'participant-modify' | 'participant-speech-start' | 'participant-speech-stop'
      | 'announcement-end' | 'announcement-fail'
    >();
  });

  it('reads booleans and the sequence number; the wire payload keeps strings', () => {
    expectTypeOf<ConferenceEventOf<'participant-mute'>['Muted']>().toEqualTypeOf<boolean>();
    expectTypeOf<ConferenceEventOf<'participant-mute'>['StatusCallbackEvent']>().toEqualTypeOf<'participant-mute'>();
    expectTypeOf<ConferenceEvent['SequenceNumber']>().toEqualTypeOf<number>();
    expectTypeOf<ConferenceEventOf<'participant-leave'>['ReasonParticipantLeft']>().toEqualTypeOf<
      'participant_hung_up' | 'participant_updated_via_api' | 'conference_ended_via_api' | 'moderator_ended_conference' | 'participant_add_failed'
    >();
    expectTypeOf<ConferenceEventOf<'announcement-end'>['Muted']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<Extract<ConferenceStatusCallbackPayload, { StatusCallbackEvent: 'participant-leave' }>['Muted']>().toEqualTypeOf<'true' | 'false'>();
  });

  it('narrows on StatusCallbackEvent', () => {
    const event = parseConferenceEvent('');
    expectTypeOf(event).toEqualTypeOf<ConferenceEvent>();
    if (event.StatusCallbackEvent === 'conference-end') {
      expectTypeOf(event.Reason).toEqualTypeOf<string>();
      // @ts-expect-error conference-end carries no CallSid
      void event.CallSid;
    } else if (event.StatusCallbackEvent === 'participant-hold') {
      expectTypeOf(event.CallSid).toEqualTypeOf<string>();
      expectTypeOf(event.Hold).toEqualTypeOf<boolean>();
    }
  });

  it('takes every kind of form', () => {
    parseConferenceEvent(new URLSearchParams());
    parseConferenceEvent(new FormData());
    parseConferenceEvent({ StatusCallbackEvent: 'conference-start', Digits: ['1', '2'] });
    // @ts-expect-error not a form
    parseConferenceEvent(42);
    // @ts-expect-error a Map is not a form (it would read as no fields)
    parseConferenceEvent(new Map([['StatusCallbackEvent', 'conference-start']]));
  });

  it('verifies with params or a body, never both, and takes headers.get as the signature', async () => {
    expectTypeOf(await verifyTwilioSignature({ url: request.url, params: new URLSearchParams(), signature: request.headers.get('x-twilio-signature'), authToken: 't' })).toEqualTypeOf<boolean>();
    await verifyTwilioSignature({ url: new URL(request.url), body: '{}', signature: undefined, authToken: 't' });
    await verifyTwilioSignature({ url: request.url, signature: 'x', authToken: 't' });
    // @ts-expect-error params and body together
    await verifyTwilioSignature({ url: request.url, params: {}, body: '{}', signature: 'x', authToken: 't' });
    // @ts-expect-error the Auth Token is required
    await verifyTwilioSignature({ url: request.url, params: {}, signature: 'x' });
    // @ts-expect-error form values are strings
    await verifyTwilioSignature({ url: request.url, params: { Digits: 1 }, signature: 'x', authToken: 't' });
    await verifyTwilioSignature({ url: request.url, params: await request.formData(), signature: 'x', authToken: 't' });
    // @ts-expect-error Headers are not a form (they would read as no parameters)
    await verifyTwilioSignature({ url: request.url, params: request.headers, signature: 'x', authToken: 't' });
    // @ts-expect-error a Map is not a form
    await verifyTwilioSignature({ url: request.url, params: new Map<string, string>(), signature: 'x', authToken: 't' });
    expectTypeOf(await signTwilioRequest({ url: 'https://x', body: '{}', authToken: 't' })).toEqualTypeOf<{ url: string; signature: string }>();
  });
});
