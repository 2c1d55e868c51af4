// X-Twilio-Signature: every vector of the reference (conference-family.md §5.1), the port, credential
// and encoding variants, tampering, bad input, and secrecy of the Auth Token.
import { createHash, createHmac } from 'node:crypto';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { signTwilioRequest, verifyTwilioSignature, type VerifyTwilioSignatureOptions } from '../src/webhooks/index.js';

const TOKEN = '12345';
const BASE = 'https://mycompany.com/myapp.php?foo=1&bar=2';
const N1_PARAMS = { CallSid: 'CA1234567890ABCDE', Caller: '+14158675309', Digits: '1234', From: '+14158675309', To: '+18005551212' };
const D1_PARAMS = { ...N1_PARAMS, Caller: '+14158675310', From: '+14158675310' };
const JSON_BODY = '{"property": "value", "boolean": true}';
const JSON_HASH = '0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620';
const EMPTY_HASH = '44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a';

type Vector = { name: string; url: string; signature: string } & ({ params: Record<string, string | string[]> } | { body: string });

const formVectors: Vector[] = [
  { name: 'D1 (docs worked example)', url: 'https://example.com/myapp.php?foo=1&bar=2', params: D1_PARAMS, signature: 'L/OH5YylLD5NRKLltdqwSvS0BnU=' },
  { name: 'N1', url: BASE, params: N1_PARAMS, signature: 'RSOYDt4T1cUTdK1PDd93/VVr8B8=' },
  { name: 'N2 :443', url: 'https://mycompany.com:443/myapp.php?foo=1&bar=2', params: N1_PARAMS, signature: 'kvajT1Ptam85bY51eRf/AJRuM3w=' },
  { name: 'N3 http :80', url: 'http://mycompany.com:80/myapp.php?foo=1&bar=2', params: N1_PARAMS, signature: '0ZXoZLH/DfblKGATFgpif+LLRf4=' },
  { name: 'N4 :1234', url: 'http://mycompany.com:1234/myapp.php?foo=1&bar=2', params: N1_PARAMS, signature: 'Zmvh+3yNM1Phv2jhDCwEM3q5ebU=' },
  { name: 'N5 user:pass', url: 'https://user:pass@mycompany.com/myapp.php?foo=1&bar=2', params: N1_PARAMS, signature: 'CukzLTc1tT5dXEDIHm/tKBanW10=' },
  { name: 'N6 user', url: 'https://user@mycompany.com/myapp.php?foo=1&bar=2', params: N1_PARAMS, signature: '2YRLlVAflCqxaNicjMpJcSTgzSs=' },
  { name: 'N7 user:pass :443', url: 'https://user:pass@mycompany.com:443/myapp.php?foo=1&bar=2', params: N1_PARAMS, signature: 'ZQFR1PTIZXF2MXB8ZnKCvnnA+rI=' },
  { name: 'N8 encoded quote', url: `${BASE}&Body=It%27s+amazing`, params: N1_PARAMS, signature: 'TfZzewPq8wqrGlMfyAud8+/IvJ0=' },
  { name: 'N9 array', url: BASE, params: { 'MessagingBinding.Address': ['+1325xxxxxxx', '+1415xxxxxxx'] }, signature: '83O6e2vORAoJHUNzJjDWN1jz+BA=' },
  { name: 'N10 array with a duplicate', url: BASE, params: { Sid: 'CA123', SidAccount: 'AC123', Digits: ['5678', '1234', '1234'] }, signature: 'IK+Dwps556ElfBT0I3Rgjkr1wJU=' },
];
const bodyVectors: Vector[] = [
  { name: 'N11 JSON', url: `${BASE}&bodySHA256=${JSON_HASH}`, body: JSON_BODY, signature: 'a9nBmqA0ju/hNViExpshrM61xv4=' },
  { name: 'N12 JSON {} :443', url: `https://mycompany.com:443/myapp.php?foo=1&bar=2&bodySHA256=${EMPTY_HASH}`, body: '{}', signature: 'Ldidvp12m26NI7eqEvxnEpkd9Hc=' },
  { name: 'N13 JSON, bodySHA256 alone', url: `https://mycompany.com/myapp.php?bodySHA256=${JSON_HASH}`, body: JSON_BODY, signature: 'y77kIzt2vzLz71DgmJGsen2scGs=' },
];

