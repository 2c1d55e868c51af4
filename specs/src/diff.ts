/**
 * What changed between two versions of a spec, judged from the side of the people who use it: the
 * callers of the client, and the servers that receive the webhooks. Pure functions: two bundled
 * documents in, a list of changes out, each one `breaking` or `non-breaking`, then a suggested semver
 * bump and a report. `scripts/spec-diff.mjs` does the git and the bundling around them.
 *
 * Everything turns on one question: does the user *send* this value or *receive* it?
 *
 * - sent: a client's request (parameters, body), and the answer a user's server gives to a webhook.
 *   The new spec must accept everything the old one did. Narrowing is breaking (a removed parameter,
 *   field, enum value or type; a new required parameter or field; a tighter bound); widening is not.
 * - received: a response to a client, and a webhook's payload (Twilio sends it to the user's server).
 *   The user must still be able to read everything the new spec allows. Widening is breaking (a field
 *   removed or made optional, a value made nullable, a new enum value, a wider type or bound); new
 *   fields and narrowing are not.
 *
 * A new value in a *received* enum is breaking on purpose: the generated types make every enum a union,
 * so an exhaustive `switch` over it stops compiling, or falls through at run time. A removed status code
 * is breaking (clients branch on it); a new one is not (the `default` response already covers it).
 *
 * What is not compared: descriptions, examples, servers, security, tags, `discriminator`, `not`,
 * `multipleOf`, `prefixItems` and `if`/`then`. A changed regular expression or format cannot be proved
 * wider or narrower, so it is breaking in both directions.
 */

export type Severity = 'breaking' | 'non-breaking';
export type Bump = 'major' | 'minor' | 'none';
/** Who writes the value, seen from the user: `sent` by the user, or `received` by the user. */
export type Direction = 'sent' | 'received';

export interface Change {
  severity: Severity;
  /** The rule that fired, e.g. `property-removed`; the table in the tests has one case per rule. */
  rule: string;
  /** The operation or webhook, e.g. `api-v2010 GET /2010-04-01/... (FetchConference)`. */
  where: string;
  /** Where inside it, e.g. `response 200 application/json: body.status`. */
  at: string;
  message: string;
}

type Json = { [key: string]: unknown };
type Schema = Json;

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
/** Marks a dereferenced object with the `$ref` it came from, so oneOf/anyOf variants match by name. */
const REF = Symbol('ref');

const refName = (node: object): string | undefined => (node as { [REF]?: string })[REF];
function named<T extends object>(node: T, name: string | undefined): T {
  if (name) Object.defineProperty(node, REF, { value: name, enumerable: false, configurable: true });
  return node;
}

const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

// ---------------------------------------------------------------------------------------------------
// $ref resolution

function resolvePointer(doc: unknown, ref: string): unknown {
  let node = doc;
  for (const raw of ref.slice(2).split('/')) {
    const token = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    if (!isObject(node) && !Array.isArray(node)) throw new Error(`Cannot resolve ${ref}`);
    node = (node as Json)[token];
    if (node === undefined) throw new Error(`Cannot resolve ${ref}`);
  }
  return node;
}

/**
 * A copy of `doc` with every local `$ref` replaced by what it names (siblings of a `$ref`, such as a
 * `description`, are kept and win). A reference back into itself stays a `{ $ref }`, compared by name.
 */
export function dereference<T>(doc: T): T {
  const walk = (node: unknown, stack: readonly string[]): unknown => {
    if (Array.isArray(node)) return node.map((item) => walk(item, stack));
    if (!isObject(node)) return node;
    const ref = node.$ref;
    if (typeof ref === 'string' && ref.startsWith('#/')) {
      if (stack.includes(ref)) return { $ref: ref };
      const { $ref: _ignored, ...siblings } = node;
      const target = walk(resolvePointer(doc, ref), [...stack, ref]);
      const merged: Json = isObject(target) ? { ...target, ...(walk(siblings, stack) as Json) } : { value: target };
      return named(merged, ref.slice(ref.lastIndexOf('/') + 1));
    }
    const out: Json = {};
    for (const [key, value] of Object.entries(node)) out[key] = walk(value, stack);
    return out;
  };
  return walk(doc, []) as T;
}

