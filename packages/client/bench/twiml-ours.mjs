// The benchmark's documents written with this package's builder (the built one, as users get it). One
// export per document, so a bundle of one holds only the builders it calls. twiml-twilio.mjs writes the
// same documents with twilio-node; test/twiml-twilio.test.ts holds the two to the same meaning.
import { conference, dial, gather, pause, response, say } from '../dist/twiml/index.js';

export const dialConference = (room) =>
  response(dial({ action: '/after-call' }, conference({ startConferenceOnEnter: false, endConferenceOnExit: true, waitUrl: '/hold-music', statusCallback: '/events', statusCallbackEvent: ['join', 'leave'] }, room)));

export const ivrMenu = (room) =>
  response(
    gather({ action: '/menu', numDigits: 1, input: ['dtmf', 'speech'] }, say({ voice: 'Polly.Joanna-Neural' }, 'For sales press 1, for support press 2.'), pause({ length: 1 })),
    say('Connecting you now.'),
    dial(conference({ waitUrl: '/hold-music' }, room)),
  );
