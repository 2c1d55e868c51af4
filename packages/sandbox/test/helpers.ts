import { expect } from 'vitest';
import { apiNames, createContract, formatErrors, listOperations, listWebhooks, type OperationEntry } from '@conference-kit/specs/contract';
import { createSandbox, type Sandbox, type SandboxOptions, type SandboxResult, type WebhookKind } from '../src/index.js';

const contract = createContract();
const entries = new Map<string, OperationEntry>(apiNames.flatMap((api) => listOperations(api)).map((e) => [e.operationId, e]));

const webhookEntries = new Map(listWebhooks('api-v2010').map((w) => [w.name, w]));
const webhookOf: Partial<Record<WebhookKind, string>> = {
  conference: 'conferenceStatusCallback',
  'call-progress': 'participantCallStatusCallback',
  recording: 'conferenceRecordingStatusCallback',
  voice: 'callVoiceRequestCallback',
  'dial-action': 'dialActionCallback',
  'gather-action': 'gatherActionCallback',
  'wait-url': 'conferenceWaitUrlCallback',
};

/** Validates every webhook the sandbox sent (or tried to) against the spec's callback schemas. */
export function expectWebhooksValid(sandbox: Sandbox): number {
  let checked = 0;
  for (const w of sandbox.journal.webhooks()) {
    const name = webhookOf[w.type];
    if (name === undefined) throw new Error(`No callback schema is known for webhook type ${w.type}`);
    const entry = webhookEntries.get(name);
    if (!entry) throw new Error(`The bundled spec has no webhook ${name}`);
    const body = Object.fromEntries(w.params);
    const errors = contract.validateWebhook(entry, body);
    if (errors) throw new Error(`${w.type} ${w.event} webhook is off-contract: ${formatErrors(errors)}\n${JSON.stringify(body)}`);
    checked++;
  }
  return checked;
}

/** The operationIds the bundled specs document right now. */
export const specOperationIds = [...entries.keys()];

/** Validates a response against the bundled spec; returns false when the spec has no such operation yet. */
export function expectValid(operationId: string, res: SandboxResult): boolean {
  const entry = entries.get(operationId);
  if (!entry) return false;
  if (res.status === 204) {
    expect(res.body).toBeUndefined();
    return true;
  }
  const errors = contract.validateResponse(entry, res.status, res.body);
  if (errors) throw new Error(`${operationId} ${res.status} is off-contract: ${formatErrors(errors)}\n${JSON.stringify(res.body, null, 1)}`);
  return true;
}

export const ACCOUNT = 'ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
export const TOKEN = 'token';
export const HOOK = 'http://127.0.0.1:9/hook';

export interface Delivered {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
}

/** A sandbox on a frozen clock whose webhooks land in `delivered` (receiver answers `status()`). */
/** Every sandbox made by makeSandbox since the last drain, so tests can check all their webhooks. */
export const created: Sandbox[] = [];

export function makeSandbox(options: SandboxOptions = {}, status: () => number = () => 204) {
  const delivered: Delivered[] = [];
  const sandbox = createSandbox({
    clock: { frozen: true, now: '2025-03-03T12:00:00Z' },
    sidSeed: 42,
    fetch: async (url, init) => {
      delivered.push({ url, method: init.method, headers: init.headers, body: init.body });
      return { status: status() };
    },
    ...options,
  });
  created.push(sandbox);
  const call = async (
    operationId: string,
    pathParams: Record<string, string> = {},
    extra: { query?: Record<string, string | string[]>; body?: Record<string, string | string[]>; auth?: { username: string; password: string } | null } = {},
  ) => {
    const res = await sandbox.handle(operationId, {
      pathParams: operationId.endsWith('Summary') ? pathParams : { AccountSid: ACCOUNT, ...pathParams },
      query: extra.query ?? {},
      body: extra.body ?? {},
      auth: extra.auth === undefined ? { username: ACCOUNT, password: TOKEN } : extra.auth,
      baseUrl: 'http://127.0.0.1:4010',
    });
    expectValid(operationId, res);
    return res as SandboxResult & { body: any };
  };
  return { sandbox, call, delivered };
}

export type Harness = ReturnType<typeof makeSandbox>;

/** Adds a participant (by friendly name or CF SID) and returns its response body. */
export async function add(h: Harness, conference: string, body: Record<string, string | string[]> = {}) {
  const res = await h.call('CreateParticipant', { ConferenceSid: conference }, { body: { From: '+15555550100', To: '+15555550101', ...body } });
  if (res.status !== 201) throw new Error(`CreateParticipant ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

export function formOf(d: Delivered): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(d.body ?? new URL(d.url).search));
}

export type { Sandbox };