const verify = (vector: Vector, changes: Partial<VerifyTwilioSignatureOptions> = {}) =>
  verifyTwilioSignature({ authToken: TOKEN, ...vector, ...changes } as VerifyTwilioSignatureOptions);

describe('verifyTwilioSignature: the reference vectors', () => {
  it.each([...formVectors, ...bodyVectors])('$name verifies', async (vector) => {
    expect(await verify(vector)).toBe(true);
  });

  it.each(formVectors)('$name verifies with the params as URLSearchParams, repeated names in any order', async (vector) => {
    const { params } = vector as { params: Record<string, string | string[]> };
    const entries = Object.entries(params).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, x]) : [[k, v]]));
    expect(await verify(vector, { params: new URLSearchParams(entries) } as never)).toBe(true);
    expect(await verify(vector, { params: new URLSearchParams(entries.reverse()) } as never)).toBe(true);
  });

  it.each([...formVectors, ...bodyVectors])('signTwilioRequest reproduces $name', async (vector) => {
    const { signature, ...request } = vector;
    expect(await signTwilioRequest({ authToken: TOKEN, ...request } as never)).toEqual({ url: vector.url, signature });
  });

  it('N9: the array in either order gives the same signature', async () => {
    const url = BASE;
    const one = await signTwilioRequest({ url, authToken: TOKEN, params: { 'MessagingBinding.Address': ['+1415xxxxxxx', '+1325xxxxxxx'] } });
    expect(one.signature).toBe('83O6e2vORAoJHUNzJjDWN1jz+BA=');
  });

  it('N10: a repeated value counts once; the signature over the duplicate is refused', async () => {
    const n10 = formVectors.find((v) => v.name.startsWith('N10'))!;
    expect(await verify(n10, { signature: 'tM//N+MVWOh7+ol2z8YCNxSY0Eg=' })).toBe(false);
    const repeated = new URLSearchParams([['Sid', 'CA123'], ['Digits', '1234'], ['SidAccount', 'AC123'], ['Digits', '5678'], ['Digits', '1234']]);
    expect(await verify(n10, { params: repeated } as never)).toBe(true);
  });
});