// ---------------------------------------------------------------------------------------------------
// The two directions

const narrowed = (dir: Direction): Severity => (dir === 'sent' ? 'breaking' : 'non-breaking');
const widened = (dir: Direction): Severity => (dir === 'sent' ? 'non-breaking' : 'breaking');

type Emit = (severity: Severity, rule: string, at: string, message: string) => void;

/**
 * Something that is there or not, required or not: a parameter, a property, a request body, a header,
 * a media type, a status code. `kind` names it in the rule (`parameter-removed`, `property-now-optional`).
 */
function presence(
  emit: Emit, dir: Direction, kind: string, at: string,
  before: { required?: boolean } | undefined, after: { required?: boolean } | undefined,
): void {
  if (before && !after) {
    emit('breaking', `${kind}-removed`, at, 'removed');
  } else if (!before && after) {
    if (dir === 'sent' && after.required) emit('breaking', `${kind}-added-required`, at, 'new, and required');
    else emit('non-breaking', `${kind}-added`, at, `new${after.required ? ', required' : after.required === false ? ', optional' : ''}`);
  } else if (before && after && Boolean(before.required) !== Boolean(after.required)) {
    if (after.required) emit(narrowed(dir), `${kind}-now-required`, at, 'now required');
    else emit(widened(dir), `${kind}-now-optional`, at, `now optional${dir === 'received' ? ': it may be absent' : ''}`);
  }
}

// ---------------------------------------------------------------------------------------------------
// Schemas

function mergeAllOf(schema: Schema): Schema {
  if (!Array.isArray(schema.allOf)) return schema;
  const { allOf, ...rest } = schema;
  let merged: Schema = { ...rest };
  for (const part of (allOf as Schema[]).map(mergeAllOf)) {
    const properties = { ...(merged.properties as Json | undefined), ...(part.properties as Json | undefined) };
    const required = [...new Set([...((merged.required as string[]) ?? []), ...((part.required as string[]) ?? [])])];
    merged = { ...merged, ...part };
    if (Object.keys(properties).length > 0) merged.properties = properties;
    if (required.length > 0) merged.required = required;
  }
  return named(merged, refName(schema));
}

const isNullOnly = (s: Schema): boolean =>
  s.type === 'null' || (Array.isArray(s.type) && s.type.length === 1 && s.type[0] === 'null') ||
  ('const' in s && s.const === null) || (Array.isArray(s.enum) && s.enum.length === 1 && s.enum[0] === null);

/**
 * A schema as "may be null or not" plus its non-null alternatives: the members of a oneOf/anyOf (each
 * merged with the keywords beside it), or the schema itself with `null` taken out of `type` and `enum`.
 */
function alternatives(input: Schema): { nullable: boolean; variants: Schema[] } {
  const schema = mergeAllOf(input);
  const members = (schema.oneOf ?? schema.anyOf) as Schema[] | undefined;
  if (Array.isArray(members)) {
    const { oneOf: _o, anyOf: _a, ...siblings } = schema;
    let nullable = false;
    const variants: Schema[] = [];
    for (const member of members) {
      const inner = alternatives(named({ ...siblings, ...member }, refName(member)));
      variants.push(...inner.variants);
      nullable ||= inner.nullable;
    }
    return { nullable, variants };
  }
  if (isNullOnly(schema)) return { nullable: true, variants: [] };
  const out: Schema = named({ ...schema }, refName(schema));
  let nullable = false;
  if (Array.isArray(schema.type) && schema.type.includes('null')) {
    nullable = true;
    const rest = (schema.type as string[]).filter((t) => t !== 'null');
    out.type = rest.length === 1 ? rest[0] : rest;
  }
  if (Array.isArray(schema.enum) && schema.enum.includes(null)) {
    nullable = true;
    out.enum = schema.enum.filter((v) => v !== null);
  }
  return { nullable, variants: [out] };
}

/** The JSON types a schema allows; `null` means any. */
function typeSet(schema: Schema): Set<string> | null {
  if (typeof schema.type === 'string') return new Set([schema.type]);
  if (Array.isArray(schema.type)) return new Set(schema.type as string[]);
  return null;
}
const covers = (types: Set<string>, t: string): boolean => types.has(t) || (t === 'integer' && types.has('number'));

