/**
 * What every operation of both specs must declare, whatever the lint configuration says: Twilio's error
 * body on 400, 401, 404, 429 and default; HTTP Basic security; an operationId in the one scheme, unique
 * across both APIs (Twilio's own specs use `FetchConference` in both).
 */
import { describe, expect, it } from 'vitest';
import { apiNames, deref, listOperations, listWebhooks, loadSpec, type JsonObject } from '../src/contract.js';

const allOperations = apiNames.flatMap((api) => listOperations(api));
const allWebhooks = apiNames.flatMap((api) => listWebhooks(api));

describe('operations', () => {
  it('covers the sixteen documented operations', () => {
    expect(allOperations.map((o) => `${o.api} ${o.method.toUpperCase()} ${o.path}`).sort()).toEqual([
      'api-v2010 DELETE /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants/{CallSid}.json',
      'api-v2010 DELETE /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Recordings/{Sid}.json',
      'api-v2010 GET /2010-04-01/Accounts/{AccountSid}/Conferences.json',
      'api-v2010 GET /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants.json',
      'api-v2010 GET /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants/{CallSid}.json',
      'api-v2010 GET /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Recordings.json',
      'api-v2010 GET /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Recordings/{Sid}.json',
      'api-v2010 GET /2010-04-01/Accounts/{AccountSid}/Conferences/{Sid}.json',
      'api-v2010 POST /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants.json',
      'api-v2010 POST /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants/{CallSid}.json',
      'api-v2010 POST /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Recordings/{Sid}.json',
      'api-v2010 POST /2010-04-01/Accounts/{AccountSid}/Conferences/{Sid}.json',
      'insights-v1 GET /v1/Conferences',
      'insights-v1 GET /v1/Conferences/{ConferenceSid}',
      'insights-v1 GET /v1/Conferences/{ConferenceSid}/Participants',
      'insights-v1 GET /v1/Conferences/{ConferenceSid}/Participants/{ParticipantSid}',
    ]);
  });

  it('have operationIds in one scheme, unique across both specs and their webhooks', () => {
    const ids = allOperations.map((o) => o.operationId);
    const all = [...ids, ...allWebhooks.map((w) => w.operationId)];
    expect(new Set(all).size).toBe(all.length);
    for (const id of ids) expect(id).toMatch(/^(Fetch|List|Create|Update|Delete)[A-Z][A-Za-z]+$/);
    expect(ids).toEqual(expect.arrayContaining([
      'CreateParticipant', 'ListParticipant', 'FetchParticipant', 'UpdateParticipant', 'DeleteParticipant',
      'ListConferenceRecording', 'FetchConferenceRecording', 'UpdateConferenceRecording', 'DeleteConferenceRecording',
    ]));
  });

  it('answer adding a participant with 201 and deleting with 204 and no body', () => {
    const byId = new Map(allOperations.map((o) => [o.operationId, o]));
    const success = (id: string) => Object.keys(byId.get(id)!.operation.responses as JsonObject).filter((s) => s.startsWith('2'));
    expect(success('CreateParticipant')).toEqual(['201']);
    for (const id of ['DeleteParticipant', 'DeleteConferenceRecording']) {
      expect(success(id)).toEqual(['204']);
      expect((byId.get(id)!.operation.responses as JsonObject)['204']).not.toHaveProperty('content');
    }
  });

  it.each(allOperations.map((o) => [o.operationId, o] as const))('%s declares Twilio errors for 400, 401, 404, 429 and default', (_, entry) => {
    const doc = loadSpec(entry.api);
    const responses = entry.operation.responses as JsonObject;
    for (const status of ['400', '401', '404', '429', 'default']) {
      expect(responses, `missing ${status}`).toHaveProperty(status);
      const media = (deref<JsonObject>(doc, responses[status]).content as Record<string, JsonObject>)['application/json'];
      expect(media?.schema, `${status} is not JSON`).toEqual({ $ref: '#/components/schemas/TwilioError' });
    }
    const error = deref<JsonObject>(doc, { $ref: '#/components/schemas/TwilioError' });
    expect(error.required).toEqual(['code', 'message', 'more_info', 'status']);
  });

  it.each(allOperations.map((o) => [o.operationId, o] as const))('%s requires HTTP Basic authentication', (_, entry) => {
    const doc = loadSpec(entry.api);
    const security = (entry.operation.security ?? doc.security) as Array<Record<string, string[]>>;
    expect(security).toHaveLength(1);
    const [name] = Object.keys(security[0]!);
    const scheme = deref<JsonObject>(doc, (doc.components.securitySchemes as JsonObject)[name!]);
    expect(scheme).toMatchObject({ type: 'http', scheme: 'basic' });
  });

  it('sends every write body form-encoded, arrays as repeated keys', () => {
    const writes = allOperations.filter((o) => o.operation.requestBody);
    expect(writes.map((o) => o.operationId).sort()).toEqual([
      'CreateParticipant', 'UpdateConference', 'UpdateConferenceRecording', 'UpdateParticipant',
    ]);
    const doc = loadSpec('api-v2010');
    for (const write of writes) {
      const body = deref<JsonObject>(doc, write.operation.requestBody);
      expect(Object.keys(body.content as JsonObject), write.operationId).toEqual(['application/x-www-form-urlencoded']);
      const media = (body.content as Record<string, JsonObject>)['application/x-www-form-urlencoded']!;
      const schema = deref<JsonObject>(doc, media.schema);
      const arrays = Object.entries(schema.properties as Record<string, JsonObject>).filter(([, p]) => deref<JsonObject>(doc, p).type === 'array');
      for (const [name] of arrays) {
        expect((media.encoding as Record<string, JsonObject> | undefined)?.[name], `${write.operationId} ${name}`).toEqual({ style: 'form', explode: true });
      }
    }
    const create = deref<JsonObject>(doc, { $ref: '#/components/schemas/CreateParticipantRequest' });
    expect(Object.keys(create.properties as JsonObject)).toHaveLength(51);
    expect(create.required).toEqual(['From', 'To']);
  });

  it('deletes send no body', () => {
    for (const o of allOperations.filter((op) => op.method === 'delete')) expect(o.operation.requestBody, o.operationId).toBeUndefined();
  });

  it('2010-04-01 list filters include the inequality date filters, all as dates', () => {
    const doc = loadSpec('api-v2010');
    const list = listOperations('api-v2010').find((o) => o.operationId === 'ListConference')!;
    const params = (list.operation.parameters as unknown[]).map((p) => deref<JsonObject>(doc, p));
    const dates = params.filter((p) => String(p.name).startsWith('Date'));
    expect(dates.map((p) => p.name)).toEqual([
      'DateCreated', 'DateCreated<', 'DateCreated>', 'DateUpdated', 'DateUpdated<', 'DateUpdated>',
    ]);
    for (const p of dates) expect(p.schema).toEqual({ type: 'string', format: 'date' });
  });

  it('conference recordings filter on the creation date, with the inequality forms', () => {
    const doc = loadSpec('api-v2010');
    const list = listOperations('api-v2010').find((o) => o.operationId === 'ListConferenceRecording')!;
    const params = (list.operation.parameters as unknown[]).map((p) => deref<JsonObject>(doc, p));
    const dates = params.filter((p) => String(p.name).startsWith('Date'));
    expect(dates.map((p) => p.name)).toEqual(['DateCreated', 'DateCreated<', 'DateCreated>']);
    for (const p of dates) expect(p.schema).toEqual({ type: 'string', format: 'date' });
  });
});

