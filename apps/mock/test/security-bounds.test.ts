/**
 * What a caller may make the mock hold or print (issue 15, faults 3 and 7, the host's half): unknown form
 * fields are answered as Twilio does (as if not sent) but kept nowhere, and the engine is told their
 * names; a body or query with more than 1,000 fields is refused before it is parsed; an invalid request
 * from an unseen account leaves no account behind; a path segment is percent-decoded once; nothing from a
 * request can forge a log line; the in-process `fetch` honours its signal and stops reading a streamed
 * body at the size limit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, type SandboxRequest } from '@conference-kit/sandbox';
import { startMockServer } from '../src/server.js';
import { startSandbox, type RunningSandbox } from '../src/index.js';
import { ACCOUNT, basic, call } from './helpers.js';
import { rawRequest } from './raw-http.js';

const CONTROL = basic(ACCOUNT, 'token');
const FORM = 'application/x-www-form-urlencoded';
const MAX_BODY_BYTES = 1024 * 1024;

let sandbox: RunningSandbox;
const lines: string[] = [];
beforeAll(async () => {
  sandbox = await startSandbox({ clock: { frozen: true, now: '2025-03-03T12:00:00Z' }, logLevel: 'info', log: (line) => lines.push(line) });
});
afterAll(() => sandbox?.close());

const participants = (room: string) => `/2010-04-01/Accounts/${ACCOUNT}/Conferences/${room}/Participants.json`;

function post(path: string, body: string, authorization = CONTROL) {
  return call(sandbox.url + path, { method: 'POST', headers: { authorization, 'content-type': FORM }, body });
}

describe('unknown form fields', () => {
  it('are answered as if they were not sent, and kept nowhere: not in the journal, not in the state', async () => {
    sandbox.reset();
    const created = await post(participants('unknown-fields'), 'From=%2B15555550100&To=%2B15555550101&StatusCallbackEvents=ringing&junk=1&junk=2');
    expect(created.status, created.text).toBe(201);
    const [entry] = sandbox.journal.requests();
    expect(entry).toMatchObject({ operationId: 'CreateParticipant', status: 201 });
    expect(entry!.body).toEqual({ From: '+15555550100', To: '+15555550101' });
    expect(JSON.stringify(sandbox.sandbox.exportSnapshot())).not.toContain('StatusCallbackEvents');
  });

  it('are named to the engine, so it can warn about a misspelling', async () => {
    const engine = createSandbox({ seed: 'default' });
    const seen: SandboxRequest[] = [];
    const watched = new Proxy(engine, {
      get(target, key, receiver) {
        if (key !== 'handle') return Reflect.get(target, key, receiver);
        return (operationId: string, request: SandboxRequest) => {
          seen.push(request);
          return target.handle(operationId, request);
        };
      },
    });
    const mock = await startMockServer({ port: 0, logLevel: 'silent', mode: 'sandbox', sandbox: watched });
    try {
      const answer = await mock.fetch(`${mock.url}${participants('named-fields')}`, {
        method: 'POST',
        headers: { authorization: CONTROL, 'content-type': FORM },
        body: 'StatusCallbackEvents=ringing&From=%2B15555550100&To=%2B15555550101&junk=1&junk=2',
      });
      expect(answer.status).toBe(201);
      expect(seen).toHaveLength(1);
      expect((seen[0] as SandboxRequest & { ignoredFields?: string[] }).ignoredFields).toEqual(['StatusCallbackEvents', 'junk']);
      expect(seen[0]!.body).toEqual({ From: '+15555550100', To: '+15555550101' });
    } finally {
      await mock.close();
      engine.dispose();
    }
  });
});

describe('bounds', () => {
  it('a form body with more than 1,000 fields is a 400 naming the bound, and creates nothing', async () => {
    sandbox.reset();
    const body = `From=%2B15555550100&To=%2B15555550101&${Array.from({ length: 999 }, (_, i) => `f${i}=x`).join('&')}`;
    const refused = await post(participants('too-many-fields'), body);
    expect(refused.status, refused.text).toBe(400);
    expect(refused.body).toMatchObject({ code: 20001, status: 400, message: expect.stringMatching(/1,?000 fields/) });
    expect(sandbox.journal.requests()).toEqual([]);
    // At the bound it is still served.
    expect((await post(participants('at-the-bound'), body.slice(0, body.lastIndexOf('&')))).status).toBe(201);
  });

  it('a query string with more than 1,000 fields is a 400 naming the bound', async () => {
    const query = Array.from({ length: 1001 }, (_, i) => `q${i}=x`).join('&');
    const refused = await call(`${sandbox.url}/2010-04-01/Accounts/${ACCOUNT}/Conferences.json?${query}`, { headers: { authorization: CONTROL } });
    expect(refused.status, refused.text).toBe(400);
    expect(refused.body).toMatchObject({ code: 20001, status: 400, message: expect.stringMatching(/1,?000 fields/) });
  });

  // Needs the engine's half of issue 15 (authenticate never creates an account; handle does, after validation).
  it('an invalid request from an unseen Account SID creates no account', async () => {
    const fresh = 'ACeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee';
    const refused = await call(`${sandbox.url}/2010-04-01/Accounts/${fresh}/Conferences.json?PageSize=0`, { headers: { authorization: basic(fresh, 'fresh') } });
    expect(refused.status).toBe(400);
    expect(sandbox.sandbox.accounts().map((a) => a.sid)).not.toContain(fresh);
  });
});

describe('paths and logs', () => {
  it('a path segment is percent-decoded once: %2541 names the conference "%41", not "A"', async () => {
    sandbox.reset();
    const created = await post(participants('%2541'), 'From=%2B15555550100&To=%2B15555550101');
    expect(created.status, created.text).toBe(201);
    const conference = await call(`${sandbox.url}/2010-04-01/Accounts/${ACCOUNT}/Conferences/${(created.body as { conference_sid: string }).conference_sid}.json`, {
      headers: { authorization: CONTROL },
    });
    expect((conference.body as { friendly_name: string }).friendly_name).toBe('%41');
  });

  it('a PageToken with a newline cannot write a forged line into the log', async () => {
    lines.length = 0;
    const forged = encodeURIComponent('PAx\nGET /2010-04-01/Accounts/forged 200 0.1ms\r\x1b[2K');
    const answer = await call(`${sandbox.url}/2010-04-01/Accounts/${ACCOUNT}/Conferences.json?PageToken=${forged}`, { headers: { authorization: CONTROL } });
    expect(answer.status).toBe(400);
    const logged = lines.join('\n');
    expect(logged).toContain('PageToken');
    expect(logged.split('\n').filter((l) => l.startsWith('GET /2010-04-01/Accounts/forged'))).toEqual([]);
    expect(logged).not.toMatch(/[\r\x1b]/);
  });

  it('a header with C1 control characters is logged escaped', async () => {
    lines.length = 0;
    const host = new URL(sandbox.url).host;
    // \x9b is the one-byte CSI: a terminal reading the log would take what follows as a command.
    const answer = await rawRequest(sandbox.url, `GET /v1/Conferences HTTP/1.1\r\nHost: ${host}\r\nExpect: x\x9b2J\r\nConnection: close\r\n\r\n`);
    expect(answer.status).toBe(417);
    expect(lines.join('\n')).toContain('Expect');
    expect(lines.join('\n')).not.toMatch(/[\x80-\x9f]/);
  });
});

describe('the in-process fetch', () => {
  const url = () => sandbox.url + participants('in-process');
  const headers = { authorization: CONTROL, 'content-type': FORM };

  it('rejects at once with the reason when its signal is already aborted, and does nothing', async () => {
    sandbox.reset();
    const controller = new AbortController();
    const reason = new Error('the test gave up');
    controller.abort(reason);
    const answered = sandbox.fetch(url(), { method: 'POST', headers, body: 'From=%2B15555550100&To=%2B15555550101', signal: controller.signal });
    await expect(answered).rejects.toBe(reason);
    expect(sandbox.journal.requests()).toEqual([]);
  });

  it('stops reading a body when its signal aborts mid-stream', async () => {
    const controller = new AbortController();
    let started!: () => void;
    const firstChunk = new Promise<void>((resolve) => (started = resolve));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(stream) {
        if (sent > 0) return new Promise<void>(() => undefined); // a client that stalls
        sent++;
        stream.enqueue(new TextEncoder().encode('From=%2B15555550100&'));
        started();
      },
    });
    const answered = sandbox.fetch(url(), { method: 'POST', headers, body, signal: controller.signal, duplex: 'half' } as RequestInit);
    await firstChunk;
    const reason = new Error('stalled client abandoned');
    controller.abort(reason);
    const outcome = await Promise.race([answered.then(() => 'answered', (error: unknown) => error), new Promise((resolve) => setTimeout(() => resolve('still reading after 10 s'), 10_000))]);
    expect(outcome).toBe(reason);
  });

  it('refuses a 64 MiB streamed body with a 413 as soon as it crosses the limit, without reading the rest', async () => {
    const chunk = new Uint8Array(64 * 1024).fill(0x61);
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(stream) {
        if (pulled >= 64 * 1024 * 1024) return stream.close();
        pulled += chunk.byteLength;
        stream.enqueue(chunk);
      },
    });
    const answer = await sandbox.fetch(url(), { method: 'POST', headers, body, duplex: 'half' } as RequestInit);
    expect(answer.status).toBe(413);
    expect(await answer.json()).toMatchObject({ code: 20001, status: 413, message: expect.stringContaining(String(MAX_BODY_BYTES)) });
    // The stream may run a few chunks ahead of the reader, never far past the limit.
    expect(pulled).toBeLessThanOrEqual(MAX_BODY_BYTES + 8 * chunk.byteLength);
  });
});
