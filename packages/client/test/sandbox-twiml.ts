/**
 * The sandbox's TwiML reader — the parser and validator its interpreter runs — for the builder's tests.
 * @conference-kit/sandbox does not export it from its entry point, so this one module reaches the built
 * file through the workspace link; when the sandbox exports it, this becomes an import of the package.
 */
export {
  parseTwiml,
  readTwiml,
  validateTwiml,
  VOCABULARY,
  type AttributeSpec,
  type ElementSpec,
  type TwimlElement,
} from '../node_modules/@conference-kit/sandbox/dist/twiml/index.js';
