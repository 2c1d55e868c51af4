/**
 * The spec-diff rules, one before/after fragment per rule and direction, and the CLI end to end: a
 * throwaway git repository holding a copy of the real specs, a deliberately breaking edit on a branch,
 * and the `--check` gate that must fail on it until a major changeset is added.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { apiNames, loadSpec } from '../src/contract.js';
import { diffApis, diffSpecs, formatReport, gate, parseChangeset, suggestBump, type Change } from '../src/diff.js';

type Json = { [key: string]: unknown };

const ok = { description: 'ok' };
/** A one-operation spec: `GET /things/{Sid}` with whatever the case puts in it. */
const op = (operation: Json, components: Json = {}): Json => ({
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  paths: { '/things/{Sid}': { get: { operationId: 'FetchThing', responses: { '200': ok }, ...operation } } },
  components,
});
/** The schema of a JSON request body (what the client sends). */
const req = (schema: Json, content = 'application/json') => op({ requestBody: { required: true, content: { [content]: { schema } } } });
/** The schema of the 200 response (what the client receives). */
const res = (schema: Json, content = 'application/json') => op({ responses: { '200': { description: 'ok', content: { [content]: { schema } } } } });
/** A query parameter. */
const query = (extra: Json) => op({ parameters: [{ name: 'PageSize', in: 'query', schema: { type: 'integer' }, ...extra }] });
/** A webhook: the payload Twilio sends to the user's server, and what that server answers. */
const hook = (payload: Json, responses: Json = { '200': ok }) => ({
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  webhooks: { statusCallback: { post: { requestBody: { required: true, content: { 'application/x-www-form-urlencoded': { schema: payload } } }, responses } } },
});

const obj = (properties: Json, required: string[] = [], extra: Json = {}) => ({ type: 'object', properties, required, ...extra });
const str = { type: 'string' };
const status = (values: string[]) => ({ type: 'string', enum: values });

