/**
 * Checks a parsed TwiML document against the vocabulary (specs/twiml/vocabulary.yaml, generated into
 * vocabulary.gen.ts) for one kind of document, the way Twilio's debugger would: each mistake is a warning
 * with Twilio's code and the document still runs, with what the vocabulary's behaviours say — an unknown
 * attribute ignored, a bad value replaced by its default, an element that may not be there skipped.
 * Only a root that is not <Response> stops it (12102).
 *
 * The result is the normalised tree the interpreter runs: values typed (numbers, booleans, lists), every
 * default applied, text trimmed. TwiML that Twilio accepts but the sandbox does not run is dropped and
 * listed apart, in `notSimulated`, so it is never mistaken for a mistake in the document.
 */
import { fatalError, parseTwiml, type TwimlElement, type TwimlError } from './parse.js';
import {
  VOCABULARY,
  type AttributeSpec,
  type ContextName,
  type ContextSpec,
  type ElementSpec,
  type ProblemKind,
  type ResponseNode,
  type TwimlCode,
  type TwimlNode,
  type Vocabulary,
} from './vocabulary.gen.js';

/** A mistake in the document that Twilio reports and runs past. */
export interface TwimlWarning {
  readonly code: TwimlCode;
  /** Twilio's level for the code; some per-attribute codes are errors, yet the document still runs. */
  readonly level: 'error' | 'warning';
  readonly kind: ProblemKind;
  readonly message: string;
  /** XPath-like: `/Response/Dial[1]/Conference[1]`, `/Response/Say[2]/@loop`, `/Response/Say[1]/text()`. */
  readonly path: string;
  readonly line: number;
}

/** Valid Twilio TwiML the sandbox does not run, left out of the normalised tree. */
export interface NotSimulated {
  readonly message: string;
  readonly path: string;
  readonly line: number;
}

export type ValidationResult<C extends ContextName = ContextName> =
  | {
      readonly ok: true;
      readonly document: ResponseNode<C>;
      readonly warnings: readonly TwimlWarning[];
      readonly notSimulated: readonly NotSimulated[];
    }
  | { readonly ok: false; readonly error: TwimlError; readonly warnings: readonly []; readonly notSimulated: readonly [] };

/** Parses and validates in one step: the way a fetched document becomes something to run. */
export function readTwiml<C extends ContextName>(document: string | Uint8Array, context: C): ValidationResult<C> {
  const parsed = parseTwiml(document);
  return parsed.ok ? validateTwiml(parsed.root, context) : { ok: false, error: parsed.error, warnings: [], notSimulated: [] };
}

// Read through the format's types: the const's literal types are for the node types, not for lookups.
const vocabulary: Vocabulary = VOCABULARY;
const elementSpecs = new Map<string, ElementSpec>(vocabulary.elements.map((e) => [e.name, e]));
const contextSpecs = new Map<string, ContextSpec>(vocabulary.contexts.map((c) => [c.name, c]));
const codeLevels = new Map<number, 'error' | 'warning'>(vocabulary.codes.map((c) => [c.code, c.level]));
/** Every name TwiML knows: the vocabulary's elements and what it lists as not simulated. */
const knownNames = new Set<string>([
  ...elementSpecs.keys(),
  ...vocabulary.contexts.flatMap((c) => c.notSimulated),
  ...vocabulary.elements.flatMap((e) => e.children?.notSimulated ?? []),
]);
const patterns = new Map<string, RegExp>();
const regex = (source: string) => {
  let compiled = patterns.get(source);
  if (!compiled) patterns.set(source, (compiled = new RegExp(source, 'u')));
  return compiled;
};

/** The code a class of mistake gets when the vocabulary fixes it (rather than taking the part's own). */
function fixedCode(kind: ProblemKind): TwimlCode {
  const code = vocabulary.behaviours.find((b) => b.kind === kind)?.code;
  if (code === undefined) throw new Error(`The TwiML vocabulary gives ${kind} no fixed code`);
  return code as TwimlCode;
}
/** 12200, Twilio's code for whatever its schema does not expect: also an element inside one that holds none. */
const SCHEMA_VALIDATION_CODE = fixedCode('unknown-element');

/** A near miss in another case (`say` for `Say`), for the message. */
function didYouMean(name: string, candidates: Iterable<string>, show = (candidate: string) => `<${candidate}>`): string {
  const lower = name.toLowerCase();
  for (const candidate of candidates) if (candidate.toLowerCase() === lower) return ` (names are case-sensitive: did you mean ${show(candidate)}?)`;
  return '';
}

