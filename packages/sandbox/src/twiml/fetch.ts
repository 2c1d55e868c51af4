/**
 * Fetching a TwiML document for a call (its `Url`, a `<Redirect>`, a `<Dial action>`, a conference
 * `waitUrl`, the `FallbackUrl`): signed with the account's Auth Token, GET or POST as asked, through the
 * injected `fetch` and the webhook allow rules, journaled like every webhook, with Twilio's failure codes:
 *
 * | what went wrong | code |
 * | --- | --- |
 * | not a well-formed absolute http(s) URL | 11100 |
 * | host refused by the allow rules, or an HTTP error status (3xx included: redirects are not followed) | 11200 |
 * | no answer within `documentTimeoutMs`, or a network error | 11205 |
 * | no or an unsupported Content-Type | 12300 |
 * | a body over 64 kB | 11750 |
 */
import type { Params, World } from '../engine/world.js';
import type { DocumentKind, ReceivedAnswer } from '../journal.js';
import type { Call } from '../store.js';
import { TWIML_MAX_BYTES } from './parse.js';


const TWIML_TYPES = new Set(['text/xml', 'application/xml', 'text/html']);

export type DocumentResult =
  | { ok: true; type: 'twiml'; xml: string; url: string }
  | { ok: true; type: 'text'; text: string; url: string }
  | { ok: true; type: 'audio'; url: string }
  | { ok: false; code: number; message: string; url: string };

export interface DocumentRequest {
  url: string;
  method: 'GET' | 'POST';
  params: Params;
  kind: DocumentKind;
}

/** `url` made absolute against `base` (the document it was written in); null when it cannot be. */
export function resolveUrl(url: string, base: string | null): string | null {
  try {
    const resolved = base === null ? new URL(url) : new URL(url, base);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.toString() : null;
  } catch {
    return null;
  }
}

async function readCapped(answer: ReceivedAnswer, limit: number): Promise<Uint8Array | null> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (answer.body && typeof answer.body.getReader === 'function') {
    const reader = answer.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => undefined);
        return null;
      }
      chunks.push(value);
    }
  } else if (answer.arrayBuffer) {
    const whole = new Uint8Array(await answer.arrayBuffer());
    if (whole.byteLength > limit) return null;
    chunks.push(whole);
    size = whole.byteLength;
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** Requests one document; never rejects. The request is in the journal; `settled()` waits for it. */
export async function fetchDocument(w: World, call: Call, req: DocumentRequest): Promise<DocumentResult> {
  const fail = (code: number, message: string): DocumentResult => ({ ok: false, code, message, url: req.url });
  let result: DocumentResult | null = null;
  const entry = await w.journal.request(
    {
      at: new Date(w.now()).toISOString(),
      type: req.kind,
      event: call.status,
      accountSid: call.accountSid,
      conferenceSid: call.conferenceSid,
      callSid: call.sid,
      sequenceNumber: null,
      url: req.url,
      method: req.method,
      params: req.params,
    },
    async (answer) => {
      if (answer.status < 200 || answer.status >= 300) {
        await answer.arrayBuffer?.().catch(() => undefined);
        result = fail(11200, `HTTP retrieval failure: ${req.url} answered ${answer.status}`);
        return;
      }
      const contentType = (answer.headers?.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      const audio = contentType.startsWith('audio/');
      if (!audio && !TWIML_TYPES.has(contentType) && contentType !== 'text/plain') {
        await answer.arrayBuffer?.().catch(() => undefined);
        result = fail(12300, `Invalid Content-Type: ${contentType === '' ? 'none given' : contentType}`);
        return;
      }
      if (audio) {
        await answer.arrayBuffer?.().catch(() => undefined);
        result = { ok: true, type: 'audio', url: req.url };
        return;
      }
      const bytes = await readCapped(answer, TWIML_MAX_BYTES);
      if (bytes === null) {
        result = fail(11750, `TwiML response body too large: over ${TWIML_MAX_BYTES} bytes`);
        return;
      }
      const text = new TextDecoder().decode(bytes);
      result = contentType === 'text/plain' ? { ok: true, type: 'text', text, url: req.url } : { ok: true, type: 'twiml', xml: text, url: req.url };
    },
  );
  if (result) return result;
  switch (entry.outcome) {
    case 'blocked':
      return fail(11200, `HTTP retrieval failure: ${entry.error ?? 'refused'}`);
    case 'timeout':
      return fail(11205, `HTTP connection failure: ${entry.error ?? 'timed out'}`);
    default:
      return fail(11205, `HTTP connection failure: ${entry.error ?? 'no answer'}`);
  }
}
