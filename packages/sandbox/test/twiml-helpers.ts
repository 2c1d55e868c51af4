/**
 * A TwiML app for the interpreter's tests: documents by URL path, served through the sandbox's injected
 * fetch (no socket), every request it gets recorded with its form and signature header.
 */
import { ACCOUNT, makeSandbox, type Harness } from './helpers.js';

export const APP = 'http://127.0.0.1:8080';

export interface AppAnswer {
  status?: number;
  type?: string | null;
  body?: string;
}

export interface AppRequest {
  url: string;
  method: string;
  form: Record<string, string>;
  signature: string | undefined;
}

/** A sandbox whose webhooks land in `app` (documents by path) and `requests`. */
export function twimlSandbox(documents: Record<string, string | AppAnswer | (() => string | AppAnswer)> = {}) {
  const requests: AppRequest[] = [];
  const h = makeSandbox({
    seed: 'empty',
    fetch: async (url, init) => {
      const u = new URL(url);
      const form = Object.fromEntries(new URLSearchParams(init.body ?? u.search));
      requests.push({ url, method: init.method, form, signature: init.headers['X-Twilio-Signature'] });
      const found = documents[u.pathname];
      const answer = typeof found === 'function' ? found() : found;
      if (answer === undefined) return new Response('', { status: 204 });
      const a: AppAnswer = typeof answer === 'string' ? { body: answer } : answer;
      const headers: Record<string, string> = {};
      if (a.type !== null) headers['Content-Type'] = a.type ?? 'text/xml';
      // A string body would get text/plain from Response itself; bytes get no Content-Type at all.
      return new Response(new TextEncoder().encode(a.body ?? ''), { status: a.status ?? 200, headers });
    },
  });
  return { ...h, requests, documents };
}

export type TwimlHarness = ReturnType<typeof twimlSandbox>;

/** Places a call with inline TwiML or a URL; returns its SID. */
export async function createCall(h: Harness, body: Record<string, string | string[]>): Promise<string> {
  const res = await h.call('CreateCall', {}, { body: { From: '+15555550100', To: '+15555550101', ...body } });
  if (res.status !== 201) throw new Error(`CreateCall ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body.sid as string;
}

/** Moves the clock in steps, letting document requests finish between them. */
export async function run(h: Harness, ms: number, step = 100): Promise<void> {
  await h.sandbox.settled();
  for (let left = ms; left > 0; left -= step) {
    h.sandbox.clock.advance(Math.min(step, left));
    await h.sandbox.settled();
  }
}

/** The timeline in a compact, readable form: `ms-since-start kind detail`. */
export function timeline(h: Harness, callSid: string, start = Date.parse('2025-03-03T12:00:00Z')): string[] {
  return (h.sandbox.calls.timeline(callSid) ?? []).map((e) => {
    const t = Date.parse(e.at) - start;
    const detail = (() => {
      switch (e.kind) {
        case 'status':
          return String(e.status);
        case 'said':
          return `"${e.text}" ${e.durationMs}`;
        case 'played':
          return `${e.url ?? e.text}${e.durationMs !== undefined ? ` ${e.durationMs}` : ''}${e.reason ? ` (${e.reason})` : ''}`;
        case 'paused':
          return String(e.durationMs);
        case 'verb':
          return [e.verb, e.friendlyName ?? e.url ?? e.reason].filter((x) => x !== undefined).join(' ');
        case 'joined':
          return String(e.friendlyName);
        case 'left':
          return String(e.reason);
        case 'alert':
          return String(e.code);
        case 'fetched':
          return `${e.reason} ${new URL(String(e.url)).pathname}${e.code !== undefined ? ` ${e.code}` : ''}`;
        case 'waiting':
        case 'gathered':
          return String(e.reason);
        case 'input':
          return String(e.text);
        case 'ended':
          return `${e.status} ${e.reason}`;
        default:
          return '';
      }
    })();
    return `${t} ${e.kind} ${detail}`;
  });
}

export { ACCOUNT };
