/**
 * The TwiML vocabulary (specs/twiml/vocabulary.yaml) is the one definition the sandbox's validator, the
 * typed builder and the TwiML reference page are generated from, so it is tested like the OpenAPI files:
 * it validates against its own JSON Schema, what the schema cannot say (names that resolve, defaults that
 * lie inside their own ranges, codes the facts name) is checked here, and broken copies are rejected.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatErrors, type OpenApiDocument } from '../src/contract.js';
import { mutants, type MutationKind } from '../src/mutate.js';

// ajv-formats is CommonJS with `exports.default`; under NodeNext its default import is the module object.
const addFormats = ((ajvFormats as unknown as { default?: unknown }).default ?? ajvFormats) as (ajv: Ajv2020) => Ajv2020;

const vocabularyText = readFileSync(new URL('../twiml/vocabulary.yaml', import.meta.url), 'utf8');
const schema = JSON.parse(readFileSync(new URL('../twiml/vocabulary.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;

/**
 * Every Twilio code the facts (shared/reference/voice-flows.md, sections A.2, B.3, C.4, D and E.4)
 * name for TwiML and voice webhooks. A code outside this list would be one we made up.
 */
const CODES_THE_FACTS_NAME = new Set([
  11100, 11200, 11202, 11205, 11206, 11210, 11215, 11217, 11220, 11750, 11770, 12100, 12101, 12102, 12200, 12300,
  12400, 13000, 13201, 13210, 13212, 13213, 13214, 13215, 13216, 13217, 13218, 13223, 13224, 13225, 13227, 13230,
  13231, 13232, 13233, 13234, 13235, 13236, 13237, 13238, 13239, 13240, 13299, 13420, 13510, 13511, 13520, 13710,
  13910, 15003, 15004, 16001, 16003, 16010, 16011, 16020, 16021, 16022, 16023, 16025, 16099,
]);

// Loose shapes of what the checks read; the schema is what pins the format down.
interface Attribute {
  name: string;
  type: 'boolean' | 'integer' | 'string' | 'url' | 'enum' | 'enumList';
  default?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  notPattern?: string;
  allowEmpty?: boolean;
  values?: string[];
  aliases?: Array<{ value: string; means: string }>;
  minItems?: number;
  invalidCode: number;
}
interface Element {
  name: string;
  category: 'root' | 'verb' | 'noun';
  sources: string[];
  text?: { use: string; unlessAttribute?: string; minLength?: number; maxLength?: number; invalidCode?: number };
  children?: { allowed: string[]; notSimulated: string[]; min?: number; max?: number; invalidCode: number };
  conflicts?: { with: string[]; code: number };
  attributes?: Attribute[];
  notSimulatedAttributes?: Array<{ name: string }>;
}
interface Vocabulary {
  sources: Array<{ id: string }>;
  codes: Array<{ code: number; sources: string[] }>;
  behaviours: Array<{ kind: string; code?: number; sources: string[] }>;
  contexts: Array<{ name: string; root: string; verbs: string[]; notSimulated: string[]; invalidCode: number; sources: string[] }>;
  elements: Element[];
}

const BEHAVIOUR_KINDS = (schema.$defs as Record<string, { properties: { kind: { enum: string[] } } }>).Behaviour!.properties.kind.enum;

function loadVocabulary(): Vocabulary {
  return parse(vocabularyText, { uniqueKeys: true, prettyErrors: true }) as Vocabulary;
}

function createValidator() {
  const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: true });
  addFormats(ajv);
  // `discriminator` is there for readers and for the broken-copy walk; oneOf alone decides validity.
  ajv.addVocabulary(['discriminator']);
  return ajv.compile(schema);
}

/** A default URL has no document to be relative to, so it must be absolute http(s). */
function isAbsoluteHttpUrl(value: string): boolean {
  return URL.canParse(value) && ['http:', 'https:'].includes(new URL(value).protocol) && !/\s/u.test(value);
}

