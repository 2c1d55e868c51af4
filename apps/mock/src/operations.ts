/**
 * The operations of the specs as Prism reads them, precomputed by the build (dist/specs/*.operations.json),
 * plus the little the mock needs to know about them before Prism answers: which path template a URL
 * matches, which methods and body media types it has, the documented spelling of each parameter and
 * the example names a `Prefer` header may pick.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { IHttpOperation } from '@stoplight/types';

export const specNames = ['api-v2010', 'insights-v1', 'sandbox-v1'] as const;
export type SpecName = (typeof specNames)[number];
export const FORM_MEDIA_TYPE = 'application/x-www-form-urlencoded';

export interface OperationInfo {
  operation: IHttpOperation;
  /** The spec it comes from. */
  spec: SpecName;
  /** Media types its request body accepts; empty when it takes no body. */
  bodyMediaTypes: string[];
  /** Example names per status code, in document order. */
  examples: Map<string, string[]>;
  isList: boolean;
  /**
   * Query parameters and form fields typed integer. Prism coerces `1e3`, `+5`, `0x10` or `` to numbers;
   * Twilio takes decimal integers only, so the mock checks their spelling before Prism does.
   */
  integerParameters: { query: Set<string>; body: Set<string> };
  /**
   * The form fields its request body declares, in `properties` and in every `allOf`/`anyOf`/`oneOf` and
   * `if`/`then`/`else` branch. Twilio ignores any other field, so the mock drops the rest.
   */
  formFields: Set<string>;
}

export interface OperationIndex {
  operations: IHttpOperation[];
  /**
   * The operations whose path template matches `path`, keyed by lower-case method, and the path's
   * parameters: percent-decoded once (`params`), and as sent (`rawParams`).
   */
  match(path: string): { methods: Map<string, OperationInfo>; params: Record<string, string>; rawParams: Record<string, string> } | undefined;
  /** The documented spelling of a parameter that Prism reports in lower case (`datecreated<` → `DateCreated<`). */
  parameterName(lowerCaseName: string): string;
}

/**
 * A file the build writes to dist/specs/ (what the published package carries): beside the compiled
 * code, or the package's dist/ when running from source (tests depend on the build).
 */
export function builtFile(name: string): string {
  for (const dir of ['./specs/', '../dist/specs/']) {
    const file = fileURLToPath(new URL(`${dir}${name}`, import.meta.url));
    if (existsSync(file)) return file;
  }
  throw new Error(`The mock's build output ${name} is missing: run \`pnpm build\` (or \`pnpm turbo run build --filter=@conference-kit/mock\`)`);
}

export async function loadOperations(specs: readonly SpecName[]): Promise<OperationIndex> {
  // Resolved and dereferenced by Prism's getHttpOperationsFromSpec at build time (scripts/copy-specs.mjs):
  // reading them is a JSON.parse, where loading Prism and dereferencing took most of start-up.
  const perSpec = await Promise.all(
    specs.map(async (name) => ({ name, operations: JSON.parse(await readFile(builtFile(`${name}.operations.json`), 'utf8')) as IHttpOperation[] })),
  );
  const operations = perSpec.flatMap((s) => s.operations);
  const specOf = new Map(perSpec.flatMap((s) => s.operations.map((o) => [o, s.name] as const)));

  const byTemplate = new Map<string, { pattern: RegExp; names: string[]; methods: Map<string, OperationInfo> }>();
  const names = new Map<string, string>();
  for (const operation of operations) {
    let entry = byTemplate.get(operation.path);
    if (!entry) {
      const pattern = new RegExp(
        `^${operation.path.split(/\{[^}]+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('([^/]+)')}$`,
      );
      const templateNames = [...operation.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
      entry = { pattern, names: templateNames, methods: new Map() };
      byTemplate.set(operation.path, entry);
    }
    const examples = new Map<string, string[]>();
    for (const response of operation.responses) {
      examples.set(response.code, (response.contents ?? []).flatMap((c) => (c.examples ?? []).map((e) => e.key)));
    }
    entry.methods.set(operation.method.toLowerCase(), {
      operation,
      spec: specOf.get(operation)!,
      bodyMediaTypes: (operation.request?.body?.contents ?? []).map((c) => c.mediaType),
      examples,
      isList: String(operation.iid ?? '').startsWith('List'),
      integerParameters: {
        query: new Set((operation.request?.query ?? []).filter((p) => isInteger(p.schema)).map((p) => p.name)),
        body: new Set(
          (operation.request?.body?.contents ?? []).flatMap((content) =>
            Object.entries((content.schema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {})
              .filter(([, schema]) => isInteger(schema))
              .map(([name]) => name),
          ),
        ),
      },
      formFields: declaredProperties(
        (operation.request?.body?.contents ?? []).find((content) => content.mediaType === FORM_MEDIA_TYPE)?.schema,
      ),
    });
    const params = [
      ...(operation.request?.query ?? []),
      ...(operation.request?.path ?? []),
      ...(operation.request?.headers ?? []),
    ];
    for (const p of params) names.set(p.name.toLowerCase(), p.name);
    for (const content of operation.request?.body?.contents ?? []) {
      const properties = (content.schema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {};
      for (const key of Object.keys(properties)) names.set(key.toLowerCase(), key);
    }
  }

  return {
    operations,
    match(path) {
      for (const { pattern, names: templateNames, methods } of byTemplate.values()) {
        const found = pattern.exec(path);
        if (!found) continue;
        const params: Record<string, string> = {};
        const rawParams: Record<string, string> = {};
        templateNames.forEach((name, i) => {
          rawParams[name] = found[i + 1]!;
          params[name] = safeDecode(found[i + 1]!);
        });
        return { methods, params, rawParams };
      }
      return undefined;
    },
    parameterName: (lower) => names.get(lower) ?? lower,
  };
}

/** Every property name a schema declares, in any branch a value may have to satisfy. */
function declaredProperties(schema: unknown, into = new Set<string>(), seen = new Set<unknown>()): Set<string> {
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return into;
  seen.add(schema);
  const node = schema as Record<string, unknown>;
  for (const name of Object.keys((node.properties as Record<string, unknown> | undefined) ?? {})) into.add(name);
  for (const key of ['allOf', 'anyOf', 'oneOf']) {
    for (const branch of Array.isArray(node[key]) ? (node[key] as unknown[]) : []) declaredProperties(branch, into, seen);
  }
  for (const key of ['if', 'then', 'else']) declaredProperties(node[key], into, seen);
  return into;
}

/** An integer schema, nullable or not. */
function isInteger(schema: unknown): boolean {
  const type = (schema as { type?: unknown } | undefined)?.type;
  return type === 'integer' || (Array.isArray(type) && type.includes('integer'));
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
