// The TwiML reference page (twiml.html), written at build time from the TwiML vocabulary
// (specs/twiml/vocabulary.yaml, the one definition the sandbox's validator and the TwiML builder are
// generated from too): the kinds of document the sandbox runs, every element with what it may hold and
// where it may appear, every attribute with its values, range and default, what the sandbox does with
// each class of mistake, every code, and what it does not simulate.
//
// Everything taken from the vocabulary is escaped. The page is written for the vocabulary's format as it
// is (specs/twiml/vocabulary.schema.json, format version 1): a key this file does not know, a type, action
// or code source it cannot describe, or a name that resolves to nothing stops the build, so a change to
// the vocabulary can never leave the page silently behind.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { escapeHtml } from './html.mjs';

const FORMAT = 'conference-kit-twiml-vocabulary';
const FORMAT_VERSION = 1;

/** The vocabulary file, read as the sandbox's generator reads it: duplicate keys are an error. */
export function readVocabulary(path) {
  return parse(readFileSync(path, 'utf8'), { uniqueKeys: true, prettyErrors: true });
}

const NOTES = 'x-source-notes';
const ATTRIBUTE_COMMON = ['name', 'type', 'default', 'description', 'invalidCode', NOTES];
/** Every key of every object of the format, by the object it belongs to: what this page renders. */
const KEYS = {
  vocabulary: ['format', 'version', 'description', NOTES, 'sources', 'codes', 'behaviours', 'contexts', 'elements'],
  source: ['id', 'url', 'description'],
  code: ['code', 'level', 'levelStated', 'title', 'description', 'sources', NOTES],
  behaviour: ['kind', 'action', 'code', 'codeFrom', 'description', 'sources', NOTES],
  context: ['name', 'description', 'root', 'verbs', 'notSimulated', 'invalidCode', 'sources', NOTES],
  element: ['name', 'category', 'description', 'sources', 'text', 'children', 'conflicts', 'attributes', 'notSimulatedAttributes', NOTES],
  text: ['use', 'label', 'unlessAttribute', 'type', 'minLength', 'maxLength', 'description', 'invalidCode', NOTES],
  children: ['allowed', 'notSimulated', 'min', 'max', 'invalidCode', NOTES],
  conflicts: ['with', 'code', NOTES],
  notSimulatedAttribute: ['name', 'description'],
  alias: ['value', 'means'],
  'attribute boolean': ATTRIBUTE_COMMON,
  'attribute integer': [...ATTRIBUTE_COMMON, 'minimum', 'maximum'],
  'attribute string': [...ATTRIBUTE_COMMON, 'minLength', 'maxLength', 'pattern', 'notPattern'],
  'attribute url': [...ATTRIBUTE_COMMON, 'allowEmpty'],
  'attribute enum': [...ATTRIBUTE_COMMON, 'values', 'aliases'],
  'attribute enumList': [...ATTRIBUTE_COMMON, 'values', 'minItems'],
};

/** What each action does to the document, in the reader's terms. */
const ACTIONS = {
  'fail-document': 'The document does not run: the call requests its fallback URL, or ends.',
  'skip-element': 'The element is left out and the document runs on.',
  'ignore-attribute': 'The attribute is ignored: the element runs as if it were absent.',
  'use-default': 'The element runs as if the attribute were absent: with its default, or unset.',
  'ignore-text': 'The text is left out.',
};
/** Where a class of mistake takes its code from when the vocabulary does not fix one. */
const CODE_FROM = {
  attribute: "the attribute's own code, listed with each attribute",
  children: "the parent's code for what it may hold, listed with each element (12200 for an element that holds none)",
  context: "the document's code for verbs it may not hold, listed with each kind of document",
  conflicts: 'the code listed with the element under “may not appear with”',
  content: "the code listed with the element's text, or with what it may hold",
};
const CATEGORIES = { root: 'root', verb: 'verb', noun: 'noun' };
const TEXT_USES = { required: 'required', optional: 'optional', notSimulated: 'not simulated' };

function checkKeys(kind, object, where) {
  for (const key of Object.keys(object)) {
    if (!KEYS[kind].includes(key)) throw new Error(`TwiML vocabulary ${where}: "${key}" is not shown on the TwiML page; teach apps/docs/scripts/twiml.mjs about it`);
  }
}

