import { afterAll, beforeAll } from 'vitest';
import { deref, loadSpec, type JsonObject, type OperationEntry } from '@conference-kit/specs/contract';
import { startMockServer, type MockServer, type MockServerOptions } from '../src/server.js';

export const ACCOUNT = 'ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
export const CONFERENCE = 'CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
export const PARTICIPANT = 'CPaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
/** An HTTP Basic `Authorization` header value. */
export const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
export const AUTH = basic(ACCOUNT, 'test-auth-token');

/** Starts a mock on 127.0.0.1 and a free port for the file's tests, and stops it after them. */
export function useMock(options: MockServerOptions = {}): { readonly url: string } {
  let mock: MockServer | undefined;
  beforeAll(async () => {
    mock = await startMockServer({ host: '127.0.0.1', port: 0, logLevel: 'silent', ...options });
  });
  afterAll(async () => {
    await mock?.close();
  });
  return {
    get url() {
      if (!mock) throw new Error('mock not started');
      return mock.url;
    },
  };
}

/** Fills a path template with valid SIDs. */
export function concretePath(template: string): string {
  return template
    .replace('{AccountSid}', ACCOUNT)
    .replace('{Sid}', CONFERENCE)
    .replace('{ConferenceSid}', CONFERENCE)
    .replace('{ParticipantSid}', PARTICIPANT);
}

export interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
  text: string;
}

export async function call(url: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(10_000) });
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, body, text };
}

/**
 * A valid request for an operation, made from the spec's own examples: each path parameter's example, and
 * the first request-body example form-encoded (arrays as repeated keys).
 */
export function exampleRequest(entry: OperationEntry, headers: Record<string, string> = {}): [string, RequestInit] {
  const doc = loadSpec(entry.api);
  const item = deref<JsonObject>(doc, (doc.paths as JsonObject)[entry.path]);
  const parameters = [...((item.parameters as unknown[]) ?? []), ...((entry.operation.parameters as unknown[]) ?? [])]
    .map((p) => deref<JsonObject>(doc, p))
    .filter((p) => p.in === 'path');
  let path = entry.path;
  for (const p of parameters) path = path.replace(`{${String(p.name)}}`, encodeURIComponent(String(p.example)));
  const init: RequestInit = { method: entry.method.toUpperCase(), headers: { authorization: AUTH, ...headers } };
  const content = (deref<JsonObject>(doc, entry.operation.requestBody ?? {}).content ?? {}) as Record<string, JsonObject>;
  const form = content['application/x-www-form-urlencoded'];
  if (form) {
    const first = Object.values((form.examples ?? {}) as Record<string, unknown>)[0];
    const value = (deref<JsonObject>(doc, first).value ?? {}) as Record<string, unknown>;
    const body = new URLSearchParams();
    for (const [key, v] of Object.entries(value)) for (const item of [v].flat()) body.append(key, String(item));
    (init.headers as Record<string, string>)['content-type'] = 'application/x-www-form-urlencoded';
    init.body = body.toString();
  }
  return [path, init];
}

/** The documented success status of an operation: 200, 201 or 204. */
export function successStatus(entry: OperationEntry): number {
  return Number(Object.keys(entry.operation.responses as JsonObject).find((code) => code.startsWith('2')));
}
