// The generator behind src/twiml/builders.gen.ts: the committed file is what the vocabulary generates,
// a change to the vocabulary shows in the builder, and a vocabulary the builder cannot type is refused
// rather than half-written.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const script = fileURLToPath(new URL('../scripts/generate-twiml.mjs', import.meta.url));
const committed = readFileSync(new URL('../src/twiml/builders.gen.ts', import.meta.url), 'utf8');
const original = parse(readFileSync(createRequire(import.meta.url).resolve('@conference-kit/specs/twiml/vocabulary.yaml'), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'ck-twiml-gen-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the generator on the vocabulary as changed by `change` (written as JSON, which YAML reads). */
function generate(change?: (vocabulary: any) => void) {
  const vocabulary = structuredClone(original);
  change?.(vocabulary);
  const file = join(dir, `vocabulary-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, JSON.stringify(vocabulary));
  return spawnSync(process.execPath, [script, '--vocabulary', file, '--stdout'], { encoding: 'utf8' });
}
const element = (vocabulary: any, name: string) => vocabulary.elements.find((e: any) => e.name === name);

describe('generate-twiml', () => {
  it('the committed builders.gen.ts is what the vocabulary generates, apart from the path in its header', () => {
    const result = generate();
    expect(result.stderr).toBe('');
    const body = (text: string) => text.split('\n').slice(3).join('\n');
    expect(body(result.stdout)).toBe(body(committed));
  });

  it('follows the vocabulary: a new enum value, a new attribute with a range, a new verb in a context', () => {
    const result = generate((v) => {
      element(v, 'Conference').attributes.find((a: any) => a.name === 'region').values.push('in1');
      element(v, 'Pause').attributes.push({ name: 'jitter', type: 'integer', minimum: 2, maximum: 9, description: 'A made-up attribute.', invalidCode: 12200 });
      v.contexts.find((c: any) => c.name === 'waitUrl').verbs.push('Hangup');
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('"au1" | "jp1" | "in1" | undefined');
    expect(result.stdout).toContain('readonly jitter?: number | undefined;');
    expect(result.stdout).toContain('jitter: ["integer", 2, 9],');
    expect(result.stdout).toContain('export type WaitUrlVerb = Play | Say | Pause | Redirect | Hangup;');
  });

  it.each<[string, (vocabulary: any) => void, RegExp]>([
    ['a vocabulary its schema refuses', (v) => { element(v, 'Dial').attributes[0].type = 'float'; }, /does not match vocabulary\.schema\.json/],
    ['an element with both text and children', (v) => { element(v, 'Say').children.allowed = ['Pause']; }, /Say: an element with both text and children cannot be built/],
    ['a builder named by a reserved word', (v) => { v.elements.push({ name: 'Delete', category: 'verb', description: 'x', sources: ['S3'] }); }, /Delete: the builder would be named delete, a reserved word/],
    ['an element name that is no identifier', (v) => { v.elements.push({ name: 'say-as', category: 'verb', description: 'x', sources: ['S3'] }); }, /say-as: the builder would be named say-as, which is not an identifier/],
    ['two builders with one name', (v) => { v.elements.push({ name: 'say', category: 'verb', description: 'x', sources: ['S3'] }); }, /say: the builder would export say twice/],
    ['a noun among a context\'s verbs', (v) => { v.contexts[0].verbs.push('Conference'); }, /context voice: Conference is not an element of category verb/],
    ['a child that is not an element', (v) => { element(v, 'Gather').children.allowed.push('Ssml'); }, /Gather: children\.allowed names Ssml, which is not an element/],
    ['a text label that makes no parameter name', (v) => { element(v, 'Conference').text.label = 'a 128-character name'; }, /Conference: text\.label "a 128-character name" makes no parameter name/],
  ])('refuses %s', (_, change, message) => {
    const result = generate(change);
    expect(result.status).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });
});
