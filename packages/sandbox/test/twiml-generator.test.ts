// The generator behind vocabulary.gen.ts: the committed file is what the vocabulary generates, the stale
// check notices a vocabulary that moved on, and a vocabulary its schema refuses is never half-read.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';

const script = fileURLToPath(new URL('../scripts/generate-twiml.mjs', import.meta.url));
const committed = readFileSync(new URL('../src/twiml/vocabulary.gen.ts', import.meta.url), 'utf8');
const vocabularyPath = createRequire(import.meta.url).resolve('@conference-kit/specs/twiml/vocabulary.yaml');
const original = parse(readFileSync(vocabularyPath, 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'ck-twiml-gen-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function generate(change?: (vocabulary: any) => void, mode = '--stdout') {
  const vocabulary = structuredClone(original);
  change?.(vocabulary);
  const file = join(dir, `vocabulary-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, stringify(vocabulary));
  return spawnSync(process.execPath, [script, '--vocabulary', file, mode], { encoding: 'utf8' });
}
const element = (vocabulary: any, name: string) => vocabulary.elements.find((e: any) => e.name === name);
// The header names the file read; the rest must match byte for byte.
const body = (text: string) => text.split('\n').slice(2).join('\n');

describe('generate-twiml', () => {
  it('the committed vocabulary.gen.ts is what the vocabulary generates', () => {
    const result = generate();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(body(result.stdout)).toBe(body(committed));
  });

  it('--check passes on the committed file, and fails with the fix when the vocabulary moved on', () => {
    const fresh = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
    expect(fresh.status).toBe(0);
    const stale = generate((v) => element(v, 'Reject').attributes[0].values.push('hangup'), '--check');
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain('vocabulary.gen.ts is stale');
    expect(stale.stderr).toContain('pnpm --filter @conference-kit/sandbox generate');
  });

  it('follows the vocabulary: a new enum value, a new element and a default into the node types', () => {
    const result = generate((v) => {
      element(v, 'Reject').attributes[0].values.push('hangup');
      v.elements.push({ name: 'Echo', category: 'verb', description: 'Plays back what the caller says.', sources: ['S3'] });
      v.contexts[0].verbs.push('Echo');
      delete element(v, 'Pause').attributes[0].default;
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('readonly reason: "rejected" | "busy" | "hangup";');
    expect(result.stdout).toMatch(/"voice": SayNode \| .* \| EchoNode;/);
    expect(result.stdout).toContain('export type ElementName = "Response" | "Say"');
    expect(result.stdout).toContain('readonly length?: number;');
  });

  it.each<[string, (vocabulary: any) => void, RegExp]>([
    ['an unknown attribute type', (v) => { element(v, 'Pause').attributes[0].type = 'duration'; }, /\/elements\/3\/attributes\/0/],
    ['an unknown keyword', (v) => { element(v, 'Pause').attributes[0].step = 1; }, /must NOT have additional properties/],
    ['a text without its code', (v) => { delete element(v, 'Say').text.invalidCode; }, /\/elements\/1\/text/],
  ])('refuses %s, naming where', (_, change, where) => {
    const result = generate(change);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('does not match vocabulary.schema.json');
    expect(result.stderr).toMatch(where);
    expect(result.stdout).toBe('');
  });
});