describe('verifyTwilioSignature: URL variants', () => {
  const n = (name: string) => formVectors.find((v) => v.name.startsWith(name))!;

  it('a signature made without the default port verifies on the URL with it, and the other way round', async () => {
    expect(await verify(n('N1'), { url: 'https://mycompany.com:443/myapp.php?foo=1&bar=2' })).toBe(true);
    expect(await verify(n('N2'), { url: BASE })).toBe(true);
    expect(await verify(n('N3'), { url: 'http://mycompany.com/myapp.php?foo=1&bar=2' })).toBe(true);
  });

  it("the default port is the scheme's: an https signature over :80 is refused", async () => {
    const signedOn80 = await signTwilioRequest({ url: 'https://mycompany.com:80/myapp.php?foo=1&bar=2', params: N1_PARAMS, authToken: TOKEN });
    expect(await verify(n('N1'), { url: BASE, signature: signedOn80.signature })).toBe(false);
  });

  it('a signature over a non-default port verifies only with that port given', async () => {
    expect(await verify(n('N4'), { url: 'http://mycompany.com:4321/myapp.php?foo=1&bar=2' })).toBe(false);
    expect(await verify(n('N4'), { url: 'http://mycompany.com/myapp.php?foo=1&bar=2' })).toBe(false);
  });

  it('user:pass@ in the configured URL: signatures with or without it verify (Twilio drops it; the vectors keep it)', async () => {
    expect(await verify(n('N7'), { url: 'https://user:pass@mycompany.com/myapp.php?foo=1&bar=2' })).toBe(true);
    expect(await verify(n('N1'), { url: 'https://user:pass@mycompany.com/myapp.php?foo=1&bar=2' })).toBe(true);
    expect(await verify(n('N5'), { url: 'https://user:other@mycompany.com/myapp.php?foo=1&bar=2' })).toBe(false);
  });

  it("N8: the URL given with a literal ' verifies the signature over %27", async () => {
    expect(await verify(n('N8'), { url: `${BASE}&Body=It's+amazing` })).toBe(true);
    expect(await verify(n('N8'), { url: new URL(`${BASE}&Body=It's+amazing`) })).toBe(true);
  });

  it('a signature over the query re-encoded the form way (, as %2C, space as +) verifies from the URL as configured', async () => {
    const formEncoded = await signTwilioRequest({ url: 'https://mycompany.com/hook?list=a%2Cb&name=a+b', params: N1_PARAMS, authToken: TOKEN });
    expect(await verify(n('N1'), { url: 'https://mycompany.com/hook?list=a,b&name=a%20b', signature: formEncoded.signature })).toBe(true);
  });

  it('a non-default port is part of the URL: a signature without it, or with the default port, is refused', async () => {
    expect(await verify(n('N1'), { url: 'https://mycompany.com:8443/myapp.php?foo=1&bar=2' })).toBe(false);
    expect(await verify(n('N2'), { url: 'https://mycompany.com:8443/myapp.php?foo=1&bar=2' })).toBe(false);
    expect(await verify(n('N3'), { url: 'http://mycompany.com:8080/myapp.php?foo=1&bar=2' })).toBe(false);
    expect(await verify(n('N5'), { url: 'https://user:pass@mycompany.com:8443/myapp.php?foo=1&bar=2' })).toBe(false);
    expect(await verify(n('N4'), { url: 'http://mycompany.com:1234/myapp.php?foo=1&bar=2' })).toBe(true);
  });

  it("the other scheme's default port is not a default: https on :80 verifies only a signature over :80", async () => {
    const url = 'https://mycompany.com:80/myapp.php?foo=1&bar=2';
    const signedOn80 = await signTwilioRequest({ url, params: N1_PARAMS, authToken: TOKEN });
    expect(await verify(n('N1'), { url, signature: signedOn80.signature })).toBe(true);
    expect(await verify(n('N1'), { url })).toBe(false);
    expect(await verify(n('N2'), { url })).toBe(false);
    expect(await verify(n('N3'), { url: 'http://mycompany.com:443/myapp.php?foo=1&bar=2' })).toBe(false);
  });

  it('a URL object is taken as its href', async () => {
    expect(await verify(n('N1'), { url: new URL(BASE) })).toBe(true);
  });

  it('N12: the body signature made over :443 verifies only through the port variant, and from the URL without it', async () => {
    const n12 = bodyVectors[1]!;
    expect(await verify(n12, { url: `https://mycompany.com/myapp.php?foo=1&bar=2&bodySHA256=${EMPTY_HASH}` })).toBe(true);
  });
});