// [name, before, after, expected [severity, rule] pairs]
const cases: Array<[string, Json, Json, Array<[Change['severity'], string]>]> = [
  // Operations
  ['operation removed', op({}), { ...op({}), paths: {} }, [['breaking', 'operation-removed']]],
  ['operation added', { ...op({}), paths: {} }, op({}), [['non-breaking', 'operation-added']]],
  ['operationId renamed', op({}), op({ operationId: 'GetThing' }), [['breaking', 'operation-id-changed']]],

  // Parameters: the client sends them
  ['parameter removed', query({}), op({}), [['breaking', 'parameter-removed']]],
  ['optional parameter added', op({}), query({}), [['non-breaking', 'parameter-added']]],
  ['required parameter added', op({}), query({ required: true }), [['breaking', 'parameter-added-required']]],
  ['parameter made required', query({}), query({ required: true }), [['breaking', 'parameter-now-required']]],
  ['parameter made optional', query({ required: true }), query({}), [['non-breaking', 'parameter-now-optional']]],
  ['parameter serialized differently', query({}), query({ style: 'form', explode: false }), [['breaking', 'parameter-serialization-changed']]],
  ['parameter maximum lowered', query({ schema: { type: 'integer', maximum: 1000 } }), query({ schema: { type: 'integer', maximum: 100 } }), [['breaking', 'constraint-narrowed']]],
  ['parameter maximum raised', query({ schema: { type: 'integer', maximum: 100 } }), query({ schema: { type: 'integer', maximum: 1000 } }), [['non-breaking', 'constraint-widened']]],
  ['parameter pattern changed', query({ schema: { type: 'string', pattern: '^CF' } }), query({ schema: { type: 'string', pattern: '^CA' } }), [['breaking', 'constraint-changed']]],
  ['parameter format added', query({ schema: str }), query({ schema: { type: 'string', format: 'date' } }), [['breaking', 'constraint-narrowed']]],

  // Request bodies: the client sends them
  ['required request body added', op({}), req(obj({})), [['breaking', 'request-body-added-required']]],
  ['optional request body added', op({}), op({ requestBody: { content: { 'application/json': { schema: obj({}) } } } }), [['non-breaking', 'request-body-added']]],
  ['request body removed', req(obj({})), op({}), [['breaking', 'request-body-removed']]],
  ['request body made required', op({ requestBody: { content: { 'application/json': { schema: obj({}) } } } }), req(obj({})), [['breaking', 'request-body-now-required']]],
  ['request media type removed', req(obj({})), req(obj({}), 'application/x-www-form-urlencoded'), [['breaking', 'media-type-removed'], ['non-breaking', 'media-type-added']]],
  ['request field removed', req(obj({ Status: str })), req(obj({})), [['breaking', 'property-removed']]],
  ['optional request field added', req(obj({})), req(obj({ Status: str })), [['non-breaking', 'property-added']]],
  ['required request field added', req(obj({})), req(obj({ Status: str }, ['Status'])), [['breaking', 'property-added-required']]],
  ['request field made required', req(obj({ Status: str })), req(obj({ Status: str }, ['Status'])), [['breaking', 'property-now-required']]],
  ['request field made optional', req(obj({ Status: str }, ['Status'])), req(obj({ Status: str })), [['non-breaking', 'property-now-optional']]],
  ['request enum value removed', req(obj({ Status: status(['completed', 'init']) })), req(obj({ Status: status(['completed']) })), [['breaking', 'enum-value-removed']]],
  ['request enum value added', req(obj({ Status: status(['completed']) })), req(obj({ Status: status(['completed', 'init']) })), [['non-breaking', 'enum-value-added']]],
  ['request field limited to an enum', req(obj({ Status: str })), req(obj({ Status: status(['completed']) })), [['breaking', 'enum-added']]],
  ['request field no longer an enum', req(obj({ Status: status(['completed']) })), req(obj({ Status: str })), [['non-breaking', 'enum-removed']]],
  ['request const changed', req(obj({ Status: { const: 'a' } })), req(obj({ Status: { const: 'b' } })), [['breaking', 'enum-value-removed'], ['non-breaking', 'enum-value-added']]],
  ['request type narrowed', req(obj({ Id: { type: ['string', 'integer'] } })), req(obj({ Id: str })), [['breaking', 'type-narrowed']]],
  ['request type widened (integer to number)', req(obj({ N: { type: 'integer' } })), req(obj({ N: { type: 'number' } })), [['non-breaking', 'type-widened']]],
  ['request type changed', req(obj({ N: str })), req(obj({ N: { type: 'integer' } })), [['breaking', 'type-changed']]],
  ['request maxLength lowered', req(obj({ Name: { type: 'string', maxLength: 128 } })), req(obj({ Name: { type: 'string', maxLength: 64 } })), [['breaking', 'constraint-narrowed']]],
  ['request no longer nullable', req(obj({ Name: { type: ['string', 'null'] } })), req(obj({ Name: str })), [['breaking', 'nullable-removed']]],
  ['request made nullable', req(obj({ Name: str })), req(obj({ Name: { type: ['string', 'null'] } })), [['non-breaking', 'nullable-added']]],
  ['request closed to unknown fields', req(obj({})), req(obj({}, [], { additionalProperties: false })), [['breaking', 'additional-properties-closed']]],
  ['request opened to unknown fields', req(obj({}, [], { additionalProperties: false })), req(obj({})), [['non-breaking', 'additional-properties-opened']]],
  ['request oneOf alternative removed', req({ oneOf: [obj({ a: str }, [], { title: 'A' }), obj({ b: str }, [], { title: 'B' })] }), req({ oneOf: [obj({ a: str }, [], { title: 'A' })] }), [['breaking', 'variant-removed']]],
  ['request anyOf alternative added', req({ anyOf: [str] }), req({ anyOf: [str, { type: 'integer' }] }), [['non-breaking', 'variant-added']]],
  ['request array items narrowed', req(obj({ L: { type: 'array', items: status(['a', 'b']) } })), req(obj({ L: { type: 'array', items: status(['a']) } })), [['breaking', 'enum-value-removed']]],

  // Responses: the client receives them
  ['response field removed', res(obj({ sid: str, status: str }, ['sid', 'status'])), res(obj({ sid: str }, ['sid'])), [['breaking', 'property-removed']]],
  ['response field added', res(obj({ sid: str }, ['sid'])), res(obj({ sid: str, label: str }, ['sid', 'label'])), [['non-breaking', 'property-added']]],
  ['response field made optional', res(obj({ sid: str }, ['sid'])), res(obj({ sid: str })), [['breaking', 'property-now-optional']]],
  ['response field made required', res(obj({ sid: str })), res(obj({ sid: str }, ['sid'])), [['non-breaking', 'property-now-required']]],
  ['response field made nullable (type array)', res(obj({ name: str })), res(obj({ name: { type: ['string', 'null'] } })), [['breaking', 'nullable-added']]],
  ['response field made nullable (anyOf with null)', res(obj({ status: status(['a']) })), res(obj({ status: { anyOf: [status(['a']), { type: 'null' }] } })), [['breaking', 'nullable-added']]],
  ['response enum with null added', res(obj({ status: status(['a']) })), res(obj({ status: { type: ['string', 'null'], enum: ['a', null] } })), [['breaking', 'nullable-added']]],
  ['response field no longer nullable', res(obj({ name: { type: ['string', 'null'] } })), res(obj({ name: str })), [['non-breaking', 'nullable-removed']]],
  ['response enum value added (exhaustive switches)', res(obj({ status: status(['init', 'completed']) })), res(obj({ status: status(['init', 'completed', 'paused']) })), [['breaking', 'enum-value-added']]],
  ['response enum value removed', res(obj({ status: status(['init', 'completed']) })), res(obj({ status: status(['completed']) })), [['non-breaking', 'enum-value-removed']]],
  ['response no longer an enum', res(obj({ status: status(['a']) })), res(obj({ status: str })), [['breaking', 'enum-removed']]],
  ['response type widened', res(obj({ n: { type: 'integer' } })), res(obj({ n: { type: 'number' } })), [['breaking', 'type-widened']]],
  ['response type narrowed', res(obj({ n: { type: ['integer', 'string'] } })), res(obj({ n: { type: 'integer' } })), [['non-breaking', 'type-narrowed']]],
  ['response maxLength raised', res(obj({ name: { type: 'string', maxLength: 128 } })), res(obj({ name: { type: 'string', maxLength: 256 } })), [['breaking', 'constraint-widened']]],
  ['response format removed', res(obj({ uri: { type: 'string', format: 'uri' } })), res(obj({ uri: str })), [['breaking', 'constraint-widened']]],
  ['response oneOf alternative added', res({ oneOf: [obj({ a: str }, [], { title: 'A' })] }), res({ oneOf: [obj({ a: str }, [], { title: 'A' }), obj({ b: str }, [], { title: 'B' })] }), [['breaking', 'variant-added']]],
  ['response oneOf alternative removed', res({ oneOf: [str, { type: 'integer' }] }), res({ oneOf: [str] }), [['non-breaking', 'variant-removed']]],
  ['response unknown fields allowed (readers ignore them)', res(obj({}, [], { additionalProperties: false })), res(obj({})), []],
  ['response allOf part loses a field', res({ allOf: [obj({ sid: str }, ['sid']), obj({ uri: str }, ['uri'])] }), res({ allOf: [obj({ sid: str }, ['sid'])] }), [['breaking', 'property-removed']]],
  ['status code removed', op({ responses: { '200': ok, '404': ok } }), op({}), [['breaking', 'status-removed']]],
  ['status code added', op({}), op({ responses: { '200': ok, '404': ok } }), [['non-breaking', 'status-added']]],
  ['response media type removed', res(str), op({}), [['breaking', 'media-type-removed']]],
  ['response header removed', op({ responses: { '200': { description: 'ok', headers: { 'X-Rate': { schema: str } } } } }), op({}), [['breaking', 'header-removed']]],
  ['response header added', op({}), op({ responses: { '200': { description: 'ok', headers: { 'X-Rate': { schema: str } } } } }), [['non-breaking', 'header-added']]],
  ['response header made optional', op({ responses: { '200': { description: 'ok', headers: { 'X-Rate': { required: true, schema: str } } } } }), op({ responses: { '200': { description: 'ok', headers: { 'X-Rate': { schema: str } } } } }), [['breaking', 'header-now-optional']]],

  // Webhooks: the direction flips, Twilio sends the payload and the user's server reads it
  ['webhook removed', hook(obj({})), { ...hook(obj({})), webhooks: {} }, [['breaking', 'webhook-removed']]],
  ['webhook added', { ...hook(obj({})), webhooks: {} }, hook(obj({})), [['non-breaking', 'webhook-added']]],
  ['webhook payload field removed', hook(obj({ CallSid: str }, ['CallSid'])), hook(obj({})), [['breaking', 'property-removed']]],
  ['webhook payload field added, even required', hook(obj({})), hook(obj({ Label: str }, ['Label'])), [['non-breaking', 'property-added']]],
  ['webhook payload field made optional', hook(obj({ CallSid: str }, ['CallSid'])), hook(obj({ CallSid: str })), [['breaking', 'property-now-optional']]],
  ['webhook payload enum value added', hook(obj({ StatusCallbackEvent: status(['join', 'leave']) })), hook(obj({ StatusCallbackEvent: status(['join', 'leave', 'hold']) })), [['breaking', 'enum-value-added']]],
  ['webhook payload enum value removed', hook(obj({ StatusCallbackEvent: status(['join', 'leave']) })), hook(obj({ StatusCallbackEvent: status(['join']) })), [['non-breaking', 'enum-value-removed']]],
  ['webhook answer: a status the user may send is removed', hook(obj({}), { '200': ok, '204': ok }), hook(obj({})), [['breaking', 'status-removed']]],
  ['webhook answer: the user must now send a field', hook(obj({}), { '200': { description: 'ok', content: { 'application/json': { schema: obj({}) } } } }), hook(obj({}), { '200': { description: 'ok', content: { 'application/json': { schema: obj({ ok: str }, ['ok']) } } } }), [['breaking', 'property-added-required']]],
];