function enumValues(schema: Schema): unknown[] | null {
  if ('const' in schema) return [schema.const];
  return Array.isArray(schema.enum) ? schema.enum : null;
}

const LOWER_BOUNDS = ['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties'] as const;
const UPPER_BOUNDS = ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties'] as const;
const SHAPES = ['pattern', 'format'] as const;

/** oneOf/anyOf members match by component name, then title, then their type. */
function variantKey(variant: Schema, used: Map<string, number>): string {
  const base = refName(variant) ?? (typeof variant.title === 'string' ? variant.title : undefined)
    ?? `type ${[...(typeSet(variant) ?? ['any'])].sort().join('|')}`;
  const n = used.get(base) ?? 0;
  used.set(base, n + 1);
  return n === 0 ? base : `${base} #${n + 1}`;
}

const show = (value: unknown): string => JSON.stringify(value);

/** Where a schema sits: `loc` is the place in the operation, `path` the field inside the value. */
interface At {
  dir: Direction;
  loc: string;
  path: string;
  emit: Emit;
}
const atText = (at: At): string => (at.path ? `${at.loc}: ${at.path}` : at.loc);
const into = (at: At, path: string): At => ({ ...at, path });

export function compareSchemas(before: Schema, after: Schema, at: At): void {
  const a = alternatives(before);
  const b = alternatives(after);
  const here = atText(at);
  if (!a.nullable && b.nullable) at.emit(widened(at.dir), 'nullable-added', here, `may now be null`);
  if (a.nullable && !b.nullable) at.emit(narrowed(at.dir), 'nullable-removed', here, `may no longer be null`);
  if (a.variants.length === 1 && b.variants.length === 1) {
    compareSingle(a.variants[0]!, b.variants[0]!, at);
    return;
  }
  const keyed = (variants: Schema[]) => {
    const used = new Map<string, number>();
    return new Map(variants.map((v) => [variantKey(v, used), v]));
  };
  const ka = keyed(a.variants);
  const kb = keyed(b.variants);
  for (const [key, va] of ka) {
    const vb = kb.get(key);
    if (vb) compareSingle(va, vb, into(at, at.path ? `${at.path} (${key})` : `(${key})`));
    else at.emit(narrowed(at.dir), 'variant-removed', here, `no longer allows the ${key} alternative`);
  }
  for (const key of kb.keys()) {
    if (!ka.has(key)) at.emit(widened(at.dir), 'variant-added', here, `now also allows the ${key} alternative`);
  }
}

