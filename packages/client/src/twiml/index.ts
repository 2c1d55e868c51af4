/**
 * `@conference-kit/client/twiml`: a typed TwiML builder generated from specs/twiml/vocabulary.yaml. One
 * function per verb and noun, so a bundle carries only the ones it calls; nesting, attribute names, enum
 * values and booleans are checked by the types, the rest at the call. Its own entry point, with no Node
 * API in it.
 */
export * from './builders.gen.js';
export type { TwimlDocument, TwimlNode } from './core.js';
