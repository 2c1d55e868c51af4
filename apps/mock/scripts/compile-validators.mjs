// Build step: the request validators of every operation, compiled from the specs ahead of time, so the
// sandbox validates without loading Prism at start-up. They are exactly the schemas Prism's own
// `validateInput` compiles at run time — built here by Prism's own code (its allOf merge and readOnly
// filter for bodies, its parameter-object schema for query and path) — compiled by the same ajv with
// the same options and formats Prism uses (resolved through @stoplight/prism-http's own dependencies),
// and written out with ajv's standalone code generation to dist/specs/validators.cjs, which every build
// writes afresh (generated — do not edit). src/validation/request-validator.ts runs them with Prism's
// deserializers, in Prism's order, and words their errors as Prism does.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const prismRequire = createRequire(require.resolve('@stoplight/prism-http/package.json'));
const Ajv = prismRequire('ajv').default;
const Ajv2019 = prismRequire('ajv/dist/2019').default;
const Ajv2020 = prismRequire('ajv/dist/2020').default;
const addFormats = prismRequire('ajv-formats').default;
const standaloneCode = prismRequire('ajv/dist/standalone').default;
const { _ } = prismRequire('ajv');
const mergeAllOf = prismRequire('@stoplight/json-schema-merge-allof');
const { stripReadOnlyProperties } = prismRequire('./dist/utils/filterRequiredProperties.js');
const { fmtDef, date_time, compareDateTime } = prismRequire('./dist/validator/validators/dateTime.js');

const target = new URL('../dist/specs/', import.meta.url);