/** Every object of the vocabulary checked against what this page renders (see the header). */
function checkVocabulary(vocabulary) {
  if (vocabulary?.format !== FORMAT || vocabulary.version !== FORMAT_VERSION) {
    throw new Error(`TwiML vocabulary: the TwiML page is written for ${FORMAT} version ${FORMAT_VERSION}, not ${vocabulary?.format} version ${vocabulary?.version}`);
  }
  checkKeys('vocabulary', vocabulary, '(root)');
  for (const source of vocabulary.sources) {
    checkKeys('source', source, `source ${source.id}`);
    // Links to the sources are the one place a value from the vocabulary becomes an href.
    if (!/^https:\/\/[^\s"'<>]+$/.test(source.url)) throw new Error(`TwiML vocabulary source ${source.id}: "${source.url}" is not an https URL`);
  }
  for (const code of vocabulary.codes) checkKeys('code', code, `code ${code.code}`);
  for (const behaviour of vocabulary.behaviours) {
    checkKeys('behaviour', behaviour, `behaviour ${behaviour.kind}`);
    if (!(behaviour.action in ACTIONS)) throw new Error(`TwiML vocabulary behaviour ${behaviour.kind}: the TwiML page cannot describe the action "${behaviour.action}"`);
    if (behaviour.codeFrom !== undefined && !(behaviour.codeFrom in CODE_FROM)) throw new Error(`TwiML vocabulary behaviour ${behaviour.kind}: the TwiML page cannot describe codeFrom "${behaviour.codeFrom}"`);
  }
  for (const context of vocabulary.contexts) checkKeys('context', context, `context ${context.name}`);
  for (const element of vocabulary.elements) {
    const where = `element ${element.name}`;
    checkKeys('element', element, where);
    if (!(element.category in CATEGORIES)) throw new Error(`TwiML vocabulary ${where}: the TwiML page cannot describe the category "${element.category}"`);
    if (element.text) {
      checkKeys('text', element.text, `${where} text`);
      if (!(element.text.use in TEXT_USES)) throw new Error(`TwiML vocabulary ${where} text: the TwiML page cannot describe the use "${element.text.use}"`);
    }
    if (element.children) checkKeys('children', element.children, `${where} children`);
    if (element.conflicts) checkKeys('conflicts', element.conflicts, `${where} conflicts`);
    for (const attribute of element.notSimulatedAttributes ?? []) checkKeys('notSimulatedAttribute', attribute, `${where} notSimulatedAttributes ${attribute.name}`);
    for (const attribute of element.attributes ?? []) {
      if (!KEYS[`attribute ${attribute.type}`]) throw new Error(`TwiML vocabulary ${where} attribute ${attribute.name}: the TwiML page cannot describe the type "${attribute.type}"`);
      checkKeys(`attribute ${attribute.type}`, attribute, `${where} attribute ${attribute.name}`);
      for (const alias of attribute.aliases ?? []) checkKeys('alias', alias, `${where} attribute ${attribute.name} alias`);
    }
  }
}

/** Prose from the vocabulary: escaped, with `backticks` as code. */
const prose = (text) => escapeHtml(text.trim()).replace(/`([^`]+)`/g, '<code>$1</code>');
const code = (text) => `<code>${escapeHtml(text)}</code>`;
const tag = (name) => code(`<${name}>`);
/** "a, b and c". */
const listed = (items, conjunction = 'and') => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`);
const anchor = (kind, name) => `${kind}-${name}`.replace(/[^A-Za-z0-9-]/g, '_');

/**
 * An x-source-notes text: why the vocabulary says what it says where Twilio's documentation is silent or
 * unclear. A note may be a list ("- " items, continued on indented lines) after an opening sentence.
 */
function notes(text) {
  if (!text) return '';
  const paragraphs = [];
  const items = [];
  for (const line of text.trim().split('\n')) {
    if (line.startsWith('- ')) items.push(line.slice(2));
    else if (items.length > 0 && /^\s/.test(line)) items[items.length - 1] += ` ${line.trim()}`;
    else paragraphs.push(line.trim());
  }
  const list = items.length ? `<ul>${items.map((i) => `<li>${prose(i)}</li>`).join('')}</ul>` : '';
  return `<div class="note"><p><strong>Note on the sources:</strong> ${prose(paragraphs.join(' '))}</p>${list}</div>`;
}

