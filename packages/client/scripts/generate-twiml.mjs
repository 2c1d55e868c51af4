// Generates src/twiml/builders.gen.ts — the typed TwiML builder: one function and one set of types per
// element, one document function per context — from specs/twiml/vocabulary.yaml.
//   node scripts/generate-twiml.mjs          write the file
//   node scripts/generate-twiml.mjs --check  write nothing; fail if the committed file is stale
//   --vocabulary <file.yaml> --stdout        another vocabulary, printed (for the generator's own tests)
//
// The builder writes what the sandbox runs, so what the vocabulary marks notSimulated (verbs, nouns, text,
// attributes) is left out. An element gets `(attributes?, text)` when it takes text, `(attributes?,
// ...children)` when it holds elements, `(attributes?)` otherwise; an element that would need both text
// and children is refused, as is anything else this generator cannot type, rather than half-written.
// Context `voice` makes `response()`; any other context `<name>Response()`.
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { vocabularyForGenerator } from '@conference-kit/specs/twiml/load-vocabulary';
import { emitGenerated } from '@conference-kit/specs/generated-file';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = join(packageDir, '..', '..');
const target = join(packageDir, 'src', 'twiml', 'builders.gen.ts');

const { vocabulary, path: vocabularyPath } = vocabularyForGenerator(repoRoot);

/** What the builder cannot type: one line naming the vocabulary file, and nothing generated. */
function fail(message) {
  console.error(`${relative(repoRoot, vocabularyPath)}: ${message}`);
  process.exit(1);
}

const elements = new Map(vocabulary.elements.map((e) => [e.name, e]));
const sources = new Map(vocabulary.sources.map((s) => [s.id, s.url]));
const literal = (value) => (Array.isArray(value) ? `[${value.map(literal).join(', ')}]` : JSON.stringify(value));
const union = (values) => values.map(literal).join(' | ');
const lowerFirst = (name) => name[0].toLowerCase() + name.slice(1);
const upperFirst = (name) => name[0].toUpperCase() + name.slice(1);
const constant = (name) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/-/g, '_').toUpperCase();
/** "the words to say" → wordsToSay: the text parameter is named by the vocabulary's label. */
const parameterName = (label) =>
  label
    .replace(/^(a|an|the) /, '')
    .split(/[^A-Za-z0-9]+/)
    .map((word, i) => (i === 0 ? word.toLowerCase() : upperFirst(word.toLowerCase())))
    .join('');
const docLines = (lines, indent = '') => {
  const body = lines.flatMap((line) => line.split('\n')).map((line) => line.replaceAll('*/', '*\\/'));
  return body.length === 1 ? `${indent}/** ${body[0]} */\n` : `${indent}/**\n${body.map((l) => `${indent} *${l ? ` ${l}` : ''}`).join('\n')}\n${indent} */\n`;
};
const sentence = (text) => (/[.!?]$/.test(text) ? text : `${text}.`);

// Words a function may not be named; an element whose builder name is one of them is refused.
const RESERVED = new Set(
  ('break case catch class const continue debugger default delete do else enum export extends false finally for function if import in ' +
    'instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package ' +
    'private protected public await arguments eval').split(' '),
);
/** Properties of strings and arrays that are not methods (a method is never an attribute's value): `length`. */
const PRIMITIVE_PROPERTIES = new Set(
  [String.prototype, Array.prototype].flatMap((prototype) => Object.getOwnPropertyNames(prototype).filter((name) => typeof prototype[name] !== 'function')),
);
const exported = new Set();
function exportName(name, what) {
  if (!/^[A-Za-z_$][\w$]*$/.test(name)) fail(`${what}: the builder would be named ${name}, which is not an identifier`);
  if (RESERVED.has(name)) fail(`${what}: the builder would be named ${name}, a reserved word`);
  if (exported.has(name)) fail(`${what}: the builder would export ${name} twice`);
  exported.add(name);
  return name;
}