// Prism's options (validator/validators/utils.js), with the generated code referring to the formats it
// is given at load time.
const unknownFormatSilencerLogger = {
  warn(...args) {
    if (typeof args[0] === 'string' && args[0].startsWith('unknown format')) return;
    console.warn(...args);
  },
  log: console.log,
  error: console.error,
};
function instance(AjvClass, coerce) {
  const ajv = new AjvClass({
    allErrors: true,
    allowUnionTypes: true,
    allowMatchingProperties: true,
    strict: false,
    logger: unknownFormatSilencerLogger,
    coerceTypes: coerce,
    code: { source: true, formats: _`formats` },
  });
  addFormats(ajv);
  ajv.addFormat('date-time', fmtDef(date_time, compareDateTime));
  return ajv;
}
const DRAFTS = [
  { name: 'draft2019_09', test: /^https?:\/\/json-schema.org\/draft\/2019-09\/schema#?$/, AjvClass: Ajv2019 },
  { name: 'draft2020_12', test: /^https?:\/\/json-schema.org\/draft\/2020-12\/schema#?$/, AjvClass: Ajv2020 },
];
const instances = new Map();
function ajvFor(schema, coerce) {
  const draft = DRAFTS.find((d) => d.test.test(String(schema.$schema)));
  const key = `${draft?.name ?? 'default'}_${coerce ? 'coerce' : 'noCoerce'}`;
  if (!instances.has(key)) instances.set(key, { key, ajv: instance(draft?.AjvClass ?? Ajv, coerce), exports: {} });
  return instances.get(key);
}

/** Prism's params.js `createJsonSchemaFromParams`. */
function schemaOfParameters(params) {
  const properties = {};
  for (const p of params) if (p.schema !== undefined) properties[p.name.toLocaleLowerCase()] = p.schema;
  return { type: 'object', properties, required: params.filter((p) => p.required).map((p) => p.name.toLowerCase()) };
}

/** Prism's body.js `withoutAllOf`, then the readOnly filter it applies to request bodies. */
function normalisedBodySchema(schema) {
  let merged;
  try {
    merged = mergeAllOf(schema, { deep: true, ignoreAdditionalProperties: true });
  } catch {
    merged = schema;
  }
  // An Option: `none` leaves the body unvalidated, as Prism then does.
  const stripped = stripReadOnlyProperties(merged);
  return stripped._tag === 'Some' ? stripped.value : undefined;
}

let count = 0;
/**
 * Compiles a schema as Prism's `getValidationFunction` does (`{ ...schema, __bundled__ }`, no bundle
 * here); `null` when ajv cannot compile it, which Prism treats as no validation at all.
 */
function compiled(schema, coerce) {
  const { key, ajv, exports } = ajvFor(schema, coerce);
  const name = `v${count++}`;
  try {
    ajv.addSchema({ ...schema, __bundled__: undefined }, name);
    ajv.getSchema(name);
  } catch {
    ajv.removeSchema(name);
    return null;
  }
  exports[name] = name;
  return { instance: key, name };
}

const manifest = {};
for (const spec of ['api-v2010', 'insights-v1', 'sandbox-v1']) {
  const operations = JSON.parse(readFileSync(new URL(`${spec}.operations.json`, target), 'utf8'));
  for (const operation of operations) {
    const key = `${operation.method} ${operation.path}`;
    if (manifest[key]) throw new Error(`Two operations for ${key}`);
    const request = operation.request ?? {};
    const entry = {};
    // The mock hands Prism no header or cookie a spec declares, so Prism never validated one: an optional
    // one (the event stream's Last-Event-ID, which the inspector's route checks itself) changes nothing,
    // a required one would have been refused by Prism and is refused here rather than skipped.
    for (const where of ['headers', 'cookie']) {
      if ((request[where] ?? []).some((p) => p.required)) throw new Error(`${key} requires ${where} parameters, which the compiled validators do not check`);
    }
    for (const where of ['query', 'path']) {
      if (!request[where]) continue;
      const params = request[where];
      const schema = schemaOfParameters(params);
      entry[where] = {
        // What Prism's deserializers read: the name, style and explode, and the type of the schema it validates.
        params: params.map((p) => {
          const property = schema.properties[p.name.toLowerCase()];
          return { name: p.name, style: p.style, explode: p.explode, deprecated: p.deprecated, schema: property && { type: property.type } };
        }),
        validator: params.length > 0 ? compiled(schema, true) : null,
      };
    }
    if (request.body) {
      entry.body = {
        required: request.body.required,
        contents: (request.body.contents ?? []).map((content) => {
          const schema = content.schema == null ? undefined : normalisedBodySchema(content.schema);
          const form = /^(application\/x-www-form-urlencoded|multipart\/form-data)$/.test(content.mediaType);
          if (schema === undefined) return { mediaType: content.mediaType, encodings: content.encodings ?? [], schema: null };
          return {
            mediaType: content.mediaType,
            encodings: content.encodings ?? [],
            schema: {
              // What deserializeFormBody reads of the schema: its property names and their types.
              properties:
                schema.properties &&
                Object.fromEntries(
                  Object.entries(schema.properties).map(([name, p]) => [
                    name,
                    typeof p === 'boolean' ? p : { type: p.type, ...(p.items && typeof p.items === 'object' && { items: { type: p.items.type } }) },
                  ]),
                ),
              validator: compiled(schema, form),
            },
          };
        }),
      };
    }
    manifest[key] = entry;
  }
}

const modules = [...instances.entries()].map(([key, { ajv, exports }]) => `${JSON.stringify(key)}: (() => {\nconst module = { exports: {} };\nconst exports = module.exports;\n${standaloneCode(ajv, exports)}\nreturn module.exports;\n})()`);
const code = `// generated by scripts/compile-validators.mjs from the specs at build time — do not edit.
"use strict";
/** The request validators, by ajv instance; \`require\` resolves as from @stoplight/prism-http, \`formats\` are Prism's. */
module.exports = function loadValidators(require, formats) {
  return {
${modules.join(',\n')}
  };
};
module.exports.manifest = ${JSON.stringify(manifest)};
`;
writeFileSync(new URL('validators.cjs', target), code);
