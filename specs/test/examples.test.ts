/**
 * Every example in every spec (Twilio's two and the sandbox's control surface) validates against its schema, and every deliberately broken copy of it is
 * rejected. Examples are what the mock serves and the docs show, so a wrong example is a wrong product.
 */
import { describe, expect, it } from 'vitest';
import {
  createContract, escapePointerToken, formatErrors, listOperations, listWebhooks, loadSpec, deref,
  specNames, type ApiName, type JsonObject,
} from '../src/contract.js';
import { mutants, type MutationKind } from '../src/mutate.js';

interface ExampleCase {
  api: ApiName;
  /** Where the example is used, for the test name. */
  where: string;
  name: string;
  /** Pointer of the schema the example must satisfy. */
  schemaPointer: string;
  value: unknown;
}

/** Collects every example the operations and webhooks use: responses, request bodies and parameters. */
function collectExamples(api: ApiName): ExampleCase[] {
  const doc = loadSpec(api);
  const cases: ExampleCase[] = [];
  const fromMedia = (where: string, mediaPointer: string, media: JsonObject) => {
    const schemaPointer = `${mediaPointer}/schema`;
    for (const [name, raw] of Object.entries((media.examples ?? {}) as JsonObject)) {
      cases.push({ api, where, name, schemaPointer, value: deref<JsonObject>(doc, raw).value });
    }
    if ('example' in media) cases.push({ api, where, name: 'example', schemaPointer, value: media.example });
  };
  // Webhooks are operations too: their examples are the request bodies Twilio sends.
  for (const entry of [...listOperations(api), ...listWebhooks(api)]) {
    const responses = entry.operation.responses as JsonObject;
    for (const [status, raw] of Object.entries(responses)) {
      const ref = (raw as JsonObject).$ref;
      const base = typeof ref === 'string' ? ref.slice(1) : `${entry.pointer}/responses/${status}`;
      const content = (deref<JsonObject>(doc, raw).content ?? {}) as JsonObject;
      for (const [type, media] of Object.entries(content)) {
        fromMedia(`${entry.operationId} ${status}`, `${base}/content/${escapePointerToken(type)}`, media as JsonObject);
      }
    }
    if (entry.operation.requestBody) {
      const raw = entry.operation.requestBody as JsonObject;
      const base = typeof raw.$ref === 'string' ? raw.$ref.slice(1) : `${entry.pointer}/requestBody`;
      const content = (deref<JsonObject>(doc, raw).content ?? {}) as JsonObject;
      for (const [type, media] of Object.entries(content)) {
        fromMedia(`${entry.operationId} request body`, `${base}/content/${escapePointerToken(type)}`, media as JsonObject);
      }
    }
  }
  // Parameters live in components once bundled; each is checked once, with its own schema.
  for (const [name, param] of Object.entries((doc.components.parameters ?? {}) as Record<string, JsonObject>)) {
    if ('example' in param) {
      cases.push({ api, where: `parameter ${String(param.name)}`, name, schemaPointer: `/components/parameters/${name}/schema`, value: param.example });
    }
  }
  // JSON Schema `examples` arrays on named schemas.
  for (const [name, schema] of Object.entries(doc.components.schemas)) {
    ((schema.examples ?? []) as unknown[]).forEach((value, i) => {
      cases.push({ api, where: `schema ${name}`, name: `examples[${i}]`, schemaPointer: `/components/schemas/${name}`, value });
    });
  }
  return cases;
}

const contract = createContract();

describe.each(specNames)('%s examples', (api) => {
  const cases = collectExamples(api);

  it('has examples for every response, request body and parameter', () => {
    const doc = loadSpec(api);
    for (const entry of [...listOperations(api), ...listWebhooks(api)]) {
      for (const [status, raw] of Object.entries(entry.operation.responses as JsonObject)) {
        const content = deref<JsonObject>(doc, raw).content as Record<string, JsonObject> | undefined;
        for (const [type, media] of Object.entries(content ?? {})) {
          expect(Object.keys(media.examples ?? {}), `${entry.operationId} ${status} ${type}`).not.toHaveLength(0);
        }
      }
      if (entry.operation.requestBody) {
        const content = deref<JsonObject>(doc, entry.operation.requestBody).content as Record<string, JsonObject>;
        for (const [type, media] of Object.entries(content)) {
          expect(Object.keys(media.examples ?? {}), `${entry.operationId} request body ${type}`).not.toHaveLength(0);
        }
      }
    }
    const params = Object.values((doc.components.parameters ?? {}) as Record<string, JsonObject>);
    expect(params.filter((p) => !('example' in p)).map((p) => p.name)).toEqual([]);
    expect(cases.length).toBeGreaterThan(20);
  });

  it.each(cases.map((c) => [`${c.where} › ${c.name}`, c] as const))('%s validates', (_, c) => {
    const errors = contract.validate(c.api, c.schemaPointer, c.value);
    expect(errors, formatErrors(errors)).toBeNull();
  });

  it.each(cases.map((c) => [`${c.where} › ${c.name}`, c] as const))('%s: every broken copy is rejected', (_, c) => {
    const doc = loadSpec(c.api);
    const schema = { $ref: `#${c.schemaPointer}` };
    const broken = mutants(doc, schema, c.value);
    expect(broken.length, 'no way to break this example was found').toBeGreaterThan(0);
    const accepted = broken.filter((m) => contract.validate(c.api, c.schemaPointer, m.value) === null);
    expect(accepted.map((m) => `${m.kind} at ${m.at || '(root)'}`)).toEqual([]);
  });
});

