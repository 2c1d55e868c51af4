/**
 * Prism's `validateInput` (@stoplight/prism-http 5.12.0, validator/index.js) on validators compiled at
 * build time (scripts/compile-validators.mjs), so that sandbox mode never loads Prism: the same schemas,
 * compiled by the same ajv with Prism's options and formats, fed by Prism's own deserializers and path
 * matcher, in Prism's order, with its wording. What it is given is what the pipeline gives Prism: a
 * media type the operation declares (or none, with no body), never a Content-Length, no header
 * parameters (the build refuses specs that declare any). The mock suites are what hold it to Prism.
 */
import { createRequire } from 'node:module';
import type { IPrismDiagnostic } from '@stoplight/prism-core';
import type { IHttpOperation } from '@stoplight/types';

// DiagnosticSeverity.Error and .Warning of @stoplight/types, without loading the package for two numbers.
const ERROR = 0;
const WARNING = 1;

type Values = Record<string, string | string[]>;

export interface ValidatedRequest {
  /** The path as sent (percent-encoded); Prism's path matcher decodes the parameters. */
  path: string;
  query: Values;
  /** The body's media type, when there is a body: one the operation declares. */
  mediaType: string | undefined;
  /** A form body as text, a JSON body parsed, `undefined` for none. */
  body: unknown;
}

export type ValidateInput = (operation: IHttpOperation, request: ValidatedRequest) => IPrismDiagnostic[];

interface AjvError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}
type CompiledValidator = ((data: unknown) => boolean) & { errors?: AjvError[] | null };
interface ValidatorRef {
  instance: string;
  name: string;
}
type PropertySchema = boolean | { type?: unknown; items?: { type?: unknown } };
interface ParamEntry {
  name: string;
  style?: string;
  explode?: boolean;
  deprecated?: boolean;
  schema?: { type?: unknown };
}
interface ContentEntry {
  mediaType: string;
  encodings: Array<{ property: string; style?: string; explode?: boolean; allowReserved?: boolean }>;
  schema: { properties?: Record<string, PropertySchema>; validator: ValidatorRef | null } | null;
}
interface ParamsEntry {
  params: ParamEntry[];
  validator: ValidatorRef | null;
}
interface OperationEntry {
  query?: ParamsEntry;
  path?: ParamsEntry;
  body?: { required?: boolean; contents: ContentEntry[] };
}
interface PreparedParams {
  prefix: 'query' | 'path';
  validator: ValidatorRef | null;
  any: boolean;
  deprecated: ParamEntry[];
  fields: Array<{ name: string; spec: ParamEntry; deserialize: Deserializer | undefined }>;
}
interface PreparedOperation {
  body: OperationEntry['body'];
  query: PreparedParams | undefined;
  path: { params: PreparedParams; template: { match(path: string): Values | null } } | undefined;
}
type Deserializer = (name: string, parameters: Values, schema: { type?: unknown } | undefined, explode: boolean) => unknown;
type Loader = ((require: NodeJS.Require, formats: Record<string, unknown>) => Record<string, Record<string, CompiledValidator>>) & {
  manifest: Record<string, OperationEntry>;
};

