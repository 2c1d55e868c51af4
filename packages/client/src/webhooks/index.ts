/**
 * `@conference-kit/client/webhooks`: verifying Twilio's webhook signatures and reading conference
 * status callbacks. Its own entry point, so apps that never import it never bundle it.
 */
export {
  signTwilioRequest,
  verifyTwilioSignature,
  type BodyRequest,
  type FormRequest,
  type SignTwilioRequestOptions,
  type SignedTwilioRequest,
  type TwilioWebhookParams,
  type VerifyTwilioSignatureOptions,
} from './signature.js';
export {
  ConferenceEventError,
  parseConferenceEvent,
  type ConferenceEvent,
  type ConferenceEventForm,
  type ConferenceEventName,
  type ConferenceEventOf,
  type ConferenceStatusCallbackPayload,
  type ParseConferenceEventOptions,
} from './events.js';
