/**
 * What every generated builder in builders.gen.ts shares: the node class, the one function that writes an
 * element and the one that writes a document.
 *
 * The split between types and run time is what keeps a bundle small. The types stop what they can — which
 * element may hold which, attribute names, enum values, booleans, a list that must not be empty — and
 * carry the whole vocabulary at no cost. The run time gets, per element, only the checks types cannot
 * express (Check, below), applied to the text as it is written, the way Twilio and the sandbox read it.
 * On top of those it refuses what would corrupt the XML whatever the types say: a character XML 1.0
 * forbids, an attribute name that is not a plain name, a child no builder made (so no raw string reaches
 * the document), an argument it would drop. A wrong kind of argument is a TypeError, a wrong value a
 * RangeError, and either names the element and the attribute or text. Messages never echo a string
 * value: URLs can carry credentials.
 */

/**
 * What a value must be beyond its TypeScript type, as the generator writes it from the vocabulary: a
 * whole number within its range, a string within its length that matches `pattern` and not `notPattern`,
 * or a relative or absolute http(s) URL (or empty, when `allowEmpty`).
 */
export type Check =
  | readonly [kind: 'integer', minimum: number | undefined, maximum?: number]
  | readonly [kind: 'string', pattern: RegExp | undefined, minLength?: number, maxLength?: number, notPattern?: RegExp]
  | readonly [kind: 'url', allowEmpty?: boolean];

/**
 * An element's text: its name in messages, its check (an empty text is refused when the check refuses
 * '') and the attribute that, when given, makes an empty text acceptable.
 */
export type TextRule = readonly [name: string, check: Check, unlessAttribute?: string];

/**
 * A TwiML element written by one of the builders. Only builders make them (the XML is private), so a
 * document holds nothing that was not checked and escaped.
 */
export class TwimlNode<N extends string = string> {
  readonly #xml: string;
  /** @internal */
  constructor(
    readonly name: N,
    xml: string,
  ) {
    this.#xml = xml;
  }
  /** @internal */
  static xml(node: TwimlNode): string {
    return node.#xml;
  }
}

declare const documentContext: unique symbol;
/** A whole TwiML document (`<?xml …?><Response>…</Response>`) of one context: still a string. */
export type TwimlDocument<C extends string> = string & { readonly [documentContext]: C };

