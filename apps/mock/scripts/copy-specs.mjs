// The published mock carries the bundled specs it serves, so `npx @conference-kit/mock` needs nothing else.
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const target = new URL('../dist/specs/', import.meta.url);
mkdirSync(target, { recursive: true });
for (const name of ['api-v2010', 'insights-v1', 'sandbox-v1']) {
  copyFileSync(require.resolve(`@conference-kit/specs/${name}.json`), new URL(`${name}.json`, target));
}
