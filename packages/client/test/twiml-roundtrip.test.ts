// Round trip: whatever the builder writes, the sandbox's interpreter reads with no warning and no
// not-simulated note, and reads back what the call said. fast-check plans builder calls from the
// sandbox's own copy of the vocabulary (not from the generated builder): any element a context allows,
// any attributes, text and children — mostly valid values, some hostile ones (out of range, markup, XML's
// forbidden characters, bad URLs). A call either is refused with a TypeError or RangeError naming the
// element and the attribute or text, or its document reads back clean.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as twiml from '../src/twiml/index.js';
import { readTwiml, VOCABULARY, type AttributeSpec, type ElementSpec } from './sandbox-twiml.js';

const specs = new Map<string, ElementSpec>(VOCABULARY.elements.map((e) => [e.name, e as ElementSpec]));
const builderOf = (name: string) => (twiml as unknown as Record<string, (...args: unknown[]) => unknown>)[name[0]!.toLowerCase() + name.slice(1)]!;
const documentBuilderOf = (context: string) => builderOf(context === 'voice' ? 'response' : `${context}Response`);

/** One builder call, planned: `attributes` undefined means the call passes none. */
interface Call {
  name: string;
  attributes: Record<string, unknown> | undefined;
  text: string | undefined;
  children: Call[];
}

// Characters that test escaping and XML 1.0's limits: markup, quotes, white space XML normalises, a
// non-character, a lone surrogate, controls, and characters outside the BMP.
const awkward = fc.constantFrom('&', '<', '>', '"', "'", ']]>', '\t', '\n', '\r', ' ', 'é', '😀', '\u0000', '\u0008', '\u001f', '\uFFFE', '\uD800', '\u0085', '\u2028');
const anyString = fc.array(fc.oneof(fc.string({ maxLength: 6 }), awkward), { maxLength: 6 }).map((parts) => parts.join(''));
const url = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.constantFrom('/after', 'next?x=1&y=<2>', '../up/one', 'https://example.com/a b', 'javascript:alert(1)', 'mailto:x@example.com'),
);
const padded = (text: fc.Arbitrary<string>) => fc.tuple(fc.constantFrom('', ' ', '\n  '), text, fc.constantFrom('', ' ', '\t')).map((parts) => parts.join(''));

function valueOf(spec: AttributeSpec): fc.Arbitrary<unknown> {
  switch (spec.type) {
    case 'boolean':
      return fc.boolean();
    case 'integer': {
      const minimum = spec.minimum ?? -1000;
      const valid = fc.integer({ min: minimum, max: spec.maximum ?? minimum + 1000 });
      return fc.oneof({ arbitrary: valid, weight: 6 }, fc.integer(), fc.constantFrom(1.5, Number.NaN, 2 ** 53 + 2, -1));
    }
    case 'enum':
      return fc.constantFrom(...spec.values);
    case 'enumList':
      return fc.array(fc.constantFrom(...spec.values), { minLength: spec.minItems ?? 0, maxLength: 4 });
    case 'url':
      return fc.oneof({ arbitrary: url, weight: 4 }, fc.constant(''), anyString);
    case 'string': {
      const valid = spec.pattern === undefined ? fc.string({ minLength: spec.minLength ?? 0, maxLength: spec.maxLength ?? 20 }) : fc.stringMatching(new RegExp(spec.pattern, 'u'));
      return fc.oneof({ arbitrary: valid, weight: 6 }, anyString);
    }
  }
}

function textOf(spec: ElementSpec): fc.Arbitrary<string | undefined> {
  const rule = spec.text;
  if (!rule || rule.use === 'notSimulated') return fc.constant(undefined);
  const valid = rule.type === 'url' ? padded(url) : padded(fc.string({ minLength: 1, maxLength: rule.maxLength ?? 30 }));
  const text = fc.oneof({ arbitrary: valid, weight: 6 }, anyString, fc.constant(' '));
  // Text that may be left out (optional, or excused by an attribute) is sometimes left out.
  return rule.use === 'required' && !rule.unlessAttribute ? text : fc.option(text, { nil: undefined });
}