// Markup characters and quotes everywhere. CR in text, and TAB, LF and CR in attribute values, as
// character references: an XML parser turns them into LF and spaces, and the value would come back changed.
const ENTITIES: Record<string, string> = { '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' };
const escape = (value: string, pattern: RegExp) => value.replace(pattern, (c) => `&${ENTITIES[c] ?? `#${c.charCodeAt(0)}`};`);

const between = (minimum = 0, maximum?: number) => (maximum === undefined ? `at least ${minimum}` : `from ${minimum} to ${maximum}`);

/** `value` as XML text: booleans as true/false, numbers as JavaScript writes them (checks refuse what is not whole), lists space-separated. */
function written(value: unknown, what: string): string {
  // Primitives and lists only: an object would be written as "[object Object]".
  if (Object(value) === value && !Array.isArray(value)) throw new TypeError(`${what} cannot be an object`);
  const text = Array.isArray(value) ? value.join(' ') : String(value);
  // Anything outside XML 1.0's Char production; under the u flag a lone surrogate is outside it too.
  const bad = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u.exec(text);
  if (bad) throw new RangeError(`${what} holds U+${bad[0].codePointAt(0)!.toString(16)}, which XML 1.0 does not allow`);
  return text;
}

/** The sandbox's (and Twilio's) reading of a URL: resolves to http(s), holds no white space or control character. */
function isUrl(text: string): boolean {
  try {
    return !/[\s\0-\x1f\x7f]/.test(text) && /^https?:$/.test(new URL(text, 'https://x/').protocol);
  } catch {
    return false;
  }
}

/** Refuses `text` (as written) when it fails the vocabulary's check; `what` names the attribute or text. */
function check(text: string, [kind, a, b, c, d]: Check, what: string): void {
  const must =
    kind === 'integer'
      ? !(/^-?\d+$/.test(text) && Number.isSafeInteger(+text) && +text >= (a ?? -Infinity) && +text <= (b ?? Infinity)) && `be a whole number ${between(a, b)}`
      : kind === 'string'
        ? (a && !a.test(text) && `match ${a.source}`) ||
          ((text.length < (b ?? 0) || text.length > (c ?? Infinity)) && (b === 1 && c === undefined ? 'not be empty' : `have ${between(b, c)} characters`)) ||
          (d?.test(text) && `not match ${d.source}`)
        : !(text === '' ? a : isUrl(text)) && `be a relative or absolute http(s) URL${a ? ', or empty' : ''}`;
  if (must) throw new RangeError(`${what} must ${must}`);
}

/** The children's XML; each must be a node a builder made. */
function childrenXml(parent: string, children: readonly unknown[]): string {
  let xml = '';
  for (const child of children) {
    if (!(child instanceof TwimlNode)) throw new TypeError(`<${parent}> cannot hold this ${typeof child}: only elements the builders make`);
    xml += TwimlNode.xml(child);
  }
  return xml;
}

/**
 * Writes one element from a builder's arguments: `(attributes?, text?)` when `content` is a TextRule,
 * `(attributes?, ...children)` when it is 'children', `(attributes?)` when there is none. Attributes are
 * written in name order, so the same call always writes the same XML.
 */
export function element<N extends string>(name: N, args: readonly unknown[], checks: Readonly<Record<string, Check>> = {}, content?: TextRule | 'children'): TwimlNode<N> {
  // A plain object (a literal, parsed JSON, or one without a prototype) is the attributes; anything else is content.
  const first = args[0];
  const plain = typeof first === 'object' && first !== null && [Object.prototype, null].includes(Object.getPrototypeOf(first));
  const attributes = (plain ? first : {}) as Record<string, unknown>;
  const rest = args.slice(attributes === args[0] ? 1 : 0);
  let xml = `<${name}`;
  for (const key of Object.keys(attributes).sort()) {
    const what = `<${name}> ${key}`;
    // The types allow only the vocabulary's names; a name from elsewhere must not write markup.
    if (!/^[a-z][A-Za-z0-9]*$/.test(key)) throw new TypeError(`<${name}> cannot have an attribute named ${JSON.stringify(key)}`);
    if (attributes[key] == null) continue;
    const text = written(attributes[key], what);
    // Own keys only: `constructor` or `toString` from a caller without the types is not a check.
    if (Object.hasOwn(checks, key)) check(text, checks[key]!, what);
    xml += ` ${key}="${escape(text, /[&<>"'\t\n\r]/g)}"`;
  }
  let inner = '';
  if (content === 'children') {
    inner = childrenXml(name, rest);
  } else if (content) {
    const [textName, textCheck, unless] = content;
    const what = `<${name}> ${textName}`;
    if (rest.length > 1) throw new TypeError(`<${name}> takes attributes and one ${textName}`);
    inner = written(rest[0] ?? '', what);
    // Checked as Twilio and the sandbox read it: trimmed of XML white space.
    const trimmed = inner.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
    if (trimmed || unless === undefined || attributes[unless] == null) check(trimmed, textCheck, what);
    inner = escape(inner, /[&<>"'\r]/g);
  } else if (rest.length) {
    throw new TypeError(`<${name}> takes only attributes`);
  }
  return new TwimlNode(name, inner ? `${xml}>${inner}</${name}>` : `${xml}/>`);
}

/** Writes a whole document: the declaration, and the root holding `verbs`. */
export function twimlDocument<C extends string>(root: string, verbs: readonly unknown[]): TwimlDocument<C> {
  const xml = `<?xml version="1.0" encoding="UTF-8"?><${root}>${childrenXml(root, verbs)}</${root}>`;
  // Twilio's limit, 64 kB, read as 64 × 1024 bytes of UTF-8 as the sandbox reads it.
  const bytes = new TextEncoder().encode(xml).length;
  if (bytes > 65536) throw new RangeError(`The TwiML document is ${bytes} bytes, over Twilio's 64 kB`);
  return xml as TwimlDocument<C>;
}
