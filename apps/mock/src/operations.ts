/**
 * The operations of both specs, loaded once through Prism, plus the little the mock needs to know about
 * them before Prism answers: which path template a URL matches, which methods and body media types it
 * has, the documented spelling of each parameter and the example names a `Prefer` header may pick.
 */
import { createRequire } from 'node:module';
import { getHttpOperationsFromSpec } from '@stoplight/prism-http';
import type { IHttpOperation } from '@stoplight/types';

export const specNames = ['api-v2010', 'insights-v1'] as const;

export interface OperationInfo {
  operation: IHttpOperation;
  /** Media types its request body accepts; empty when it takes no body. */
  bodyMediaTypes: string[];
  /** Example names per status code, in document order. */
  examples: Map<string, string[]>;
  isList: boolean;
}

export interface OperationIndex {
  operations: IHttpOperation[];
  /** The operations whose path template matches `path`, keyed by lower-case method. */
  match(path: string): Map<string, OperationInfo> | undefined;
  /** The documented spelling of a parameter that Prism reports in lower case (`datecreated<` → `DateCreated<`). */
  parameterName(lowerCaseName: string): string;
}

const require = createRequire(import.meta.url);

export async function loadOperations(): Promise<OperationIndex> {
  const perSpec = await Promise.all(
    specNames.map((name) => getHttpOperationsFromSpec(require.resolve(`@conference-kit/specs/${name}.json`))),
  );
  const operations = perSpec.flat();

  const byTemplate = new Map<string, { pattern: RegExp; methods: Map<string, OperationInfo> }>();
  const names = new Map<string, string>();
  for (const operation of operations) {
    let entry = byTemplate.get(operation.path);
    if (!entry) {
      const pattern = new RegExp(
        `^${operation.path.split(/\{[^}]+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^/]+')}$`,
      );
      entry = { pattern, methods: new Map() };
      byTemplate.set(operation.path, entry);
    }
    const examples = new Map<string, string[]>();
    for (const response of operation.responses) {
      examples.set(response.code, (response.contents ?? []).flatMap((c) => (c.examples ?? []).map((e) => e.key)));
    }
    entry.methods.set(operation.method.toLowerCase(), {
      operation,
      bodyMediaTypes: (operation.request?.body?.contents ?? []).map((c) => c.mediaType),
      examples,
      isList: String(operation.iid ?? '').startsWith('List'),
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
      for (const { pattern, methods } of byTemplate.values()) if (pattern.test(path)) return methods;
      return undefined;
    },
    parameterName: (lower) => names.get(lower) ?? lower,
  };
}
