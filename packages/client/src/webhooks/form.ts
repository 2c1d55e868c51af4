/**
 * Reading a form body, shared by the signature check and the event parser so that both take the same
 * kinds of input and refuse the same others. A kind read wrongly is a security fault, not a nuisance:
 * `Object.entries` of a Map, Headers or a class instance is empty, so a signature over the URL alone
 * would vouch for every field in it. Hence only the kinds read here are accepted, and anything else
 * throws instead of reading as "no parameters".
 */

/** A form body: `URLSearchParams` or `FormData` (repeated names kept), or a plain record (repeated names as arrays). */
export type FormInput = URLSearchParams | FormData | Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * Calls `add(name, value)` for every field of `form` in order, repeated names kept. A `form` of another
 * kind throws a TypeError: `mustBe` (what the caller takes) followed by what it got. A value that is not
 * text (a FormData file, a number, a nested object) is handed to `badValue`, which throws.
 */
export function readForm(
  form: unknown,
  mustBe: string,
  add: (name: string, value: string) => void,
  badValue: (name: string, what: string) => never,
): void {
  if (form instanceof URLSearchParams || (typeof FormData !== 'undefined' && form instanceof FormData)) {
    (form as FormData).forEach((value, name) => (typeof value === 'string' ? add(name, value) : badValue(name, describe(value))));
    return;
  }
  if (!isPlainRecord(form)) {
    throw new TypeError(`${mustBe}; got ${describe(form)}`);
  }
  for (const [name, value] of Object.entries(form)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) {
      if (typeof one !== 'string') badValue(name, Array.isArray(value) ? `an array holding ${describe(one)}` : describe(one));
      add(name, one);
    }
  }
}

/** A record a body parser or a literal makes: prototype `Object` or none (`querystring.parse` gives none). */
function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** What a value is, for an error: its kind and class, never its content (it may be a secret). */
export function describe(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  if (typeof value !== 'object') return `a ${typeof value}`;
  if (isPlainRecord(value)) return 'an object';
  // `Symbol.toStringTag` names built-ins (Map, Headers, File); a class of one's own is named by its constructor.
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  const constructorName = (value as { constructor?: { name?: unknown } }).constructor?.name;
  return tag !== 'Object' ? `a ${tag}` : `an instance of ${typeof constructorName === 'string' && constructorName ? constructorName : 'a class'}`;
}
