/**
 * The TwiML reference page (twiml.html) against the TwiML vocabulary it is built from. The expectations
 * are read from specs/twiml/vocabulary.yaml itself, so a vocabulary change the page does not show fails
 * here: every kind of document with its verbs, every element with what it may hold, every attribute with
 * its values and default and the code a bad value gets, every class of mistake, every code, everything
 * not simulated and every source. Then the renderer on its own: what it takes from the vocabulary is
 * escaped, and a vocabulary it cannot fully describe stops the build rather than leave something out.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { builtPage, unescapeHtml } from './helpers.js';
// @ts-expect-error plain ESM helper without types
import { readVocabulary, renderTwiml } from '../scripts/twiml.mjs';

// What the checks read of the vocabulary; specs/twiml/vocabulary.schema.json is what pins the format down.
type Attribute = {
  name: string;
  type: string;
  description: string;
  default?: string | number | boolean | string[];
  values?: string[];
  aliases?: Array<{ value: string; means: string }>;
  invalidCode: number;
} & Partial<Record<'minimum' | 'maximum' | 'minLength' | 'maxLength', number>> & Partial<Record<'pattern' | 'notPattern', string>>;
interface Element {
  name: string;
  category: string;
  description: string;
  text?: { use: string; description: string; invalidCode?: number };
  children?: { allowed: string[]; notSimulated: string[]; invalidCode: number };
  conflicts?: { with: string[]; code: number };
  attributes?: Attribute[];
  notSimulatedAttributes?: Array<{ name: string; description: string }>;
}
interface Vocabulary {
  description: string;
  sources: Array<{ id: string; url: string }>;
  codes: Array<{ code: number; level: string; levelStated?: boolean; title: string; description: string }>;
  behaviours: Array<{ kind: string; description: string; code?: number }>;
  contexts: Array<{ name: string; description: string; root: string; verbs: string[]; notSimulated: string[]; invalidCode: number }>;
  elements: Element[];
}

const require = createRequire(import.meta.url);
const vocabularyPath = require.resolve('@conference-kit/specs/twiml/vocabulary.yaml');
const vocabulary = readVocabulary(vocabularyPath) as Vocabulary;
const page = builtPage('twiml.html');
/** A fresh copy to break on purpose. */
const copy = (): Vocabulary => structuredClone(vocabulary);
const elementOf = (v: Vocabulary, name: string) => v.elements.find((e) => e.name === name)!;
const attributeOf = (v: Vocabulary, element: string, name: string) => elementOf(v, element).attributes!.find((a) => a.name === name)!;