const pairs = (changes: Change[]) => changes.map((c) => [c.severity, c.rule]);

describe('spec-diff rules', () => {
  it.each(cases)('%s', (_, before, after, expected) => {
    expect(pairs(diffSpecs(before, after))).toEqual(expected);
  });

  it('finds nothing between a spec and itself', () => {
    for (const [, before] of cases) expect(diffSpecs(before, structuredClone(before))).toEqual([]);
  });

  it('finds nothing between each real bundled spec and a copy of it', () => {
    for (const api of apiNames) expect(diffSpecs(loadSpec(api), structuredClone(loadSpec(api)))).toEqual([]);
  });

  it('follows $refs through components, keeps the sibling keywords, and names the field', () => {
    const components = (values: string[]) => ({
      schemas: {
        Conference: obj({ status: { $ref: '#/components/schemas/Status', description: 'the status' } }, ['status']),
        Status: status(values),
      },
      responses: { Ok: { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Conference' } } } } },
    });
    const before = op({ responses: { '200': { $ref: '#/components/responses/Ok' } } }, components(['init']));
    const after = op({ responses: { '200': { $ref: '#/components/responses/Ok' } } }, components(['init', 'paused']));
    expect(diffSpecs(before, after)).toEqual([{
      severity: 'breaking', rule: 'enum-value-added', where: 'GET /things/{Sid} (FetchThing)',
      at: 'response 200 application/json: status', message: 'now also allows "paused"',
    }]);
  });

  it('matches oneOf alternatives by component name, and compares inside them', () => {
    const spec = (callFields: Json) => op({
      responses: { '200': { description: 'ok', content: { 'application/json': { schema: { oneOf: [{ $ref: '#/components/schemas/Call' }, { $ref: '#/components/schemas/Sms' }] } } } } },
    }, { schemas: { Call: obj(callFields, Object.keys(callFields)), Sms: obj({ body: str }, ['body']) } });
    const changes = diffSpecs(spec({ sid: str, to: str }), spec({ sid: str }));
    expect(changes.map((c) => [c.rule, c.at])).toEqual([['property-removed', 'response 200 application/json: (Call).to']]);
  });

  it('stops at recursive schemas', () => {
    const children = { type: 'array', items: { $ref: '#/components/schemas/Node' } };
    const before = { ...res({ $ref: '#/components/schemas/Node' }), components: { schemas: { Node: obj({ name: str, children }) } } };
    const after = { ...res({ $ref: '#/components/schemas/Node' }), components: { schemas: { Node: obj({ children }) } } };
    expect(diffSpecs(before, after).map((c) => [c.rule, c.at])).toEqual([['property-removed', 'response 200 application/json: name']]);
  });

  it('treats path-level and operation-level parameters as one list', () => {
    const before = { ...op({}), paths: { '/things/{Sid}': { parameters: [{ name: 'Sid', in: 'path', required: true, schema: str }], get: { operationId: 'FetchThing', responses: { '200': ok } } } } };
    const after = op({ parameters: [{ name: 'Sid', in: 'path', required: true, schema: str }] });
    expect(diffSpecs(before, after)).toEqual([]);
  });

  it('compares whole APIs by name', () => {
    expect(pairs(diffApis({ a: op({}) }, { b: op({}) }))).toEqual([['breaking', 'api-removed'], ['non-breaking', 'api-added']]);
  });
});

describe('spec-diff report, bump and gate', () => {
  const breaking = diffSpecs(res(obj({ sid: str }, ['sid'])), res(obj({}))); // field removed
  const additive = diffSpecs(op({}), query({}));

  it('suggests the semver bump', () => {
    expect(suggestBump([])).toBe('none');
    expect(suggestBump(additive)).toBe('minor');
    expect(suggestBump([...additive, ...breaking])).toBe('major');
  });

  it('prints one block per operation, breaking first, and the bump', () => {
    const report = formatReport([...additive, ...breaking]);
    expect(report).toBe([
      'GET /things/{Sid} (FetchThing)',
      '  BREAKING      response 200 application/json: sid: removed  [property-removed]',
      '  non-breaking  query parameter PageSize: new, optional  [parameter-added]',
      '',
      '1 breaking, 1 non-breaking. Suggested bump: major',
    ].join('\n'));
    expect(formatReport([])).toMatch(/Suggested bump: none/);
  });

  it('reads the bumps from a changeset', () => {
    expect(parseChangeset('---\n"@conference-kit/client": major\n\'@conference-kit/types\': minor\n---\n\nDrop `status`.\n'))
      .toEqual({ '@conference-kit/client': 'major', '@conference-kit/types': 'minor' });
    expect(parseChangeset('no front matter')).toEqual({});
  });

  it('lets breaking changes through only with a major bump for every published package', () => {
    const published = ['@conference-kit/client', '@conference-kit/types'];
    expect(gate(additive, [], published)).toEqual({ ok: true, missing: [] });
    expect(gate(breaking, [], published)).toEqual({ ok: false, missing: published });
    expect(gate(breaking, [{ '@conference-kit/client': 'major', '@conference-kit/types': 'minor' }], published))
      .toEqual({ ok: false, missing: ['@conference-kit/types'] });
    expect(gate(breaking, [{ '@conference-kit/client': 'major' }, { '@conference-kit/types': 'major' }], published))
      .toEqual({ ok: true, missing: [] });
  });
});

// ---------------------------------------------------------------------------------------------------

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const cli = fileURLToPath(new URL('../scripts/spec-diff.mjs', import.meta.url));

/** Removes the first property of a component schema file, found by indentation: `  name:` and its block. */
function removeFirstProperty(yaml: string): { text: string; name: string } {
  const lines = yaml.split('\n');
  const start = lines.indexOf('properties:');
  const first = lines.findIndex((line, i) => i > start && /^ {2}[A-Za-z_]\w*:/.test(line));
  if (start < 0 || first < 0) throw new Error('no top-level properties block to edit');
  let end = first + 1;
  while (end < lines.length && (lines[end]!.startsWith('   ') || lines[end]!.trim() === '')) end++;
  const name = lines[first]!.trim().slice(0, -1);
  return { text: [...lines.slice(0, first), ...lines.slice(end)].join('\n'), name };
}

describe('spec-diff CLI, end to end', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spec-diff-e2e-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, stdio: 'pipe' });
  const run = (...args: string[]) => {
    const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8' });
    return { code: r.status, out: `${r.stdout}${r.stderr}` };
  };

  it('names a breaking edit to a copy of the real spec, and gates it on a major changeset', () => {
    // The specs as they are in this working tree (what turbo hashes for this test), in a repository of
    // their own whose branch is `main`, with two published packages and a private one.
    cpSync(join(repoRoot, 'redocly.yaml'), join(dir, 'redocly.yaml'));
    const specsDir = join(repoRoot, 'specs');
    const own = new Set(['node_modules', 'dist', 'src', 'test', 'scripts']);
    for (const entry of readdirSync(specsDir, { withFileTypes: true })) {
      if (entry.isDirectory() && !own.has(entry.name)) cpSync(join(specsDir, entry.name), join(dir, 'specs', entry.name), { recursive: true });
    }
    writeFileSync(join(dir, 'pnpm-workspace.yaml'), 'packages:\n  - specs\n  - packages/*\n');
    for (const [name, isPrivate] of [['types', false], ['client', false], ['mock', true]] as const) {
      mkdirSync(join(dir, 'packages', name), { recursive: true });
      writeFileSync(join(dir, 'packages', name, 'package.json'), JSON.stringify({ name: `@conference-kit/${name}`, version: '0.1.0', private: isPrivate }));
    }
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    expect(run('--check')).toEqual({ code: 0, out: expect.stringContaining('no base to compare (on main)') });

    git('checkout', '-q', '-b', 'drop-a-field');
    const file = join(dir, 'specs/api-v2010/components/schemas/Conference.yaml');
    const { text, name } = removeFirstProperty(readFileSync(file, 'utf8'));
    writeFileSync(file, text);
    git('commit', '-q', '-am', 'drop a field');

    const report = run('--check');
    expect(report.code, report.out).toBe(1);
    const line = new RegExp(`BREAKING +response 200 application/json: ${name}: removed +\\[property-removed\\]`);
    expect(report.out).toMatch(new RegExp(`GET /2010-04-01/Accounts/\\{AccountSid\\}/Conferences/\\{Sid\\}\\.json \\(FetchConference\\)\\n(  .*\\n)*?  ${line.source}`));
    expect(report.out).toMatch(/Suggested bump: major/);
    expect(report.out).toMatch(/declares major for @conference-kit\/client, @conference-kit\/types/);

    // Without --check it only reports.
    expect(run().code).toBe(0);

    mkdirSync(join(dir, '.changeset'), { recursive: true });
    writeFileSync(join(dir, '.changeset/drop-field.md'), `---\n"@conference-kit/client": major\n"@conference-kit/types": major\n---\n\nRemove \`${name}\`.\n`);
    const allowed = run('--check');
    expect(allowed.code, allowed.out).toBe(0);
    expect(allowed.out).toMatch(/a changeset declares the major bump/);
    expect(readdirSync(dir)).not.toContain('dist');
  }, 120_000);
});
