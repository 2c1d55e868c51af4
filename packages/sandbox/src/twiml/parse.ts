/**
 * Reads a TwiML document into a small tree, or says why it cannot, with Twilio's code.
 *
 * The XML is parsed by saxes, a strict XML 1.0 parser (the one jsdom uses): anything that is not
 * well-formed is refused with its line and column, as Twilio refuses it with 12100. A DOCTYPE is refused
 * outright, so no entity is ever expanded (no external entities, no entity bombs), and the size is checked
 * before a byte is parsed.
 */
import { SaxesParser } from 'saxes';
import { VOCABULARY, type ProblemKind, type TwimlCode } from './vocabulary.gen.js';

/** Twilio's documented limit for a TwiML document: 64 kB, read as 64 × 1024 bytes of UTF-8. */
export const TWIML_MAX_BYTES = 64 * 1024;

/** One element as written: attribute values and text exactly as the XML gives them (entities decoded). */
export interface TwimlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly TwimlElement[];
  /** The element's own text and CDATA, concatenated in document order, untrimmed. */
  readonly text: string;
  /** The line the element starts on (1-based). */
  readonly line: number;
}

/** Why a document cannot run at all. */
export interface TwimlError {
  readonly code: TwimlCode;
  readonly kind: ProblemKind;
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
}

export type ParseResult = { readonly ok: true; readonly root: TwimlElement } | { readonly ok: false; readonly error: TwimlError };

/** The error for a fatal class of mistake, with the code the vocabulary gives it. */
export function fatalError(kind: ProblemKind, message: string, at: { line?: number; column?: number } = {}): TwimlError {
  const behaviour = VOCABULARY.behaviours.find((b) => b.kind === kind);
  if (!behaviour || !('code' in behaviour) || behaviour.action !== 'fail-document') {
    throw new Error(`The TwiML vocabulary has no fail-document behaviour with a code for ${kind}`);
  }
  return { code: behaviour.code, kind, message, ...at };
}

interface MutableElement {
  name: string;
  attributes: Record<string, string>;
  children: MutableElement[];
  text: string;
  line: number;
}

/** Thrown from saxes' event handlers to stop at the first problem; never leaves this module. */
class Refused extends Error {
  constructor(readonly error: TwimlError) {
    super(error.message);
  }
}

/**
 * Parses `document` (text, or the bytes of a response body, which must be UTF-8). Never throws: a
 * document that cannot be read is `{ ok: false, error }` with code 11770 (empty), 11750 (over
 * {@link TWIML_MAX_BYTES}) or 12100 (not well-formed XML, not UTF-8, or a DOCTYPE).
 */
export function parseTwiml(document: string | Uint8Array): ParseResult {
  const sized = checkSize(document);
  if (!sized.ok) return sized;
  let text: string;
  if (typeof document === 'string') {
    text = document;
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(document);
    } catch {
      return { ok: false, error: fatalError('not-well-formed', 'Document parse failure: the document is not valid UTF-8.') };
    }
  }

  // No namespaces: TwiML has none, and a prefixed name like x:Say is then simply an unknown element.
  const parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  const refuse = (message: string): never => {
    throw new Refused(
      fatalError('not-well-formed', `Document parse failure at line ${parser.line}, column ${parser.column}: ${message}`, {
        line: parser.line,
        column: parser.column,
      }),
    );
  };
  const open: MutableElement[] = [];
  let root: MutableElement | undefined;
  let startLine = 1;

  // saxes prefixes its messages with "line:column: "; the position is given once, in our own words.
  parser.on('error', (error) => refuse(error.message.replace(/^\d+:\d+: /u, '')));
  parser.on('doctype', () => refuse('a DOCTYPE is not allowed in TwiML (entities are never expanded).'));
  parser.on('opentagstart', () => {
    // saxes reports the tag once the character after its name is read; when that is a line break, the
    // tag itself began on the line before.
    startLine = parser.column === 0 ? parser.line - 1 : parser.line;
  });
  parser.on('opentag', (tag) => {
    const element: MutableElement = { name: tag.name, attributes: { ...tag.attributes }, children: [], text: '', line: startLine };
    const parent = open.at(-1);
    if (parent) parent.children.push(element);
    else root = element;
    if (!tag.isSelfClosing) open.push(element);
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) open.pop();
  });
  const addText = (value: string) => {
    const current = open.at(-1);
    if (current) current.text += value;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);

  try {
    parser.write(text).close();
  } catch (thrown) {
    if (thrown instanceof Refused) return { ok: false, error: thrown.error };
    throw thrown;
  }
  if (!root) return { ok: false, error: fatalError('not-well-formed', 'Document parse failure: the document has no root element.') };
  return { ok: true, root };
}

/** Refuses an empty or oversized document without reading more of it than the limit. */
function checkSize(document: string | Uint8Array): { ok: true } | { ok: false; error: TwimlError } {
  if (document.length === 0) return { ok: false, error: fatalError('empty-document', 'Empty response body: the TwiML document is empty.') };
  let tooLarge: boolean;
  if (typeof document === 'string') {
    // Encoding into a buffer one byte over the limit says whether the UTF-8 fits, without encoding a
    // document of any size whole.
    const { read, written } = new TextEncoder().encodeInto(document, new Uint8Array(TWIML_MAX_BYTES + 1));
    tooLarge = read < document.length || written > TWIML_MAX_BYTES;
  } else {
    tooLarge = document.byteLength > TWIML_MAX_BYTES;
  }
  if (!tooLarge) return { ok: true };
  return {
    ok: false,
    error: fatalError('document-too-large', `TwiML response body too large: the document is over ${TWIML_MAX_BYTES} bytes (64 kB).`),
  };
}
