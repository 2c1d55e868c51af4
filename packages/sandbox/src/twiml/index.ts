/**
 * TwiML for the sandbox: the vocabulary generated from specs/twiml/vocabulary.yaml, a parser that refuses
 * what Twilio refuses (12100, 11750, 11770), and a validator that warns as Twilio does and hands back the
 * normalised tree the interpreter runs.
 */
export { parseTwiml, TWIML_MAX_BYTES, type ParseResult, type TwimlElement, type TwimlError } from './parse.js';
export { isValidTwimlUrl, readTwiml, validateTwiml, type NotSimulated, type TwimlWarning, type ValidationResult } from './validate.js';
export * from './vocabulary.gen.js';
