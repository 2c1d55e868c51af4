// Reading a TwiML document: the tree the validator gets, and the documents Twilio refuses before it runs
// a verb — not well-formed (12100), too large (11750), empty (11770) — each with where it went wrong.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTwiml, TWIML_MAX_BYTES, type TwimlElement, type TwimlError } from '../src/twiml/parse.js';

function parsed(document: string | Uint8Array): TwimlElement {
  const result = parseTwiml(document);
  if (!result.ok) throw new Error(`expected a tree, got ${result.error.code}: ${result.error.message}`);
  return result.root;
}

function refused(document: string | Uint8Array): TwimlError {
  const result = parseTwiml(document);
  if (result.ok) throw new Error('expected the document to be refused');
  return result.error;
}

describe('parseTwiml: the tree', () => {
  const warmTransfer = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<Response>',
    '  <!-- the agent hears this first -->',
    '  <Say voice="Polly.Joanna" loop="2">Please hold &amp; stay on the line</Say>',
    '  <Dial action="/after-dial?leg=agent&amp;n=1"',
    '        hangupOnStar="true">',
    '    <Conference',
    '        beep="onEnter">support-42</Conference>',
    '  </Dial>',
    '</Response>',
  ].join('\n');

  it('gives names, decoded attribute values, children in order, untrimmed text and the line each element starts on', () => {
    const root = parsed(warmTransfer);
    expect(root).toEqual({
      name: 'Response',
      attributes: {},
      text: '\n  \n  \n  \n',
      line: 2,
      children: [
        { name: 'Say', attributes: { voice: 'Polly.Joanna', loop: '2' }, text: 'Please hold & stay on the line', line: 4, children: [] },
        {
          name: 'Dial',
          attributes: { action: '/after-dial?leg=agent&n=1', hangupOnStar: 'true' },
          text: '\n    \n  ',
          line: 5,
          children: [{ name: 'Conference', attributes: { beep: 'onEnter' }, text: 'support-42', line: 7, children: [] }],
        },
      ],
    });
  });

  it('reads CDATA, character references and the five predefined entities as text; comments and processing instructions are not text', () => {
    const root = parsed('<Response><Say><![CDATA[1 < 2 & 3]]> &#65;&#x42; &lt;&gt;&amp;&quot;&apos;<!-- no --><?pi no?></Say></Response>');
    expect(root.children[0]!.text).toBe('1 < 2 & 3 AB <>&"\'');
  });

  it('keeps a self-closing element and element names as written (case included: validation judges them)', () => {
    const root = parsed('<Response><hangup/><x:Say>hi</x:Say></Response>');
    expect(root.children.map((c) => [c.name, c.text, c.children.length])).toEqual([['hangup', '', 0], ['x:Say', 'hi', 0]]);
  });

  it('accepts a byte order mark and UTF-8 bytes, as a fetched body arrives', () => {
    expect(parsed('\uFEFF<Response><Say>é</Say></Response>').children[0]!.text).toBe('é');
    const bytes = new TextEncoder().encode('\uFEFF<?xml version="1.0" encoding="UTF-8"?><Response><Say>ça va ✓</Say></Response>');
    expect(parsed(bytes).children[0]!.text).toBe('ça va ✓');
  });
});

describe('parseTwiml: not well-formed is 12100, with where', () => {
  // The causes Twilio's 12100 page lists, then the rest of XML's well-formedness rules that apps break.
  const cases: Array<[string, string, number]> = [
    ['white space before the XML declaration', '  <?xml version="1.0"?><Response/>', 1],
    ['an unclosed element', '<Response>\n<Say>hi\n</Response>', 3],
    ['improperly nested elements', '<Response><Dial>\n<Conference>x</Dial></Conference></Response>', 2],
    ['an unquoted attribute', '<Response>\n\n<Say voice=alice>x</Say></Response>', 3],
    ['an unescaped < in text', '<Response><Say>1 < 2</Say></Response>', 1],
    ['an unescaped < in an attribute', '<Response><Redirect method="<">/x</Redirect></Response>', 1],
    ['an unescaped & in text', '<Response><Say>AT&T</Say></Response>', 1],
    ['an unescaped & in a URL attribute', '<Response><Dial action="/next?a=1&b=2"><Conference>r</Conference></Dial></Response>', 1],
    ['an entity XML does not define', '<Response><Say>caf&eacute;</Say></Response>', 1],
    ['a closing tag in another case', '<Response><Say>hi</say></Response>', 1],
    ['an attribute given twice', '<Response><Say loop="1" loop="2">hi</Say></Response>', 1],
    ['two root elements', '<Response/><Response/>', 1],
    ['text after the root', '<Response/>\ntrailing', 2],
    ['a character XML forbids', '<Response><Say>bell \u0007</Say></Response>', 1],
    ['a character reference XML forbids', '<Response><Say>&#0;</Say></Response>', 1],
    ['only white space', ' \n ', 2],
    ['only a comment', '<!-- nothing -->', 1],
  ];

  it.each(cases)('%s', (_, document, line) => {
    const error = refused(document);
    expect(error).toMatchObject({ code: 12100, kind: 'not-well-formed', line });
    expect(error.message).toMatch(new RegExp(`^Document parse failure at line ${line}, column ${error.column}: \\S`));
  });

  it('is refused for bytes that are not UTF-8', () => {
    expect(refused(new Uint8Array([0x3c, 0x52, 0xff, 0x3e]))).toMatchObject({ code: 12100, message: 'Document parse failure: the document is not valid UTF-8.' });
  });
});

