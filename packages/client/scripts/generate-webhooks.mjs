// Generates src/webhooks/schema.gen.ts — the validation tables parseConferenceEvent interprets — from the
// conference status callback webhook of the bundled 2010-04-01 spec.
//   node scripts/generate-webhooks.mjs          write the file
//   node scripts/generate-webhooks.mjs --check  write nothing; fail if the committed file is stale
//   --spec <bundle.json> --stdout               another bundle, printed (for the generator's own tests)
//
// What it reads, and refuses anything else (so that no constraint of the spec is silently dropped):
// the form body schema of `webhooks.conferenceStatusCallback.post` is a `oneOf` of object schemas with a
// `discriminator`; each variant has `required`, `properties`, `additionalProperties: false` and maybe
// `dependentRequired`; each property (after `$ref`s) is a string with any of `enum`, `pattern`,
// `minLength`, `maxLength`, `format: uri`. Two wire conventions become types: a string enum of exactly
// `true`/`false` is a boolean, a string of pattern `^[0-9]+$` is an integer.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { emitGenerated } from '@conference-kit/specs/generated-file';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = join(packageDir, '..', '..');
const target = join(packageDir, 'src', 'webhooks', 'schema.gen.ts');
const WEBHOOK = 'conferenceStatusCallback';
const MEDIA = 'application/x-www-form-urlencoded';
const INTEGER_PATTERN = '^[0-9]+$';
const ANNOTATIONS = new Set(['description', 'examples', 'example', 'title', 'deprecated']);

const require = createRequire(import.meta.url);
const specArg = process.argv.indexOf('--spec');
let bundlePath;
let spec;
try {
  bundlePath = specArg === -1 ? require.resolve('@conference-kit/specs/api-v2010.json') : process.argv[specArg + 1];
  spec = JSON.parse(readFileSync(bundlePath, 'utf8'));
} catch (error) {
  console.error(`Cannot read the bundled spec (${error.message}).\nRun \`pnpm --filter @conference-kit/specs build\` first.`);
  process.exit(1);
}

function fail(where, message) {
  throw new Error(`${WEBHOOK}: ${where}: ${message}`);
}

/** Follows `$ref`s (local ones only), merging sibling keywords over the target, as OpenAPI 3.1 allows. */
function deref(schema, where, seen = new Set()) {
  if (!schema || typeof schema !== 'object') fail(where, 'not a schema');
  if (!('$ref' in schema)) return schema;
  const { $ref, ...siblings } = schema;
  if (typeof $ref !== 'string' || !$ref.startsWith('#/')) fail(where, `unsupported $ref ${JSON.stringify($ref)}`);
  if (seen.has($ref)) fail(where, `circular $ref ${$ref}`);
  seen.add($ref);
  let node = spec;
  for (const part of $ref.slice(2).split('/')) node = node?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  if (node === undefined) fail(where, `$ref ${$ref} points nowhere`);
  return { ...deref(node, `${where} → ${$ref}`, seen), ...siblings };
}

/** One property's schema as a rule for the interpreter. */
function ruleOf(schema, where) {
  const s = deref(schema, where);
  const { type, enum: values, pattern, minLength, maxLength, format, ...rest } = s;
  for (const key of Object.keys(rest)) if (!ANNOTATIONS.has(key) && !key.startsWith('x-')) fail(where, `unsupported keyword ${key}`);
  if (type !== 'string') fail(where, `type ${JSON.stringify(type)}: form values are strings, and only type: string is supported`);
  if (format !== undefined && format !== 'uri') fail(where, `unsupported format ${format}`);
  if (values !== undefined) {
    if (!Array.isArray(values) || !values.every((v) => typeof v === 'string')) fail(where, 'enum must list strings');
    if (values.length === 2 && values.includes('true') && values.includes('false')) {
      if (pattern !== undefined || minLength !== undefined || maxLength !== undefined || format !== undefined) fail(where, 'a boolean takes no other keyword');
      return { kind: 'boolean' };
    }
  }
  if (pattern === INTEGER_PATTERN) {
    if (values !== undefined || format !== undefined) fail(where, 'an integer takes no other keyword');
    return { kind: 'integer', ...(minLength !== undefined && { minLength }), ...(maxLength !== undefined && { maxLength }) };
  }
  const rule = { kind: 'string' };
  if (values !== undefined) rule.enum = values;
  if (pattern !== undefined) {
    try {
      new RegExp(pattern, 'u');
    } catch (error) {
      fail(where, `pattern does not compile: ${error.message}`);
    }
    rule.pattern = pattern;
  }
  if (minLength !== undefined) rule.minLength = minLength;
  if (maxLength !== undefined) rule.maxLength = maxLength;
  if (format !== undefined) rule.format = format;
  return rule;
}

