/**
 * X-Twilio-Signature, on Web Crypto alone (Node 20+, Deno, Bun, Cloudflare Workers, browsers).
 *
 * What Twilio signs: the webhook URL exactly as configured, followed — for a form POST — by every body
 * parameter as `name` + `value` with no separators, names in byte order (uppercase before lowercase),
 * the distinct values of a repeated name in byte order too. The key is the account's primary Auth Token,
 * the MAC is HMAC-SHA1, the header holds it in base64. A JSON body is not appended: Twilio puts the
 * hex SHA-256 of the body in the URL's `bodySHA256` query parameter and signs the URL alone.
 *
 * Twilio is not consistent about default ports and encodings, so a signature is accepted for any of:
 * the URL as given; with the scheme's default port (`:443` for https, `:80` for http) added when it has
 * no port, or removed when it has that one; without `user:pass@`; and each of those with the query
 * re-encoded the form way (`'` as `%27`, space as `+`). Any other port is part of the URL: a signature
 * over `https://x/` does not vouch for `https://x:8443/`.
 *
 * Errors: a request that is not authentic — no signature, a malformed one, a wrong one, a body whose
 * hash is not the URL's `bodySHA256` — resolves `false`. A call that no request could fix — a missing
 * or empty Auth Token, a URL that is not absolute http(s), params or body of the wrong type — throws a
 * `TypeError`. No error ever holds the Auth Token, and none echoes the URL (it may carry `user:pass`).
 */
import { readForm, type FormInput } from './form.js';

/** A form body: `URLSearchParams` or `FormData` (repeated names kept), or a plain record (repeated names as arrays). */
export type TwilioWebhookParams = FormInput;

interface Common {
  /** The webhook URL as configured in Twilio, query string included. */
  url: string | URL;
  /** The account's primary Auth Token. */
  authToken: string;
}

/** A form-encoded (or bodiless) request: `params` are the body parameters; leave them out for a GET. */
export interface FormRequest extends Common {
  params?: TwilioWebhookParams | undefined;
  body?: never;
}

/** A request with a JSON (or any non-form) body, its URL carrying `bodySHA256`. */
export interface BodyRequest extends Common {
  /** The raw body exactly as received, before any parsing. */
  body: string;
  params?: never;
}

export type VerifyTwilioSignatureOptions = (FormRequest | BodyRequest) & {
  /** The `X-Twilio-Signature` header (`request.headers.get('x-twilio-signature')`); missing means not authentic. */
  signature: string | null | undefined;
};

export type SignTwilioRequestOptions = FormRequest | BodyRequest;

export interface SignedTwilioRequest {
  /** The URL to send to: as given, plus `bodySHA256` when a body was signed. */
  url: string;
  /** The value for the `X-Twilio-Signature` header. */
  signature: string;
}

const encoder = new TextEncoder();
/** A base64 HMAC-SHA1: 20 bytes, so 27 characters and one `=`. */
const SIGNATURE_SHAPE = /^[A-Za-z0-9+/]{27}=$/;

/**
 * Resolves `true` when `signature` is Twilio's signature of this request under `authToken`. See the
 * module comment for the URL variants accepted and for what resolves `false` and what throws.
 */
export async function verifyTwilioSignature(options: VerifyTwilioSignatureOptions): Promise<boolean> {
  const { raw, parsed, key, suffix, body } = await prepare(options, 'verifyTwilioSignature');
  const signature = options.signature;
  if (signature === undefined || signature === null) return false;
  if (typeof signature !== 'string') {
    throw new TypeError('verifyTwilioSignature: signature must be the X-Twilio-Signature header value, a string');
  }
  const given = SIGNATURE_SHAPE.test(signature) ? base64ToBytes(signature) : undefined;
  if (!given) return false;

  if (body !== undefined) {
    const declared = parsed.searchParams.get('bodySHA256');
    if (declared === null) return false;
    const actual = await sha256Hex(body);
    if (!equalBytes(encoder.encode(declared.toLowerCase()), encoder.encode(actual))) return false;
  }
  for (const candidate of urlVariants(raw, parsed)) {
    if (equalBytes(given, await hmacSha1(key, candidate + suffix))) return true;
  }
  return false;
}

/**
 * Signs a request the way Twilio does, for tests and local tools: the URL exactly as given (for a
 * body, with `bodySHA256` appended unless it is already there and right).
 */
