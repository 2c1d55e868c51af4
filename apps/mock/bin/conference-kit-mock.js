#!/usr/bin/env node
// The committed entry point of the `conference-kit-mock` bin: it exists before the build, so installing
// the workspace links it without warnings, and it says what to do when the build is missing.
import { existsSync } from 'node:fs';

const main = new URL('../dist/main.js', import.meta.url);
if (!existsSync(main)) {
  process.stderr.write('conference-kit-mock: not built yet; run `pnpm build` (or `pnpm start` from the repository root)\n');
  process.exit(1);
}
await import(main.href);