describe('verifyTwilioSignature: every kind of form is read; any other kind throws', () => {
  const n1 = formVectors[1]!;
  const n10 = formVectors.find((v) => v.name.startsWith('N10'))!;
  const formData = (entries: Array<[string, string]>) => {
    const form = new FormData();
    for (const [name, value] of entries) form.append(name, value);
    return form;
  };

  it('a correctly signed FormData verifies, repeated names kept', async () => {
    expect(await verify(n1, { params: formData(Object.entries(N1_PARAMS)) } as never)).toBe(true);
    const repeated = formData([['Digits', '5678'], ['Sid', 'CA123'], ['Digits', '1234'], ['SidAccount', 'AC123'], ['Digits', '1234']]);
    expect(await verify(n10, { params: repeated } as never)).toBe(true);
  });

  it('a signature over the URL alone does not vouch for a FormData of other fields', async () => {
    const urlOnly = await signTwilioRequest({ url: BASE, authToken: TOKEN });
    const attacker = formData([['StatusCallbackEvent', 'conference-end'], ['ConferenceSid', `CF${'f'.repeat(32)}`]]);
    expect(await verify(n1, { params: attacker, signature: urlOnly.signature } as never)).toBe(false);
    expect(await verify(n1, { params: new FormData(), signature: urlOnly.signature } as never)).toBe(true);
  });

  it('signTwilioRequest signs a FormData as it signs the same record', async () => {
    const signed = await signTwilioRequest({ url: BASE, params: formData(Object.entries(N1_PARAMS)), authToken: TOKEN });
    expect(signed.signature).toBe(n1.signature);
  });

  it('a record without a prototype (querystring.parse makes these) verifies', async () => {
    const record = Object.assign(Object.create(null) as Record<string, string>, N1_PARAMS);
    expect(await verify(n1, { params: record } as never)).toBe(true);
  });

  class Params {
    CallSid = N1_PARAMS.CallSid;
  }
  it.each([
    ['a Map', () => new Map(Object.entries(N1_PARAMS)), /got a Map$/],
    ['Headers', () => new Headers(N1_PARAMS), /got a Headers$/],
    ['an array of pairs', () => Object.entries(N1_PARAMS), /got an array$/],
    ['a string', () => new URLSearchParams(N1_PARAMS).toString(), /got a string$/],
    ['a class instance', () => new Params(), /got an instance of Params$/],
    ['a number', () => 42, /got a number$/],
    ['null', () => null, /got null$/],
  ])('%s as params throws a TypeError naming it, signature or not', async (_, params, message) => {
    for (const signature of [n1.signature, undefined]) {
      const error = await verify(n1, { params: params(), signature } as never).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TypeError);
      expect((error as Error).message).toMatch(/^verifyTwilioSignature: params must be URLSearchParams, FormData or a plain record of strings; /);
      expect((error as Error).message).toMatch(message);
    }
    await expect(signTwilioRequest({ url: BASE, params: params(), authToken: TOKEN } as never)).rejects.toThrow(message);
  });

  it('a FormData holding a file throws a TypeError naming the field', async () => {
    const form = formData(Object.entries(N1_PARAMS));
    form.append('Upload', new Blob(['x']), 'x.txt');
    await expect(verify(n1, { params: form } as never)).rejects.toThrow(TypeError);
    await expect(verify(n1, { params: form } as never)).rejects.toThrow(/params\["Upload"\] is a File;/);
  });
});

describe('verifyTwilioSignature: tampering is refused', () => {
  const n1 = formVectors[1]!;

  it.each([
    ['a changed value', { ...N1_PARAMS, Digits: '1235' }],
    ['an added parameter', { ...N1_PARAMS, Extra: '' }],
    ['a removed parameter', (({ Digits: _, ...rest }) => rest)(N1_PARAMS)],
    ['a renamed parameter', (({ Digits, ...rest }) => ({ ...rest, digits: Digits }))(N1_PARAMS)],
    ['a value with trailing whitespace', { ...N1_PARAMS, To: '+18005551212 ' }],
    ['a value moved to another name', { ...N1_PARAMS, Caller: '+18005551212', To: '+14158675309' }],
    ['no params at all', undefined],
  ])('%s', async (_, params) => {
    expect(await verify(n1, { params } as never)).toBe(false);
  });

  it.each([
    ['another path', 'https://mycompany.com/myapp2.php?foo=1&bar=2'],
    ['another host', 'https://mycompany.org/myapp.php?foo=1&bar=2'],
    ['another scheme', 'http://mycompany.com/myapp.php?foo=1&bar=2'],
    ['a changed query', 'https://mycompany.com/myapp.php?foo=1&bar=3'],
    ['a reordered query', 'https://mycompany.com/myapp.php?bar=2&foo=1'],
    ['no query', 'https://mycompany.com/myapp.php'],
    ['a trailing slash', 'https://mycompany.com/myapp.php/?foo=1&bar=2'],
  ])('the URL with %s', async (_, url) => {
    expect(await verify(n1, { url })).toBe(false);
  });

  it.each(['12346', '1234', '123456', ' 12345', 'secret'])('the token %j', async (authToken) => {
    expect(await verify(n1, { authToken })).toBe(false);
  });

  it('every single-character change of the signature', async () => {
    const sig = n1.signature;
    for (let i = 0; i < sig.length - 1; i++) {
      const changed = sig.slice(0, i) + (sig[i] === 'A' ? 'B' : 'A') + sig.slice(i + 1);
      expect(await verify(n1, { signature: changed }), changed).toBe(false);
    }
  });

  it('a JSON body changed by one byte, or its bodySHA256 changed, or missing', async () => {
    const n11 = bodyVectors[0]!;
    expect(await verify(n11, { body: JSON_BODY.replace('true', 'false') } as never)).toBe(false);
    expect(await verify(n11, { body: `${JSON_BODY} ` } as never)).toBe(false);
    const otherHash = JSON_HASH.replace(/^0/, '1');
    expect(await verify(n11, { url: `${BASE}&bodySHA256=${otherHash}` })).toBe(false);
    // The right signature for a URL with no bodySHA256 does not vouch for any body.
    const noHash = await signTwilioRequest({ url: BASE, authToken: TOKEN });
    expect(await verify(n11, { url: BASE, signature: noHash.signature })).toBe(false);
  });

  it('a JSON-body signature does not vouch for form parameters', async () => {
    const n11 = bodyVectors[0]!;
    expect(await verify(n11, { params: { property: 'value' }, body: undefined } as never)).toBe(false);
  });
});

