/**
 * Deliberately broken copies of a valid value, guided by its schema: a SID with the wrong prefix, an
 * enum value nobody documented, a property of the wrong type, `null` where the schema forbids it and a
 * property the schema does not allow. A contract test expects every one to be rejected; if one passes,
 * the schema is looser than the documentation it was written from.
 */
import { deref, type JsonObject, type OpenApiDocument } from './contract.js';

export type MutationKind = 'sid-prefix' | 'enum' | 'wrong-type' | 'null' | 'unknown-property';

export interface Mutant {
  kind: MutationKind;
  /** JSON pointer of the changed value inside the example. */
  at: string;
  value: unknown;
}

const SID_PATTERN = /^\^([A-Z]{2})\[0-9a-fA-F\]\{32\}\$$/;

function typesOf(schema: JsonObject): string[] {
  if (Array.isArray(schema.type)) return schema.type as string[];
  if (typeof schema.type === 'string') return [schema.type];
  if (schema.enum) return [...new Set((schema.enum as unknown[]).map(jsonType))];
  return [];
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (Number.isInteger(value)) return 'integer';
  return typeof value;
}

function wrongTypeValue(allowed: string[]): unknown {
  if (!allowed.includes('string')) return 'not-the-documented-type';
  if (!allowed.includes('integer') && !allowed.includes('number')) return 12345;
  return { unexpected: 'object' };
}

function setAt(root: unknown, path: Array<string | number>, value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
  return copy;
}

const pointerOf = (path: Array<string | number>) => (path.length ? `/${path.join('/')}` : '');

/** Every broken copy of `value` that `schema` (in `doc`) gives a reason to reject. */
export function mutants(doc: OpenApiDocument, schema: unknown, value: unknown): Mutant[] {
  const out: Mutant[] = [];
  // `nullAllowed`: an enclosing `anyOf` already admits null, so the branch's own type list does not decide.
  const walk = (rawSchema: unknown, current: unknown, path: Array<string | number>, nullAllowed = false) => {
    const s = deref(doc, rawSchema);
    const push = (kind: MutationKind, v: unknown) => out.push({ kind, at: pointerOf(path), value: setAt(value, path, v) });

    // `anyOf: [{$ref}, {type: null}]` is how a nullable named schema is written: follow the branch in use.
    if (Array.isArray(s.anyOf)) {
      const branches = (s.anyOf as unknown[]).map((b) => deref(doc, b));
      const nullable = branches.some((b) => b.type === 'null');
      const concrete = branches.filter((b) => b.type !== 'null');
      if (current === null) {
        if (concrete.length === 1) push('wrong-type', wrongTypeValue([...typesOf(concrete[0]!), 'null']));
        return;
      }
      if (!nullable && !nullAllowed) push('null', null);
      if (concrete.length === 1) walk(concrete[0], current, path, nullable || nullAllowed);
      return;
    }

    // `oneOf` with a discriminator is how an event family is written: follow the branch the discriminator
    // names, and try an undocumented discriminator value.
    if (Array.isArray(s.oneOf)) {
      const discriminator = s.discriminator as { propertyName?: string; mapping?: Record<string, string> } | undefined;
      const key = discriminator?.propertyName;
      if (key && current && typeof current === 'object' && !Array.isArray(current)) {
        const tag = (current as JsonObject)[key];
        const target = typeof tag === 'string' ? discriminator?.mapping?.[tag] : undefined;
        out.push({ kind: 'enum', at: pointerOf([...path, key]), value: setAt(value, [...path, key], 'not_a_documented_value') });
        if (target) walk({ $ref: target }, current, path, nullAllowed);
        return;
      }
      const branches = (s.oneOf as unknown[]).map((b) => deref(doc, b));
      if (current !== null && !nullAllowed && !branches.some((b) => typesOf(b).includes('null'))) push('null', null);
      return;
    }

    const allowed = typesOf(s);
    if (allowed.length > 0) push('wrong-type', wrongTypeValue(nullAllowed ? [...allowed, 'null'] : allowed));
    if (current === null) return;
    if (allowed.length > 0 && !allowed.includes('null') && !nullAllowed) push('null', null);

    if (typeof current === 'string') {
      const sid = typeof s.pattern === 'string' ? SID_PATTERN.exec(s.pattern) : null;
      if (sid) push('sid-prefix', `${sid[1] === 'ZZ' ? 'YY' : 'ZZ'}${current.slice(2)}`);
    }
    if (Array.isArray(s.enum)) push('enum', 'not_a_documented_value');

    if (Array.isArray(current) && s.items) {
      current.forEach((item, i) => walk(s.items, item, [...path, i]));
    } else if (current && typeof current === 'object') {
      const properties = (s.properties ?? {}) as JsonObject;
      for (const [key, child] of Object.entries(current as JsonObject)) {
        if (key in properties) walk(properties[key], child, [...path, key]);
      }
      if (s.additionalProperties === false) push('unknown-property', { ...(current as JsonObject), unexpected_property: 1 });
    }
  };
  walk(schema, value, []);
  return out;
}