describe('broken copies cover what the documentation pins down', () => {
  // Across all examples of an API, each kind of breakage must have been tried somewhere; otherwise the
  // mutation walk silently stopped following the schemas (an unresolved $ref, a new nullable idiom, …).
  it.each(specNames)('%s: SID prefixes, enums, types, nullability and unknown properties are all exercised', (api) => {
    const doc = loadSpec(api);
    const kinds = new Set<MutationKind>();
    for (const c of collectExamples(api)) {
      for (const m of mutants(doc, { $ref: `#${c.schemaPointer}` }, c.value)) kinds.add(m.kind);
    }
    expect([...kinds].sort()).toEqual(['enum', 'null', 'sid-prefix', 'unknown-property', 'wrong-type']);
  });

  it('a SID with the wrong prefix is rejected by the shared SID schemas', () => {
    const errors = contract.validate('api-v2010', '/components/schemas/Conference', {
      ...(deref<JsonObject>(loadSpec('api-v2010'), { $ref: '#/components/examples/ConferenceInProgress' }).value as JsonObject),
      sid: 'CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
    });
    expect(formatErrors(errors)).toContain('/sid must match pattern');
  });
});

describe('webhook examples', () => {
  const doc = loadSpec('api-v2010');
  const conferenceEvents = listWebhooks('api-v2010').find((w) => w.name === 'conferenceStatusCallback')!;
  const examples = Object.values(
    (deref<JsonObject>(doc, conferenceEvents.operation.requestBody).content as Record<string, JsonObject>)['application/x-www-form-urlencoded']!
      .examples as JsonObject,
  ).map((raw) => deref<JsonObject>(doc, raw).value as Record<string, string>);

  it('are collected for every webhook of the 2010-04-01 spec', () => {
    const where = new Set(collectExamples('api-v2010').map((c) => c.where));
    for (const w of listWebhooks('api-v2010')) expect(where, w.operationId).toContain(`${w.operationId} request body`);
  });

  it('show every conference event and every documented way a conference ends or a participant leaves', () => {
    const schema = deref<JsonObject>(doc, { $ref: '#/components/schemas/ConferenceStatusCallback' });
    const mapping = (schema.discriminator as { mapping: Record<string, string> }).mapping;
    expect(new Set(examples.map((e) => e.StatusCallbackEvent))).toEqual(new Set(Object.keys(mapping)));
    const endReasons = deref<JsonObject>(doc, { $ref: '#/components/schemas/ConferenceEndReason' }).enum as string[];
    expect(new Set(examples.map((e) => e.ReasonConferenceEnded).filter(Boolean))).toEqual(new Set(endReasons));
    const leaveReasons = deref<JsonObject>(doc, { $ref: '#/components/schemas/ReasonParticipantLeft' }).enum as string[];
    expect(new Set(examples.map((e) => e.ReasonParticipantLeft).filter(Boolean))).toEqual(new Set(leaveReasons));
  });

  it('a field that belongs to another event is rejected', () => {
    const leave = examples.find((e) => e.StatusCallbackEvent === 'participant-leave')!;
    expect(contract.validateWebhook(conferenceEvents, leave)).toBeNull();
    const asJoin = { ...leave, StatusCallbackEvent: 'participant-join' };
    expect(formatErrors(contract.validateWebhook(conferenceEvents, asJoin))).toContain('must NOT have additional properties');
    const start = examples.find((e) => e.StatusCallbackEvent === 'conference-start')!;
    expect(contract.validateWebhook(conferenceEvents, { ...start, StatusCallbackEvent: 'conference-end' })).not.toBeNull();
  });
});