function compareSingle(before: Schema, after: Schema, at: At): void {
  const { dir, emit } = at;
  const here = atText(at);
    if (typeof before.$ref === 'string' || typeof after.$ref === 'string') {
    // A recursive schema met itself again: its first visit compared it.
    if (before.$ref !== after.$ref) emit('breaking', 'schema-replaced', here, `now refers to ${String(after.$ref ?? 'an inline schema')}`);
    return;
  }

  const ta = typeSet(before);
  const tb = typeSet(after);
  const removed = ta && tb ? [...ta].filter((t) => !covers(tb, t)) : ta ? [] : tb ? ['any other type'] : [];
  const added = ta && tb ? [...tb].filter((t) => !covers(ta, t)) : tb ? [] : ta ? ['any type'] : [];
  if (removed.length > 0 && added.length > 0) {
    emit('breaking', 'type-changed', here, `changed type from ${[...ta!].join('|')} to ${[...tb!].join('|')}`);
  } else if (removed.length > 0) {
    emit(narrowed(dir), 'type-narrowed', here, `no longer allows ${removed.join(', ')} (now ${[...(tb ?? [])].join('|')})`);
  } else if (added.length > 0) {
    emit(widened(dir), 'type-widened', here, `now also allows ${added.join(', ')}`);
  }

  // A const is an enum of one.
  const ea = enumValues(before);
  const eb = enumValues(after);
  if (ea && eb) {
    const sa = new Set(ea.map(show));
    const sb = new Set(eb.map(show));
    const gone = [...sa].filter((v) => !sb.has(v));
    const fresh = [...sb].filter((v) => !sa.has(v));
    if (gone.length > 0) emit(narrowed(dir), 'enum-value-removed', here, `no longer allows ${gone.join(', ')}`);
    if (fresh.length > 0) emit(widened(dir), 'enum-value-added', here, `now also allows ${fresh.join(', ')}`);
  } else if (eb) {
    emit(narrowed(dir), 'enum-added', here, `now limited to ${eb.map(show).join(', ')}`);
  } else if (ea) {
    emit(widened(dir), 'enum-removed', here, `no longer limited to ${ea.map(show).join(', ')}`);
  }

  const bounds = [[LOWER_BOUNDS, (x: number, y: number) => y > x], [UPPER_BOUNDS, (x: number, y: number) => y < x]] as const;
  for (const [keys, tighter] of bounds) {
    for (const key of keys) {
      const x = before[key];
      const y = after[key];
      if (x === y) continue;
      const change = x === undefined ? `${key} ${show(y)} added` : y === undefined ? `${key} ${show(x)} removed` : `${key} ${show(x)} → ${show(y)}`;
      const tightened = typeof y === 'number' && (typeof x !== 'number' || tighter(x, y));
      emit(tightened ? narrowed(dir) : widened(dir), tightened ? 'constraint-narrowed' : 'constraint-widened', here, `${change}`);
    }
  }
  for (const key of SHAPES) {
    const x = before[key];
    const y = after[key];
    if (x === y) continue;
    if (x === undefined) emit(narrowed(dir), 'constraint-narrowed', here, `${key} ${show(y)} added`);
    else if (y === undefined) emit(widened(dir), 'constraint-widened', here, `${key} ${show(x)} removed`);
    else emit('breaking', 'constraint-changed', here, `${key} ${show(x)} → ${show(y)}`);
  }

  const pa = (before.properties ?? {}) as Record<string, Schema>;
  const pb = (after.properties ?? {}) as Record<string, Schema>;
  const ra = new Set((before.required ?? []) as string[]);
  const rb = new Set((after.required ?? []) as string[]);
  for (const name of new Set([...Object.keys(pa), ...Object.keys(pb)])) {
    const inner = into(at, at.path ? `${at.path}.${name}` : name);
    presence(emit, dir, 'property', atText(inner),
      pa[name] ? { required: ra.has(name) } : undefined,
      pb[name] ? { required: rb.has(name) } : undefined);
    if (pa[name] && pb[name]) compareSchemas(pa[name], pb[name], inner);
  }
  // Readers ignore fields they do not know, so closing or opening an object matters only for senders.
  if (dir === 'sent' && before.additionalProperties !== false && after.additionalProperties === false) {
    emit('breaking', 'additional-properties-closed', here, `no longer accepts fields it does not name`);
  } else if (dir === 'sent' && before.additionalProperties === false && after.additionalProperties !== false) {
    emit('non-breaking', 'additional-properties-opened', here, `now accepts fields it does not name`);
  }
  if (isObject(before.additionalProperties) && isObject(after.additionalProperties)) {
    compareSchemas(before.additionalProperties, after.additionalProperties, into(at, `${at.path}{*}`));
  }

  if (isObject(before.items) && isObject(after.items)) compareSchemas(before.items, after.items, into(at, `${at.path}[]`));
}

// ---------------------------------------------------------------------------------------------------
// Operations and webhooks

type ParamMap = Map<string, Json>;

function parameters(pathItem: Json, operation: Json): ParamMap {
  const map: ParamMap = new Map();
  for (const list of [pathItem.parameters, operation.parameters]) {
    for (const p of (list ?? []) as Json[]) {
      const name = String(p.name);
      map.set(`${String(p.in)} ${p.in === 'header' ? name.toLowerCase() : name}`, p);
    }
  }
  return map;
}

function compareContent(
  before: Json | undefined, after: Json | undefined, dir: Direction, at: string, emit: Emit,
): void {
  const ca = (before ?? {}) as Record<string, Json>;
  const cb = (after ?? {}) as Record<string, Json>;
  for (const type of new Set([...Object.keys(ca), ...Object.keys(cb)])) {
    const mediaAt = `${at} ${type}`;
    presence(emit, dir, 'media-type', mediaAt, ca[type] && {}, cb[type] && {});
    const sa = ca[type]?.schema;
    const sb = cb[type]?.schema;
    if (isObject(sa) && isObject(sb)) compareSchemas(sa, sb, { dir, loc: mediaAt, path: '', emit });
  }
}

