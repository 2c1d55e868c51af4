/**
 * The journal's byte budget counts each entry at exactly its JSON length (the budget a reader of
 * `journalMaxBytes` is promised), whatever the request held: text JSON must escape, lone surrogates,
 * repeated values, error answers and warnings.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../src/index.js';
import type { JournalStore } from '../src/journal.js';
import { ACCOUNT, TOKEN } from './helpers.js';

const sandboxes: Sandbox[] = [];
afterEach(() => {
  for (const s of sandboxes.splice(0)) s.dispose();
});

const auth = { username: ACCOUNT, password: TOKEN };
const AWKWARD = ['plain', '', 'say "hi"', 'back\\slash', 'line\nbreak\ttab', '\u0001\u001f', 'lone \ud800 high', 'lone \udfff low', '😀 pair', 'é ü 中', '</script>', '1e21'];

describe('the journal byte budget', () => {
  it('counts every entry at its exact JSON length', async () => {
    const sandbox = createSandbox({ clock: { frozen: true, now: '2025-03-03T12:00:00Z' }, sidSeed: 3 });
    sandboxes.push(sandbox);
    for (const value of AWKWARD) {
      await sandbox.handle('ListConference', { pathParams: { AccountSid: ACCOUNT }, query: { FriendlyName: value, Status: ['completed', value] }, auth });
      await sandbox.handle('CreateParticipant', {
        pathParams: { AccountSid: ACCOUNT, ConferenceSid: `room ${value}` },
        body: { From: '+15555550100', To: value, [value]: [value, value] },
        auth,
        ignoredFields: [value, `${value}-2`],
        knownFields: ['From', 'To'],
      });
    }
    // A wrong password: an error answer with its code and no account.
    await sandbox.handle('ListConference', { pathParams: { AccountSid: ACCOUNT }, auth: { username: ACCOUNT, password: 'wrong' } });
    const entries = sandbox.journal.entries();
    expect(new Set(entries.map((e) => e.kind))).toEqual(new Set(['request', 'warning']));
    expect(entries.some((e) => e.kind === 'request' && e.errorCode !== null)).toBe(true);
    const measured = entries.reduce((sum, e) => sum + JSON.stringify(e).length, 0);
    expect((sandbox.journal as JournalStore).size).toBe(measured);
  });
});