/** What JSON Schema cannot check: every problem found, as a readable line; empty when there is none. */
function problemsOf(v: Vocabulary): string[] {
  const problems: string[] = [];
  const duplicates = (what: string, names: Array<string | number>) => {
    const seen = new Set<string | number>();
    for (const name of names) {
      if (seen.has(name)) problems.push(`${what} ${name} is defined twice`);
      seen.add(name);
    }
  };
  duplicates('source', v.sources.map((s) => s.id));
  duplicates('code', v.codes.map((c) => c.code));
  duplicates('behaviour', v.behaviours.map((b) => b.kind));
  duplicates('context', v.contexts.map((c) => c.name));
  duplicates('element', v.elements.map((e) => e.name));

  const sourceIds = new Set(v.sources.map((s) => s.id));
  const checkSources = (where: string, ids: string[]) => {
    for (const id of ids) if (!sourceIds.has(id)) problems.push(`${where} cites source ${id}, which is not under sources`);
  };
  for (const c of v.codes) checkSources(`code ${c.code}`, c.sources);
  for (const b of v.behaviours) checkSources(`behaviour ${b.kind}`, b.sources);
  for (const c of v.contexts) checkSources(`context ${c.name}`, c.sources);
  for (const e of v.elements) checkSources(`<${e.name}>`, e.sources);

  for (const kind of BEHAVIOUR_KINDS) {
    if (!v.behaviours.some((b) => b.kind === kind)) problems.push(`behaviour ${kind} is not described`);
  }

  const listed = new Set(v.codes.map((c) => c.code));
  for (const code of listed) {
    if (!CODES_THE_FACTS_NAME.has(code)) problems.push(`code ${code} is not one the facts name`);
  }
  const used = new Set<number>();
  const useCode = (where: string, code: number | undefined) => {
    if (code === undefined) return;
    used.add(code);
    if (!listed.has(code)) problems.push(`${where} uses code ${code}, which is not under codes`);
  };

  const elements = new Map(v.elements.map((e) => [e.name, e]));
  const notSimulatedNames = new Set([
    ...v.contexts.flatMap((c) => c.notSimulated),
    ...v.elements.flatMap((e) => e.children?.notSimulated ?? []),
  ]);
  for (const name of notSimulatedNames) {
    if (elements.has(name)) problems.push(`${name} is both an element and listed as not simulated`);
  }

  for (const b of v.behaviours) useCode(`behaviour ${b.kind}`, b.code);
  for (const c of v.contexts) {
    useCode(`context ${c.name}`, c.invalidCode);
    if (elements.get(c.root)?.category !== 'root') problems.push(`context ${c.name}: root ${c.root} is not an element of category root`);
    for (const verb of c.verbs) {
      if (elements.get(verb)?.category !== 'verb') problems.push(`context ${c.name}: ${verb} is not an element of category verb`);
    }
  }
  const allowedSomewhere = new Set(v.elements.flatMap((e) => e.children?.allowed ?? []));
  for (const e of v.elements) {
    const where = `<${e.name}>`;
    if (e.category === 'verb' && !v.contexts.some((c) => c.verbs.includes(e.name))) problems.push(`${where} is a verb no context allows`);
    if (e.category === 'noun' && !allowedSomewhere.has(e.name)) problems.push(`${where} is a noun no element may hold`);
    if (e.category === 'root' && e.children) problems.push(`${where} is a root: the contexts say what it holds`);
    if (e.children) {
      useCode(`${where} children`, e.children.invalidCode);
      for (const child of e.children.allowed) {
        const target = elements.get(child);
        if (!target) problems.push(`${where} may hold ${child}, which is not an element`);
        else if (target.category === 'root') problems.push(`${where} may hold the root ${child}`);
      }
      const { min, max } = e.children;
      if (min !== undefined && max !== undefined && min > max) problems.push(`${where} children: min ${min} > max ${max}`);
      if (min !== undefined && e.children.allowed.length === 0) problems.push(`${where} needs ${min} children but allows none`);
    }
    if (e.conflicts) {
      useCode(`${where} conflicts`, e.conflicts.code);
      for (const other of e.conflicts.with) {
        if (other === e.name) problems.push(`${where} conflicts with itself`);
        if (!elements.has(other) && !notSimulatedNames.has(other)) problems.push(`${where} conflicts with ${other}, which is no known name`);
      }
    }
    const attributes = e.attributes ?? [];
    duplicates(`${where} attribute`, [...attributes.map((a) => a.name), ...(e.notSimulatedAttributes ?? []).map((a) => a.name)]);
    if (e.text) {
      useCode(`${where} text`, e.text.invalidCode);
      const { unlessAttribute, minLength, maxLength } = e.text;
      if (unlessAttribute !== undefined && !attributes.some((a) => a.name === unlessAttribute)) {
        problems.push(`${where} text: unlessAttribute ${unlessAttribute} is not one of its attributes`);
      }
      if (unlessAttribute !== undefined && e.text.use !== 'required') problems.push(`${where} text: unlessAttribute only makes sense for required text`);
      if (minLength !== undefined && maxLength !== undefined && minLength > maxLength) problems.push(`${where} text: minLength > maxLength`);
    }
    for (const a of attributes) {
      useCode(`${where} @${a.name}`, a.invalidCode);
      problems.push(...attributeProblems(`${where} @${a.name}`, a));
    }
  }
  for (const code of listed) if (!used.has(code)) problems.push(`code ${code} is listed but nothing uses it`);
  return problems;
}

