// How the packages' generators (the client's webhook schemas and TwiML builder, the sandbox's TwiML
// vocabulary) hand over what they generated: printed (--stdout, for their own tests), compared with the
// committed file (--check, in `pnpm check`), or written. One place, so every generator answers alike.
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';

/**
 * `source` for `target`; `changed` says what the file is generated from, in "… changed since";
 * `packageName` is the package whose `generate` script writes it.
 */
export function emitGenerated({ target, source, repoRoot, changed, packageName }) {
  const shown = relative(repoRoot, target);
  if (process.argv.includes('--stdout')) {
    process.stdout.write(source);
  } else if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(target, 'utf8');
    } catch {
      // A missing file is as stale as a wrong one.
    }
    if (committed !== source) {
      console.error(`${shown} is stale — ${changed} changed since it was generated.\nRun \`pnpm --filter ${packageName} generate\` and commit the result.`);
      process.exit(1);
    }
    console.log(`${shown} is up to date`);
  } else {
    writeFileSync(target, source);
    console.log(`wrote ${shown}`);
  }
}
