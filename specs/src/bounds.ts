/**
 * What a caller may make the mock hold: every string it sends must have a bound (Prism then refuses a
 * longer one with a 400 before it reaches the sandbox), and every array a `maxItems`. Measured, not
 * hypothetical: 1 MiB values in `From` and `To` took the sandbox from 142 MB to 2.4 GB.
 *
 * A string is bounded by `maxLength`, an `enum` or `const`, a `pattern` that admits only bounded
 * lengths (anchored, with no `*`, `+` or open `{n,}`), or `format: date` / `date-time`. A bound next
 * to a `$ref` does not count: some tools drop a `$ref`'s siblings, so the bound must live in the schema
 * the `$ref` names.
 */
import { deref, type JsonObject, type OpenApiDocument } from './contract.js';

/** One value a caller sends that nothing bounds: where it is, and what is missing. */
export interface Unbounded {
  at: string;
  missing: 'maxLength' | 'maxItems';
}

const BOUNDED_FORMATS = new Set(['date', 'date-time']);

/** A pattern that only lengths within a bound can match: `^CA[0-9a-fA-F]{32}$` is one, `^a+$` is not. */
export function patternBoundsLength(pattern: string): boolean {
  if (!pattern.startsWith('^') || !pattern.endsWith('$')) return false;
  // Escapes and character classes hold `+` and `*` as plain characters: take them out first.
  const skeleton = pattern.replace(/\\./g, 'x').replace(/\[(?:\\.|[^\]\\])*\]/g, 'x');
  return !/[*+]|\{\d*,\}/.test(skeleton);
}

function typesOf(schema: JsonObject): string[] {
  if (Array.isArray(schema.type)) return schema.type as string[];
  return typeof schema.type === 'string' ? [schema.type] : [];
}

const branchesOf = (doc: OpenApiDocument, schema: JsonObject, key: 'anyOf' | 'oneOf' | 'allOf') =>
  ((schema[key] ?? []) as unknown[]).map((branch) => deref<JsonObject>(doc, branch));

/** Whether the schema can take a string at all (so a bound matters). */
function admitsString(doc: OpenApiDocument, schema: JsonObject): boolean {
  const types = typesOf(schema);
  if (types.length > 0) return types.includes('string');
  // Untyped, the keywords say what is meant: an `if`/`then` branch that lists properties is about objects.
  if (['properties', 'required', 'items'].some((key) => key in schema)) return false;
  if (branchesOf(doc, schema, 'allOf').some((branch) => !admitsString(doc, branch))) return false;
  const alternatives = [...branchesOf(doc, schema, 'anyOf'), ...branchesOf(doc, schema, 'oneOf')];
  return alternatives.length === 0 || alternatives.some((branch) => admitsString(doc, branch));
}

/** Whether every string the schema admits has a bounded length. */
export function stringIsBounded(doc: OpenApiDocument, raw: unknown): boolean {
  const schema = deref<JsonObject>(doc, raw);
  if (typeof schema.maxLength === 'number' || Array.isArray(schema.enum) || 'const' in schema) return true;
  if (typeof schema.pattern === 'string' && patternBoundsLength(schema.pattern)) return true;
  if (typeof schema.format === 'string' && BOUNDED_FORMATS.has(schema.format)) return true;
  if (branchesOf(doc, schema, 'allOf').some((branch) => stringIsBounded(doc, branch))) return true;
  for (const key of ['anyOf', 'oneOf'] as const) {
    const branches = branchesOf(doc, schema, key).filter((branch) => admitsString(doc, branch));
    if (branches.length > 0 && branches.every((branch) => stringIsBounded(doc, branch))) return true;
  }
  return false;
}

/** Every string without a bound and every array without `maxItems` in a schema a caller fills in. */
export function findUnbounded(doc: OpenApiDocument, raw: unknown, at: string): Unbounded[] {
  const schema = deref<JsonObject>(doc, raw);
  const found: Unbounded[] = [];
  if (admitsString(doc, schema) && !stringIsBounded(doc, schema)) found.push({ at, missing: 'maxLength' });
  if (typesOf(schema).includes('array')) {
    if (typeof schema.maxItems !== 'number') found.push({ at, missing: 'maxItems' });
    if (schema.items) found.push(...findUnbounded(doc, schema.items, `${at}[]`));
  }
  for (const [name, property] of Object.entries((schema.properties ?? {}) as JsonObject)) {
    found.push(...findUnbounded(doc, property, at ? `${at}.${name}` : name));
  }
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
    found.push(...findUnbounded(doc, schema.additionalProperties, `${at}{*}`));
  }
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    for (const branch of (schema[key] ?? []) as unknown[]) {
      const inner = deref<JsonObject>(doc, branch);
      // A string branch is judged with its siblings above; only the structure inside is walked here.
      if (!admitsString(doc, inner)) found.push(...findUnbounded(doc, inner, at));
    }
  }
  for (const key of ['then', 'else'] as const) if (schema[key]) found.push(...findUnbounded(doc, schema[key], at));
  return found;
}
