/**
 * X-Twilio-Signature with Web Crypto (Node ≥ 18, Deno, Bun, workerd): HMAC-SHA1, keyed with the
 * account's primary Auth Token, over the URL followed by every POST parameter as `name + value`, names
 * in byte order; for a repeated name its distinct values, sorted. Base64 of the digest.
 */
export type SignatureParams = Record<string, string | readonly string[]> | ReadonlyArray<readonly [string, string]>;

const encoder = new TextEncoder();

function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The exact string that is signed: the URL, then `name+value` for each parameter. */
export function signaturePayload(url: string, params: SignatureParams = {}): string {
  const grouped = new Map<string, Set<string>>();
  const entries: ReadonlyArray<readonly [string, string | readonly string[]]> = Array.isArray(params)
    ? (params as ReadonlyArray<readonly [string, string]>)
    : Object.entries(params as Record<string, string | readonly string[]>);
  for (const [name, value] of entries) {
    let set = grouped.get(name);
    if (!set) grouped.set(name, (set = new Set()));
    for (const v of typeof value === 'string' ? [value] : value) set.add(v);
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

export async function computeSignature(authToken: string, url: string, params: SignatureParams = {}): Promise<string> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(authToken), { name: 'HMAC', hash: 'SHA-1' }, false, [
    'sign',
  ]);
  const mac = await crypto.subtle.sign('HMAC', key, encoder.encode(signaturePayload(url, params)));
  return toBase64(new Uint8Array(mac));
}

/** Checks a signature the sandbox made, comparing in constant time over the decoded bytes. */
export async function verifySignature(
  authToken: string,
  signature: string,
  url: string,
  params: SignatureParams = {},
): Promise<boolean> {
  const expected = await computeSignature(authToken, url, params);
  let a: Uint8Array;
  let b: Uint8Array;
  try {
    a = Uint8Array.from(atob(expected), (c) => c.charCodeAt(0));
    b = Uint8Array.from(atob(signature), (c) => c.charCodeAt(0));
  } catch {
    return false;
  }
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

/** Lower-case hex SHA-256 of a body, for the `bodySHA256` query parameter Twilio adds to JSON webhooks. */
export async function bodySha256(body: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(body)));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}