function compareOperation(
  pathA: Json, opA: Json, pathB: Json, opB: Json, role: 'operation' | 'webhook', emit: Emit,
): void {
  // What the user sends and receives: a client sends the request; a webhook's request comes to the user.
  const requestDir: Direction = role === 'operation' ? 'sent' : 'received';
  const responseDir: Direction = role === 'operation' ? 'received' : 'sent';

  if (opA.operationId !== opB.operationId) {
    emit('breaking', 'operation-id-changed', 'operationId',
      `operationId changed from ${String(opA.operationId)} to ${String(opB.operationId)} (the generated types name operations by it)`);
  }

  const qa = parameters(pathA, opA);
  const qb = parameters(pathB, opB);
  for (const key of new Set([...qa.keys(), ...qb.keys()])) {
    const p = qa.get(key);
    const q = qb.get(key);
    const at = `${key.split(' ')[0]} parameter ${String((p ?? q)!.name)}`;
    presence(emit, requestDir, 'parameter', at,
      p ? { required: p.required === true } : undefined, q ? { required: q.required === true } : undefined);
    if (!p || !q) continue;
    if (p.style !== q.style || (p.explode ?? null) !== (q.explode ?? null)) {
      emit('breaking', 'parameter-serialization-changed', at, 'serialized differently (style or explode changed)');
    }
    if (isObject(p.schema) && isObject(q.schema)) compareSchemas(p.schema, q.schema, { dir: requestDir, loc: at, path: '', emit });
  }

  const ba = opA.requestBody as Json | undefined;
  const bb = opB.requestBody as Json | undefined;
  presence(emit, requestDir, 'request-body', 'request body',
    ba ? { required: ba.required === true } : undefined, bb ? { required: bb.required === true } : undefined);
  if (ba && bb) compareContent(ba.content as Json, bb.content as Json, requestDir, 'request body', emit);

  const sa = (opA.responses ?? {}) as Record<string, Json>;
  const sb = (opB.responses ?? {}) as Record<string, Json>;
  for (const status of new Set([...Object.keys(sa), ...Object.keys(sb)])) {
    const at = `response ${status}`;
    const ra = sa[status];
    const rb = sb[status];
    if (!ra || !rb) {
      presence(emit, responseDir, 'status', at, ra && {}, rb && {});
      continue;
    }
    const ha = (ra.headers ?? {}) as Record<string, Json>;
    const hb = (rb.headers ?? {}) as Record<string, Json>;
    for (const name of new Set([...Object.keys(ha), ...Object.keys(hb)])) {
      const hAt = `${at} header ${name}`;
      presence(emit, responseDir, 'header', hAt,
        ha[name] ? { required: ha[name].required === true } : undefined, hb[name] ? { required: hb[name].required === true } : undefined);
      const x = ha[name]?.schema;
      const y = hb[name]?.schema;
      if (isObject(x) && isObject(y)) compareSchemas(x, y, { dir: responseDir, loc: hAt, path: '', emit });
    }
    compareContent(ra.content as Json, rb.content as Json, responseDir, at, emit);
  }
}

function operationsOf(items: Json | undefined): Map<string, { pathItem: Json; operation: Json; path: string; method: string }> {
  const map = new Map<string, { pathItem: Json; operation: Json; path: string; method: string }>();
  for (const [path, pathItem] of Object.entries((items ?? {}) as Record<string, Json>)) {
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (isObject(operation)) map.set(`${method.toUpperCase()} ${path}`, { pathItem, operation, path, method });
    }
  }
  return map;
}

/**
 * Every change between two bundled OpenAPI 3.1 documents, for operations (`paths`) and `webhooks`.
 * `label` prefixes each `where`, e.g. the API's name.
 */
