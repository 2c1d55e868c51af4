import { afterAll, beforeAll } from 'vitest';
import { startMockServer, type MockServer, type MockServerOptions } from '../src/server.js';

export const ACCOUNT = 'ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
export const CONFERENCE = 'CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
export const PARTICIPANT = 'CPaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
export const AUTH = `Basic ${Buffer.from(`${ACCOUNT}:test-auth-token`).toString('base64')}`;

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
