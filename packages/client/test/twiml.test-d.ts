// Compile-time guarantees of @conference-kit/client/twiml (vitest typecheck, strict and
// exactOptionalPropertyTypes): nesting, attribute names and values, text and documents, by the types alone.
// Each @ts-expect-error is a call that must not compile; tsc fails if one ever does.
import { describe, expectTypeOf, it } from 'vitest';
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
  type Conference,
  type ConferenceAttributes,
  type Dial,
  type GatherChild,
  type Say,
  type TwimlDocument,
  type VoiceDocument,
  type VoiceVerb,
  type WaitUrlDocument,
  type WaitUrlVerb,
} from '../src/twiml/index.js';

describe('TwiML builder types', () => {
  it('nesting: only Say, Play and Pause inside Gather; one Conference inside Dial; verbs in a document', () => {
    gather(say('hi'), play('/a.mp3'), pause());
    gather({ numDigits: 1 });
    // @ts-expect-error a Dial is not something Gather may hold
    gather(dial(conference('r')));
    // @ts-expect-error nor is a Gather
    gather(gather());
    dial(conference('r'));
    dial({ action: '/after' }, conference('r'));
    // @ts-expect-error Dial holds a Conference, not a Say
    dial(say('x'));
    // @ts-expect-error nothing to dial
    dial();
    // @ts-expect-error nothing to dial, only attributes
    dial({ action: '/after' });
    // @ts-expect-error one Conference per Dial
    dial(conference('a'), conference('b'));
    // @ts-expect-error a Conference is a noun of Dial, not a verb of the document
    response(conference('r'));
    expectTypeOf<GatherChild>().toEqualTypeOf<Say | ReturnType<typeof play> | ReturnType<typeof pause>>();
  });

  it('a waitUrl document holds only Play, Say, Pause and Redirect', () => {
    waitUrlResponse(play('/music.mp3'), say('Please hold'), pause({ length: 2 }), redirect());
    // @ts-expect-error no Dial while waiting for a conference
    waitUrlResponse(dial(conference('r')));
    // @ts-expect-error no Gather either
    waitUrlResponse(gather(say('x')));
    // @ts-expect-error nor Hangup
    waitUrlResponse(hangup());
    expectTypeOf<WaitUrlVerb>().toEqualTypeOf<ReturnType<typeof play> | Say | ReturnType<typeof pause> | ReturnType<typeof redirect>>();
    expectTypeOf<Extract<VoiceVerb, Dial>>().toEqualTypeOf<Dial>();
  });

  it('documents are strings, branded with their context', () => {
    expectTypeOf(response()).toEqualTypeOf<VoiceDocument>();
    expectTypeOf(waitUrlResponse()).toEqualTypeOf<WaitUrlDocument>();
    expectTypeOf<VoiceDocument>().toMatchTypeOf<string>();
    expectTypeOf<WaitUrlDocument>().not.toEqualTypeOf<VoiceDocument>();
    // @ts-expect-error a plain string is not a document
    const document: TwimlDocument<'voice'> = '<Response/>';
    void document;
  });

  it('attributes: names, enums as unions, numbers, booleans, lists', () => {
    expectTypeOf<ConferenceAttributes['beep']>().toEqualTypeOf<'true' | 'false' | 'onEnter' | 'onExit' | undefined>();
    expectTypeOf<ConferenceAttributes['maxParticipants']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<ConferenceAttributes['startConferenceOnEnter']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<ConferenceAttributes['statusCallbackEvent']>().toEqualTypeOf<
      readonly ('start' | 'end' | 'join' | 'leave' | 'mute' | 'hold' | 'modify' | 'speaker' | 'announcement')[] | undefined
    >();
    conference({ startConferenceOnEnter: true, statusCallbackEvent: ['start', 'end'], beep: 'onEnter' }, 'r');
    // @ts-expect-error a misspelled attribute
    conference({ startConferenceOnEntr: true }, 'r');
    // @ts-expect-error not one of beep's values
    conference({ beep: 'sometimes' }, 'r');
    // @ts-expect-error a boolean attribute takes a boolean, not its text
    conference({ muted: 'true' }, 'r');
    // @ts-expect-error a number, not a numeric string
    dial({ timeout: '30' }, conference('r'));
    // @ts-expect-error not an event
    conference({ statusCallbackEvent: ['started'] }, 'r');
    // @ts-expect-error Gather's input must list at least one kind
    gather({ input: [] });
    gather({ input: ['speech'] });
    // @ts-expect-error not a method
    redirect({ method: 'PUT' }, '/x');
    // @ts-expect-error Reject's reasons are rejected and busy
    reject({ reason: 'nope' });
    // @ts-expect-error Hangup takes nothing
    hangup({});
  });

  it('text: required where the vocabulary requires it, named by its label', () => {
    expectTypeOf<Parameters<typeof conference>>().toEqualTypeOf<[roomName: string] | [attributes: ConferenceAttributes, roomName: string]>();
    // @ts-expect-error a Conference needs a room name
    conference({ muted: true });
    // @ts-expect-error Say needs words
    say();
    play({ digits: '1234' });
    play('/a.mp3');
    // @ts-expect-error Play needs a URL unless digits are given
    play({ loop: 2 });
    redirect();
    redirect('/next');
    // @ts-expect-error Pause takes no text
    pause('2');
    expectTypeOf(conference('r')).toEqualTypeOf<Conference>();
  });
});
