/**
 * What the inspector reads besides the lists: each webhook's answer and whether its signature holds for
 * the account's token now, and the live feed (journal changes with their revisions, clock changes, the
 * world replaced) that the mock turns into server-sent events.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createSandbox, handleControl, type Sandbox, type SandboxChange, type WebhookEntry } from '../src/index.js';
import { computeSignature } from '../src/signature.js';

const ACCOUNT = 'ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const auth = { username: ACCOUNT, password: 'token' };
const sandboxes: Sandbox[] = [];
afterEach(() => {
  for (const s of sandboxes.splice(0)) s.dispose();
});

/** A frozen sandbox whose receiver answers `reply` to every webhook. */
function sandboxAnswering(reply: () => Response) {
  const sandbox = createSandbox({ clock: { frozen: true, now: '2025-03-03T12:00:00Z' }, sidSeed: 7, fetch: async () => reply() });
  sandboxes.push(sandbox);
  return sandbox;
}

/** Adds a participant whose call-progress callbacks go to the receiver; answers its call SID. */
async function addWithCallback(sandbox: Sandbox, to = '+15555550131') {
  const res = await sandbox.handle('CreateParticipant', {
    pathParams: { AccountSid: ACCOUNT, ConferenceSid: 'live' },
    query: {},
    body: { From: '+15555550100', To: to, StatusCallback: 'http://127.0.0.1:9/progress', StatusCallbackEvent: ['initiated'] },
    auth,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return (res.body as { call_sid: string }).call_sid;
}

const webhooks = async (sandbox: Sandbox) => {
  const res = await handleControl(sandbox, 'ListSandboxJournalEntry', { query: { Kind: 'webhook', Settled: 'true' } });
  return (res.body as { entries: WebhookEntry[] }).entries;
};

describe('webhook entries', () => {
  it('keep the receiver\'s status, Content-Type and body, and whether the signature holds for the token now', async () => {
    const sandbox = sandboxAnswering(() => new Response('<Response/>', { status: 202, headers: { 'content-type': 'text/xml' } }));
    await addWithCallback(sandbox);
    sandbox.clock.advance(100);
    const [entry] = await webhooks(sandbox);
    expect(entry).toMatchObject({ outcome: 'delivered', responseStatus: 202, responseContentType: 'text/xml', responseBody: '<Response/>', responseBodyTruncated: false, signatureValid: true });
    const url = `${entry!.url}`;
    expect(entry!.signature).toBe(await computeSignature('token', url, entry!.params));

    // The same account with another Auth Token: what was signed no longer holds.
    const snapshot = sandbox.exportSnapshot();
    (snapshot.accounts as Array<{ sid: string; authToken: string }>).find((a) => a.sid === ACCOUNT)!.authToken = 'rotated';
    sandbox.importSnapshot(snapshot);
    const [after] = await webhooks(sandbox);
    expect(after).toMatchObject({ id: entry!.id, signatureValid: false });
    // The journal's own entry is not changed by reading it.
    expect(sandbox.journal.webhooks()[0]!.signatureValid).toBe(true);
  });

  it('keep at most 2,048 characters of a long answer, counted as JSON writes them, and say it was cut', async () => {
    const sandbox = sandboxAnswering(() => new Response(`${'"'.repeat(1500)}${'x'.repeat(5000)}`, { status: 500 }));
    await addWithCallback(sandbox);
    sandbox.clock.advance(100);
    const [entry] = await webhooks(sandbox);
    expect(entry).toMatchObject({ outcome: 'failed', responseStatus: 500, responseBodyTruncated: true });
    expect(JSON.stringify(entry!.responseBody).length - 2).toBeLessThanOrEqual(2048);
    expect(entry!.responseBody).toBe(`${'"'.repeat(1024)}`);
  });

  it('have no answer, signature or validity when the host is not allowed', async () => {
    const sandbox = createSandbox({ clock: { frozen: true, now: '2025-03-03T12:00:00Z' }, fetch: async () => new Response('') });
    sandboxes.push(sandbox);
    await sandbox.handle('CreateParticipant', {
      pathParams: { AccountSid: ACCOUNT, ConferenceSid: 'live' },
      query: {},
      body: { From: '+15555550100', To: '+15555550131', StatusCallback: 'https://hooks.example.net/p', StatusCallbackEvent: ['initiated'] },
      auth,
    });
    sandbox.clock.advance(100);
    const [entry] = await webhooks(sandbox);
    expect(entry).toMatchObject({ outcome: 'blocked', signature: null, signatureValid: null, responseStatus: null, responseContentType: null, responseBody: null, responseBodyTruncated: false });
  });
});

describe('the live feed', () => {
  it('tells each entry as it is recorded and a webhook again when its delivery ends, with growing revisions, then the clock', async () => {
    let release: () => void = () => {};
    const answered = new Promise<void>((resolve) => (release = resolve));
    const sandbox = createSandbox({
      clock: { frozen: true, now: '2025-03-03T12:00:00Z' },
      fetch: async () => {
        await answered;
        return new Response('ok', { status: 200, headers: { 'content-type': 'text/plain' } });
      },
    });
    sandboxes.push(sandbox);
    const seen: SandboxChange[] = [];
    const stop = sandbox.subscribe((change) => seen.push(change));
    await addWithCallback(sandbox);
    sandbox.clock.advance(100);
    await Promise.resolve();
    const pending = seen.filter((c): c is Extract<SandboxChange, { type: 'journal' }> => c.type === 'journal');
    expect(pending.map((c) => [c.entry.kind, c.entry.kind === 'webhook' ? c.entry.outcome : null])).toEqual([
      ['request', null],
      ['webhook', 'pending'],
    ]);
    expect(seen.at(-1)).toEqual({ type: 'clock' });
    release();
    await sandbox.settled();
    const last = seen.at(-1) as Extract<SandboxChange, { type: 'journal' }>;
    expect(last.entry).toMatchObject({ id: pending[1]!.entry.id, outcome: 'delivered', responseBody: 'ok' });
    const revisions = seen.flatMap((c) => (c.type === 'journal' ? [c.revision] : []));
    expect(revisions).toEqual([...revisions].sort((a, b) => a - b));
    expect(new Set(revisions).size).toBe(revisions.length);
    // What changed after the first revision, as a reconnecting stream replays it: the delivered webhook, once.
    expect(sandbox.journal.changedSince(revisions[0]!).map((c) => [c.revision, c.entry.id])).toEqual([[last.revision, last.entry.id]]);
    stop();
    sandbox.clock.advance(1);
    await Promise.resolve();
    expect(seen.at(-1)).toBe(last);
  });

  it('tells one clock change per control request, and a replaced world with its cause', async () => {
    const sandbox = sandboxAnswering(() => new Response(''));
    const seen: SandboxChange[] = [];
    sandbox.subscribe((change) => seen.push(change));
    await handleControl(sandbox, 'UpdateSandboxClock', { body: { frozen: false, advanceMs: 1000 } });
    await Promise.resolve();
    expect(seen).toEqual([{ type: 'clock' }]);
    sandbox.reset();
    sandbox.loadSeed('empty');
    sandbox.importSnapshot(sandbox.exportSnapshot());
    expect(seen.filter((c) => c.type === 'replaced')).toEqual([
      { type: 'replaced', cause: 'reset' },
      { type: 'replaced', cause: 'seed' },
      { type: 'replaced', cause: 'snapshot' },
    ]);
  });

  it('drops a listener that throws and goes on telling the others', async () => {
    const sandbox = sandboxAnswering(() => new Response(''));
    const seen: string[] = [];
    sandbox.subscribe(() => {
      throw new Error('broken subscriber');
    });
    sandbox.subscribe((change) => seen.push(change.type));
    sandbox.reset();
    sandbox.reset();
    expect(seen).toEqual(['replaced', 'replaced']);
  });
});
