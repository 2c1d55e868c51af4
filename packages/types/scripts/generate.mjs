// Generates src/<api>.gen.ts from each bundled spec with openapi-typescript.
//   node scripts/generate.mjs          write the files
//   node scripts/generate.mjs --check  write nothing; fail if a committed file differs from what the
//                                      specs generate now (openapi-typescript's own --check misreports
//                                      when redocly.yaml lists several APIs, so we compare ourselves)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import openapiTS, { astToString } from 'openapi-typescript';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = join(packageDir, '..', '..');
const require = createRequire(import.meta.url);
const apis = ['api-v2010', 'insights-v1', 'sandbox-v1'];
const check = process.argv.includes('--check');

async function generate(api) {
  const bundle = require.resolve(`@conference-kit/specs/${api}.json`);
  const ast = await openapiTS(pathToFileURL(bundle), {
    rootTypes: true,
    rootTypesNoSchemaPrefix: false,
    // A default is what Twilio assumes when a form field is left out, so the field stays optional.
    defaultNonNullable: false,
    silent: true,
  });
  const header = [
    '// Generated — do not edit.',
    `// openapi-typescript from specs/${api}/openapi.yaml (bundled to ${relative(repoRoot, bundle)}).`,
    '// Change the spec, then run `pnpm generate` at the repository root.',
    '',
  ].join('\n');
  return `${header}\n${astToString(ast)}`;
}

const stale = [];
for (const api of apis) {
  const target = join(packageDir, 'src', `${api}.gen.ts`);
  const fresh = await generate(api);
  if (check) {
    let committed = '';
    try {
      committed = readFileSync(target, 'utf8');
    } catch {
      // A missing file is as stale as a wrong one.
    }
    if (committed !== fresh) stale.push(relative(repoRoot, target));
  } else {
    writeFileSync(target, fresh);
    console.log(`wrote ${relative(repoRoot, target)}`);
  }
}

if (stale.length > 0) {
  console.error(
    `Generated types are stale — the specs changed since they were generated:\n  ${stale.join('\n  ')}\n` +
      'Run `pnpm generate` at the repository root and commit the result.',
  );
  process.exit(1);
} else if (check) {
  console.log(`generated types are up to date with the specs (${apis.join(', ')})`);
}
