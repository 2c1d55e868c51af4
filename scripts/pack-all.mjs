#!/usr/bin/env node
// `pnpm pack:all [DIR]`: the published packages as the tarballs npm would publish (pnpm pack turns the
// `workspace:` ranges into versions), all in one folder (default `tarballs/` at the root), and the
// install lines that work with them. Until the packages are on the npm registry this is how a project
// outside the repository installs them: the client's `@conference-kit/types` dependency is met by its
// tarball given in the same install, so npm never asks the registry for it. The root script builds first.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const published = ['packages/types', 'packages/client', 'packages/sandbox', 'apps/mock'];
const destination = resolve(process.argv[2] ?? join(root, 'tarballs'));

mkdirSync(destination, { recursive: true });
// A tarball of an older version left beside the new one would be installed by the same glob.
for (const file of readdirSync(destination)) if (/^conference-kit-.*\.tgz$/.test(file)) rmSync(join(destination, file));
for (const dir of published) {
  execFileSync('pnpm', ['pack', '--pack-destination', destination], { cwd: join(root, dir), stdio: ['ignore', 'ignore', 'inherit'] });
}
const written = readdirSync(destination).filter((file) => /^conference-kit-.*\.tgz$/.test(file)).sort();
const at = (name) => join(destination, `conference-kit-${name}-*.tgz`);
process.stdout.write(
  [
    `conference-kit: wrote ${written.length} tarballs to ${destination}:`,
    ...written.map((file) => `  ${file}`),
    'Install them in your project with npm:',
    `  npm i ${at('types')} ${at('client')}    # the client`,
    `  npm i ${join(destination, '*.tgz')}    # the client, the mock and the sandbox`,
    '',
  ].join('\n'),
);