describe('webhooks', () => {
  it('describes the three callbacks Twilio sends about conferences', () => {
    expect(allWebhooks.map((w) => `${w.api} ${w.name} ${w.method.toUpperCase()} ${w.operationId}`)).toEqual([
      'api-v2010 conferenceStatusCallback POST ConferenceStatusCallback',
      'api-v2010 participantCallStatusCallback POST ParticipantCallStatusCallback',
      'api-v2010 conferenceRecordingStatusCallback POST ConferenceRecordingStatusCallback',
    ]);
  });

  it.each(allWebhooks.map((w) => [w.operationId, w] as const))('%s is a signed, form-encoded request', (_, entry) => {
    const doc = loadSpec(entry.api);
    const params = (entry.operation.parameters as unknown[]).map((p) => deref<JsonObject>(doc, p));
    expect(params.find((p) => p.name === 'X-Twilio-Signature')).toMatchObject({ in: 'header', required: true });
    const body = deref<JsonObject>(doc, entry.operation.requestBody);
    expect(body.required).toBe(true);
    expect(Object.keys(body.content as JsonObject)).toEqual(['application/x-www-form-urlencoded']);
    // Twilio does not authenticate to you with HTTP Basic; the signature is the proof.
    expect(entry.operation.security).toEqual([]);
  });

  it('the conference status callback is a union discriminated by all thirteen StatusCallbackEvent values', () => {
    const doc = loadSpec('api-v2010');
    const schema = deref<JsonObject>(doc, { $ref: '#/components/schemas/ConferenceStatusCallback' });
    const { propertyName, mapping } = schema.discriminator as { propertyName: string; mapping: Record<string, string> };
    expect(propertyName).toBe('StatusCallbackEvent');
    expect(Object.keys(mapping).sort()).toEqual([
      'announcement-end', 'announcement-fail', 'conference-end', 'conference-start', 'participant-hold', 'participant-join',
      'participant-leave', 'participant-modify', 'participant-mute', 'participant-speech-start', 'participant-speech-stop',
      'participant-unhold', 'participant-unmute',
    ]);
    // Each variant admits exactly the events the mapping sends to it, so the union narrows on the name.
    for (const [event, ref] of Object.entries(mapping)) {
      const variant = deref<JsonObject>(doc, { $ref: ref });
      const values = ((variant.properties as Record<string, JsonObject>).StatusCallbackEvent!.enum) as string[];
      expect(values, event).toContain(event);
      for (const other of values) expect(mapping[other], other).toBe(ref);
    }
  });
});
