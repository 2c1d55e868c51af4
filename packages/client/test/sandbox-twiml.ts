/** The sandbox's TwiML reader — the parser and validator its interpreter runs — for the builder's tests. */
export {
  parseTwiml,
  readTwiml,
  validateTwiml,
  VOCABULARY,
  type AttributeSpec,
  type ElementSpec,
  type TwimlElement,
} from '@conference-kit/sandbox/twiml';
