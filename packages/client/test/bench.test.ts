/**
 * The benchmark script must not rot: `bench/run.mjs --quick` (one short round per request contestant,
 * one pagination walk of 10 pages per walker in fresh processes, the bundle sizes) runs to the end and
 * prints its tables. This checks that the script works, never how fast anything is.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const script = fileURLToPath(new URL('../bench/run.mjs', import.meta.url));

describe('pnpm bench:client --quick', () => {
  it('runs every contestant and prints the tables', async () => {
    const { stdout } = await run(process.execPath, [script, '--quick'], { timeout: 30_000, maxBuffer: 1 << 20 });
    for (const name of ['plain fetch', 'openapi-fetch alone', 'conference-kit client', 'twilio (official)']) {
      expect(stdout).toMatch(new RegExp(`^${name.replace(/[()]/g, '\\$&')} +\\d+ \\[\\d+–\\d+\\] +\\d+ \\[`, 'm'));
    }
    expect(stdout).toContain('Pagination: 10,000 items over 10 pages of 1000');
    for (const name of ['plain fetch \\(floor\\)', 'conference-kit paginate', 'twilio each\\(\\)']) {
      expect(stdout).toMatch(new RegExp(`^${name} +\\d+ \\[\\d+–\\d+\\]`, 'm'));
    }
    expect(stdout).toMatch(/^Bundle \(one fetch call, esbuild --minify, gzip\): conference-kit [\d.]+ kB/m);
  }, 30_000);
});
