/**
 * The specs as a contract other packages can check against: the bundled documents, a walk over their
 * operations, and ajv validators for any schema in them, looked up by JSON pointer.
 *
 * Validation is JSON Schema 2020-12 (OpenAPI 3.1's dialect) with real format checks, independent of
 * whatever validates inside Prism or Redocly, so a test that uses it is a second opinion.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';

// ajv-formats is CommonJS with `exports.default`; under NodeNext its default import is the module object.
const addFormats = ((ajvFormats as unknown as { default?: unknown }).default ?? ajvFormats) as (ajv: Ajv2020) => Ajv2020;

/** Twilio's APIs, which the mock serves, the docs document and the sandbox answers through `handle`. */
export const apiNames = ['api-v2010', 'insights-v1'] as const;
/** conference-kit's own APIs: the sandbox's control surface under `/__sandbox/`. */
export const controlApiNames = ['sandbox-v1'] as const;
/** Every spec under specs/: Twilio's APIs, then ours. */
export const specNames = [...apiNames, ...controlApiNames] as const;
export type ApiName = (typeof specNames)[number];

export const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof httpMethods)[number];

// Loose shapes: the documents are checked by Redocly's lint, so these only name what we read.
export type JsonObject = { [key: string]: unknown };
export interface OpenApiDocument extends JsonObject {
  openapi: string;
  paths: Record<string, JsonObject>;
  webhooks?: Record<string, JsonObject>;
  components: JsonObject & { schemas: Record<string, JsonObject> };
  security?: Array<Record<string, string[]>>;
}

export interface OperationEntry {
  api: ApiName;
  path: string;
  method: HttpMethod;
  operationId: string;
  operation: JsonObject;
  /** JSON pointer of the operation inside its document, e.g. `/paths/~1v1~1Conferences/get`. */
  pointer: string;
}

export function bundlePath(api: ApiName, ext: 'json' | 'yaml' = 'json'): string {
  return new URL(`../dist/${api}.${ext}`, import.meta.url).pathname;
}

const documents = new Map<ApiName, OpenApiDocument>();

/** The bundled document of one API, parsed once per process. Run `pnpm build` first. */
export function loadSpec(api: ApiName): OpenApiDocument {
  let doc = documents.get(api);
  if (!doc) {
    const file = bundlePath(api);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (cause) {
      throw new Error(`No bundled spec at ${file}: run \`pnpm build\` (turbo builds specs first).`, { cause });
    }
    doc = JSON.parse(text) as OpenApiDocument;
    documents.set(api, doc);
  }
  return doc;
}

