// Build step after tsc. The published mock carries the bundled specs it serves, so `npx @conference-kit/mock`
// needs nothing else, and their operations as Prism reads them (`getHttpOperationsFromSpec`: resolved,
// dereferenced, one object per method and path), so start-up reads a JSON file instead of loading all of
// Prism and dereferencing three specs. Both go to dist/ only, made afresh by every build.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';
import { getHttpOperationsFromSpec } from '@stoplight/prism-http';

const require = createRequire(import.meta.url);
const target = new URL('../dist/specs/', import.meta.url);
mkdirSync(target, { recursive: true });
for (const name of ['api-v2010', 'insights-v1', 'sandbox-v1']) {
  const spec = new URL(`${name}.json`, target);
  copyFileSync(require.resolve(`@conference-kit/specs/${name}.json`), spec);
  const operations = await getHttpOperationsFromSpec(spec.pathname);
  const text = JSON.stringify(operations);
  // What start-up reads must be what Prism made: nothing in it may be lost to JSON (a cycle, a function, a Map).
  if (!isDeepStrictEqual(JSON.parse(text), operations)) throw new Error(`The operations of ${name} do not survive JSON.stringify`);
  writeFileSync(new URL(`${name}.operations.json`, target), text);
}