/** Written as a regular expression literal: RegExp's own source escapes what a literal needs (a `/`). */
function regexLiteral(source, where) {
  try {
    return String(new RegExp(source, 'u'));
  } catch (error) {
    return fail(`${where}: the pattern does not compile (${error.message})`);
  }
}

function attributeType(attribute) {
  switch (attribute.type) {
    case 'boolean':
      return 'boolean';
    case 'integer':
      return 'number';
    case 'string':
    case 'url':
      return 'string';
    case 'enum':
      return union(attribute.values);
    case 'enumList': {
      const item = attribute.values.length > 1 ? `(${union(attribute.values)})` : union(attribute.values);
      // A list that must not be empty is a non-empty tuple, so the types refuse [].
      return attribute.minItems ? `readonly [${item}, ...${item}[]]` : `readonly ${item}[]`;
    }
    default:
      return fail(`attribute ${attribute.name}: no TypeScript type for type ${attribute.type}`);
  }
}

/** A Check literal (core.ts) without its trailing unset members. */
function checkLiteral(kind, ...members) {
  while (members.length && members.at(-1) === undefined) members.pop();
  return `[${[literal(kind), ...members.map((m) => (m === undefined ? 'undefined' : m))].join(', ')}]`;
}

/** The run-time check of one attribute: only what its TypeScript type cannot say; undefined when there is none. */
function attributeCheck(attribute, where) {
  const regex = (source) => (source === undefined ? undefined : regexLiteral(source, where));
  switch (attribute.type) {
    case 'integer':
      // Always: what is written must read as a whole number, even from a caller without the types.
      return checkLiteral('integer', attribute.minimum ?? 'undefined', attribute.maximum);
    case 'string':
      if ([attribute.pattern, attribute.minLength, attribute.maxLength, attribute.notPattern].every((m) => m === undefined)) return undefined;
      return checkLiteral('string', regex(attribute.pattern) ?? 'undefined', attribute.minLength, attribute.maxLength, regex(attribute.notPattern));
    case 'url':
      return checkLiteral('url', attribute.allowEmpty ? 'true' : undefined);
    default:
      // Booleans, enum values and lists (a non-empty one is a tuple type): the types say it all.
      return undefined;
  }
}

/** The text's rule: its name in messages, and a check that refuses '' when the text is required. */
function textRule(text, name) {
  const required = text.use === 'required';
  const check =
    text.type === 'url'
      ? checkLiteral('url', required ? undefined : 'true')
      : checkLiteral('string', 'undefined', Math.max(text.minLength ?? 0, required ? 1 : 0) || undefined, text.maxLength);
  return `[${[literal(name), check, text.unlessAttribute && literal(text.unlessAttribute)].filter(Boolean).join(', ')}]`;
}

/** What the JSDoc says about an attribute's value beyond its description. */
function attributeNotes(attribute) {
  const notes = [];
  if (attribute.type === 'integer' && attribute.minimum !== undefined && attribute.maximum !== undefined) notes.push(`From ${attribute.minimum} to ${attribute.maximum}.`);
  else if (attribute.type === 'integer' && attribute.minimum !== undefined) notes.push(`At least ${attribute.minimum}.`);
  else if (attribute.type === 'integer' && attribute.maximum !== undefined) notes.push(`At most ${attribute.maximum}.`);
  if (attribute.type === 'string' && (attribute.minLength !== undefined || attribute.maxLength !== undefined)) {
    notes.push(`${attribute.minLength ?? 0} to ${attribute.maxLength ?? 'any number of'} characters.`);
  }
  if (attribute.pattern !== undefined) notes.push(`Matches \`${attribute.pattern}\`.`);
  if (attribute.notPattern !== undefined) notes.push(`Does not match \`${attribute.notPattern}\`.`);
  if (attribute.type === 'url') notes.push(`A relative or absolute http(s) URL${attribute.allowEmpty ? ', or empty' : ''}.`);
  if (attribute.type === 'enumList') notes.push('Written space-separated.');
  if ('default' in attribute) notes.push(`Default: \`${Array.isArray(attribute.default) ? attribute.default.join(' ') || '(none)' : attribute.default}\`.`);
  return notes.join(' ');
}