describe('parseTwiml: a DOCTYPE is refused, so no entity is ever expanded', () => {
  it.each([
    ['an entity bomb', '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">]><Response><Say>&h;</Say></Response>'],
    ['an external entity', '<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<Response><Say>&x;</Say></Response>'],
    ['an external DTD', '<!DOCTYPE Response SYSTEM "http://127.0.0.1:9/twiml.dtd"><Response/>'],
    ['a harmless DOCTYPE', '<!DOCTYPE Response><Response/>'],
  ])('%s', (_, document) => {
    const error = refused(document);
    expect(error).toMatchObject({ code: 12100, kind: 'not-well-formed' });
    expect(error.message).toContain('a DOCTYPE is not allowed in TwiML');
  });
});

describe('parseTwiml: size', () => {
  const padded = (bytes: number, filler = 'a') => {
    const shell = '<Response><Say></Say></Response>';
    const fillerBytes = new TextEncoder().encode(filler).length;
    const count = (bytes - shell.length) / fillerBytes;
    if (!Number.isInteger(count)) throw new Error('filler does not divide the size');
    return `<Response><Say>${filler.repeat(count)}</Say></Response>`;
  };

  it('is 64 kB, read as 65,536 bytes', () => {
    expect(TWIML_MAX_BYTES).toBe(65_536);
  });

  it('accepts a document of exactly the limit, and refuses one byte more with 11750 before parsing it', () => {
    expect(parseTwiml(padded(TWIML_MAX_BYTES)).ok).toBe(true);
    const error = refused(padded(TWIML_MAX_BYTES + 1));
    expect(error).toEqual({
      code: 11750,
      kind: 'document-too-large',
      message: 'TwiML response body too large: the document is over 65536 bytes (64 kB).',
    });
    // Too large wins over malformed: the size is checked first.
    expect(refused(`<Response>${'<'.repeat(TWIML_MAX_BYTES)}`).code).toBe(11750);
  });

  it('counts UTF-8 bytes, not characters, for text and for bytes alike', () => {
    // 'é' is 2 bytes and '😀' 4 (and 2 UTF-16 units): the string lengths are far under the limit.
    for (const filler of ['é', '😀']) {
      const atLimit = padded(TWIML_MAX_BYTES, filler);
      expect(atLimit.length).toBeLessThan(TWIML_MAX_BYTES);
      expect(parseTwiml(atLimit).ok).toBe(true);
      expect(parseTwiml(new TextEncoder().encode(atLimit)).ok).toBe(true);
      const over = atLimit.replace('<Say>', '<Say>x');
      expect(refused(over).code).toBe(11750);
      expect(refused(new TextEncoder().encode(over)).code).toBe(11750);
    }
  });

  it('refuses a very large document as too large', () => {
    expect(refused('x'.repeat(20 * TWIML_MAX_BYTES)).code).toBe(11750);
  });

  it('refuses an empty document with 11770, as text or as bytes', () => {
    const empty = { code: 11770, kind: 'empty-document', message: 'Empty response body: the TwiML document is empty.' };
    expect(refused('')).toEqual(empty);
    expect(refused(new Uint8Array(0))).toEqual(empty);
  });
});

describe('parseTwiml never throws', () => {
  // Whatever arrives from a user's server — XML-looking or not — is a tree or one of the three codes.
  const fragment = fc.oneof(
    fc.constantFrom('<Response>', '</Response>', '<Say>', '</Say>', '<Dial action="/x">', '</Dial>', '<Hangup/>', '<!--', '-->',
      '<![CDATA[', ']]>', '&amp;', '&', '<', '>', '"', "'", '<?xml version="1.0"?>', '<!DOCTYPE r>', '\n', ' ', '\uFEFF', '&#x0;'),
    fc.string({ maxLength: 8 }),
  );
  it('on arbitrary input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(fragment, { maxLength: 30 }).map((parts) => parts.join('')), fc.string(), fc.uint8Array({ maxLength: 64 })), (input) => {
        const result = parseTwiml(input);
        if (!result.ok) expect([11750, 11770, 12100]).toContain(result.error.code);
      }),
      { numRuns: 500 },
    );
  }, 120_000); // well under a second alone; room for a loaded machine
});
