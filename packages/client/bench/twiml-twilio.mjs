// The benchmark's documents written with twilio-node's VoiceResponse: the same as twiml-ours.mjs.
// Imported from its own module file, the smallest part of twilio an app can take for TwiML.
import VoiceResponse from 'twilio/lib/twiml/VoiceResponse.js';

export const dialConference = (room) => {
  const r = new VoiceResponse();
  r.dial({ action: '/after-call' }).conference({ startConferenceOnEnter: false, endConferenceOnExit: true, waitUrl: '/hold-music', statusCallback: '/events', statusCallbackEvent: ['join', 'leave'] }, room);
  return r.toString();
};

export const ivrMenu = (room) => {
  const r = new VoiceResponse();
  const g = r.gather({ action: '/menu', numDigits: 1, input: ['dtmf', 'speech'] });
  g.say({ voice: 'Polly.Joanna-Neural' }, 'For sales press 1, for support press 2.');
  g.pause({ length: 1 });
  r.say('Connecting you now.');
  r.dial().conference({ waitUrl: '/hold-music' }, room);
  return r.toString();
};
