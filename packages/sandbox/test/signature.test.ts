import { describe, expect, it } from 'vitest';
import { bodySha256, computeSignature, signaturePayload, verifySignature } from '../src/signature.js';

// The vectors of the reference's §5.1 (Twilio's security page and twilio-node's validation tests).
const n1 = {
  CallSid: 'CA1234567890ABCDE',
  Caller: '+14158675309',
  Digits: '1234',
  From: '+14158675309',
  To: '+18005551212',
};

describe('X-Twilio-Signature (HMAC-SHA1 over Web Crypto)', () => {
  const cases: Array<[string, string, Record<string, string | string[]>, string]> = [
    [
      'D1',
      'https://example.com/myapp.php?foo=1&bar=2',
      { CallSid: 'CA1234567890ABCDE', Caller: '+14158675310', Digits: '1234', From: '+14158675310', To: '+18005551212' },
      'L/OH5YylLD5NRKLltdqwSvS0BnU=',
    ],
    ['N1', 'https://mycompany.com/myapp.php?foo=1&bar=2', n1, 'RSOYDt4T1cUTdK1PDd93/VVr8B8='],
    ['N2', 'https://mycompany.com:443/myapp.php?foo=1&bar=2', n1, 'kvajT1Ptam85bY51eRf/AJRuM3w='],
    ['N3', 'http://mycompany.com:80/myapp.php?foo=1&bar=2', n1, '0ZXoZLH/DfblKGATFgpif+LLRf4='],
    ['N4', 'http://mycompany.com:1234/myapp.php?foo=1&bar=2', n1, 'Zmvh+3yNM1Phv2jhDCwEM3q5ebU='],
    ['N5', 'https://user:pass@mycompany.com/myapp.php?foo=1&bar=2', n1, 'CukzLTc1tT5dXEDIHm/tKBanW10='],
    ['N6', 'https://user@mycompany.com/myapp.php?foo=1&bar=2', n1, '2YRLlVAflCqxaNicjMpJcSTgzSs='],
    ['N7', 'https://user:pass@mycompany.com:443/myapp.php?foo=1&bar=2', n1, 'ZQFR1PTIZXF2MXB8ZnKCvnnA+rI='],
    ['N8', 'https://mycompany.com/myapp.php?foo=1&bar=2&Body=It%27s+amazing', n1, 'TfZzewPq8wqrGlMfyAud8+/IvJ0='],
    [
      'N9',
      'https://mycompany.com/myapp.php?foo=1&bar=2',
      { 'MessagingBinding.Address': ['+1325xxxxxxx', '+1415xxxxxxx'] },
      '83O6e2vORAoJHUNzJjDWN1jz+BA=',
    ],
    [
      'N9 reversed',
      'https://mycompany.com/myapp.php?foo=1&bar=2',
      { 'MessagingBinding.Address': ['+1415xxxxxxx', '+1325xxxxxxx'] },
      '83O6e2vORAoJHUNzJjDWN1jz+BA=',
    ],
    [
      'N10',
      'https://mycompany.com/myapp.php?foo=1&bar=2',
      { Sid: 'CA123', SidAccount: 'AC123', Digits: ['5678', '1234', '1234'] },
      'IK+Dwps556ElfBT0I3Rgjkr1wJU=',
    ],
    [
      'N11',
      'https://mycompany.com/myapp.php?foo=1&bar=2&bodySHA256=0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620',
      {},
      'a9nBmqA0ju/hNViExpshrM61xv4=',
    ],
    [
      'N12',
      'https://mycompany.com:443/myapp.php?foo=1&bar=2&bodySHA256=44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
      {},
      'Ldidvp12m26NI7eqEvxnEpkd9Hc=',
    ],
    [
      'N13',
      'https://mycompany.com/myapp.php?bodySHA256=0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620',
      {},
      'y77kIzt2vzLz71DgmJGsen2scGs=',
    ],
  ];

  it.each(cases)('%s', async (_name, url, params, expected) => {
    expect(await computeSignature('12345', url, params)).toBe(expected);
    expect(await verifySignature('12345', expected, url, params)).toBe(true);
    expect(await verifySignature('54321', expected, url, params)).toBe(false);
  });

  it('takes parameters as ordered pairs too, and sorts names in byte order', async () => {
    const pairs = Object.entries(n1).reverse() as Array<[string, string]>;
    expect(await computeSignature('12345', 'https://mycompany.com/myapp.php?foo=1&bar=2', pairs)).toBe(
      'RSOYDt4T1cUTdK1PDd93/VVr8B8=',
    );
    expect(signaturePayload('u', { alpha: '1', Zeta: '2', Caller: '3', CallSid: '4' })).toBe('uCallSid4Caller3Zeta2alpha1');
  });

  it('without de-duplication N10 would differ, and garbage signatures are rejected', async () => {
    expect(await computeSignature('12345', 'https://mycompany.com/myapp.php?foo=1&bar=2', { Sid: 'CA123', SidAccount: 'AC123', Digits: ['5678', '1234'] })).toBe('IK+Dwps556ElfBT0I3Rgjkr1wJU=');
    expect(await verifySignature('12345', 'not base64!!', 'https://x', {})).toBe(false);
  });

  it('hashes JSON bodies for bodySHA256', async () => {
    expect(await bodySha256('{"property": "value", "boolean": true}')).toBe(
      '0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620',
    );
    expect(await bodySha256('{"CallSid":"CA1234567890ABCDE","Caller":"+12349013030"}')).toBe(
      '5ccde7145dfb8f56479710896586cb9d5911809d83afbe34627818790db0aec9',
    );
  });
});

