// The generator behind schema.gen.ts: the committed file is what the spec generates, and a spec using
// anything the interpreter cannot check is refused rather than half-read.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundlePath, type JsonObject } from '@conference-kit/specs/contract';
import { afterAll, describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../scripts/generate-webhooks.mjs', import.meta.url));
const committed = readFileSync(new URL('../src/webhooks/schema.gen.ts', import.meta.url), 'utf8');
const original = JSON.parse(readFileSync(bundlePath('api-v2010'), 'utf8')) as JsonObject;
const dir = mkdtempSync(join(tmpdir(), 'ck-webhooks-gen-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function generate(change?: (spec: any) => void) {
  const spec = structuredClone(original);
  change?.(spec);
  const file = join(dir, `spec-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(spec));
  return spawnSync(process.execPath, [script, '--spec', file, '--stdout'], { encoding: 'utf8' });
}
const schemas = (spec: any) => spec.components.schemas;

describe('generate-webhooks', () => {
  it('the committed schema.gen.ts is what the spec generates, apart from the path in its header', () => {
    const result = generate();
    expect(result.status).toBe(0);
    const body = (text: string) => text.split('\n').slice(3).join('\n');
    expect(body(result.stdout)).toBe(body(committed));
  });

  it('follows the spec: a new enum value and a new optional field appear in the tables', () => {
    const result = generate((spec) => {
      schemas(spec).ParticipantCallStatus.enum.push('redirected');
      schemas(spec).ConferenceStartCallback.properties.Region = { type: 'string', enum: ['us1', 'ie1'] };
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/"canceled",\s*"redirected"/);
    expect(result.stdout).toMatch(/"optional": \[\s*"Region"\s*\]/);
  });

  it.each<[string, (spec: any) => void, RegExp]>([
    ['a non-string type', (s) => { schemas(s).ConferenceEndCallback.properties.Reason = { type: 'integer' }; }, /ConferenceEndCallback\.Reason: type "integer"/],
    ['an unknown format', (s) => { schemas(s).ConferenceEndCallback.properties.Reason = { type: 'string', format: 'date-time' }; }, /unsupported format date-time/],
    ['an unknown keyword', (s) => { schemas(s).ConferenceEndCallback.properties.Reason = { type: 'string', const: 'x' }; }, /unsupported keyword const/],
    ['open additionalProperties', (s) => { delete schemas(s).ConferenceStartCallback.additionalProperties; }, /ConferenceStartCallback: expected additionalProperties: false/],
    ['one field with two schemas', (s) => { schemas(s).ConferenceEndCallback.properties.FriendlyName = { type: 'string', maxLength: 64 }; }, /FriendlyName differs/],
    ['an event in two variants', (s) => { schemas(s).ConferenceStartCallback.properties.StatusCallbackEvent.enum.push('conference-end'); }, /conference-end is also in|mapping sends conference-end/],
    ['a mapping to the wrong variant', (s) => { schemas(s).ConferenceStatusCallback.discriminator.mapping['conference-end'] = '#/components/schemas/ConferenceStartCallback'; }, /mapping sends conference-end/],
  ])('refuses %s', (_, change, message) => {
    const result = generate(change);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(message);
  });
});
