/**
 * What every operation of every spec must declare, whatever the lint configuration says: Twilio's error
 * body on 400, 401, 404, 429 and default; HTTP Basic security; an operationId in the one scheme, unique
 * across all the specs (Twilio's own specs use `FetchConference` in both of theirs).
 */
import { describe, expect, it } from 'vitest';
import { apiNames, controlApiNames, deref, listOperations, listWebhooks, loadSpec, specNames, type JsonObject } from '../src/contract.js';

/** Twilio's operations: the two Twilio specs. */
const allOperations = apiNames.flatMap((api) => listOperations(api));
const allWebhooks = specNames.flatMap((api) => listWebhooks(api));
/** The sandbox's control operations. */
const controlOperations = controlApiNames.flatMap((api) => listOperations(api));
/** Every operation of every spec. */
const everyOperation = [...allOperations, ...controlOperations];

describe('operations', () => {
  it('covers the twenty-six documented operations', () => {
    expect(allOperations.map((o) => `${o.api} ${o.method.toUpperCase()} ${o.path}`).sort()).toEqual([
      'api-v2010 DELETE /2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json',
      'api-v2010 DELETE /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants/{CallSid}.json',
      'api-v2010 DELETE /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Recordings/{Sid}.json',
      'api-v2010 DELETE /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{Sid}.json',
      'api-v2010 GET /2010-04-01/Accounts/{AccountSid}/Calls.json',
      'api-v2010 GET /2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json',
      'api-v2010 GET /2010-04-01/Accounts/{AccountSid}/Conferences.json',
      'api-v2010 GET /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants.json',
      'api-v2010 GET /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants/{CallSid}.json',
      'api-v2010 GET /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Recordings.json',
      'api-v2010 GET /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Recordings/{Sid}.json',
      'api-v2010 GET /2010-04-01/Accounts/{AccountSid}/Conferences/{Sid}.json',
      'api-v2010 GET /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers.json',
      'api-v2010 GET /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{Sid}.json',
      'api-v2010 POST /2010-04-01/Accounts/{AccountSid}/Calls.json',
      'api-v2010 POST /2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json',
      'api-v2010 POST /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants.json',
      'api-v2010 POST /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants/{CallSid}.json',
      'api-v2010 POST /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Recordings/{Sid}.json',
      'api-v2010 POST /2010-04-01/Accounts/{AccountSid}/Conferences/{Sid}.json',
      'api-v2010 POST /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers.json',
      'api-v2010 POST /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{Sid}.json',
      'insights-v1 GET /v1/Conferences',
      'insights-v1 GET /v1/Conferences/{ConferenceSid}',
      'insights-v1 GET /v1/Conferences/{ConferenceSid}/Participants',
      'insights-v1 GET /v1/Conferences/{ConferenceSid}/Participants/{ParticipantSid}',
    ]);
  });

  it('have operationIds in one scheme, unique across all specs and their webhooks', () => {
    const ids = everyOperation.map((o) => o.operationId);
    const all = [...ids, ...allWebhooks.map((w) => w.operationId)];
    expect(new Set(all).size).toBe(all.length);
    for (const id of ids) expect(id).toMatch(/^(Fetch|List|Create|Update|Delete)[A-Z][A-Za-z]+$/);
    expect(ids).toEqual(expect.arrayContaining([
      'CreateParticipant', 'ListParticipant', 'FetchParticipant', 'UpdateParticipant', 'DeleteParticipant',
      'ListConferenceRecording', 'FetchConferenceRecording', 'UpdateConferenceRecording', 'DeleteConferenceRecording',
      'CreateCall', 'FetchCall', 'ListCall', 'UpdateCall', 'DeleteCall',
      'CreateIncomingPhoneNumber', 'FetchIncomingPhoneNumber', 'ListIncomingPhoneNumber', 'UpdateIncomingPhoneNumber',
      'DeleteIncomingPhoneNumber',
    ]));
  });

  it('answer creating with 201 and deleting with 204 and no body', () => {
    const byId = new Map(allOperations.map((o) => [o.operationId, o]));
    const success = (id: string) => Object.keys(byId.get(id)!.operation.responses as JsonObject).filter((s) => s.startsWith('2'));
    for (const id of ['CreateParticipant', 'CreateCall', 'CreateIncomingPhoneNumber']) expect(success(id), id).toEqual(['201']);
    for (const id of ['DeleteParticipant', 'DeleteConferenceRecording', 'DeleteCall', 'DeleteIncomingPhoneNumber']) {
      expect(success(id)).toEqual(['204']);
      expect((byId.get(id)!.operation.responses as JsonObject)['204']).not.toHaveProperty('content');
    }
  });

  it.each(everyOperation.map((o) => [o.operationId, o] as const))('%s declares Twilio errors for 400, 401, 404, 429 and default', (_, entry) => {
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

  it.each(everyOperation.map((o) => [o.operationId, o] as const))('%s requires HTTP Basic authentication', (_, entry) => {
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
      'CreateCall', 'CreateIncomingPhoneNumber', 'CreateParticipant', 'UpdateCall', 'UpdateConference', 'UpdateConferenceRecording',
      'UpdateIncomingPhoneNumber', 'UpdateParticipant',
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
    for (const o of everyOperation.filter((op) => op.method === 'delete')) expect(o.operation.requestBody, o.operationId).toBeUndefined();
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

  it('calls filter on the start and end dates, with the inequality forms, all as dates', () => {
    const doc = loadSpec('api-v2010');
    const list = listOperations('api-v2010').find((o) => o.operationId === 'ListCall')!;
    const params = (list.operation.parameters as unknown[]).map((p) => deref<JsonObject>(doc, p));
    expect(params.map((p) => p.name)).toEqual([
      'To', 'From', 'ParentCallSid', 'Status', 'StartTime', 'StartTime<', 'StartTime>', 'EndTime', 'EndTime<', 'EndTime>',
      'PageSize', 'Page', 'PageToken',
    ]);
    for (const p of params.filter((q) => /^(Start|End)Time/.test(String(q.name)))) expect(p.schema).toEqual({ type: 'string', format: 'date' });
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
  it('describes the three status callbacks and the four voice requests Twilio sends', () => {
    expect(allWebhooks.map((w) => `${w.api} ${w.name} ${w.method.toUpperCase()} ${w.operationId}`)).toEqual([
      'api-v2010 conferenceStatusCallback POST ConferenceStatusCallback',
      'api-v2010 participantCallStatusCallback POST ParticipantCallStatusCallback',
      'api-v2010 conferenceRecordingStatusCallback POST ConferenceRecordingStatusCallback',
      'api-v2010 callVoiceRequestCallback POST CallVoiceRequestCallback',
      'api-v2010 dialActionCallback POST DialActionCallback',
      'api-v2010 conferenceWaitUrlCallback POST ConferenceWaitUrlCallback',
      'api-v2010 gatherActionCallback POST GatherActionCallback',
    ]);
  });

  it('the voice requests are answered with TwiML, the status callbacks with nothing Twilio reads', () => {
    const doc = loadSpec('api-v2010');
    for (const w of allWebhooks) {
      const content = deref<JsonObject>(doc, (w.operation.responses as JsonObject)['200']).content as Record<string, JsonObject> | undefined;
      if (w.operation.tags && (w.operation.tags as string[]).includes('Voice Requests')) {
        expect(Object.keys(content ?? {}), w.operationId).toEqual(['application/xml', 'text/xml']);
        for (const media of Object.values(content!)) expect(media.schema, w.operationId).toEqual({ $ref: '#/components/schemas/TwimlDocument' });
      } else {
        expect(content, w.operationId).toBeUndefined();
      }
    }
    expect(allWebhooks.filter((w) => (w.operation.tags as string[]).includes('Voice Requests'))).toHaveLength(4);
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

describe('the sandbox control surface', () => {
  it('has the control operations under /__sandbox/, and the inspector page at the root too', () => {
    expect(controlOperations.map((o) => `${o.api} ${o.method.toUpperCase()} ${o.path} ${o.operationId}`)).toEqual([
      'sandbox-v1 POST /__sandbox/reset CreateSandboxReset',
      'sandbox-v1 POST /__sandbox/seed CreateSandboxSeed',
      'sandbox-v1 GET /__sandbox/snapshot FetchSandboxSnapshot',
      'sandbox-v1 PUT /__sandbox/snapshot UpdateSandboxSnapshot',
      'sandbox-v1 GET /__sandbox/clock FetchSandboxClock',
      'sandbox-v1 POST /__sandbox/clock UpdateSandboxClock',
      'sandbox-v1 GET /__sandbox/journal ListSandboxJournalEntry',
      'sandbox-v1 POST /__sandbox/calls CreateSandboxCall',
      'sandbox-v1 POST /__sandbox/calls/{CallSid}/hangup CreateSandboxCallHangup',
      'sandbox-v1 POST /__sandbox/calls/{CallSid}/speech CreateSandboxCallSpeech',
      'sandbox-v1 POST /__sandbox/calls/{CallSid}/quality CreateSandboxCallQuality',
      'sandbox-v1 POST /__sandbox/calls/{CallSid}/digits CreateSandboxCallDigits',
      'sandbox-v1 POST /__sandbox/calls/{CallSid}/utterance CreateSandboxCallUtterance',
      'sandbox-v1 GET /__sandbox/calls/{CallSid}/timeline FetchSandboxCallTimeline',
      'sandbox-v1 GET /__sandbox/conferences/{ConferenceSid}/timeline FetchSandboxConferenceTimeline',
      'sandbox-v1 POST /__sandbox/conferences/{ConferenceSid}/announcement-end CreateSandboxAnnouncementEnd',
      'sandbox-v1 GET /__sandbox/events FetchSandboxEventStream',
      'sandbox-v1 GET /__sandbox/ui FetchSandboxInspector',
      'sandbox-v1 GET /__sandbox/ui/{Asset} FetchSandboxInspectorAsset',
      'sandbox-v1 GET / FetchSandboxHome',
    ]);
    // The prefix is one no Twilio path can take, so the host can serve both on one port.
    for (const o of allOperations) expect(o.path.startsWith('/__sandbox/'), o.path).toBe(false);
    expect(listWebhooks('sandbox-v1')).toEqual([]);
  });

  /** What a 200 answers besides JSON: the event stream, and the inspector's page and files. */
  const successMedia: Record<string, string[]> = {
    FetchSandboxEventStream: ['text/event-stream'],
    FetchSandboxInspector: ['text/html'],
    FetchSandboxHome: ['text/html'],
    FetchSandboxInspectorAsset: ['text/javascript', 'text/css', 'image/svg+xml'],
  };

  it.each(controlOperations.map((o) => [o.operationId, o] as const))('%s takes JSON and answers JSON, errors always so', (_, entry) => {
    const doc = loadSpec(entry.api);
    if (entry.operation.requestBody) {
      const body = deref<JsonObject>(doc, entry.operation.requestBody);
      expect(Object.keys(body.content as JsonObject)).toEqual(['application/json']);
    }
    for (const [status, raw] of Object.entries(entry.operation.responses as JsonObject)) {
      const content = deref<JsonObject>(doc, raw).content as JsonObject | undefined;
      if (status === '204') expect(content, `${status} has no body`).toBeUndefined();
      else if (status === '200' && successMedia[entry.operationId]) expect(Object.keys(content ?? {}), status).toEqual(successMedia[entry.operationId]);
      else expect(Object.keys(content ?? {}), status).toEqual(['application/json']);
    }
  });

  it('serves the inspector with a strict Content-Security-Policy, nosniff and no-store, and asks a browser for the control credential', () => {
    const doc = loadSpec('sandbox-v1');
    for (const id of ['FetchSandboxInspector', 'FetchSandboxHome', 'FetchSandboxInspectorAsset']) {
      const responses = controlOperations.find((o) => o.operationId === id)!.operation.responses as JsonObject;
      const ok = deref<JsonObject>(doc, responses['200']);
      expect(Object.keys(ok.headers as JsonObject).sort(), id).toEqual(['Cache-Control', 'Content-Security-Policy', 'X-Content-Type-Options']);
      const csp = String(deref<JsonObject>(doc, (ok.headers as JsonObject)['Content-Security-Policy']).description);
      for (const directive of ["default-src 'self'", "script-src 'self'", "connect-src 'self'", "frame-ancestors 'none'"]) expect(csp, id).toContain(directive);
      expect(Object.keys(deref<JsonObject>(doc, responses['401']).headers as JsonObject), id).toEqual(['WWW-Authenticate']);
    }
  });

  it('declares 409 with Twilio\'s error body on the events that depend on the call or the announcement', () => {
    const doc = loadSpec('sandbox-v1');
    const with409 = controlOperations.filter((o) => '409' in (o.operation.responses as JsonObject)).map((o) => o.operationId);
    expect(with409).toEqual(['CreateSandboxCallSpeech', 'CreateSandboxCallDigits', 'CreateSandboxCallUtterance', 'CreateSandboxAnnouncementEnd']);
    for (const o of controlOperations.filter((op) => with409.includes(op.operationId))) {
      const media = (deref<JsonObject>(doc, (o.operation.responses as JsonObject)['409']).content as Record<string, JsonObject>)['application/json'];
      expect(media?.schema).toEqual({ $ref: '#/components/schemas/TwilioError' });
    }
  });

  it('journals webhook deliveries with every outcome the engine records, told apart from requests and alerts by kind', () => {
    const doc = loadSpec('sandbox-v1');
    expect(deref<JsonObject>(doc, { $ref: '#/components/schemas/SandboxDeliveryOutcome' }).enum).toEqual([
      'pending', 'delivered', 'failed', 'timeout', 'error', 'blocked', 'dropped',
    ]);
    const entry = deref<JsonObject>(doc, { $ref: '#/components/schemas/SandboxJournalEntry' });
    expect(entry.discriminator).toEqual({
      propertyName: 'kind',
      mapping: {
        request: '#/components/schemas/SandboxJournalRequestEntry',
        warning: '#/components/schemas/SandboxJournalWarningEntry',
        webhook: '#/components/schemas/SandboxJournalWebhookEntry',
        alert: '#/components/schemas/SandboxJournalAlertEntry',
      },
    });
  });

  it('imports what it exports: the snapshot schema is both the response and the request body', () => {
    const byId = new Map(controlOperations.map((o) => [o.operationId, o]));
    const doc = loadSpec('sandbox-v1');
    const exported = ((deref<JsonObject>(doc, (byId.get('FetchSandboxSnapshot')!.operation.responses as JsonObject)['200']).content as Record<string, JsonObject>)['application/json']!).schema;
    const imported = ((deref<JsonObject>(doc, byId.get('UpdateSandboxSnapshot')!.operation.requestBody).content as Record<string, JsonObject>)['application/json']!).schema;
    expect(exported).toEqual({ $ref: '#/components/schemas/SandboxSnapshot' });
    expect(imported).toEqual(exported);
  });
});
