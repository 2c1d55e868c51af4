/**
 * The benchmark scripts must not rot: `bench/run.mjs --quick` (one short round per request contestant,
 * one pagination walk of 10 pages per walker in fresh processes, the bundle sizes) and
 * `bench/twiml.mjs --quick` (the TwiML bundles, two short rounds of builds) run to the end and print
 * their tables. This checks that the scripts work, never how fast anything is.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const script = fileURLToPath(new URL('../bench/run.mjs', import.meta.url));
const twimlScript = fileURLToPath(new URL('../bench/twiml.mjs', import.meta.url));

describe('pnpm bench:client --quick', () => {
  it('runs every contestant and prints the tables', async () => {
    const { stdout } = await run(process.execPath, [script, '--quick'], { timeout: 30_000, maxBuffer: 1 << 20 });
    for (const name of ['plain fetch', 'openapi-fetch alone', 'conference-kit client', 'conference-kit, timeoutMs 0', 'twilio (official)']) {
      expect(stdout).toMatch(new RegExp(`^${name.replace(/[()]/g, '\\$&')} +\\d+ \\[\\d+–\\d+\\] +\\d+ \\[\\d+–\\d+\\] +[\\d.]+ +[\\d.]+`, 'm'));
    }
    // Each row with a goal says it and whether this run met it: a figure, never a failure.
    expect(stdout).toMatch(/^conference-kit client .* ≤ 1\.05× fetch +(yes|no|wall (yes|no), CPU (yes|no))$/m);
    expect(stdout).toMatch(/^twilio \(official\) .* ≥ 1\.3× ours \([\d.]+× wall, [\d.]+× CPU\) +(yes|no|wall (yes|no), CPU (yes|no))$/m);
    expect(stdout).toMatch(/^conference-kit paginate .* [\d.]+ +≤ 1\.2× floor +(yes|no)$/m);
    expect(stdout).toContain('Pagination: 10,000 items over 10 pages of 1000');
    // Columns never run together, however wide a figure grows (`14119 [14119–14119]3600` once did).
    expect(stdout.split('\n').filter((line) => /\][0-9A-Za-z]/.test(line))).toEqual([]);
    for (const name of ['plain fetch \\(floor\\)', 'conference-kit paginate', 'twilio each\\(\\)']) {
      expect(stdout).toMatch(new RegExp(`^${name} +\\d+ \\[\\d+–\\d+\\]`, 'm'));
    }
    expect(stdout).toMatch(/^Bundle \(one fetch call, esbuild --minify, gzip\): conference-kit [\d.]+ kB/m);
  }, 30_000);
});

describe('pnpm bench:twiml --quick', () => {
  it('bundles and times both builders for each document', async () => {
    const { stdout } = await run(process.execPath, [twimlScript, '--quick'], { timeout: 30_000, maxBuffer: 1 << 20 });
    for (const document of ['<Dial><Conference>', 'IVR menu, then the conference']) {
      const rows = stdout.split('\n').filter((line) => line.startsWith(document));
      expect(rows, document).toHaveLength(2);
      expect(rows[0]).toMatch(/ [\d.]+ kB \/ [\d.]+ kB +[\d.]+ kB \/ [\d.]+ kB +[\d.]+×$/);
      expect(rows[1]).toMatch(/ [\d.]+ \[[\d.]+–[\d.]+\] +[\d.]+ \[[\d.]+–[\d.]+\] +[\d.]+×$/);
    }
  }, 30_000);
});