describe('signatures fail closed', () => {
  const url = 'https://mycompany.com/myapp.php?foo=1&bar=2';
  const n1Signature = 'RSOYDt4T1cUTdK1PDd93/VVr8B8=';

  it('reads URLSearchParams and FormData entry by entry, repeated names kept', async () => {
    const form = new FormData();
    for (const [name, value] of Object.entries(n1)) form.append(name, value);
    expect(await computeSignature('12345', url, form)).toBe(n1Signature);
    expect(await computeSignature('12345', url, new URLSearchParams(n1))).toBe(n1Signature);
    const n10 = new URLSearchParams([['Digits', '5678'], ['Sid', 'CA123'], ['Digits', '1234'], ['SidAccount', 'AC123'], ['Digits', '1234']]);
    expect(await computeSignature('12345', url, n10)).toBe('IK+Dwps556ElfBT0I3Rgjkr1wJU=');
  });

  it('a signature over the URL alone does not verify for a form of other fields', async () => {
    const urlOnly = await computeSignature('12345', url);
    const attacker = new FormData();
    attacker.append('StatusCallbackEvent', 'conference-end');
    expect(await verifySignature('12345', urlOnly, url, attacker)).toBe(false);
    expect(await verifySignature('12345', urlOnly, url, new URLSearchParams(attacker as never))).toBe(false);
    expect(await verifySignature('12345', urlOnly, url, new URLSearchParams())).toBe(true);
  });

  class Params {
    CallSid = n1.CallSid;
  }
  it.each([
    ['a Map', () => new Map(Object.entries(n1)), /got a Map$/],
    ['Headers', () => new Headers(n1), /got a Headers$/],
    ['a string', () => new URLSearchParams(n1).toString(), /got a string$/],
    ['a class instance', () => new Params(), /got an instance of Params$/],
    ['null', () => null, /got null$/],
  ])('%s as params is a TypeError naming it, in signing and in verifying', async (_, params, message) => {
    await expect(computeSignature('12345', url, params() as never)).rejects.toThrow(TypeError);
    await expect(computeSignature('12345', url, params() as never)).rejects.toThrow(message);
    await expect(verifySignature('12345', n1Signature, url, params() as never)).rejects.toThrow(message);
  });

  it('a value that is not a string, or a pair that is not one, is a TypeError naming it', async () => {
    await expect(computeSignature('12345', url, { Digits: 1234 } as never)).rejects.toThrow(/param "Digits" is a number, not a string/);
    await expect(computeSignature('12345', url, { Digits: [{ a: '1' }] } as never)).rejects.toThrow(/param "Digits" is an object, not a string/);
    const form = new FormData();
    form.append('Upload', new Blob(['x']), 'x.txt');
    await expect(computeSignature('12345', url, form)).rejects.toThrow(/param "Upload" is a File, not a string/);
    await expect(computeSignature('12345', url, [['Digits']] as never)).rejects.toThrow(/params\[0\] is not a \[name, value\] pair/);
  });

  it('refuses to sign with an empty Auth Token', async () => {
    await expect(computeSignature('', url, n1)).rejects.toThrow(/authToken must be a non-empty string/);
    await expect(verifySignature('', n1Signature, url, n1)).rejects.toThrow(TypeError);
  });

  it('accepts only the canonical base64 of the signature', async () => {
    for (const variant of [n1Signature.slice(0, -1), ` ${n1Signature}`, `${n1Signature.slice(0, 4)} ${n1Signature.slice(4)}`, `${n1Signature}\n`]) {
      expect(await verifySignature('12345', variant, url, n1), JSON.stringify(variant)).toBe(false);
    }
    expect(await verifySignature('12345', undefined as never, url, n1)).toBe(false);
  });

  it('sorts by UTF-8 bytes, as Twilio and the client do: U+FF5E before an emoji', () => {
    expect(signaturePayload('u', { '\u{1F600}': 'a', '\uFF5E': 'b' })).toBe('u\uFF5Eb\u{1F600}a');
    expect(signaturePayload('u', { Name: ['\u{1F600}', '\uFF5E', 'z'] })).toBe('uNamezName\uFF5EName\u{1F600}');
  });
});