export function escapePointerToken(token: string): string {
  return token.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** Follows local `$ref`s (`#/components/...`) until it reaches the object they name. */
export function deref<T = JsonObject>(doc: OpenApiDocument, node: unknown): T {
  let current = node as JsonObject;
  const seen = new Set<string>();
  while (current && typeof current === 'object' && typeof current.$ref === 'string') {
    const ref = current.$ref;
    if (!ref.startsWith('#/')) throw new Error(`Only local references are expected in a bundle, got ${ref}`);
    if (seen.has(ref)) throw new Error(`Circular reference ${ref}`);
    seen.add(ref);
    current = resolvePointer(doc, ref.slice(1)) as JsonObject;
  }
  return current as T;
}

export function resolvePointer(doc: unknown, pointer: string): unknown {
  let node: unknown = doc;
  for (const raw of pointer.split('/').slice(1)) {
    const token = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (node === null || typeof node !== 'object' || !(token in node)) {
      throw new Error(`Nothing at ${pointer} (stopped at "${token}")`);
    }
    node = (node as JsonObject)[token];
  }
  return node;
}

/** The operations of a map of path items (`paths` or `webhooks`), in document order. */
function operationsOf(doc: OpenApiDocument, section: 'paths' | 'webhooks') {
  const found: Array<{ key: string; method: HttpMethod; operationId: string; operation: JsonObject; pointer: string }> = [];
  for (const [key, rawItem] of Object.entries((doc[section] ?? {}) as Record<string, unknown>)) {
    const item = deref(doc, rawItem);
    for (const method of httpMethods) {
      const operation = item[method] as JsonObject | undefined;
      if (!operation) continue;
      found.push({ key, method, operationId: String(operation.operationId), operation, pointer: `/${section}/${escapePointerToken(key)}/${method}` });
    }
  }
  return found;
}

/** Every operation of one API, in document order. */
export function listOperations(api: ApiName): OperationEntry[] {
  return operationsOf(loadSpec(api), 'paths').map(({ key, ...rest }) => ({ api, path: key, ...rest }));
}

export interface WebhookEntry {
  api: ApiName;
  /** The webhook's key under `webhooks`, e.g. `conferenceStatusCallback`. */
  name: string;
  method: HttpMethod;
  operationId: string;
  operation: JsonObject;
  /** JSON pointer of the operation inside its document, e.g. `/webhooks/conferenceStatusCallback/post`. */
  pointer: string;
}

/** Every webhook operation (a request Twilio sends to you) of one API, in document order. */
export function listWebhooks(api: ApiName): WebhookEntry[] {
  return operationsOf(loadSpec(api), 'webhooks').map(({ key, ...rest }) => ({ api, name: key, ...rest }));
}

/** The pointer of the schema of a webhook's form-encoded request body. */
export function webhookBodySchemaPointer(entry: WebhookEntry): string {
  const raw = entry.operation.requestBody as JsonObject;
  const base = typeof raw.$ref === 'string' ? raw.$ref.slice(1) : `${entry.pointer}/requestBody`;
  return `${base}/content/application~1x-www-form-urlencoded/schema`;
}

export interface Contract {
  /** Validates `value` against the schema at `pointer` in `api`'s document; `null` when valid. */
  validate(api: ApiName, pointer: string, value: unknown): ErrorObject[] | null;
  /** The compiled validator for the schema at `pointer`, cached. */
  validator(api: ApiName, pointer: string): ValidateFunction;
  /** Validates a webhook request body (the form fields as strings) against its documented schema. */
  validateWebhook(entry: WebhookEntry, body: unknown): ErrorObject[] | null;
  /** Validates a response body against the documented schema for that operation and status. */
  validateResponse(entry: OperationEntry, status: number, body: unknown): ErrorObject[] | null;
  /** The pointer of the JSON response schema an operation documents for `status` (falling back to `default`). */
  responseSchemaPointer(entry: OperationEntry, status: number | 'default'): string;
}

/** ajv set up for OpenAPI 3.1 documents: 2020-12, every format checked, strict about unknown keywords. */
export function createContract(): Contract {
  const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: true });
  addFormats(ajv);
  // The document is registered whole; ajv must accept the OpenAPI keywords around and inside schemas.
  ajv.addVocabulary([
    'openapi', 'info', 'servers', 'security', 'tags', 'paths', 'components', 'webhooks',
    'jsonSchemaDialect', 'externalDocs', 'example', 'discriminator', 'xml', 'x-source-notes',
  ]);
  for (const api of specNames) ajv.addSchema(loadSpec(api), api);

  const validator = (api: ApiName, pointer: string): ValidateFunction => {
    const fn = ajv.getSchema(`${api}#${pointer}`);
    if (!fn) throw new Error(`No schema at ${api}#${pointer}`);
    return fn;
  };
  const validate = (api: ApiName, pointer: string, value: unknown) => {
    const fn = validator(api, pointer);
    return fn(value) ? null : [...(fn.errors ?? [])];
  };
  const responseSchemaPointer = (entry: OperationEntry, status: number | 'default') => {
    const responses = entry.operation.responses as JsonObject;
    const key = String(status) in responses ? String(status) : 'default';
    const response = responses[key];
    if (!response) throw new Error(`${entry.operationId} documents no ${status} response`);
    // Point through the response's own $ref so ajv resolves it against the document.
    const base = typeof (response as JsonObject).$ref === 'string'
      ? String((response as JsonObject).$ref).slice(1)
      : `${entry.pointer}/responses/${key}`;
    return `${base}/content/application~1json/schema`;
  };
  return {
    validate,
    validator,
    responseSchemaPointer,
    validateWebhook: (entry, body) => validate(entry.api, webhookBodySchemaPointer(entry), body),
    validateResponse: (entry, status, body) => validate(entry.api, responseSchemaPointer(entry, status), body),
  };
}

/** ajv's errors as one readable line each, for assertion messages. */
export function formatErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? ''}`.trim()).join('; ');
}