/** What a reader sees of some HTML: tags gone, entities read, white space collapsed. */
const shown = (html: string) => unescapeHtml(html.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim();
/** Prose as the vocabulary writes it, as a reader sees it (`code` marks dropped). */
const asShown = (text: string) => text.replaceAll('`', '').replace(/\s+/g, ' ').trim();
/** The HTML of the part of the page with this id: a <section> to its end, a <dt> to the end of its <dd>. */
function part(id: string): string {
  const start = page.search(new RegExp(`<(section|dt)[^>]* id="${id}"`));
  expect(start, `twiml.html has no element with id="${id}"`).toBeGreaterThanOrEqual(0);
  const end = page.startsWith('<section', start) ? page.indexOf('</section>', start) : page.indexOf('</dd>', start);
  return page.slice(start, end);
}
const linksTo = (html: string, id: string) => html.includes(`href="#${id}"`);
/** A default as TwiML writes the attribute's value; the page says "unset" for none, "empty" for an empty value. */
function writtenDefault(value: Attribute['default']): string {
  if (value === undefined) return 'unset';
  const written = Array.isArray(value) ? value.join(' ') : String(value);
  return written === '' ? 'empty' : written;
}

describe('twiml.html shows the whole TwiML vocabulary', () => {
  it('has its title and describes the vocabulary', () => {
    expect(page).toContain('<title>TwiML reference — conference-kit</title>');
    expect(shown(page)).toContain(asShown(vocabulary.description));
  });

  it.each(vocabulary.contexts.map((c) => [c.name, c] as const))('the %s document: its root, verbs, code for other verbs and what is not simulated', (name, context) => {
    const html = part(`context-${name}`);
    expect(shown(html)).toContain(asShown(context.description));
    expect(linksTo(html, `element-${context.root}`)).toBe(true);
    for (const verb of context.verbs) expect(linksTo(html, `element-${verb}`), verb).toBe(true);
    for (const verb of context.notSimulated) expect(shown(html), verb).toContain(`<${verb}>`);
    expect(linksTo(html, `code-${context.invalidCode}`)).toBe(true);
  });

  it.each(vocabulary.elements.map((e) => [e.name, e] as const))('<%s>: what it is, what it may hold, its text and every attribute with its default', (name, element) => {
    const html = part(`element-${name}`);
    const text = shown(html);
    expect(text).toContain(`<${name}> ${element.category}`);
    expect(text).toContain(asShown(element.description));
    for (const child of element.children?.allowed ?? []) expect(linksTo(html, `element-${child}`), child).toBe(true);
    for (const child of element.children?.notSimulated ?? []) expect(text, child).toContain(`<${child}>`);
    if (element.children) expect(linksTo(html, `code-${element.children.invalidCode}`)).toBe(true);
    if (element.conflicts) {
      for (const other of element.conflicts.with) expect(text).toContain(`<${other}>`);
      expect(linksTo(html, `code-${element.conflicts.code}`)).toBe(true);
    }
    if (element.text) expect(text).toContain(asShown(element.text.description));
    if (element.text?.invalidCode !== undefined) expect(linksTo(html, `code-${element.text.invalidCode}`)).toBe(true);
    for (const attribute of element.notSimulatedAttributes ?? []) expect(text, attribute.name).toContain(attribute.name);
    const attributes = element.attributes ?? [];
    if (attributes.length === 0) expect(text).toContain('No attributes.');
    // In the order the vocabulary gives them, each in its own entry.
    expect([...html.matchAll(/<dt id="attribute-[^"]+"><code>([^<]+)<\/code>/g)].map((m) => m[1])).toEqual(attributes.map((a) => a.name));
    for (const attribute of attributes) {
      const entry = part(`attribute-${name}-${attribute.name}`);
      const said = shown(entry);
      expect(said, attribute.name).toContain(`${attribute.name} ${attribute.type}`);
      expect(said, attribute.name).toContain(asShown(attribute.description));
      expect(said, `${name} ${attribute.name} default`).toContain(`Default: ${writtenDefault(attribute.default)}.`);
      expect(linksTo(entry, `code-${attribute.invalidCode}`), `${attribute.name} code`).toBe(true);
      for (const value of attribute.values ?? []) expect(entry, `${attribute.name} value ${value}`).toContain(`<code>${value}</code>`);
      for (const alias of attribute.aliases ?? []) expect(said, `${attribute.name} alias`).toContain(`${alias.value} means ${alias.means}`);
      for (const bound of [attribute.minimum, attribute.maximum, attribute.maxLength]) {
        if (bound !== undefined) expect(said, `${attribute.name} bound ${bound}`).toMatch(new RegExp(`\\b${bound}\\b`));
      }
      if (attribute.minLength !== undefined && attribute.maxLength === undefined) {
        expect(said, `${attribute.name} minLength`).toMatch(attribute.minLength === 1 ? /not empty/ : new RegExp(`\\b${attribute.minLength}\\b`));
      }
      for (const pattern of [attribute.pattern, attribute.notPattern]) if (pattern) expect(said, `${attribute.name} pattern`).toContain(pattern);
    }
  });

  it('lists every class of mistake with what the sandbox does and its code', () => {
    for (const behaviour of vocabulary.behaviours) {
      const html = part(`mistake-${behaviour.kind}`);
      expect(shown(html)).toContain(asShown(behaviour.description));
      if (behaviour.code !== undefined) expect(linksTo(html, `code-${behaviour.code}`), behaviour.kind).toBe(true);
    }
  });

  it('lists every code with its title, meaning and level, and where it is given', () => {
    const listed = [...page.matchAll(/<dt id="code-(\d+)">/g)].map((m) => Number(m[1]));
    expect(listed).toEqual(vocabulary.codes.map((c) => c.code));
    for (const code of vocabulary.codes) {
      const said = shown(part(`code-${code.code}`));
      expect(said).toContain(`${code.code} ${code.title}`);
      expect(said).toContain(asShown(code.description));
      expect(said).toContain(`Level: ${code.level}${code.levelStated === false ? ' (Twilio states no level)' : ''}.`);
      expect(said, `${code.code} is given somewhere`).toMatch(/Given for: (?!nothing)/);
    }
    // Every code the page links to is one it explains.
    for (const [, code] of page.matchAll(/href="#code-(\d+)"/g)) expect(listed).toContain(Number(code));
  });

  it('lists everything not simulated in one place', () => {
    const start = page.indexOf('<h2 id="not-simulated">');
    const said = shown(page.slice(start, page.indexOf('<h2', start + 1)));
    for (const context of vocabulary.contexts) for (const verb of context.notSimulated) expect(said).toContain(`<${verb}>`);
    for (const element of vocabulary.elements) {
      for (const child of element.children?.notSimulated ?? []) expect(said).toContain(`<${child}>`);
      for (const attribute of element.notSimulatedAttributes ?? []) expect(said).toContain(`${attribute.name}: ${asShown(attribute.description)}`);
      if (element.text?.use === 'notSimulated') expect(said).toContain(asShown(element.text.description));
    }
  });

  it('links every source, and every in-page link has its target', () => {
    for (const source of vocabulary.sources) expect(page).toContain(`href="${source.url}"`);
    const ids = new Set([...page.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
    const missing = [...page.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!).filter((id) => !ids.has(id));
    expect(missing).toEqual([]);
  });

  it('is linked from the header of every page, and from the landing page', () => {
    expect(builtPage('index.html')).toContain('<h3><a href="twiml.html">TwiML reference</a></h3>');
    for (const file of ['index.html', 'guide.html', 'changes.html', 'twiml.html', 'api-v2010.html', 'insights-v1.html', 'sandbox-v1.html']) {
      const header = /<header class="site-header">[\s\S]*?<\/header>/.exec(builtPage(file))?.[0] ?? '';
      expect(header, file).toMatch(file === 'twiml.html' ? /<a href="twiml\.html" aria-current="page">TwiML<\/a>/ : /<a href="twiml\.html">TwiML<\/a>/);
    }
  });
});

describe('the TwiML page renderer', () => {
  it('escapes what it takes from the vocabulary', () => {
    const hostile = copy();
    elementOf(hostile, 'Say').description = 'Speaks <script>alert(1)</script> & more';
    attributeOf(hostile, 'Say', 'voice').default = '"><img src=x onerror=alert(1)>';
    hostile.codes[0]!.title = 'A "quoted" <b>title</b>';
    const html: string = renderTwiml(hostile);
    expect(html).not.toMatch(/<script|<img|<b>/);
    expect(html).toContain('Speaks &lt;script&gt;alert(1)&lt;/script&gt; &amp; more');
    expect(html).toContain('<code>&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</code>');
    // The code's title goes into a title="…" attribute on every link to it: it must not end the attribute.
    expect(html).toContain(`title="A &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt;"`);
  });

  it('renders the vocabulary as built', () => {
    expect(page).toContain(renderTwiml(copy()));
  });

  it.each([
    ['a key it does not show', (v: Vocabulary) => Object.assign(attributeOf(v, 'Say', 'voice'), { deprecated: true }), /element Say attribute voice: "deprecated" is not shown on the TwiML page/],
    ['an attribute type it cannot describe', (v: Vocabulary) => Object.assign(attributeOf(v, 'Say', 'voice'), { type: 'float' }), /attribute voice: the TwiML page cannot describe the type "float"/],
    ['an action it cannot describe', (v: Vocabulary) => Object.assign(v.behaviours[0]!, { action: 'retry' }), /cannot describe the action "retry"/],
    ['a source that is not an https URL', (v: Vocabulary) => Object.assign(v.sources[0]!, { url: 'javascript:alert(1)' }), /is not an https URL/],
    ['a code that is not listed', (v: Vocabulary) => Object.assign(attributeOf(v, 'Say', 'voice'), { invalidCode: 19999 }), /code 19999 is used but not listed/],
    ['an element that does not exist', (v: Vocabulary) => v.contexts[0]!.verbs.push('Enqueue'), /"Enqueue" is named but is not an element/],
    ['another format version', (v: Vocabulary) => Object.assign(v, { version: 2 }), /written for conference-kit-twiml-vocabulary version 1/],
  ])('stops on %s', (_, breakIt, message) => {
    const broken = copy();
    breakIt(broken);
    expect(() => renderTwiml(broken)).toThrow(message);
  });
});
