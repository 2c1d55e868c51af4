// Bundles each multi-file spec into one self-contained document per format under dist/, which is
// what every other package reads: the types generator, the mock, the docs and the contract tests.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const specsDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const apis = ['api-v2010', 'insights-v1', 'sandbox-v1'];
const formats = ['json', 'yaml'];

rmSync(join(specsDir, 'dist'), { recursive: true, force: true });
for (const api of apis) {
  for (const ext of formats) {
    execFileSync(
      join(specsDir, 'node_modules', '.bin', 'redocly'),
      [
        'bundle', api,
        '--config', '../redocly.yaml',
        '--output', `dist/${api}.${ext}`,
        // Two shared files with one base name would silently be renamed: fail instead.
        '--component-renaming-conflicts-severity', 'error',
      ],
      // Quiet on success: Redocly prints a banner on every run. On failure execFileSync throws
      // with Redocly's own output attached.
      { cwd: specsDir, stdio: 'pipe', env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } },
    );
  }
}
console.log(`bundled ${apis.join(', ')} to specs/dist/ (${formats.join(', ')})`);
