/**
 * A TwiML document as the interpreter runs it: parsed with a real XML parser into `{ name, attributes,
 * children, text }`, checked for the context it runs in (a call's `voice` document, or a conference
 * `waitUrl` document), with the warnings Twilio's debugger would show and the fatal error code when it
 * cannot run at all.
 *
 * INTERIM: specs/twiml/vocabulary.yaml and its generated validator (twiml/parse.ts, twiml/validate.ts)
 * are the one definition of the vocabulary; until they land, this checks only what the interpreter
 * needs (the root, which verbs a context allows) and leaves attribute values as written. The
 * interpreter reads attributes through tolerant accessors (interpret.ts), so typed values work too.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface TwimlNode {
  name: string;
  attributes: Record<string, unknown>;
  children: TwimlNode[];
  /** The element's own text (a `<Say>`'s words, a `<Play>`'s URL, a `<Conference>`'s name). */
  text: string;
}

export interface TwimlWarning {
  code: number;
  message: string;
  /** Where in the document, e.g. `Response/Dial[2]/Conference`. */
  path: string;
}

export type TwimlContext = 'voice' | 'waitUrl';

export type LoadedDocument =
  | { ok: true; root: TwimlNode; warnings: TwimlWarning[] }
  | { ok: false; code: number; message: string };

const VOICE_VERBS = new Set([
  'Say', 'Play', 'Pause', 'Redirect', 'Hangup', 'Reject', 'Dial', 'Gather', 'Record', 'Enqueue', 'Leave', 'Connect',
  'Start', 'Stop', 'Pay', 'Prompt', 'Refer', 'Sms', 'Echo', 'Queue',
]);
/** facts A.3: a conference's waitUrl document may only play, say, pause and redirect (13238 otherwise). */
const WAIT_VERBS = new Set(['Say', 'Play', 'Pause', 'Redirect']);

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

type Ordered = Array<Record<string, unknown>>;

function toNode(item: Record<string, unknown>): TwimlNode | null {
  const name = Object.keys(item).find((k) => k !== ':@');
  if (name === undefined || name === '#text' || name === '#comment') return null;
  const content = (item[name] ?? []) as Ordered;
  const children: TwimlNode[] = [];
  let text = '';
  for (const part of content) {
    if ('#text' in part) text += String(part['#text']);
    else {
      const child = toNode(part);
      if (child) children.push(child);
    }
  }
  return { name, attributes: { ...((item[':@'] as Record<string, unknown> | undefined) ?? {}) }, children, text: text.trim() };
}

export function loadDocument(xml: string, context: TwimlContext): LoadedDocument {
  if (xml.trim() === '') return { ok: false, code: 11770, message: 'Empty response body' };
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return { ok: false, code: 12100, message: `Document parse failure: ${valid.err.msg} (line ${valid.err.line})` };
  const top = (parser.parse(xml) as Ordered).map(toNode).filter((n): n is TwimlNode => n !== null);
  const root = top[0];
  if (!root || top.length > 1 || root.name !== 'Response') {
    return { ok: false, code: 12102, message: `The root element must be Response, not ${root ? `<${root.name}>` : 'nothing'}` };
  }
  const warnings: TwimlWarning[] = [];
  const allowed = context === 'waitUrl' ? WAIT_VERBS : VOICE_VERBS;
  const kept = root.children.filter((verb, i) => {
    const path = `Response/${verb.name}[${i + 1}]`;
    if (context === 'waitUrl' && VOICE_VERBS.has(verb.name) && !WAIT_VERBS.has(verb.name)) {
      warnings.push({ code: 13238, message: `<${verb.name}> is not allowed in a waitUrl document; only Play, Say, Pause and Redirect are`, path });
      return false;
    }
    if (!allowed.has(verb.name)) {
      warnings.push({ code: 12200, message: `Schema validation warning: <${verb.name}> is not a TwiML verb`, path });
      return false;
    }
    return true;
  });
  return { ok: true, root: { ...root, children: kept }, warnings };
}
