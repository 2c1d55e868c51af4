// Generates src/twiml/vocabulary.gen.ts — the TwiML vocabulary as a typed const, and one node type per
// element for the validator's normalised tree — from specs/twiml/vocabulary.yaml.
//   node scripts/generate-twiml.mjs          write the file
//   node scripts/generate-twiml.mjs --check  write nothing; fail if the committed file is stale
//   --vocabulary <file.yaml> --stdout        another vocabulary, printed (for the generator's own tests)
//
// The vocabulary is validated against specs/twiml/vocabulary.schema.json first, with the ajv the specs
// package uses, so a file the schema refuses is never half-read. What the schema cannot check (names that
// resolve, defaults inside their ranges) is the specs package's test; the generator trusts that.
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { vocabularyForGenerator } from '@conference-kit/specs/twiml/load-vocabulary';
import { emitGenerated } from '@conference-kit/specs/generated-file';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = join(packageDir, '..', '..');
const target = join(packageDir, 'src', 'twiml', 'vocabulary.gen.ts');

const { vocabulary, path: vocabularyPath } = vocabularyForGenerator(repoRoot);

// What the runtime needs; `sources` and `x-source-notes` are for people, who read the YAML.
const FOR_PEOPLE = new Set(['sources', 'x-source-notes']);
function runtimeCopy(value) {
  if (Array.isArray(value)) return value.map(runtimeCopy);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([key]) => !FOR_PEOPLE.has(key)).map(([key, v]) => [key, runtimeCopy(v)]));
  }
  return value;
}

const literal = (value) => JSON.stringify(value);
const union = (values) => (values.length ? values.map(literal).join(' | ') : 'never');
const doc = (text, indent = '') => `${indent}/** ${text.replaceAll('*/', '*\\/')} */\n`;

function valueType(attribute) {
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
    case 'enumList':
      return `readonly (${union(attribute.values)})[]`;
    default:
      return fail(`attribute ${attribute.name}: no TypeScript type for type ${attribute.type}`);
  }
}

const elements = vocabulary.elements;
const nodeType = (name) => `${name}Node`;
const childrenType = (element) => {
  const allowed = element.children?.allowed ?? [];
  return allowed.length ? `readonly (${allowed.map(nodeType).join(' | ')})[]` : 'readonly []';
};

const nodeTypes = elements
  .filter((element) => element.category !== 'root')
  .map((element) => {
    const attributes = element.attributes ?? [];
    const fields = attributes
      .map((a) => `${doc(a.description + ('default' in a ? ` Default: ${literal(a.default)}.` : ''), '  ')}  readonly ${a.name}${'default' in a ? '' : '?'}: ${valueType(a)};\n`)
      .join('');
    return (
      doc(`The attributes of <${element.name}> after validation: typed, defaults applied, invalid values replaced.`) +
      (fields ? `export interface ${element.name}Attributes {\n${fields}}\n\n` : `export type ${element.name}Attributes = Readonly<Record<string, never>>;\n\n`) +
      doc(`<${element.name}>: ${element.description}`) +
      `export interface ${nodeType(element.name)} extends TwimlNodeBase {\n` +
      `  readonly name: ${literal(element.name)};\n` +
      `  readonly attributes: ${element.name}Attributes;\n` +
      `  readonly children: ${childrenType(element)};\n}\n`
    );
  })
  .join('\n');

const roots = elements.filter((element) => element.category === 'root');
const contextVerbs = vocabulary.contexts
  .map((context) => `${doc(context.description, '  ')}  ${literal(context.name)}: ${context.verbs.map(nodeType).join(' | ')};\n`)
  .join('');
const rootTypes = roots
  .map(
    (root) =>
      doc(`<${root.name}>: ${root.description} What it may hold depends on the context.`) +
      `export interface ${nodeType(root.name)}<C extends ContextName = ContextName> extends TwimlNodeBase {\n` +
      `  readonly name: ${literal(root.name)};\n  readonly attributes: Readonly<Record<string, never>>;\n` +
      `  readonly children: readonly ContextVerbNodes[C][];\n}\n`,
  )
  .join('\n');