export function diffSpecs(before: Json, after: Json, label = ''): Change[] {
  const a = dereference(before);
  const b = dereference(after);
  const changes: Change[] = [];
  const prefix = label ? `${label} ` : '';
  for (const [role, key] of [['operation', 'paths'], ['webhook', 'webhooks']] as const) {
    const oa = operationsOf(a[key] as Json | undefined);
    const ob = operationsOf(b[key] as Json | undefined);
    for (const id of new Set([...oa.keys(), ...ob.keys()])) {
      const x = oa.get(id);
      const y = ob.get(id);
      const opId = (y ?? x)!.operation.operationId;
      const whereLabel = role === 'operation'
        ? `${prefix}${id}${opId ? ` (${String(opId)})` : ''}`
        : `${prefix}webhook ${(y ?? x)!.path} (${(y ?? x)!.method.toUpperCase()})`;
      const emit: Emit = (severity, rule, at, message) => changes.push({ severity, rule, where: whereLabel, at, message });
      if (x && !y) emit('breaking', `${role}-removed`, '', 'removed');
      else if (!x && y) emit('non-breaking', `${role}-added`, '', 'new');
      else if (x && y) compareOperation(x.pathItem, x.operation, y.pathItem, y.operation, role, emit);
    }
  }
  return changes;
}

/** Compares whole sets of APIs by name; an API that disappears is breaking, a new one is not. */
export function diffApis(before: Record<string, Json>, after: Record<string, Json>): Change[] {
  const changes: Change[] = [];
  for (const name of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
    const x = before[name];
    const y = after[name];
    if (x && !y) changes.push({ severity: 'breaking', rule: 'api-removed', where: name, at: '', message: 'removed' });
    else if (!x && y) changes.push({ severity: 'non-breaking', rule: 'api-added', where: name, at: '', message: 'new' });
    else if (x && y) changes.push(...diffSpecs(x, y, name));
  }
  return changes;
}

export function suggestBump(changes: readonly Change[]): Bump {
  if (changes.some((c) => c.severity === 'breaking')) return 'major';
  return changes.length > 0 ? 'minor' : 'none';
}

/** The report the CLI prints: one block per operation or webhook, breaking changes first. */
export function formatReport(changes: readonly Change[]): string {
  if (changes.length === 0) return 'No changes to operations or webhooks.\nSuggested bump: none';
  const groups = new Map<string, Change[]>();
  for (const c of changes) groups.set(c.where, [...(groups.get(c.where) ?? []), c]);
  const lines: string[] = [];
  for (const [whereLabel, list] of groups) {
    lines.push(whereLabel);
    const sorted = [...list].sort((x, y) => Number(x.severity === 'non-breaking') - Number(y.severity === 'non-breaking'));
    for (const c of sorted) {
      lines.push(`  ${c.severity === 'breaking' ? 'BREAKING    ' : 'non-breaking'}  ${c.at ? `${c.at}: ` : ''}${c.message}  [${c.rule}]`);
    }
  }
  const breaking = changes.filter((c) => c.severity === 'breaking').length;
  lines.push('', `${breaking} breaking, ${changes.length - breaking} non-breaking. Suggested bump: ${suggestBump(changes)}`);
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------------
// The release gate

/** The bumps a changeset file declares, from its front matter: `"@scope/pkg": major`. */
export function parseChangeset(text: string): Record<string, string> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text.trimStart());
  const bumps: Record<string, string> = {};
  if (!match) return bumps;
  for (const line of match[1]!.split(/\r?\n/)) {
    const m = /^\s*["']?([^"':]+?)["']?\s*:\s*(major|minor|patch|none)\s*$/.exec(line);
    if (m) bumps[m[1]!] = m[2]!;
  }
  return bumps;
}

/**
 * Whether breaking changes may go in: only when the branch's changesets declare a major bump for every
 * published package (the types, the client, and whatever else is public).
 */
export function gate(
  changes: readonly Change[], changesets: ReadonlyArray<Record<string, string>>, published: readonly string[],
): { ok: boolean; missing: string[] } {
  if (!changes.some((c) => c.severity === 'breaking')) return { ok: true, missing: [] };
  const major = new Set(changesets.flatMap((cs) => Object.entries(cs).filter(([, bump]) => bump === 'major').map(([name]) => name)));
  const missing = published.filter((name) => !major.has(name));
  return { ok: missing.length === 0, missing };
}