const XML_SPACE = /^[ \t\r\n]+|[ \t\r\n]+$/gu;
const trimXml = (text: string) => text.replace(XML_SPACE, '');

/** The sandbox's reading of a URL value; see the vocabulary's x-source-notes. */
export function isValidTwimlUrl(value: string): boolean {
  if (/[\s\u0000-\u001f\u007f]/u.test(value)) return false;
  try {
    const url = new URL(value, 'https://twiml.invalid/');
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

type Reading = { ok: true; value: unknown } | { ok: false; why: string };

/** Reads one attribute value as its spec says; `why` completes "<name> …" when it cannot. */
function readAttribute(spec: AttributeSpec, raw: string): Reading {
  const bad = (why: string): Reading => ({ ok: false, why });
  switch (spec.type) {
    case 'boolean':
      return raw === 'true' ? { ok: true, value: true } : raw === 'false' ? { ok: true, value: false } : bad('must be true or false');
    case 'integer': {
      const value = /^-?[0-9]+$/u.test(raw) ? Number(raw) : Number.NaN;
      if (!Number.isSafeInteger(value)) return bad('must be a whole number');
      return (spec.minimum !== undefined && value < spec.minimum) || (spec.maximum !== undefined && value > spec.maximum)
        ? bad(`must be ${range(spec.minimum, spec.maximum)}`)
        : { ok: true, value };
    }
    case 'string':
      if (spec.minLength !== undefined && raw.length < spec.minLength) return bad(spec.minLength === 1 ? 'must not be empty' : `must be at least ${spec.minLength} characters`);
      if (spec.maxLength !== undefined && raw.length > spec.maxLength) return bad(`must be at most ${spec.maxLength} characters`);
      if (spec.pattern !== undefined && !regex(spec.pattern).test(raw)) return bad(`must match ${spec.pattern}`);
      if (spec.notPattern !== undefined && regex(spec.notPattern).test(raw)) return bad(`must not match ${spec.notPattern}`);
      return { ok: true, value: raw };
    case 'url':
      if (raw === '') return spec.allowEmpty ? { ok: true, value: raw } : bad('must not be empty');
      return isValidTwimlUrl(raw) ? { ok: true, value: raw } : bad('must be a relative or absolute http(s) URL');
    case 'enum': {
      if (spec.values.includes(raw)) return { ok: true, value: raw };
      const alias = spec.aliases?.find((a) => a.value === raw);
      return alias ? { ok: true, value: alias.means } : bad(`must be one of ${spec.values.map((v) => JSON.stringify(v)).join(', ')}`);
    }
    case 'enumList': {
      const items = trimXml(raw) === '' ? [] : trimXml(raw).split(/[ \t\r\n]+/u);
      const unknown = items.filter((item) => !spec.values.includes(item));
      if (unknown.length > 0) return bad(`must list only ${spec.values.join(', ')} (not ${unknown.join(', ')})`);
      if (spec.minItems !== undefined && items.length < spec.minItems) return bad(`must list at least ${spec.minItems} of ${spec.values.join(', ')}`);
      return { ok: true, value: [...new Set(items)] };
    }
  }
}

function range(minimum: number | undefined, maximum: number | undefined): string {
  if (minimum !== undefined && maximum !== undefined) return `a whole number from ${minimum} to ${maximum}`;
  if (minimum !== undefined) return `a whole number of at least ${minimum}`;
  return `a whole number of at most ${maximum}`;
}

/**
 * Validates `root` as a document of `context` (`voice` for what drives a call, `waitUrl` for what plays
 * while a caller waits for a conference). Never throws.
 */
export function validateTwiml<C extends ContextName>(root: TwimlElement, context: C): ValidationResult<C> {
  const contextSpec = contextSpecs.get(context);
  if (!contextSpec) throw new Error(`Unknown TwiML context ${context}`);
  if (root.name !== contextSpec.root) {
    const error = fatalError('root-not-response', `The root element must be <${contextSpec.root}>, not <${root.name}>${didYouMean(root.name, [contextSpec.root])}.`, { line: root.line });
    return { ok: false, error, warnings: [], notSimulated: [] };
  }
  const run = new Validation();
  const path = `/${root.name}`;
  const rootSpec = elementSpecs.get(root.name)!;
  run.attributes(root, rootSpec, path);
  run.text(root, rootSpec, path);
  const children: TwimlNode[] = [];
  for (const { child, childPath } of positioned(root, path)) {
    if (contextSpec.verbs.includes(child.name)) {
      const node = run.element(child, elementSpecs.get(child.name)!, childPath);
      if (node) children.push(node);
    } else if (contextSpec.notSimulated.includes(child.name)) {
      run.notSimulated(`<${child.name}> is Twilio TwiML the sandbox does not run; it is skipped.`, childPath, child.line);
    } else if (knownNames.has(child.name)) {
      const message = `<${child.name}> is not allowed in a ${context} document, whose <${root.name}> may hold ${contextSpec.verbs.map((v) => `<${v}>`).join(', ')}; it is skipped.`;
      run.warn('not-allowed-in-context', contextSpec.invalidCode, message, childPath, child.line);
    } else {
      run.unknownElement(child, childPath);
    }
  }
  const document = { name: root.name, attributes: {}, text: '', line: root.line, path, children } as unknown as ResponseNode<C>;
  return { ok: true, document, warnings: run.warnings, notSimulated: run.skipped };
}

/** Each child with its XPath-like path: its position among the siblings of the same name. */
function positioned(parent: TwimlElement, parentPath: string) {
  const counts = new Map<string, number>();
  return parent.children.map((child) => {
    const n = (counts.get(child.name) ?? 0) + 1;
    counts.set(child.name, n);
    return { child, childPath: `${parentPath}/${child.name}[${n}]` };
  });
}

/** The warnings and not-simulated notes of one validation, and the checks that produce them. */
class Validation {
  readonly warnings: TwimlWarning[] = [];
  readonly skipped: NotSimulated[] = [];

  warn(kind: ProblemKind, code: number, message: string, path: string, line: number): void {
    const level = codeLevels.get(code);
    if (!level) throw new Error(`The TwiML vocabulary does not list code ${code}`);
    this.warnings.push({ code: code as TwimlCode, level, kind, message, path, line });
  }

  notSimulated(message: string, path: string, line: number): void {
    this.skipped.push({ message, path, line });
  }

  unknownElement(element: TwimlElement, path: string): void {
    const message = `<${element.name}> is not a TwiML element${didYouMean(element.name, knownNames)}; it is skipped.`;
    this.warn('unknown-element', fixedCode('unknown-element'), message, path, element.line);
  }

  /** The element as the interpreter runs it, or undefined when it is skipped. */
  element(element: TwimlElement, spec: ElementSpec, path: string): TwimlNode | undefined {
    const attributes = this.attributes(element, spec, path);
    const text = this.text(element, spec, path, attributes);
    const children = this.children(element, spec, path);
    if (text === undefined || children === undefined) return undefined;
    return { name: element.name, attributes, text, line: element.line, path, children } as unknown as TwimlNode;
  }

  /** Typed values with defaults, in the vocabulary's order; a bad value warns and falls back to the default (or stays unset). */
  attributes(element: TwimlElement, spec: ElementSpec, path: string): Record<string, unknown> {
    const specs = spec.attributes ?? [];
    const given = new Map<string, unknown>();
    for (const [name, raw] of Object.entries(element.attributes)) {
      const attribute = specs.find((a) => a.name === name);
      const at = `${path}/@${name}`;
      if (attribute) {
        const reading = readAttribute(attribute, raw);
        if (reading.ok) {
          given.set(name, reading.value);
        } else {
          const fallback = 'default' in attribute ? `the default ${JSON.stringify(attribute.default)} is used` : 'it is ignored';
          const message = `<${element.name} ${name}=${JSON.stringify(raw)}>: ${name} ${reading.why}; ${fallback}.`;
          this.warn('invalid-attribute', attribute.invalidCode, message, at, element.line);
        }
      } else if (spec.notSimulatedAttributes?.some((a) => a.name === name)) {
        this.notSimulated(`<${element.name} ${name}> is a Twilio attribute the sandbox does not simulate; it is ignored.`, at, element.line);
      } else {
        const message = `<${element.name}> has no attribute ${name}${didYouMean(name, specs.map((a) => a.name), (a) => a)}; it is ignored.`;
        this.warn('unknown-attribute', fixedCode('unknown-attribute'), message, at, element.line);
      }
    }
    const values: Record<string, unknown> = {};
    for (const attribute of specs) {
      if (given.has(attribute.name)) values[attribute.name] = given.get(attribute.name);
      else if ('default' in attribute) values[attribute.name] = attribute.default;
    }
    return values;
  }

  /** The trimmed text, '' when the element takes none, or undefined when the element must be skipped for it. */
  text(element: TwimlElement, spec: ElementSpec, path: string, attributes: Record<string, unknown> = {}): string | undefined {
    const text = trimXml(element.text);
    const at = `${path}/text()`;
    const rule = spec.text;
    if (!rule) {
      if (text !== '') this.warn('unexpected-text', fixedCode('unexpected-text'), `<${element.name}> takes no text; ${JSON.stringify(clip(text))} is ignored.`, at, element.line);
      return '';
    }
    if (rule.use === 'notSimulated') {
      if (text !== '') this.notSimulated(`Text inside <${element.name}> (${rule.label}) is Twilio TwiML the sandbox does not run; it is ignored.`, at, element.line);
      return '';
    }
    const invalid = (why: string) => {
      this.warn('invalid-content', rule.invalidCode!, `<${element.name}> ${why}; the element is skipped.`, at, element.line);
      return undefined;
    };
    if (text === '') {
      const excused = rule.unlessAttribute !== undefined && attributes[rule.unlessAttribute] !== undefined;
      const or = rule.unlessAttribute ? ` (or a valid ${rule.unlessAttribute} attribute)` : '';
      return rule.use === 'required' && !excused ? invalid(`is empty, but needs ${rule.label}${or}`) : '';
    }
    if (rule.type === 'url' && !isValidTwimlUrl(text)) return invalid(`holds ${JSON.stringify(clip(text))}, which is not ${rule.label}: a relative or absolute http(s) URL`);
    if (rule.minLength !== undefined && text.length < rule.minLength) return invalid(`needs ${rule.label} of at least ${rule.minLength} characters`);
    if (rule.maxLength !== undefined && text.length > rule.maxLength) return invalid(`needs ${rule.label} of at most ${rule.maxLength} characters, not ${text.length}`);
    return text;
  }

  /** The validated children, or undefined when the element must be skipped for lack of them. */
  children(element: TwimlElement, spec: ElementSpec, path: string): TwimlNode[] | undefined {
    const rule = spec.children;
    const kept: TwimlNode[] = [];
    let droppedNotSimulated = spec.text?.use === 'notSimulated' && trimXml(element.text) !== '';
    const conflicted = this.conflicts(element, spec, path);
    for (const { child, childPath } of positioned(element, path)) {
      if (conflicted.has(child)) continue;
      if (rule?.allowed.includes(child.name)) {
        if (rule.max !== undefined && kept.length >= rule.max) {
          const message = `<${element.name}> may hold only ${rule.max} <${child.name}>; this one is skipped.`;
          this.warn('element-not-allowed', rule.invalidCode, message, childPath, child.line);
          continue;
        }
        const node = this.element(child, elementSpecs.get(child.name)!, childPath);
        if (node) kept.push(node);
      } else if (rule?.notSimulated.includes(child.name)) {
        this.notSimulated(`<${child.name}> inside <${element.name}> is Twilio TwiML the sandbox does not run; it is skipped.`, childPath, child.line);
        droppedNotSimulated = true;
      } else if (knownNames.has(child.name)) {
        const holds = rule?.allowed.length ? `may hold only ${rule.allowed.map((n) => `<${n}>`).join(', ')}` : 'holds no elements';
        const message = `<${child.name}> is not allowed inside <${element.name}>, which ${holds}; it is skipped.`;
        this.warn('element-not-allowed', rule?.invalidCode ?? SCHEMA_VALIDATION_CODE, message, childPath, child.line);
      } else {
        this.unknownElement(child, childPath);
      }
    }
    if (rule?.min !== undefined && kept.length < rule.min) {
      if (droppedNotSimulated) {
        this.notSimulated(`<${element.name}> holds only TwiML the sandbox does not run; it is skipped.`, path, element.line);
      } else {
        const needs = `needs at least ${rule.min} of ${rule.allowed.map((n) => `<${n}>`).join(', ')} inside it`;
        this.warn('invalid-content', rule.invalidCode, `<${element.name}> ${needs}; the element is skipped.`, path, element.line);
      }
      return undefined;
    }
    return kept;
  }

  /** Siblings that an allowed child may not appear with: warned about here, and skipped by the caller. */
  conflicts(element: TwimlElement, spec: ElementSpec, path: string): Set<TwimlElement> {
    const conflicted = new Set<TwimlElement>();
    const owners = element.children.filter((c) => spec.children?.allowed.includes(c.name) && elementSpecs.get(c.name)?.conflicts);
    for (const owner of owners) {
      const rule = elementSpecs.get(owner.name)!.conflicts!;
      for (const { child, childPath } of positioned(element, path)) {
        if (!rule.with.includes(child.name) || conflicted.has(child)) continue;
        conflicted.add(child);
        const message = `<${child.name}> cannot be mixed with <${owner.name}> in one <${element.name}>; the <${child.name}> is skipped.`;
        this.warn('conflicting-elements', rule.code, message, childPath, child.line);
      }
    }
    return conflicted;
  }
}

const clip = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);
