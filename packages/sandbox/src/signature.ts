/**
 * X-Twilio-Signature with Web Crypto (Node ≥ 18, Deno, Bun, workerd): HMAC-SHA1, keyed with the
 * account's primary Auth Token, over the URL followed by every POST parameter as `name + value`, names
 * in UTF-8 byte order; for a repeated name its distinct values, sorted the same way. Base64 of the digest.
 *
 * Fails closed: parameters of a kind not read here throw instead of counting as none (a signature over
 * the URL alone must not vouch for fields it never saw), and so does an empty Auth Token (an empty key
 * signs what anyone can sign).
 */

/**
 * The POST parameters: ordered `[name, value]` pairs, `URLSearchParams` or `FormData` (repeated names
 * kept), or a plain record (repeated names as arrays).
 */
export type SignatureParams =
  | ReadonlyArray<readonly [string, string]>
  | URLSearchParams
  | FormData
  | Readonly<Record<string, string | readonly string[]>>;

const encoder = new TextEncoder();
/** A base64 HMAC-SHA1: 20 bytes, so 27 characters and one `=`. `atob` alone would forgive spaces and missing padding. */
const SIGNATURE_SHAPE = /^[A-Za-z0-9+/]{27}=$/;

/** UTF-8 byte order, which is code point order (`<` compares UTF-16 units, which puts U+FF5E after an emoji). */
function byteOrder(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const difference = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (difference !== 0) return difference;
  }
  return x.length - y.length;
}

/** What a value is, for an error: its kind and class, never its content (a form may hold secrets). */
function kindOf(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (typeof value !== 'object') return `a ${typeof value}`;
  if (Array.isArray(value)) return 'an array';
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  if (tag !== 'Object') return `a ${tag}`;
  const name = Object.getPrototypeOf(value)?.constructor?.name;
  return name && name !== 'Object' ? `an instance of ${name}` : 'an object';
}

function parameterPairs(params: unknown): Array<readonly [string, unknown]> {
  if (params instanceof URLSearchParams || (typeof FormData !== 'undefined' && params instanceof FormData)) {
    const pairs: Array<readonly [string, unknown]> = [];
    (params as FormData).forEach((value, name) => pairs.push([name, value]));
    return pairs;
  }
  if (Array.isArray(params)) {
    return params.map((pair: unknown, i) => {
      if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== 'string') {
        throw new TypeError(`signature params[${i}] is not a [name, value] pair`);
      }
      return pair as unknown as readonly [string, unknown];
    });
  }
  const prototype = params !== null && typeof params === 'object' ? Object.getPrototypeOf(params) : undefined;
  if (prototype !== Object.prototype && prototype !== null) {
    throw new TypeError(
      `signature params must be [name, value] pairs, URLSearchParams, FormData or a plain record of strings; got ${kindOf(params)}`,
    );
  }
  return Object.entries(params as object).flatMap(([name, value]): Array<readonly [string, unknown]> =>
    Array.isArray(value) ? value.map((one: unknown) => [name, one] as const) : [[name, value]],
  );
}

/** The exact string that is signed: the URL, then `name+value` for each parameter. */
export function signaturePayload(url: string, params: SignatureParams = []): string {
  if (typeof url !== 'string') throw new TypeError(`signature url must be a string; got ${kindOf(url)}`);
  const grouped = new Map<string, Set<string>>();
  for (const [name, value] of parameterPairs(params)) {
    if (typeof value !== 'string') throw new TypeError(`signature param ${JSON.stringify(name)} is ${kindOf(value)}, not a string`);
    let set = grouped.get(name);
    if (!set) grouped.set(name, (set = new Set()));
    set.add(value);
  }
  let payload = url;
  for (const name of [...grouped.keys()].sort(byteOrder)) {
    for (const value of [...grouped.get(name)!].sort(byteOrder)) payload += name + value;
  }
  return payload;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

export async function computeSignature(authToken: string, url: string, params: SignatureParams = []): Promise<string> {
  if (typeof authToken !== 'string' || authToken.length === 0) throw new TypeError('signature authToken must be a non-empty string');
  const payload = signaturePayload(url, params);
  const key = await crypto.subtle.importKey('raw', encoder.encode(authToken), { name: 'HMAC', hash: 'SHA-1' }, false, [
    'sign',
  ]);
  const mac = await crypto.subtle.sign('HMAC', key, encoder.encode(payload));
  return toBase64(new Uint8Array(mac));
}

/**
 * Checks a signature the sandbox made (over the URL exactly as it was sent: no port variants),
 * comparing in constant time over the decoded bytes. Anything but a canonical base64 HMAC-SHA1 is `false`.
 */
export async function verifySignature(
  authToken: string,
  signature: string,
  url: string,
  params: SignatureParams = [],
): Promise<boolean> {
  const expected = await computeSignature(authToken, url, params);
  if (typeof signature !== 'string' || !SIGNATURE_SHAPE.test(signature)) return false;
  const a = Uint8Array.from(atob(expected), (c) => c.charCodeAt(0));
  const b = Uint8Array.from(atob(signature), (c) => c.charCodeAt(0));
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

/** Lower-case hex SHA-256 of a body, for the `bodySHA256` query parameter Twilio adds to JSON webhooks. */
export async function bodySha256(body: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(body)));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}
