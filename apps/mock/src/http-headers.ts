/**
 * Strict readings of the request headers the mock acts on (RFC 9110). Whatever does not parse is the
 * client's error, answered as a 4xx before anything else sees the header: Prism's own parsers throw on
 * malformed media types, which used to surface as 500s.
 */

const TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
const QUOTED = '"(?:[^"\\\\]|\\\\.)*"';
const PARAMETER = new RegExp(`^(${TOKEN})=(${TOKEN}|${QUOTED})$`);
const MEDIA_TYPE = new RegExp(`^(${TOKEN})/(${TOKEN})$`);
const WEIGHT = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;

export interface MediaType {
  type: string;
  subtype: string;
  parameters: Record<string, string>;
}

/** `type/subtype *(; name=value)`, lower-cased; `undefined` when it does not parse. */
export function parseMediaType(text: string): MediaType | undefined {
  const [essence = '', ...rest] = text.split(';').map((part) => part.trim());
  const match = MEDIA_TYPE.exec(essence);
  if (!match) return undefined;
  const parameters: Record<string, string> = {};
  for (const part of rest) {
    if (part === '') continue;
    const p = PARAMETER.exec(part);
    if (!p) return undefined;
    parameters[p[1]!.toLowerCase()] = p[2]!.replace(/^"(.*)"$/, '$1');
  }
  return { type: match[1]!.toLowerCase(), subtype: match[2]!.toLowerCase(), parameters };
}

export type AcceptVerdict = { ok: true } | { ok: false; status: 400 | 406; message: string };

/**
 * Whether `Accept` lets the mock answer `application/json`, the only type it produces. An absent or
 * empty header accepts anything; a header with no valid media range is a 400; ranges that all exclude
 * JSON (or give it q=0) are a 406.
 */
export function acceptsJson(header: string | undefined): AcceptVerdict {
  if (header === undefined || header.trim() === '') return { ok: true };
  const ranges: Array<{ type: string; subtype: string; q: number }> = [];
  for (const element of header.split(',')) {
    if (element.trim() === '') continue; // RFC 9110 §5.6.1: empty list elements are ignored.
    const media = parseMediaType(element);
    const q = media?.parameters.q;
    if (!media || (media.type === '*' && media.subtype !== '*') || (q !== undefined && !WEIGHT.test(q))) {
      return { ok: false, status: 400, message: `The Accept header ${JSON.stringify(header.slice(0, 100))} is not a valid list of media ranges` };
    }
    ranges.push({ type: media.type, subtype: media.subtype, q: q === undefined ? 1 : Number(q) });
  }
  if (ranges.length === 0) {
    return { ok: false, status: 400, message: `The Accept header ${JSON.stringify(header.slice(0, 100))} names no media range` };
  }
  // The most specific range that matches decides, as RFC 9110 §12.5.1 orders them.
  const matching = ranges
    .filter((r) => (r.type === '*' || r.type === 'application') && (r.subtype === '*' || r.subtype === 'json'))
    .sort((a, b) => specificity(b) - specificity(a));
  if (matching.length > 0 && matching[0]!.q > 0) return { ok: true };
  return { ok: false, status: 406, message: 'The Accept header excludes application/json, the only type this API answers with' };
}

function specificity(range: { type: string; subtype: string }): number {
  return (range.type === '*' ? 0 : 1) + (range.subtype === '*' ? 0 : 1);
}

// A DNS name or IPv4 address, or a bracketed IPv6 address, with an optional port.
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/** The `Host` header when it is a plain host[:port], else `undefined`: links are built only from a host that is one. */
export function validHost(header: string | undefined): string | undefined {
  return header !== undefined && header.length <= 255 && HOST.test(header) ? header : undefined;
}

/** Basic credentials with the secret replaced, for anything that logs or forwards a request. */
export const REDACTED_BASIC = `Basic ${Buffer.from('redacted:redacted').toString('base64')}`;