const source = `// Generated — do not edit.
// scripts/generate-twiml.mjs from ${relative(repoRoot, vocabularyPath)}.
// Change the vocabulary, then run \`pnpm --filter @conference-kit/sandbox generate\`.

/** How one attribute's string value is read. */
export type AttributeSpec =
  | AttributeCommon<'boolean'> & { readonly default?: boolean }
  | AttributeCommon<'integer'> & { readonly minimum?: number; readonly maximum?: number; readonly default?: number }
  | AttributeCommon<'string'> & {
      readonly minLength?: number;
      readonly maxLength?: number;
      readonly pattern?: string;
      readonly notPattern?: string;
      readonly default?: string;
    }
  | AttributeCommon<'url'> & { readonly allowEmpty?: boolean; readonly default?: string }
  | AttributeCommon<'enum'> & {
      readonly values: readonly string[];
      readonly aliases?: readonly { readonly value: string; readonly means: string }[];
      readonly default?: string;
    }
  | AttributeCommon<'enumList'> & { readonly values: readonly string[]; readonly minItems?: number; readonly default?: readonly string[] };

export interface AttributeCommon<T extends string> {
  readonly name: string;
  readonly type: T;
  readonly description: string;
  readonly invalidCode: number;
}

export interface TextSpec {
  readonly use: 'required' | 'optional' | 'notSimulated';
  /** What the text is, as a short noun phrase: "a room name". */
  readonly label: string;
  readonly unlessAttribute?: string;
  readonly type?: 'string' | 'url';
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly description: string;
  readonly invalidCode?: number;
}

export interface ChildrenSpec {
  readonly allowed: readonly string[];
  readonly notSimulated: readonly string[];
  readonly min?: number;
  readonly max?: number;
  readonly invalidCode: number;
}

export interface ElementSpec {
  readonly name: string;
  readonly category: 'root' | 'verb' | 'noun';
  readonly description: string;
  readonly text?: TextSpec;
  readonly children?: ChildrenSpec;
  readonly conflicts?: { readonly with: readonly string[]; readonly code: number };
  readonly attributes?: readonly AttributeSpec[];
  readonly notSimulatedAttributes?: readonly { readonly name: string; readonly description: string }[];
}

export interface ContextSpec {
  readonly name: string;
  readonly description: string;
  readonly root: string;
  readonly verbs: readonly string[];
  readonly notSimulated: readonly string[];
  readonly invalidCode: number;
}

export type BehaviourAction = 'fail-document' | 'skip-element' | 'ignore-attribute' | 'use-default' | 'ignore-text';

export interface BehaviourSpec {
  readonly kind: string;
  readonly action: BehaviourAction;
  readonly code?: number;
  readonly codeFrom?: 'attribute' | 'children' | 'context' | 'conflicts' | 'content';
  readonly description: string;
}

export interface CodeSpec {
  readonly code: number;
  readonly level: 'error' | 'warning';
  readonly levelStated?: boolean;
  readonly title: string;
  readonly description: string;
}

export interface Vocabulary {
  readonly format: string;
  readonly version: number;
  readonly description: string;
  readonly codes: readonly CodeSpec[];
  readonly behaviours: readonly BehaviourSpec[];
  readonly contexts: readonly ContextSpec[];
  readonly elements: readonly ElementSpec[];
}

/** The vocabulary, without its sources and x-source-notes (read the YAML for those). */
export const VOCABULARY = ${JSON.stringify(runtimeCopy(vocabulary), null, 2)} as const satisfies Vocabulary;

/** The kinds of document the sandbox runs. */
export type ContextName = ${union(vocabulary.contexts.map((c) => c.name))};

/** Every element the vocabulary defines. */
export type ElementName = ${union(elements.map((e) => e.name))};

/** Every code the vocabulary uses. */
export type TwimlCode = ${union(vocabulary.codes.map((c) => c.code))};

/** Every class of mistake, as the vocabulary's behaviours name them. */
export type ProblemKind = ${union(vocabulary.behaviours.map((b) => b.kind))};

/** What every node of a validated document has. */
export interface TwimlNodeBase {
  readonly name: ElementName;
  /** The text content, trimmed; '' when the element has none. */
  readonly text: string;
  /** The line the element starts on (1-based). */
  readonly line: number;
  /** XPath-like position, e.g. \`/Response/Dial[1]/Conference[1]\`. */
  readonly path: string;
}

/** The verbs the root may hold, per context. */
export interface ContextVerbNodes {
${contextVerbs}}

${rootTypes}
${nodeTypes}
/** Any validated element other than the root. */
export type TwimlNode = ${elements.filter((e) => e.category !== 'root').map((e) => nodeType(e.name)).join(' | ')};
`;

emitGenerated({ target, source, repoRoot, changed: 'specs/twiml/vocabulary.yaml', packageName: '@conference-kit/sandbox' });