const operation = spec.webhooks?.[WEBHOOK]?.post;
if (!operation) fail('webhooks', `no webhooks.${WEBHOOK}.post in ${relative(repoRoot, bundlePath)}`);
const body = deref(operation.requestBody?.content?.[MEDIA]?.schema, `post requestBody ${MEDIA}`);
if (!Array.isArray(body.oneOf) || !body.discriminator?.propertyName) fail('requestBody', 'expected a oneOf with a discriminator');
const discriminator = body.discriminator.propertyName;
const mapping = body.discriminator.mapping ?? {};

const fields = {};
const variants = {};
const events = {};
for (const [index, ref] of body.oneOf.entries()) {
  const name = ref.$ref?.split('/').pop() ?? `oneOf[${index}]`;
  const where = `oneOf ${name}`;
  const variant = deref(ref, where);
  const { type, required = [], properties, additionalProperties, dependentRequired = {}, ...rest } = variant;
  for (const key of Object.keys(rest)) if (!ANNOTATIONS.has(key) && !key.startsWith('x-')) fail(where, `unsupported keyword ${key}`);
  if (type !== 'object' || !properties) fail(where, 'expected an object schema with properties');
  if (additionalProperties !== false) fail(where, 'expected additionalProperties: false');
  for (const field of required) if (!(field in properties)) fail(where, `required ${field} has no schema`);
  for (const [field, needs] of Object.entries(dependentRequired)) {
    for (const f of [field, ...needs]) if (!(f in properties)) fail(where, `dependentRequired names ${f}, which has no schema`);
  }
  if (!required.includes(discriminator)) fail(where, `${discriminator} must be required`);

  const discriminatorSchema = deref(properties[discriminator], `${where}.${discriminator}`);
  if (discriminatorSchema.type !== 'string' || !Array.isArray(discriminatorSchema.enum)) fail(where, `${discriminator} must be a string enum`);
  for (const value of discriminatorSchema.enum) {
    if (value in events) fail(where, `${discriminator} ${value} is also in ${events[value]}`);
    if (mapping[value] !== undefined && mapping[value] !== ref.$ref) fail(where, `discriminator mapping sends ${value} to ${mapping[value]}`);
    events[value] = name;
  }

  for (const [field, schema] of Object.entries(properties)) {
    if (field === discriminator) continue;
    const rule = ruleOf(schema, `${where}.${field}`);
    if (fields[field] && JSON.stringify(fields[field]) !== JSON.stringify(rule)) {
      fail(where, `${field} differs from its schema in another variant; the interpreter keeps one rule per field`);
    }
    fields[field] = rule;
  }
  const list = (names) => names.filter((f) => f !== discriminator);
  variants[name] = {
    required: list(required),
    optional: list(Object.keys(properties).filter((f) => !required.includes(f))),
    ...(Object.keys(dependentRequired).length > 0 && { dependentRequired }),
  };
}
for (const value of Object.keys(mapping)) if (!(value in events)) fail('discriminator', `mapping names ${value}, which no variant's enum has`);

const names = (kind) => Object.keys(fields).filter((f) => fields[f].kind === kind).sort();
const union = (list) => (list.length ? list.map((f) => JSON.stringify(f)).join(' | ') : 'never');
const json = (value) => JSON.stringify(value, null, 2);

const source = `// Generated — do not edit.
// scripts/generate-webhooks.mjs from webhooks.${WEBHOOK} of specs/api-v2010 (bundled to ${relative(repoRoot, bundlePath)}).
// Change the spec, then run \`pnpm --filter @conference-kit/client generate\` (after the specs' build).

/** How one form field is read: \`boolean\` is \`true\`/\`false\`, \`integer\` is decimal digits; the rest are checked strings. */
export type FieldRule =
  | { readonly kind: 'boolean' }
  | { readonly kind: 'integer'; readonly minLength?: number; readonly maxLength?: number }
  | {
      readonly kind: 'string';
      readonly enum?: readonly string[];
      readonly pattern?: string;
      readonly minLength?: number;
      readonly maxLength?: number;
      readonly format?: 'uri';
    };

/** One \`oneOf\` member: its fields besides the discriminator, and fields that require others. */
export interface VariantRule {
  readonly required: readonly string[];
  readonly optional: readonly string[];
  readonly dependentRequired?: Readonly<Record<string, readonly string[]>>;
}

/** The field whose value picks the variant. */
export const DISCRIMINATOR = ${JSON.stringify(discriminator)};

/** Every field of every variant, except the discriminator. */
export const FIELDS: Readonly<Record<string, FieldRule>> = ${json(fields)};

/** The variants, by schema name. */
export const VARIANTS: Readonly<Record<string, VariantRule>> = ${json(variants)};

/** Each discriminator value, and the variant it selects. */
export const EVENTS: Readonly<Record<string, string>> = ${json(events)};

/** Fields read as booleans. */
export type BooleanField = ${union(names('boolean'))};

/** Fields read as integers. */
export type IntegerField = ${union(names('integer'))};
`;

emitGenerated({ target, source, repoRoot, changed: `the spec's ${WEBHOOK} webhook`, packageName: '@conference-kit/client' });