export async function signTwilioRequest(options: SignTwilioRequestOptions): Promise<SignedTwilioRequest> {
  const { raw, parsed, key, suffix, body } = await prepare(options, 'signTwilioRequest');
  let url = raw;
  if (body !== undefined) {
    const hash = await sha256Hex(body);
    const declared = parsed.searchParams.get('bodySHA256');
    if (declared === null) {
      const hashAt = raw.indexOf('#');
      const [before, after] = hashAt === -1 ? [raw, ''] : [raw.slice(0, hashAt), raw.slice(hashAt)];
      const separator = !before.includes('?') ? '?' : /[?&]$/.test(before) ? '' : '&';
      url = `${before}${separator}bodySHA256=${hash}${after}`;
    } else if (declared.toLowerCase() !== hash) {
      throw new TypeError("signTwilioRequest: the url's bodySHA256 is not the SHA-256 of body; leave it out and it is added");
    }
  }
  return { url, signature: bytesToBase64(await hmacSha1(key, url + suffix)) };
}

async function prepare(options: SignTwilioRequestOptions, caller: string) {
  if (!options || typeof options !== 'object') throw new TypeError(`${caller}: expected an options object`);
  if (typeof options.authToken !== 'string' || options.authToken.length === 0) {
    throw new TypeError(`${caller}: authToken must be a non-empty string (the account's primary Auth Token)`);
  }
  const raw = options.url instanceof URL ? options.url.href : options.url;
  if (typeof raw !== 'string') throw new TypeError(`${caller}: url must be a string or a URL`);
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    // Not the parser's error: it carries the input, which may hold user:pass.
    throw new TypeError(`${caller}: url is not an absolute URL (give the webhook URL as configured in Twilio, with its scheme and host)`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new TypeError(`${caller}: url must be http or https`);

  const { params, body } = options as { params?: unknown; body?: unknown };
  if (params !== undefined && body !== undefined) throw new TypeError(`${caller}: give params (a form body) or body (a JSON body), not both`);
  if (body !== undefined && typeof body !== 'string') throw new TypeError(`${caller}: body must be the raw request body as a string`);
  const suffix = params === undefined ? '' : signedParams(params, caller);
  const key = await subtle().importKey('raw', encoder.encode(options.authToken), { name: 'HMAC', hash: 'SHA-1' }, false, ['sign']);
  return { raw, parsed, key, suffix, body: body as string | undefined };
}

/** The parameters as Twilio appends them: names in byte order, each name's distinct values in byte order. */
function signedParams(params: unknown, caller: string): string {
  const byName = new Map<string, Set<string>>();
  readForm(
    params,
    `${caller}: params must be URLSearchParams, FormData or a plain record of strings`,
    (name, value) => {
      const values = byName.get(name);
      if (values) values.add(value);
      else byName.set(name, new Set([value]));
    },
    (name, what) => {
      throw new TypeError(
        `${caller}: params[${JSON.stringify(name)}] is ${what}; form values are strings (parse the body flat, or pass new URLSearchParams(rawBody))`,
      );
    },
  );
  let out = '';
  for (const name of [...byName.keys()].sort(byteOrder)) {
    for (const value of [...byName.get(name)!].sort(byteOrder)) out += name + value;
  }
  return out;
}

/** UTF-8 byte order, which is code point order (plain `sort()` compares UTF-16 units instead). */
function byteOrder(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

/** Every form of the URL Twilio may have signed, the URL as given first. */
function urlVariants(raw: string, url: URL): Set<string> {
  const variants = new Set([raw, url.href]);
  const credentials = url.username || url.password ? `${url.username}${url.password ? `:${url.password}` : ''}@` : '';
  // The parser drops the scheme's default port, so an empty `port` means no port or the default one:
  // try both. Another port stays, as Twilio keeps it.
  const hosts = url.port ? [url.host] : [url.hostname, `${url.hostname}:${url.protocol === 'https:' ? '443' : '80'}`];
  const formQuery = url.search ? `?${new URLSearchParams(url.search).toString()}` : '';
  for (const userinfo of new Set([credentials, ''])) {
    for (const query of new Set([url.search, formQuery])) {
      for (const host of hosts) variants.add(`${url.protocol}//${userinfo}${host}${url.pathname}${query}${url.hash}`);
    }
  }
  return variants;
}

function subtle(): SubtleCrypto {
  const s = globalThis.crypto?.subtle;
  if (!s) throw new Error('Web Crypto (globalThis.crypto.subtle) is not available in this runtime');
  return s;
}

async function hmacSha1(key: CryptoKey, data: string): Promise<Uint8Array> {
  return new Uint8Array(await subtle().sign('HMAC', key, encoder.encode(data)));
}

async function sha256Hex(data: string): Promise<string> {
  const digest = new Uint8Array(await subtle().digest('SHA-256', encoder.encode(data)));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** Compares every byte whatever the first difference, so the time taken says nothing about where it is. */
function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a[i]! ^ b[i]!;
  return difference === 0;
}

function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
