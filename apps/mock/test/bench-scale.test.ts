/**
 * The clock and TwiML benchmark must not rot: `bench/twiml-scale.mjs --quick` (the timer rows for 1,000
 * and 10,000 timers, then 1,000 inbound calls through the IVR into 100 conferences, and its floor) runs to
 * the end and prints its tables. The scenario itself checks that every caller reached a room and that
 * every room and call completed; this checks that the script works, never how fast anything is.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const script = fileURLToPath(new URL('../bench/twiml-scale.mjs', import.meta.url));

describe('bench/twiml-scale.mjs --quick', () => {
  it('prints the timer rows and the TwiML scenario beside its floor', async () => {
    const { stdout } = await run(process.execPath, [script, '--quick'], { timeout: 170_000, maxBuffer: 1 << 20 });
    expect(stdout).toMatch(/^N +bare clock ms +heap work \/ N·log2 N +engine: N calls to connected, ms$/m);
    for (const n of ['1,000', '10,000']) expect(stdout).toMatch(new RegExp(`^${n} +[\\d.]+ \\[[\\d.]+–[\\d.]+\\] +[\\d.]+ \\[[\\d.]+–[\\d.]+\\] +\\d+ \\[\\d+–\\d+\\]$`, 'm'));
    expect(stdout).toMatch(/^sandbox: calls in, menu, key, conference, hang-up +[\d.]+ \[[\d.]+–[\d.]+\] +\d+ \[\d+–\d+\] +\d+ \[\d+–\d+\]$/m);
    expect(stdout).toMatch(/^floor: 2,000 node:http round trips +[\d.]+ \[/m);
    expect(stdout).toContain('each run: 2,000 TwiML requests answered by the app, 100 conferences completed, 1,000 calls completed, 10 callers at most in one room');
    // Columns never run together, however wide a figure grows.
    expect(stdout.split('\n').filter((line) => /\][0-9A-Za-z]/.test(line))).toEqual([]);
  }, 180_000);
});
