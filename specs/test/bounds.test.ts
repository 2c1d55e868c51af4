/**
 * What a caller of Twilio's two APIs may make the mock hold: every string parameter and body field has a
 * bound and every array a `maxItems`, so that Prism refuses an oversized value before the sandbox stores
 * it; and request bodies are open to parameters they do not list, as Twilio ignores them.
 */
import { describe, expect, it } from 'vitest';
import { findUnbounded, patternBoundsLength, stringIsBounded } from '../src/bounds.js';
import { apiNames, createContract, deref, formatErrors, listOperations, loadSpec, type JsonObject, type OpenApiDocument } from '../src/contract.js';

const writes = apiNames.flatMap((api) => listOperations(api)).filter((o) => o.operation.requestBody);

/** Every parameter of an operation, its path item's included. */
function parametersOf(api: (typeof apiNames)[number], path: string, operation: JsonObject): JsonObject[] {
  const doc = loadSpec(api);
  const item = deref<JsonObject>(doc, doc.paths[path]);
  return [...((item.parameters ?? []) as unknown[]), ...((operation.parameters ?? []) as unknown[])].map((p) => deref<JsonObject>(doc, p));
}

function formSchemaOf(doc: OpenApiDocument, requestBody: unknown): { body: JsonObject; schema: JsonObject } {
  const body = deref<JsonObject>(doc, requestBody);
  const media = (body.content as Record<string, JsonObject>)['application/x-www-form-urlencoded']!;
  return { body, schema: deref<JsonObject>(doc, media.schema) };
}

/** The pointer of CreateParticipant's form schema, for the contract's validator. */
function createBodyPointer(): string {
  const create = writes.find((o) => o.operationId === 'CreateParticipant')!;
  return `${String((create.operation.requestBody as JsonObject).$ref).slice(1)}/content/application~1x-www-form-urlencoded/schema`;
}

