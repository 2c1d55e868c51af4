/**
 * What every operation of both specs must declare, whatever the lint configuration says: Twilio's error
 * body on 400, 401, 404, 429 and default; HTTP Basic security; an operationId in the one scheme, unique
 * across both APIs (Twilio's own specs use `FetchConference` in both).
 */
import { describe, expect, it } from 'vitest';
import { apiNames, deref, listOperations, loadSpec, type JsonObject } from '../src/contract.js';

const allOperations = apiNames.flatMap((api) => listOperations(api));

describe('operations', () => {
  it('covers the seven documented operations', () => {
    expect(allOperations.map((o) => `${o.api} ${o.method.toUpperCase()} ${o.path}`).sort()).toEqual([
      'api-v2010 GET /2010-04-01/Accounts/{AccountSid}/Conferences.json',
      'api-v2010 GET /2010-04-01/Accounts/{AccountSid}/Conferences/{Sid}.json',
      'api-v2010 POST /2010-04-01/Accounts/{AccountSid}/Conferences/{Sid}.json',
      'insights-v1 GET /v1/Conferences',
      'insights-v1 GET /v1/Conferences/{ConferenceSid}',
      'insights-v1 GET /v1/Conferences/{ConferenceSid}/Participants',
      'insights-v1 GET /v1/Conferences/{ConferenceSid}/Participants/{ParticipantSid}',
    ]);
  });

  it('have operationIds in one scheme, unique across both specs', () => {
    const ids = allOperations.map((o) => o.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^(Fetch|List|Create|Update|Delete)[A-Z][A-Za-z]+$/);
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

  it('sends the one write form-encoded', () => {
    const writes = allOperations.filter((o) => o.method !== 'get');
    expect(writes.map((o) => o.operationId)).toEqual(['UpdateConference']);
    const doc = loadSpec('api-v2010');
    const body = deref<JsonObject>(doc, writes[0]!.operation.requestBody);
    expect(Object.keys(body.content as JsonObject)).toEqual(['application/x-www-form-urlencoded']);
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
});