describe('verifyTwilioSignature: what is not a valid signature resolves false', () => {
  const n1 = formVectors[1]!;

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['empty', ''],
    ['without padding', n1.signature.slice(0, -1)],
    ['with whitespace', ` ${n1.signature}`],
    ['URL-safe base64', n1.signature.replace('/', '_')],
    ['hex', createHmac('sha1', TOKEN).update('x').digest('hex')],
    ['a SHA-256 HMAC', createHmac('sha256', TOKEN).update(BASE).digest('base64')],
    ['the same letters in another case', n1.signature.toLowerCase()],
  ])('%s', async (_, signature) => {
    expect(await verify(n1, { signature })).toBe(false);
  });
});

describe('webhook signatures: misuse throws a TypeError', () => {
  const n1 = formVectors[1]!;

  it.each([
    ['no authToken', { authToken: undefined }, /authToken must be a non-empty string/],
    ['an empty authToken', { authToken: '' }, /authToken must be a non-empty string/],
    ['a numeric authToken', { authToken: 12345 }, /authToken must be a non-empty string/],
    ['a relative URL', { url: '/myapp.php?foo=1' }, /url is not an absolute URL/],
    ['a URL without a scheme', { url: 'mycompany.com/myapp.php' }, /url is not an absolute URL/],
    ['an ftp URL', { url: 'ftp://mycompany.com/x' }, /url must be http or https/],
    ['no URL', { url: undefined }, /url must be a string or a URL/],
    ['params and body', { body: '{}' }, /not both/],
    ['a numeric param', { params: { Digits: 1234 } }, /params\["Digits"\] is a number/],
    ['a nested param', { params: { Digits: { a: '1' } } }, /params\["Digits"\] is an object/],
    ['an array holding a number', { params: { Digits: ['1', 2] } }, /params\["Digits"\] is an array holding a number/],
    ['params as a string', { params: 'Digits=1234' }, /params must be URLSearchParams, FormData or a plain record of strings; got a string/],
    ['a body that is not a string', { params: undefined, body: { a: 1 } }, /body must be the raw request body as a string/],
    ['a signature that is not a string', { signature: ['a', 'b'] }, /signature must be the X-Twilio-Signature header value/],
  ])('%s', async (_, changes, message) => {
    await expect(verify(n1, changes as never)).rejects.toThrow(TypeError);
    await expect(verify(n1, changes as never)).rejects.toThrow(message);
  });

  it('misuse throws even when the signature is missing, so a mistake is not mistaken for a forgery', async () => {
    await expect(verify(n1, { url: 'mycompany.com', signature: undefined })).rejects.toThrow(TypeError);
  });

  it('signTwilioRequest refuses a URL whose bodySHA256 is not the hash of the body', async () => {
    await expect(signTwilioRequest({ url: `${BASE}&bodySHA256=${EMPTY_HASH}`, body: JSON_BODY, authToken: TOKEN })).rejects.toThrow(
      /bodySHA256 is not the SHA-256 of body/,
    );
  });
});