const simulatedText = (element) => (element.text && element.text.use !== 'notSimulated' ? element.text : undefined);
const allowedChildren = (element) => element.children?.allowed ?? [];

/** Twilio's page for the element, when one of its sources is that page (the verbs' shared source is not). */
function seeAlso(element) {
  const page = element.sources.map((id) => sources.get(id)).find((url) => url?.endsWith(`/twiml/${element.name.toLowerCase()}`));
  return page ? ['', `@see ${page}`] : [];
}

/** The tuple of children a builder takes: the vocabulary's min and max as required, optional and rest members. */
function childrenTuple(element, childType) {
  const { min = 0, max } = element.children;
  const allowed = allowedChildren(element);
  const label = allowed.length === 1 ? lowerFirst(allowed[0]) : 'child';
  if (max === undefined) {
    const required = Array.from({ length: min }, (_, i) => `${label}${min > 1 ? i + 1 : ''}: ${childType}`);
    return [...required, `...${allowed.length === 1 ? `${label}s` : 'children'}: ${childType}[]`].join(', ');
  }
  if (max < min) fail(`${element.name}: children.max is below children.min`);
  return Array.from({ length: max }, (_, i) => `${label}${max > 1 ? i + 1 : ''}${i < min ? '' : '?'}: ${childType}`).join(', ');
}

const ruleName = (element) => constant(element.name);

function builder(element) {
  const where = element.name;
  const fn = exportName(lowerFirst(element.name), where);
  const attributes = element.attributes ?? [];
  const text = simulatedText(element);
  const allowed = allowedChildren(element);
  if (text && allowed.length) fail(`${where}: an element with both text and children cannot be built (the builder takes one or the other)`);
  for (const child of allowed) if (!elements.has(child)) fail(`${where}: children.allowed names ${child}, which is not an element`);
  if (text?.unlessAttribute && !attributes.some((a) => a.name === text.unlessAttribute)) fail(`${where}: text.unlessAttribute names ${text.unlessAttribute}, which is not an attribute`);

  const attributesType = `${element.name}Attributes`;
  const out = [];
  out.push(docLines([`<${element.name}>: ${sentence(element.description)}`]) + `export type ${exportName(element.name, where)} = TwimlNode<${literal(element.name)}>;\n`);
  if (attributes.length) {
    exportName(attributesType, where);
    const fields = attributes
      .map((a) => docLines([[sentence(a.description), attributeNotes(a)].filter(Boolean).join(' ')], '  ') + `  readonly ${a.name}?: ${attributeType(a)} | undefined;\n`)
      .join('');
    out.push(docLines([`The attributes of <${element.name}>. None is required: an absent one takes Twilio's default.`]) + `export interface ${attributesType} {\n${fields}}\n`);
  }
  let childType;
  if (allowed.length > 1) {
    childType = exportName(`${element.name}Child`, where);
    out.push(docLines([`What <${element.name}> may hold.`]) + `export type ${childType} = ${allowed.join(' | ')};\n`);
  } else if (allowed.length === 1) {
    childType = allowed[0];
  }

  const checks = attributes.map((a) => [a.name, attributeCheck(a, `${where}.${a.name}`)]).filter(([, c]) => c);
  const checksName = `${ruleName(element)}_CHECKS`;
  const textName = `${ruleName(element)}_TEXT`;
  if (checks.length) {
    out.push(`const ${checksName}: Readonly<Record<string, Check>> = {\n${checks.map(([n, c]) => `  ${n}: ${c},\n`).join('')}};\n`);
  }
  const param = text && parameterName(text.label);
  if (text && (!/^[a-z][A-Za-z0-9]*$/.test(param) || RESERVED.has(param))) fail(`${where}: text.label ${literal(text.label)} makes no parameter name`);
  if (text) out.push(`const ${textName}: TextRule = ${textRule(text, param)};\n`);
  const elementArgs = [literal(element.name), 'args'];
  if (checks.length || text || allowed.length) elementArgs.push(checks.length ? checksName : '{}');
  if (text) elementArgs.push(textName);
  else if (allowed.length) elementArgs.push(literal('children'));

  // An attributes type whose only properties are optional accepts any value that has one of them: a
  // string has a length, so pause('2') would compile. `& object` keeps strings and arrays out there.
  const attributesParam = attributes.some((a) => PRIMITIVE_PROPERTIES.has(a.name)) ? `${attributesType} & object` : attributesType;
  const withAttributes = (rest) => (attributes.length ? [`[${rest}]`, `[attributes: ${attributesParam}${rest ? `, ${rest}` : ''}]`] : [`[${rest}]`]);
  let signatures;
  const about = [`<${element.name}>: ${sentence(element.description)}`];
  if (text) {
    signatures = withAttributes(`${param}${text.use === 'required' ? '' : '?'}: string`);
    if (text.use === 'required' && text.unlessAttribute) {
      signatures.push(`[attributes: ${attributesParam} & { readonly ${text.unlessAttribute}: NonNullable<${attributesType}[${literal(text.unlessAttribute)}]> }, ${param}?: string]`);
    }
    const need = text.use === 'required' ? `required${text.unlessAttribute ? ` unless ${text.unlessAttribute} is given` : ''}` : 'optional';
    about.push('', `\`${param}\`: ${text.label} (${need}). ${sentence(text.description)}`);
  } else if (allowed.length) {
    signatures = withAttributes(childrenTuple(element, childType));
  } else {
    signatures = attributes.length ? [`[attributes?: ${attributesParam}]`] : ['[]'];
  }
  about.push(...seeAlso(element));
  out.push(docLines(about) + `export function ${fn}(...args: ${signatures.join(' | ')}): ${element.name} {\n  return element(${elementArgs.join(', ')});\n}\n`);
  return out.join('\n');
}