function attributeProblems(where: string, a: Attribute): string[] {
  const problems: string[] = [];
  const d = a.default;
  const regex = (source: string | undefined, key: string) => {
    if (source === undefined) return undefined;
    try {
      return new RegExp(source, 'u');
    } catch (error) {
      problems.push(`${where}: ${key} does not compile (${(error as Error).message})`);
      return undefined;
    }
  };
  switch (a.type) {
    case 'integer':
      if (a.minimum !== undefined && a.maximum !== undefined && a.minimum > a.maximum) problems.push(`${where}: minimum > maximum`);
      if (typeof d === 'number' && ((a.minimum !== undefined && d < a.minimum) || (a.maximum !== undefined && d > a.maximum))) {
        problems.push(`${where}: default ${d} is outside ${a.minimum ?? '-∞'}..${a.maximum ?? '∞'}`);
      }
      break;
    case 'string': {
      const pattern = regex(a.pattern, 'pattern');
      const notPattern = regex(a.notPattern, 'notPattern');
      if (a.minLength !== undefined && a.maxLength !== undefined && a.minLength > a.maxLength) problems.push(`${where}: minLength > maxLength`);
      if (typeof d === 'string') {
        if (pattern && !pattern.test(d)) problems.push(`${where}: default ${JSON.stringify(d)} does not match its pattern`);
        if (notPattern?.test(d)) problems.push(`${where}: default ${JSON.stringify(d)} matches its notPattern`);
        if ((a.minLength !== undefined && d.length < a.minLength) || (a.maxLength !== undefined && d.length > a.maxLength)) {
          problems.push(`${where}: default ${JSON.stringify(d)} has the wrong length`);
        }
      }
      break;
    }
    case 'url':
      if (typeof d === 'string' && !(d === '' ? a.allowEmpty : isAbsoluteHttpUrl(d))) problems.push(`${where}: default ${JSON.stringify(d)} is not an absolute http(s) URL`);
      break;
    case 'enum': {
      const values = a.values ?? [];
      if (typeof d === 'string' && !values.includes(d)) problems.push(`${where}: default ${JSON.stringify(d)} is not one of its values`);
      for (const alias of a.aliases ?? []) {
        if (values.includes(alias.value)) problems.push(`${where}: alias ${alias.value} is also a value`);
        if (!values.includes(alias.means)) problems.push(`${where}: alias ${alias.value} means ${alias.means}, which is not a value`);
      }
      break;
    }
    case 'enumList': {
      const values = a.values ?? [];
      if (a.minItems !== undefined && a.minItems > values.length) problems.push(`${where}: minItems exceeds the number of values`);
      if (Array.isArray(d)) {
        for (const item of d) if (!values.includes(item as string)) problems.push(`${where}: default item ${JSON.stringify(item)} is not one of its values`);
        if (a.minItems !== undefined && d.length < a.minItems) problems.push(`${where}: default has fewer than minItems values`);
      }
      break;
    }
    case 'boolean':
      break;
  }
  return problems;
}