export function renderTwiml(vocabulary) {
  checkVocabulary(vocabulary);
  const { contexts, elements, behaviours, codes, sources } = vocabulary;
  const elementNames = new Set(elements.map((e) => e.name));
  const codesByNumber = new Map(codes.map((c) => [c.code, c]));
  const sourceIds = new Set(sources.map((s) => s.id));

  const elementLink = (name) => {
    if (!elementNames.has(name)) throw new Error(`TwiML vocabulary: "${name}" is named but is not an element`);
    return `<a href="#${anchor('element', name)}">${tag(name)}</a>`;
  };
  const codeLink = (number) => {
    const entry = codesByNumber.get(number);
    if (!entry) throw new Error(`TwiML vocabulary: code ${number} is used but not listed under codes`);
    return `<a href="#${anchor('code', number)}" title="${escapeHtml(entry.title)}">${number}</a>`;
  };
  const citations = (ids) =>
    `<p class="sources">Sources: ${ids
      .map((id) => {
        if (!sourceIds.has(id)) throw new Error(`TwiML vocabulary: source "${id}" is cited but not listed under sources`);
        return `<a href="#${anchor('source', id)}">${escapeHtml(id)}</a>`;
      })
      .join(', ')}</p>`;
  const contextName = (name) => `<a href="#${anchor('context', name)}">${code(name)}</a>`;

  /** Where each element may appear: the contexts whose root may hold it, and the elements that may hold it. */
  const appearsIn = (element) => {
    if (element.category === 'root') {
      const roots = contexts.filter((c) => c.root === element.name).map((c) => contextName(c.name));
      return `the root of ${listed(roots)} documents`;
    }
    const places = [];
    const inContexts = contexts.filter((c) => c.verbs.includes(element.name));
    for (const root of new Set(inContexts.map((c) => c.root))) {
      places.push(`inside ${elementLink(root)} in ${listed(inContexts.filter((c) => c.root === root).map((c) => contextName(c.name)))} documents`);
    }
    for (const parent of elements) if (parent.children?.allowed.includes(element.name)) places.push(`inside ${elementLink(parent.name)}`);
    return places.length ? places.join('; ') : 'nowhere';
  };

  const countOf = ({ min, max }) => {
    if (min !== undefined && min === max) return `exactly ${min === 1 ? 'one' : min} of`;
    return [min !== undefined ? `at least ${min} of` : '', max !== undefined ? `at most ${max} of` : ''].filter(Boolean).join(', ') || 'any number of';
  };
  /** What an element may hold: elements (by context for the root) and text. */
  const holds = (element) => {
    if (element.category === 'root') {
      return contexts
        .filter((c) => c.root === element.name)
        .map((c) => `in a ${contextName(c.name)} document: ${listed(c.verbs.map(elementLink))}`)
        .join('; ');
    }
    const parts = [];
    if (element.children?.allowed.length) parts.push(`${countOf(element.children)} ${listed(element.children.allowed.map(elementLink))}`);
    if (element.text && element.text.use !== 'notSimulated') parts.push(`text: ${prose(element.text.label)} (${TEXT_USES[element.text.use]})`);
    return parts.length ? parts.join('; ') : 'nothing';
  };

  const range = (low, high, unit) => {
    if (low !== undefined && high !== undefined) return `${low} to ${high}${unit}`;
    if (low !== undefined) return `${low}${unit} or more`;
    if (high !== undefined) return `at most ${high}${unit}`;
    return '';
  };
  const length = (spec) => {
    if (spec.minLength === 1 && spec.maxLength === undefined) return ', not empty';
    const bounds = range(spec.minLength, spec.maxLength, ' characters');
    return bounds ? `, ${bounds}` : '';
  };
  /** The type of an attribute, or of text, and the values it takes. */
  const valueFacts = (spec) => {
    const facts = [];
    switch (spec.type) {
      case 'boolean':
        facts.push(`${code('true')} or ${code('false')}`);
        break;
      case 'integer': {
        const bounds = range(spec.minimum, spec.maximum, '');
        facts.push(`a whole number${bounds ? `, ${bounds}` : ''}`);
        break;
      }
      case 'string':
        facts.push(`text${length(spec)}`);
        if (spec.pattern) facts.push(`matching ${code(spec.pattern)}`);
        if (spec.notPattern) facts.push(`not matching ${code(spec.notPattern)}`);
        break;
      case 'url':
        facts.push(`a URL, relative or absolute http(s)${length(spec)}${spec.allowEmpty ? ', or empty' : ''}`);
        break;
      case 'enum':
        facts.push(listed(spec.values.map(code), 'or'));
        for (const alias of spec.aliases ?? []) facts.push(`${code(alias.value)} means ${code(alias.means)}`);
        break;
      case 'enumList':
        facts.push(`${spec.minItems ? `at least ${spec.minItems} of` : 'any of'} ${listed(spec.values.map(code))}, separated by spaces`);
        break;
      default:
        throw new Error(`TwiML vocabulary: the TwiML page cannot describe the type "${spec.type}"`);
    }
    return facts.join('; ');
  };
  /** A default as TwiML would write the attribute's value. */
  const defaultValue = (value) => {
    if (value === undefined) return 'unset';
    const written = Array.isArray(value) ? value.join(' ') : String(value);
    return written === '' ? 'empty' : code(written);
  };

  const attribute = (element, spec) => `<dt id="${anchor('attribute', `${element.name}-${spec.name}`)}">${code(spec.name)} <span class="type">${escapeHtml(spec.type)}</span></dt>
<dd>
<p>${prose(spec.description)}</p>
<p class="facts"><span class="values">Values: ${valueFacts(spec)}.</span> <span class="default">Default: ${defaultValue(spec.default)}.</span> <span class="bad">A bad value: ${codeLink(spec.invalidCode)}.</span></p>
${notes(spec[NOTES])}</dd>`;

  const textFacts = (text) => {
    if (text.use === 'notSimulated') return `not simulated: ${prose(text.description)}`;
    const use = TEXT_USES[text.use];
    const facts = [`${use[0].toUpperCase()}${use.slice(1)}${text.unlessAttribute ? ` unless ${code(text.unlessAttribute)} is given` : ''}. ${prose(text.description)}`];
    facts.push(`Values: ${valueFacts(text)}.`);
    facts.push(`Missing or bad: ${codeLink(text.invalidCode)}.`);
    return facts.join(' ');
  };

  const elementSection = (element) => {
    const facts = [
      ['May appear', appearsIn(element)],
      ['May hold', holds(element)],
    ];
    if (element.text) facts.push(['Text', textFacts(element.text)]);
    if (element.children) {
      const { min, max, invalidCode } = element.children;
      const tooMany = max !== undefined ? `, and so is any beyond the first${max === 1 ? '' : ` ${max}`}` : '';
      const tooFew = min !== undefined ? `; with ${min === 1 ? 'none' : `fewer than ${min}`}, the ${tag(element.name)} itself is skipped` : '';
      facts.push(['Wrong contents', `${codeLink(invalidCode)}: an element it may not hold is skipped${tooMany}${tooFew}`]);
    }
    if (element.conflicts) facts.push(['May not appear with', `${listed(element.conflicts.with.map(tag))} in one parent: ${codeLink(element.conflicts.code)}`]);
    const notSimulated = [
      ...(element.children?.notSimulated ?? []).map(tag),
      ...(element.text?.use === 'notSimulated' ? [`text (${prose(element.text.label)})`] : []),
      ...(element.notSimulatedAttributes?.length ? [`the ${listed(element.notSimulatedAttributes.map((a) => code(a.name)))} attribute${element.notSimulatedAttributes.length > 1 ? 's' : ''}`] : []),
    ];
    if (notSimulated.length) facts.push(['Not simulated', `${listed(notSimulated)} (<a href="#not-simulated">details</a>)`]);
    const attributes = element.attributes ?? [];
    return `<section class="element" id="${anchor('element', element.name)}">
<h3>${tag(element.name)} <span class="category">${CATEGORIES[element.category]}</span></h3>
<p>${prose(element.description)}</p>
<dl class="element-facts">${facts.map(([term, detail]) => `<dt>${term}</dt><dd>${detail}</dd>`).join('\n')}</dl>
${notes(element.children?.[NOTES])}${notes(element.text?.[NOTES])}${notes(element.conflicts?.[NOTES])}${notes(element[NOTES])}
${attributes.length ? `<h4>Attributes</h4>\n<dl class="attributes">\n${attributes.map((a) => attribute(element, a)).join('\n')}\n</dl>` : '<p>No attributes.</p>'}
${citations(element.sources)}
</section>`;
  };

  const contextSection = (context) => `<section class="context" id="${anchor('context', context.name)}">
<h3>${code(context.name)} documents</h3>
<p>${prose(context.description)}</p>
<dl class="element-facts">
<dt>Root</dt><dd>${elementLink(context.root)}</dd>
<dt>Verbs</dt><dd>${listed(context.verbs.map(elementLink))}</dd>
<dt>Any other verb</dt><dd>skipped, with ${codeLink(context.invalidCode)}</dd>
<dt>Not simulated</dt><dd>${context.notSimulated.length ? listed(context.notSimulated.map(tag)) : 'nothing: every verb allowed here runs'}</dd>
</dl>
${notes(context[NOTES])}${citations(context.sources)}
</section>`;

  /** The actions of the behaviours that take their code from a part of the vocabulary (`codeFrom`). */
  const actionsFrom = (part) => {
    const actions = behaviours.filter((b) => b.codeFrom === part).map((b) => b.action);
    if (actions.length === 0) throw new Error(`TwiML vocabulary: codes are given for ${part}, but no behaviour says what happens then (codeFrom: ${part})`);
    return actions;
  };
  /** Where the sandbox gives each code (every part of the vocabulary that names it), and what it does then. */
  const uses = new Map(codes.map((c) => [c.code, { where: [], actions: new Set() }]));
  const use = (number, where, actions) => {
    if (!uses.has(number)) throw new Error(`TwiML vocabulary: code ${number} is used but not listed under codes`);
    uses.get(number).where.push(where);
    for (const action of actions) uses.get(number).actions.add(action);
  };
  for (const b of behaviours) if (b.code !== undefined) use(b.code, `<a href="#${anchor('mistake', b.kind)}">${escapeHtml(kindName(b.kind))}</a>`, [b.action]);
  for (const c of contexts) use(c.invalidCode, `a verb a ${contextName(c.name)} document may not hold`, actionsFrom('context'));
  for (const e of elements) {
    if (e.text?.invalidCode !== undefined) use(e.text.invalidCode, `the text of ${elementLink(e.name)}`, actionsFrom('content'));
    if (e.children) use(e.children.invalidCode, `what ${elementLink(e.name)} holds`, [...actionsFrom('children'), ...(e.children.min !== undefined ? actionsFrom('content') : [])]);
    if (e.conflicts) use(e.conflicts.code, `${elementLink(e.name)} with ${listed(e.conflicts.with.map(tag))}`, actionsFrom('conflicts'));
    for (const a of e.attributes ?? []) use(a.invalidCode, `<a href="#${anchor('attribute', `${e.name}-${a.name}`)}">${code(`${e.name} ${a.name}`)}</a>`, actionsFrom('attribute'));
  }
  const effect = ({ actions }) => {
    const said = [...actions].map((a) => ACTIONS[a]);
    if (said.length === 0) return '';
    return said.length === 1 ? `<p class="facts">What the sandbox does: ${said[0]}</p>` : `<p class="facts">What the sandbox does, by where it is given:</p><ul class="facts">${said.map((a) => `<li>${a}</li>`).join('')}</ul>`;
  };
  const level = (c) => (c.levelStated === false ? `${escapeHtml(c.level)} <span class="unstated">(Twilio states no level)</span>` : escapeHtml(c.level));

  const notSimulatedRows = [
    ...contexts.filter((c) => c.notSimulated.length).map((c) => [`verbs in ${contextName(c.name)} documents`, listed(c.notSimulated.map(tag))]),
    ...elements.flatMap((e) => [
      ...(e.children?.notSimulated.length ? [[`inside ${elementLink(e.name)}`, listed(e.children.notSimulated.map(tag))]] : []),
      ...(e.text?.use === 'notSimulated' ? [[`text of ${elementLink(e.name)}`, prose(e.text.description)]] : []),
      ...(e.notSimulatedAttributes ?? []).map((a) => [`${elementLink(e.name)} attribute`, `${code(a.name)}: ${prose(a.description)}`]),
    ]),
  ];

  return `<h1>TwiML reference</h1>
<p>${prose(vocabulary.description)}</p>
<p>This is the TwiML the sandbox reads and runs. It is written from the project's TwiML vocabulary
(<code>specs/twiml/vocabulary.yaml</code>), the same file the sandbox's validator is generated from, so the page
says exactly what the sandbox checks. Element and attribute names and every value are case-sensitive, as in
TwiML. No attribute is required: an absent attribute takes its default, or stays unset when it has none.
A mistake gets Twilio's code and, unless it stops the document, the call runs on; TwiML that Twilio knows but
the sandbox does not run is left out and reported apart, never as a mistake.</p>
<nav class="contents" aria-label="On this page"><p>On this page: <a href="#documents">Documents</a> ·
<a href="#elements">Elements</a> (${elements.map((e) => elementLink(e.name)).join(' ')}) · <a href="#mistakes">Mistakes</a> ·
<a href="#codes">Codes</a> · <a href="#not-simulated">Not simulated</a> · <a href="#sources">Sources</a></p></nav>
${notes(vocabulary[NOTES])}

<h2 id="documents">Documents</h2>
<p>The kinds of document the sandbox runs, each with the verbs its root may hold.</p>
${contexts.map(contextSection).join('\n')}

<h2 id="elements">Elements</h2>
<table class="elements stack">
<thead><tr><th>Element</th><th>May hold</th><th>May appear</th></tr></thead>
<tbody>
${elements.map((e) => `<tr><td>${elementLink(e.name)} <span class="category">${CATEGORIES[e.category]}</span></td><td data-label="May hold">${holds(e)}</td><td data-label="May appear">${appearsIn(e)}</td></tr>`).join('\n')}
</tbody>
</table>
${elements.map(elementSection).join('\n')}

<h2 id="mistakes">Mistakes</h2>
<p>What the sandbox does with each class of mistake in a document, and the code it gives.</p>
<dl class="mistakes">
${behaviours
  .map(
    (b) => `<dt id="${anchor('mistake', b.kind)}">${escapeHtml(kindName(b.kind))}</dt>
<dd><p>${prose(b.description)}</p>
<p class="facts">${ACTIONS[b.action]} Code: ${b.code !== undefined ? codeLink(b.code) : CODE_FROM[b.codeFrom]}.</p>
${notes(b[NOTES])}</dd>`,
  )
  .join('\n')}
</dl>

<h2 id="codes">Codes</h2>
<p>Every code the sandbox gives for TwiML, as Twilio numbers them, with Twilio's level and where the sandbox
uses it.</p>
<dl class="codes">
${codes
  .map(
    (c) => `<dt id="${anchor('code', c.code)}">${c.code} <span class="title">${escapeHtml(c.title)}</span></dt>
<dd><p>${prose(c.description)} <span class="level">Level: ${level(c)}.</span></p>
<p class="facts">Given for: ${uses.get(c.code).where.length ? uses.get(c.code).where.join(', ') : 'nothing the sandbox checks yet'}.</p>
${effect(uses.get(c.code))}${notes(c[NOTES])}${citations(c.sources)}</dd>`,
  )
  .join('\n')}
</dl>

<h2 id="not-simulated">Not simulated</h2>
<p>Twilio TwiML the sandbox accepts but does not run. It is not a mistake in your document: the sandbox leaves
it out and reports it apart from the warnings.</p>
<table class="not-simulated stack">
<thead><tr><th>Where</th><th>What</th></tr></thead>
<tbody>
${notSimulatedRows.map(([where, what]) => `<tr><td>${where}</td><td data-label="Not run">${what}</td></tr>`).join('\n')}
</tbody>
</table>

<h2 id="sources">Sources</h2>
<p>The vocabulary is written in the project's own words from Twilio's public documentation; this is not a
Twilio publication.</p>
<dl class="sources">
${sources.map((s) => `<dt id="${anchor('source', s.id)}">${escapeHtml(s.id)}</dt><dd><a href="${escapeHtml(s.url)}">${escapeHtml(s.url.replace(/^https:\/\//, ''))}</a>${s.description ? ` — ${prose(s.description)}` : ''}</dd>`).join('\n')}
</dl>`;
}

/** A behaviour's kind as a heading: "unknown-element" becomes "Unknown element". */
function kindName(kind) {
  const words = kind.replaceAll('-', ' ');
  return words[0].toUpperCase() + words.slice(1);
}