function documentBuilder(context) {
  const where = `context ${context.name}`;
  const root = elements.get(context.root);
  if (!root || root.category !== 'root') fail(`${where}: root ${context.root} is not an element of category root`);
  if (root.attributes?.length || simulatedText(root)) fail(`${where}: the root ${root.name} takes attributes or text, which the document builder cannot write`);
  for (const verb of context.verbs) if (elements.get(verb)?.category !== 'verb') fail(`${where}: ${verb} is not an element of category verb`);
  const prefix = upperFirst(context.name);
  const verbType = exportName(`${prefix}Verb`, where);
  const documentType = exportName(`${prefix}Document`, where);
  const fn = exportName(context.name === 'voice' ? 'response' : `${context.name}Response`, where);
  return [
    docLines([`A verb the <${root.name}> of a ${context.name} document may hold.`]) + `export type ${verbType} = ${context.verbs.join(' | ')};\n`,
    docLines([`A ${context.name} document: ${lowerFirst(sentence(context.description))}`]) + `export type ${documentType} = TwimlDocument<${literal(context.name)}>;\n`,
    docLines([
      `A ${context.name} document: \`<?xml version="1.0" encoding="UTF-8"?><${root.name}>…</${root.name}>\`, holding ${context.verbs.map((v) => `<${v}>`).join(', ')}.`,
      `Throws a RangeError when the document is over Twilio's 64 kB limit.`,
    ]) + `export function ${fn}(...verbs: ${verbType}[]): ${documentType} {\n  return twimlDocument(${literal(root.name)}, verbs);\n}\n`,
  ].join('\n');
}

const builders = vocabulary.elements.filter((e) => e.category !== 'root').map(builder);
const documents = vocabulary.contexts.map(documentBuilder);

const source = `// Generated — do not edit.
// scripts/generate-twiml.mjs from ${relative(repoRoot, vocabularyPath)}.
// Change the vocabulary, then run \`pnpm --filter @conference-kit/client generate\`.
import { element, twimlDocument, type Check, type TextRule, type TwimlDocument, type TwimlNode } from './core.js';

${[...documents, ...builders].join('\n')}`;

emitGenerated({ target, source, repoRoot, changed: 'specs/twiml/vocabulary.yaml', packageName: '@conference-kit/client' });