/** Loads the compiled validators from `file` (dist/specs/validators.cjs). */
export function loadRequestValidator(file: string): ValidateInput {
  const require = createRequire(import.meta.url);
  // Prism's own dependencies (its ajv, formats, deserializers), whatever else is installed beside the mock.
  const prism = createRequire(require.resolve('@stoplight/prism-http/package.json'));
  const load = require(file) as Loader;
  const { fullFormats } = prism('ajv-formats/dist/formats') as { fullFormats: Record<string, unknown> };
  const dateTime = prism('./dist/validator/validators/dateTime.js') as {
    fmtDef(validate: unknown, compare: unknown): unknown;
    date_time: unknown;
    compareDateTime: unknown;
  };
  const validators = load(prism, { ...fullFormats, 'date-time': dateTime.fmtDef(dateTime.date_time, dateTime.compareDateTime) });
  const deserializers = prism('./dist/validator/deserializers/index.js') as Record<'query' | 'path' | 'body', Record<string, Deserializer>>;
  const { URI } = prism('uri-template-lite') as { URI: { Template: new (template: string) => { match(path: string): Values | null } } };

  /** Prism's `validateAgainstSchema`: a validator that cannot run finds nothing. */
  function run(ref: ValidatorRef | null, value: unknown, prefix: string): IPrismDiagnostic[] {
    const validate = ref && validators[ref.instance]?.[ref.name];
    if (!validate) return [];
    try {
      validate(value);
    } catch {
      return [];
    }
    return validate.errors && validate.errors.length > 0 ? convertAjvErrors(validate.errors, prefix) : [];
  }

  /** A manifest entry's parameters with what each request would otherwise look up again. */
  function prepareParams(entry: ParamsEntry, prefix: 'query' | 'path', defaultStyle: string): PreparedParams {
    // keyBy: the last parameter of a lower-cased name decides.
    const byName = new Map<string, ParamEntry>();
    for (const spec of entry.params) byName.set(spec.name.toLowerCase(), spec);
    return {
      prefix,
      validator: entry.validator,
      any: entry.params.length > 0,
      deprecated: entry.params.filter((spec) => spec.deprecated),
      fields: [...byName].map(([name, spec]) => ({ name, spec, deserialize: deserializers[prefix][spec.style || defaultStyle] })),
    };
  }

  /** Prism's `validateParams`. */
  function validateParams(target: Values, prepared: PreparedParams): IPrismDiagnostic[] {
    const { prefix } = prepared;
    const warnings: IPrismDiagnostic[] = prepared.deprecated
      .filter((spec) => target[spec.name])
      .map((spec) => ({
        path: [prefix, spec.name],
        code: 'deprecated',
        message: `${prefix.charAt(0).toUpperCase()}${prefix.slice(1)} param ${spec.name} is deprecated`,
        severity: WARNING,
      }));
    if (!prepared.any) return warnings;
    const lowerCased: Values = {};
    for (const key in target) lowerCased[key.toLowerCase()] = target[key]!;
    // pickBy: only truthy values are validated.
    const values: Record<string, unknown> = {};
    for (const { name, spec, deserialize } of prepared.fields) {
      const value = deserialize?.(name, lowerCased, spec.schema, spec.explode || false);
      if (value) values[name] = value;
    }
    const errors = run(prepared.validator, values, prefix);
    return warnings.length === 0 ? errors : [...errors, ...warnings];
  }

  /** Prism's `validateInputBody` and body `validate`, for the media types the pipeline passes. */
  function validateBody(entry: NonNullable<OperationEntry['body']>, body: unknown, mediaType: string | undefined): IPrismDiagnostic[] {
    if (entry.required && !body) return [{ code: 'required', message: 'Body parameter is required', severity: ERROR }];
    if (body === undefined || body === null) return [];
    const content = (mediaType !== undefined && entry.contents.find((c) => sameMediaType(mediaType, c.mediaType))) || entry.contents[0];
    if (!content?.schema) return [];
    if (mediaType === undefined || !isFormMediaType(mediaType)) return run(content.schema.validator, body, 'body');
    if (typeof body !== 'string') return [{ message: 'Target is not a string', code: '422', severity: ERROR }];
    if (mediaType === 'multipart/form-data') throw new Error('multipart/form-data bodies are not validated by the compiled validators');
    const encoded = splitUriParams(body);
    const reserved = content.encodings
      .filter((encoding) => !encoding.allowReserved && /[/?#[\]@!$&'()*+,;=]/.test(encoded[encoding.property] as string))
      .map((encoding) => ({ path: ['body', encoding.property], message: 'Reserved characters used in request body', severity: ERROR }));
    if (reserved.length > 0) return reserved;
    const deserialized = deserializeFormBody(content, decodeUriEntities(encoded, content.mediaType));
    if (!('values' in deserialized)) return [deserialized.error];
    return run(content.schema.validator, deserialized.values, 'body');
  }

  /** Prism's `deserializeFormBody`. */
  function deserializeFormBody(content: ContentEntry, decoded: Values): { values: Record<string, unknown> } | { error: IPrismDiagnostic } {
    const properties = content.schema?.properties;
    if (!properties) return { values: decoded };
    const values: Record<string, unknown> = {};
    for (const property of Object.keys(properties)) {
      values[property] = decoded[property];
      const encoding = encodingOf(content, property);
      const propertySchema = properties[property];
      if (!encoding?.style || !propertySchema || typeof propertySchema === 'boolean') continue;
      let deserializedValues = deserializers.body[encoding.style]!(property, decoded, propertySchema, encoding.explode as boolean);
      if (Array.isArray(deserializedValues) && typeof propertySchema.items === 'object' && propertySchema.items.type === 'object') {
        const [parsed, unparsed] = parseBrokenJSONArray(deserializedValues as string[]);
        if (unparsed.length > 0) {
          return {
            error: { message: 'Cannot deserialize JSON object array in form data request body. Make sure the array is in JSON', code: 415, severity: ERROR },
          };
        }
        deserializedValues = parsed;
      }
      values[property] = deserializedValues;
    }
    return { values };
  }

  /** The first encoding named for a property, as Prism's `find` gives it, looked up once per content. */
  const encodings = new WeakMap<ContentEntry, Map<string, ContentEntry['encodings'][number]>>();
  function encodingOf(content: ContentEntry, property: string) {
    let byProperty = encodings.get(content);
    if (!byProperty) {
      byProperty = new Map();
      for (const encoding of content.encodings) if (!byProperty.has(encoding.property)) byProperty.set(encoding.property, encoding);
      encodings.set(content, byProperty);
    }
    return byProperty.get(property);
  }

  const prepared = new Map<string, PreparedOperation>();
  for (const [key, entry] of Object.entries(load.manifest)) {
    const template = key.slice(key.indexOf(' ') + 1);
    prepared.set(key, {
      body: entry.body,
      query: entry.query && prepareParams(entry.query, 'query', 'form'),
      path: entry.path && { params: prepareParams(entry.path, 'path', 'simple'), template: new URI.Template(template) },
    });
  }
  const byOperation = new WeakMap<IHttpOperation, PreparedOperation>();

  return (operation, request) => {
    let entry = byOperation.get(operation);
    if (!entry) {
      entry = prepared.get(`${operation.method} ${operation.path}`);
      if (!entry) throw new Error(`No compiled validator for ${operation.method.toUpperCase()} ${operation.path}: rebuild the mock`);
      byOperation.set(operation, entry);
    }
    // Prism's order: body, headers (none declared), query, path.
    const body = entry.body ? validateBody(entry.body, request.body, request.mediaType) : [];
    const query = entry.query ? validateParams(request.query, entry.query) : [];
    // A path that does not match the template gives no parameters, as Prism's lodash reads `null`.
    const path = entry.path ? validateParams(entry.path.template.match(request.path) ?? {}, entry.path.params) : [];
    return body.length + query.length + path.length === 0 ? body : [...body, ...query, ...path];
  };
}

/** Prism's `convertAjvErrors`, for a request. */
function convertAjvErrors(errors: AjvError[], prefix: string): IPrismDiagnostic[] {
  return errors.map((error) => {
    const allowedParameters = 'allowedValues' in error.params ? `: ${(error.params.allowedValues as unknown[]).join(', ')}` : '';
    const detectedAdditionalProperties = 'additionalProperty' in error.params ? `; found '${String(error.params.additionalProperty)}'` : '';
    const unevaluatedProperty = 'unevaluatedProperty' in error.params ? `: '${String(error.params.unevaluatedProperty)}'` : '';
    const errorPath = error.instancePath.split('/').filter((segment) => segment !== '');
    const errorPathType = errorPath.length > 0 ? (prefix === 'body' ? 'property ' : 'parameter ') : '';
    const errorSourceDescription = `Request ${prefix} ${errorPathType}${errorPath.join('.').trim()}${errorPath.length > 0 ? ' ' : ''}`;
    return {
      path: [prefix, ...errorPath],
      code: error.keyword || '',
      message: `${errorSourceDescription}${error.message || ''}${allowedParameters}${detectedAdditionalProperties}${unevaluatedProperty}`,
      severity: ERROR,
    };
  });
}

/** Prism's `wildcardMediaTypeMatch` on the plain `type/subtype` values the pipeline passes. */
function sameMediaType(requested: string, declared: string): boolean {
  const a = /^(.+)\/(?:(.+)\+)?(.+)$/.exec(requested.toLowerCase());
  const b = /^(.+)\/(?:(.+)\+)?(.+)$/.exec(declared.split(';')[0]!.trim().toLowerCase());
  return !!a && !!b && (a[1] === b[1] || b[1] === '*') && (a[3] === b[3] || b[3] === '*');
}

function isFormMediaType(mediaType: string): boolean {
  return mediaType === 'application/x-www-form-urlencoded' || mediaType === 'multipart/form-data';
}

/** Prism's `splitUriParams`: the last of a repeated name wins. */
function splitUriParams(target: string): Values {
  const result: Values = {};
  for (const pair of target.split('&')) {
    const [key, ...rest] = pair.split('=');
    result[key!] = rest.join('=');
  }
  return result;
}

/** Prism's `decodeUriEntities`, including its throwing on a name that is not valid percent-encoding. */
function decodeUriEntities(target: Values, mediaType: string): Values {
  const result: Values = {};
  for (let [key, value] of Object.entries(target) as Array<[string, string]>) {
    try {
      if (mediaType === 'application/x-www-form-urlencoded') value = value.replaceAll('+', '%20');
      result[decodeURIComponent(key)] = decodeURIComponent(value);
    } catch {
      result[decodeURIComponent(key)] = value;
    }
  }
  return result;
}

/** Prism's `parseBrokenJSONArray`: form values that, joined by commas, make JSON objects. */
function parseBrokenJSONArray(inputArray: string[]): [unknown[], string] {
  const parsed: unknown[] = [];
  let current = '';
  for (const item of inputArray) {
    current += (current.length > 0 ? ',' : '') + item;
    try {
      parsed.push(JSON.parse(current));
      current = '';
    } catch {
      // Not a whole object yet: the next value continues it.
    }
  }
  return [parsed, current];
}