describe('every value a caller sends is bounded', () => {
  it.each(apiNames)('%s: every string parameter and body field has a bound, every array a maxItems', (api) => {
    const doc = loadSpec(api);
    const found: string[] = [];
    for (const { path, method, operationId, operation } of listOperations(api)) {
      for (const parameter of parametersOf(api, path, operation)) {
        for (const u of findUnbounded(doc, parameter.schema, '')) {
          found.push(`${operationId} ${String(parameter.in)} ${String(parameter.name)}${u.at}: no ${u.missing}`);
        }
      }
      if (operation.requestBody) {
        const content = deref<JsonObject>(doc, operation.requestBody).content as Record<string, JsonObject>;
        for (const [type, media] of Object.entries(content)) {
          for (const u of findUnbounded(doc, media.schema, '')) found.push(`${operationId} ${method} body (${type}) ${u.at}: no ${u.missing}`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('the walk finds what it should: it is not a test that cannot fail', () => {
    const doc = { openapi: '3.1.0', paths: {}, components: { schemas: { Free: { type: 'string' }, Sid: { type: 'string', pattern: '^CA[0-9a-fA-F]{32}$' } } } } as OpenApiDocument;
    const unbounded = (schema: unknown) => findUnbounded(doc, schema, 'x').map((u) => `${u.at} ${u.missing}`);
    expect(unbounded({ type: 'string' })).toEqual(['x maxLength']);
    expect(unbounded({ $ref: '#/components/schemas/Free' })).toEqual(['x maxLength']);
    expect(unbounded({ $ref: '#/components/schemas/Free', maxLength: 10 })).toEqual(['x maxLength']);
    expect(unbounded({ type: 'string', pattern: '^[a-z]+$' })).toEqual(['x maxLength']);
    expect(unbounded({ type: 'string', format: 'uri' })).toEqual(['x maxLength']);
    expect(unbounded({ anyOf: [{ type: 'string', maxLength: 3 }, { type: 'string' }] })).toEqual(['x maxLength']);
    expect(unbounded({ type: 'array', items: { type: 'string', enum: ['a'] } })).toEqual(['x maxItems']);
    expect(unbounded({ type: 'array', maxItems: 2, items: { type: 'string' } })).toEqual(['x[] maxLength']);
    expect(unbounded({ type: 'object', properties: { A: { type: 'string' }, B: { type: 'integer' } } })).toEqual(['x.A maxLength']);
    expect(unbounded({ type: 'object', properties: {}, if: {}, then: { properties: { C: { type: 'string' } } } })).toEqual(['x.C maxLength']);

    expect(unbounded({ $ref: '#/components/schemas/Sid' })).toEqual([]);
    expect(unbounded({ type: 'string', format: 'date' })).toEqual([]);
    expect(unbounded({ type: 'string', format: 'date-time' })).toEqual([]);
    expect(unbounded({ type: 'string', enum: ['a', 'b'] })).toEqual([]);
    expect(unbounded({ const: 'Twilio.CURRENT' })).toEqual([]);
    expect(unbounded({ type: 'string', minLength: 1, allOf: [{ type: 'string', maxLength: 5 }] })).toEqual([]);
    expect(unbounded({ type: 'string', anyOf: [{ format: 'uri', maxLength: 9 }, { maxLength: 0 }] })).toEqual([]);
    expect(unbounded({ type: 'integer' })).toEqual([]);
  });

  it.each([
    ['^CA[0-9a-fA-F]{32}$', true],
    ['^[A-Za-z0-9+/]{27}=$', true],
    ['^(a|bc)$', true],
    ['^a\\+$', true],
    ['^a+$', false],
    ['^a*$', false],
    ['^a{2,}$', false],
    ['^a{,}$', false],
    ['CA[0-9a-fA-F]{32}', false],
  ] as const)('the pattern %s bounds the length: %s', (pattern, bounds) => {
    expect(patternBoundsLength(pattern)).toBe(bounds);
  });

  it('an oversized value is refused by the schema: From, a URL, a label, a free-text field', () => {
    const doc = loadSpec('api-v2010');
    const contract = createContract();
    const pointer = createBodyPointer();
    const valid = { From: '+15017122661', To: '+15558675310' };
    expect(formatErrors(contract.validate('api-v2010', pointer, valid))).toBe('');
    for (const [field, value] of [
      ['From', `+1${'5'.repeat(255)}`],
      ['To', `client:${'a'.repeat(1 << 20)}`],
      ['StatusCallback', `https://example.com/${'a'.repeat(4000)}`],
      ['WaitUrl', `https://example.com/${'a'.repeat(4000)}`],
      ['Label', 'a'.repeat(129)],
      ['SipAuthPassword', 'a'.repeat(1001)],
      ['CallToken', 'a'.repeat(4001)],
    ] as const) {
      expect(formatErrors(contract.validate('api-v2010', pointer, { ...valid, [field]: value })), field).toMatch(/must NOT have more than \d+ characters|must match/);
    }
    expect(stringIsBounded(doc, { $ref: '#/components/schemas/HttpUrl' })).toBe(true);
  });
});

describe('request bodies take parameters they do not list, as Twilio does', () => {
  it('covers every write', () => {
    expect(writes.map((o) => o.operationId).sort()).toEqual([
      'CreateCall',
      'CreateIncomingPhoneNumber',
      'CreateParticipant',
      'UpdateCall',
      'UpdateConference',
      'UpdateConferenceRecording',
      'UpdateIncomingPhoneNumber',
      'UpdateParticipant',
    ]);
  });

  it.each(writes.map((o) => [o.operationId, o] as const))('%s: the schema is open and the description says unknown parameters are ignored', (_, write) => {
    const doc = loadSpec(write.api);
    const { body, schema } = formSchemaOf(doc, write.operation.requestBody);
    expect(schema.additionalProperties).toBeUndefined();
    expect(String(body.description).replace(/\s+/g, ' ')).toContain(
      'Parameters not listed here are ignored, as Twilio ignores them; the sandbox records a journal warning naming them.',
    );
  });

  it('a misspelt parameter validates, as Twilio accepts it (and ignores it)', () => {
    const pointer = createBodyPointer();
    const errors = createContract().validate('api-v2010', pointer, { From: '+15017122661', To: '+15558675310', StatusCallbackEvents: 'ringing' });
    expect(formatErrors(errors)).toBe('');
  });
});