describe('TwiML vocabulary', () => {
  const validate = createValidator();
  const vocabulary = loadVocabulary();

  it('is valid against its own JSON Schema', () => {
    expect(validate(vocabulary), formatErrors(validate.errors)).toBe(true);
  });

  it('has names that resolve, defaults inside their ranges and only codes the facts name', () => {
    expect(problemsOf(vocabulary)).toEqual([]);
  });

  it('covers the verbs and nouns the issue asks for, and the two kinds of document', () => {
    expect(vocabulary.elements.map((e) => e.name).sort()).toEqual(
      ['Conference', 'Dial', 'Gather', 'Hangup', 'Pause', 'Play', 'Redirect', 'Reject', 'Response', 'Say'],
    );
    expect(vocabulary.contexts.map((c) => c.name)).toEqual(['voice', 'waitUrl']);
    const waitUrl = vocabulary.contexts.find((c) => c.name === 'waitUrl')!;
    expect([...waitUrl.verbs].sort()).toEqual(['Pause', 'Play', 'Redirect', 'Say']);
    expect(waitUrl.invalidCode).toBe(13238);
    const gather = vocabulary.elements.find((e) => e.name === 'Gather')!;
    expect(gather.attributes!.map((a) => a.name).sort()).toEqual(
      ['action', 'actionOnEmptyResult', 'finishOnKey', 'input', 'method', 'numDigits', 'timeout'],
    );
    expect(gather.children!.allowed).toEqual(['Say', 'Play', 'Pause']);
  });

  it('gives every <Conference> attribute the facts list, with the documented defaults', () => {
    const conference = vocabulary.elements.find((e) => e.name === 'Conference')!;
    const defaults = Object.fromEntries(conference.attributes!.map((a) => [a.name, a.default]));
    expect(Object.keys(defaults).sort()).toEqual([
      'beep', 'coach', 'endConferenceOnExit', 'eventCallbackUrl', 'jitterBufferSize', 'maxParticipants', 'muted',
      'participantLabel', 'record', 'recordingConfigurationId', 'recordingStatusCallback', 'recordingStatusCallbackEvent',
      'recordingStatusCallbackMethod', 'region', 'startConferenceOnEnter', 'statusCallback', 'statusCallbackEvent',
      'statusCallbackMethod', 'trim', 'waitMethod', 'waitUrl',
    ]);
    expect(defaults).toMatchObject({
      muted: false, beep: 'true', startConferenceOnEnter: true, endConferenceOnExit: false, jitterBufferSize: 'large',
      maxParticipants: 250, record: 'do-not-record', trim: 'trim-silence', recordingStatusCallbackEvent: ['completed'],
    });
  });

  describe('broken copies are rejected', () => {
    it('by the schema: every structural breakage the broken-copy walk finds', () => {
      // The walk reads `$ref`s against the document it is given; the schema is its own document.
      const doc = schema as unknown as OpenApiDocument;
      const broken = mutants(doc, schema, vocabulary);
      expect(broken.length).toBeGreaterThan(500);
      const kinds = new Set<MutationKind>(broken.map((m) => m.kind));
      expect([...kinds].sort()).toEqual(['enum', 'null', 'unknown-property', 'wrong-type']);
      const accepted = broken.filter((m) => validate(m.value));
      expect(accepted.map((m) => `${m.kind} at ${m.at || '(root)'}`)).toEqual([]);
      // Hundreds of whole copies of the vocabulary: seconds on a quiet machine, more on a loaded one.
    }, 120_000);

    // The walk above is guided by the schema, so it cannot notice the schema itself growing loose (a
    // dropped `additionalProperties: false`, a keyword left untyped). These breakages are picked by hand.
    const structural: Array<[string, (v: Vocabulary) => void]> = [
      ['a misspelt attribute keyword', (v) => Object.assign(attr(v, 'Pause', 'length'), { defualt: 2 })],
      ['an attribute without its invalid code', (v) => delete (attr(v, 'Pause', 'length') as Partial<Attribute>).invalidCode],
      ['an attribute name in the wrong case', (v) => (attr(v, 'Say', 'loop').name = 'Loop')],
      ['a boolean default written as a string', (v) => (attr(v, 'Conference', 'muted').default = 'false')],
      ['an integer default written as a string', (v) => (attr(v, 'Pause', 'length').default = '1')],
      ['a list default written as a string', (v) => (attr(v, 'Gather', 'input').default = 'dtmf')],
      ['an enum without values', (v) => delete attr(v, 'Reject', 'reason').values],
      ['an unknown attribute type', (v) => (attr(v, 'Reject', 'reason').type = 'choice' as Attribute['type'])],
      ['an integer keyword on a boolean', (v) => Object.assign(attr(v, 'Dial', 'hangupOnStar'), { minimum: 0 })],
      ['an unknown element category', (v) => (element(v, 'Hangup').category = 'adjective' as Element['category'])],
      ['an element name with a space', (v) => (element(v, 'Hangup').name = 'Hang up')],
      ['required text without a type', (v) => delete (element(v, 'Say').text as Record<string, unknown>).type],
      ['not-simulated text with a code', (v) => Object.assign(element(v, 'Dial').text!, { invalidCode: 13215 })],
      ['children without a code', (v) => delete (element(v, 'Gather').children as Partial<NonNullable<Element['children']>>).invalidCode],
      ['a context code written as a string', (v) => ((v.contexts[1] as Record<string, unknown>).invalidCode = '13238')],
      ['a behaviour with both a code and codeFrom', (v) => Object.assign(v.behaviours[0]!, { codeFrom: 'attribute' })],
      ['a behaviour with no code at all', (v) => delete v.behaviours[0]!.code],
      ['a code level Twilio does not use', (v) => Object.assign(v.codes[0]!, { level: 'info' })],
      ['a code that is not five digits', (v) => (v.codes[0]!.code = 999)],
    ];
    it.each(structural)('by the schema: %s', (_, edit) => {
      const copy = loadVocabulary();
      edit(copy);
      expect(validate(copy)).toBe(false);
    });

    // What only the semantic checks can catch: each edit breaks one rule, and the complaint names it.
    const edits: Array<[string, (v: Vocabulary) => void, string]> = [
      ['a default outside its enum', (v) => (attr(v, 'Conference', 'beep').default = 'sometimes'), '@beep: default "sometimes" is not one of its values'],
      ['a default below its minimum', (v) => (attr(v, 'Dial', 'timeout').default = 4), '@timeout: default 4 is outside 5..600'],
      ['a default above its maximum', (v) => (attr(v, 'Conference', 'maxParticipants').default = 251), 'default 251 is outside 1..250'],
      ['minimum above maximum', (v) => (attr(v, 'Dial', 'timeout').minimum = 601), '@timeout: minimum > maximum'],
      ['a list default with an unknown value', (v) => (attr(v, 'Gather', 'input').default = ['dtmf', 'touch']), 'default item "touch"'],
      ['a list default shorter than minItems', (v) => (attr(v, 'Gather', 'input').default = []), 'fewer than minItems'],
      ['a string default off its pattern', (v) => (attr(v, 'Say', 'voice').default = 'robot'), '@voice: default "robot" does not match'],
      ['a string default matching its notPattern', (v) => (attr(v, 'Conference', 'participantLabel').default = `CA${'a'.repeat(32)}`), 'matches its notPattern'],
      ['a pattern that does not compile', (v) => (attr(v, 'Play', 'digits').pattern = '^[0-9+$'), '@digits: pattern does not compile'],
      ['a URL default that is not a URL', (v) => (attr(v, 'Conference', 'waitUrl').default = 'ftp://music.example/hold.mp3'), '@waitUrl: default'],
      ['an alias meaning no value', (v) => (attr(v, 'Dial', 'record').aliases![0]!.means = 'record-always'), 'alias true means record-always'],
      ['a code the facts do not name', (v) => (attr(v, 'Say', 'loop').invalidCode = 13599), 'uses code 13599, which is not under codes'],
      ['a listed code the facts do not name', (v) => v.codes.push({ code: 13599, sources: ['S7'] }), 'code 13599 is not one the facts name'],
      ['a listed code nothing uses', (v) => v.codes.push({ code: 12101, sources: ['S7'] }), 'code 12101 is listed but nothing uses it'],
      ['a child that is no element', (v) => element(v, 'Gather').children!.allowed.push('Sya'), 'may hold Sya, which is not an element'],
      ['a context verb that is a noun', (v) => v.contexts[0]!.verbs.push('Conference'), 'Conference is not an element of category verb'],
      ['a context root that is a verb', (v) => (v.contexts[1]!.root = 'Say'), 'root Say is not an element of category root'],
      ['a verb no context allows', (v) => (v.contexts[0]!.verbs = v.contexts[0]!.verbs.filter((n) => n !== 'Gather')), '<Gather> is a verb no context allows'],
      ['a noun no element holds', (v) => (element(v, 'Dial').children!.allowed = []), '<Conference> is a noun no element may hold'],
      ['a not-simulated name that is an element', (v) => element(v, 'Dial').children!.notSimulated.push('Say'), 'Say is both an element and listed as not simulated'],
      ['a conflict with an unknown name', (v) => (element(v, 'Conference').conflicts!.with = ['Numbr']), 'conflicts with Numbr'],
      ['a duplicated element', (v) => v.elements.push(structuredClone(element(v, 'Hangup'))), 'element Hangup is defined twice'],
      ['a duplicated attribute', (v) => element(v, 'Pause').attributes!.push(structuredClone(attr(v, 'Pause', 'length'))), '<Pause> attribute length is defined twice'],
      ['an attribute also listed as not simulated', (v) => element(v, 'Gather').notSimulatedAttributes!.push({ name: 'timeout' }), 'attribute timeout is defined twice'],
      ['an unknown source', (v) => element(v, 'Say').sources.push('S99'), 'cites source S99'],
      ['a behaviour left out', (v) => (v.behaviours = v.behaviours.filter((b) => b.kind !== 'unknown-attribute')), 'behaviour unknown-attribute is not described'],
      ['unlessAttribute naming no attribute', (v) => (element(v, 'Play').text!.unlessAttribute = 'tones'), 'unlessAttribute tones'],
      ['children min above max', (v) => (element(v, 'Dial').children!.min = 2), 'children: min 2 > max 1'],
    ];
    it.each(edits)('by the checks: %s', (_, edit, complaint) => {
      const copy = loadVocabulary();
      edit(copy);
      expect(problemsOf(copy).join('\n')).toContain(complaint);
    });
  });
});

function element(v: Vocabulary, name: string): Element {
  const found = v.elements.find((e) => e.name === name);
  if (!found) throw new Error(`no element ${name}`);
  return found;
}

function attr(v: Vocabulary, elementName: string, name: string): Attribute {
  const found = element(v, elementName).attributes?.find((a) => a.name === name);
  if (!found) throw new Error(`no attribute ${name} on ${elementName}`);
  return found;
}