describe('webhook signatures: the Auth Token stays secret', () => {
  const SECRET = 'auth-token-c0ffee-do-not-leak';
  const leaks = (error: unknown) => {
    const e = error as Error;
    return [e.message, e.stack ?? '', String(e), JSON.stringify(e), inspect(e, { depth: 5, showHidden: true })].some((s) =>
      s.includes(SECRET) || s.includes('hunter2'),
    );
  };

  it.each([
    ['an unparsable URL holding credentials', { url: `https://user:hunter2@exa mple.com/${SECRET}` }],
    ['an ftp URL', { url: 'ftp://x/' }],
    ['params and body', { params: {}, body: '' }],
    ['a bad param', { params: { [SECRET.slice(0, 4)]: 1 } }],
    ['a bad signature type', { signature: 42 }],
    ['a bad body', { params: undefined, body: 1 }],
  ])('not in the error for %s', async (_, changes) => {
    const error = await verifyTwilioSignature({ url: BASE, params: N1_PARAMS, signature: 'x', authToken: SECRET, ...changes } as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect(leaks(error)).toBe(false);
    const signError = await signTwilioRequest({ url: BASE, params: N1_PARAMS, authToken: SECRET, ...changes } as never).catch((e: unknown) => e);
    if (signError instanceof Error) expect(leaks(signError)).toBe(false);
  });

  it('not in the error when a token is passed where another value belongs', async () => {
    const error = await verifyTwilioSignature({ url: BASE, signature: 'x', authToken: { token: SECRET } } as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect(leaks(error)).toBe(false);
  });

  it('not in what signTwilioRequest returns', async () => {
    const signed = await signTwilioRequest({ url: BASE, params: N1_PARAMS, authToken: SECRET });
    expect(JSON.stringify(signed)).not.toContain(SECRET);
  });
});

describe('signTwilioRequest', () => {
  const hmac = (data: string, token = TOKEN) => createHmac('sha1', token).update(data, 'utf8').digest('base64');

  it('adds bodySHA256 to the URL for a body, keeping the query and fragment, and verifies', async () => {
    const body = '{"StatusCallbackEvent":"conference-start"}';
    const hash = createHash('sha256').update(body).digest('hex');
    for (const [url, expected] of [
      ['https://example.com/hook', `https://example.com/hook?bodySHA256=${hash}`],
      ['https://example.com/hook?a=1', `https://example.com/hook?a=1&bodySHA256=${hash}`],
      ['https://example.com/hook?', `https://example.com/hook?bodySHA256=${hash}`],
      ['https://example.com/hook?a=1#top', `https://example.com/hook?a=1&bodySHA256=${hash}#top`],
    ] as const) {
      const signed = await signTwilioRequest({ url, body, authToken: TOKEN });
      expect(signed.url).toBe(expected);
      expect(signed.signature).toBe(hmac(expected));
      expect(await verifyTwilioSignature({ url: signed.url, body, signature: signed.signature, authToken: TOKEN })).toBe(true);
    }
  });

  it('sorts names in byte order: uppercase before lowercase, shorter prefix first', async () => {
    const params = { alpha: '1', Zeta: '2', Caller: '3', CallSid: '4', Call: '5' };
    const { signature } = await signTwilioRequest({ url: BASE, params, authToken: TOKEN });
    expect(signature).toBe(hmac(`${BASE}Call5CallSid4Caller3Zeta2alpha1`));
  });

  it('sorts by UTF-8 bytes, not UTF-16 units: U+FF5E before an emoji', async () => {
    const params = { '\u{1F600}': 'a', '\uFF5E': 'b' };
    const { signature } = await signTwilioRequest({ url: BASE, params, authToken: TOKEN });
    expect(signature).toBe(hmac(`${BASE}\uFF5Eb\u{1F600}a`));
  });

  it('signs non-ASCII as UTF-8, and the signature verifies', async () => {
    const params = { FriendlyName: 'Réunion — 会議', ParticipantLabel: 'señora' };
    const signed = await signTwilioRequest({ url: BASE, params, authToken: 'tökén' });
    expect(signed.signature).toBe(hmac(`${BASE}FriendlyNameRéunion — 会議ParticipantLabelseñora`, 'tökén'));
    expect(await verifyTwilioSignature({ url: BASE, params, signature: signed.signature, authToken: 'tökén' })).toBe(true);
  });

  it('signs a bodiless request (GET) over the URL alone, leaving out undefined params', async () => {
    expect((await signTwilioRequest({ url: BASE, authToken: TOKEN })).signature).toBe(hmac(BASE));
    expect((await signTwilioRequest({ url: BASE, params: { A: undefined }, authToken: TOKEN })).signature).toBe(hmac(BASE));
  });
});