function callOf(name: string): fc.Arbitrary<Call> {
  const spec = specs.get(name)!;
  const attributes = Object.fromEntries((spec.attributes ?? []).map((a) => [a.name, valueOf(a)]));
  const children = spec.children?.allowed.length
    ? fc.array(fc.constantFrom(...spec.children.allowed).chain(callOf), { minLength: spec.children.min ?? 0, maxLength: spec.children.max ?? 3 })
    : fc.constant<Call[]>([]);
  return fc.record({
    name: fc.constant(name),
    attributes: fc.option(fc.record(attributes, { requiredKeys: [] }), { nil: undefined, freq: 4 }),
    text: textOf(spec),
    children,
  });
}

const documents = fc.constantFrom(...VOCABULARY.contexts).chain((context) =>
  fc.record({ context: fc.constant(context.name), verbs: fc.array(fc.constantFrom(...context.verbs).chain(callOf), { maxLength: 4 }) }),
);

class Refused extends Error {}

/** Calls the builders bottom-up; a refusal is checked where it happens and ends the document. */
function build(call: Call): unknown {
  const children = call.children.map(build);
  const args = [...(call.attributes ? [call.attributes] : []), ...(call.text === undefined ? [] : [call.text]), ...children];
  try {
    return builderOf(call.name)(...args);
  } catch (error) {
    if (!(error instanceof TypeError || error instanceof RangeError)) throw error;
    // It names this element, and one of the attributes given or the text.
    const [, element, part] = /^<(\w+)> (\w+) /.exec(error.message) ?? [];
    expect(element, error.message).toBe(call.name);
    expect(Object.keys(call.attributes ?? {}).includes(part!) || specs.get(call.name)!.text !== undefined, error.message).toBe(true);
    throw new Refused(error.message);
  }
}

const XML_SPACE = /^[ \t\r\n]+|[ \t\r\n]+$/g;

/** The sandbox's node says what the call said: each attribute given, the text, the children in order. */
function expectRead(node: { name: string; attributes: object; text: string; children: readonly unknown[] }, call: Call): void {
  expect(node.name).toBe(call.name);
  const read = node.attributes as Record<string, unknown>;
  for (const [name, value] of Object.entries(call.attributes ?? {})) {
    if (value === undefined) continue;
    expect(read[name], `${call.name} ${name}`).toEqual(Array.isArray(value) ? [...new Set(value)] : value);
  }
  expect(node.text).toBe((call.text ?? '').replace(XML_SPACE, ''));
  expect(node.children).toHaveLength(call.children.length);
  node.children.forEach((child, i) => expectRead(child as typeof node, call.children[i]!));
}

describe('round trip through the sandbox', () => {
  it('what the builder writes, readTwiml accepts with no warning and reads back as called', () => {
    let written = 0;
    let refused = 0;
    fc.assert(
      fc.property(documents, ({ context, verbs }) => {
        let document: string;
        try {
          document = documentBuilderOf(context)(...verbs.map(build)) as string;
        } catch (error) {
          if (!(error instanceof Refused)) throw error;
          refused++;
          return;
        }
        written++;
        const read = readTwiml(document, context as 'voice' | 'waitUrl');
        if (!read.ok) throw new Error(`${read.error.message}\n${document}`);
        expect({ warnings: read.warnings, notSimulated: read.notSimulated }, document).toEqual({ warnings: [], notSimulated: [] });
        expect(read.document.children).toHaveLength(verbs.length);
        read.document.children.forEach((node, i) => expectRead(node, verbs[i]!));
      }),
      { numRuns: 400 },
    );
    // Both halves of the property ran: documents were written and read, and calls were refused.
    expect(written).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(20);
    // Bounded by the number of runs; the time is what 400 runs take on a loaded machine, with room.
  }, 60_000);
});
