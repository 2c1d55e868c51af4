/**
 * The benchmark scripts must not rot: `bench/throughput.mjs --quick` (the start-up and in-process rows,
 * every contestant and operation for one short round, then the scale run over 1,000 conferences) runs
 * to the end and prints its tables.
 * This checks that the script works, never how fast anything is.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const script = fileURLToPath(new URL('../bench/throughput.mjs', import.meta.url));

describe('pnpm bench:mock --quick', () => {
  it('runs every contestant, operation and the scale run, and prints the tables', async () => {
    const { stdout } = await run(process.execPath, [script, '--quick'], { timeout: 60_000, maxBuffer: 1 << 20 });
    const contestants = ['node:http floor', 'Prism http-server lib', 'mock (examples)', 'mock (sandbox)'];
    expect(stdout).toMatch(/^import \+ startSandbox\(\) \(mock\) +\d+ \[\d+–\d+\] .* ≤ 250 ms (met|not met)$/m);
    for (const operation of ['fetch', 'list', 'create']) {
      expect(stdout).toMatch(new RegExp(`^${operation} +new Response \\(floor\\) +[\\d.]+ \\[[\\d.]+–[\\d.]+\\]`, 'm'));
      expect(stdout).toMatch(new RegExp(`^${operation} +sandbox\\.fetch \\(mock\\) +[\\d.]+ \\[[\\d.]+–[\\d.]+\\] +[\\d.]+×`, 'm'));
    }
    expect(stdout).toMatch(/^fetch +mock \(sandbox\) .* [\d.]+× +≤ 2\.5× (met|not met) /m);
    expect(stdout).toMatch(/^operation +contestant/m);
    for (const operation of ['fetch', 'list', 'create']) {
      for (const contestant of contestants) expect(stdout).toMatch(new RegExp(`^${operation} +${contestant.replace(/[()]/g, '\\$&')} +\\d+ \\[\\d+–\\d+\\]`, 'm'));
      expect(stdout).toMatch(new RegExp(`^${operation} +throughput ratios`, 'm'));
    }
    // Every answer was a 2xx: the non-2xx column is 0 on every row.
    expect(stdout.split('\n').filter((line) => /^(fetch|list|create) +(node|Prism|mock)/.test(line)).every((line) => / 0$/.test(line))).toBe(true);
    expect(stdout).toContain('memory (each contestant its own process');
    // Columns never run together, however wide a figure grows (`14119 [14119–14119]3600` once did).
    expect(stdout.split('\n').filter((line) => /\][0-9A-Za-z]/.test(line))).toEqual([]);
    expect(stdout).toContain('Sandbox at scale: 1,000 conferences, 5,000 participants');
    expect(stdout).toMatch(/^conference-kit-mock --seed-file \(fresh process\): first answer after [\d.]+ s, peak RSS \d+ MB/m);
    expect(stdout).toMatch(/^Status=completed&PageSize=20 +20 +[\d.]+ +[\d.]+/m);
    expect(stdout).toContain('targets:');
  }, 60_000);
});
