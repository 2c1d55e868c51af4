/**
 * A SID is one record's: a seed that gives a conference, participant, call, recording or number SID twice
 * is refused, naming the second, whether it comes as an object or streamed, and loads nothing.
 */
import { describe, expect, it } from 'vitest';
import { type SandboxOptions, createSandbox, seedStream } from '../src/index.js';
import { ACCOUNT } from './helpers.js';

const fixed: SandboxOptions = { clock: { frozen: true, now: '2025-03-03T12:00:00Z' }, sidSeed: 7 };
const sid = (prefix: string, n: number) => prefix + n.toString(16).padStart(32, '0');
const participant = (n: number) => ({ callSid: sid('CA', n), participantSid: sid('CP', n), from: '+15555550100', to: '+15555550101' });
const conference = (n: number, participants: unknown[]) => ({ sid: sid('CF', n), accountSid: ACCOUNT, status: 'completed', participants });

function seedWith(overrides: { conferences?: unknown[]; calls?: unknown[]; numbers?: unknown[] }) {
  return { accounts: [{ sid: ACCOUNT, authToken: 'token' }], ...overrides };
}

function streamed(seed: unknown) {
  const bytes = new TextEncoder().encode(JSON.stringify(seed));
  return seedStream({ name: 'seed.json', *chunks() { yield bytes; } });
}

describe('a SID given twice in a seed', () => {
  const cases: Array<[string, ReturnType<typeof seedWith>, string]> = [
    ['a conference SID', seedWith({ conferences: [conference(1, [participant(1)]), conference(1, [participant(2)])] }), '$.conferences[1].sid'],
    ['a participant SID in one conference', seedWith({ conferences: [conference(1, [participant(1), { ...participant(2), participantSid: sid('CP', 1) }])] }), '$.conferences[0].participants[1].participantSid'],
    ['a participant SID in two conferences', seedWith({ conferences: [conference(1, [participant(1)]), conference(2, [{ ...participant(2), participantSid: sid('CP', 1) }])] }), '$.conferences[1].participants[0].participantSid'],
    ['a call SID in calls', seedWith({ calls: [{ sid: sid('CA', 1), accountSid: ACCOUNT, from: '+15555550100', to: '+15555550101' }, { sid: sid('CA', 1), accountSid: ACCOUNT, from: '+15555550100', to: '+15555550102' }] }), '$.calls[1].sid'],
    ['a recording SID', seedWith({ conferences: [{ ...conference(1, [participant(1)]), recordings: [{ sid: sid('RE', 1) }] }, { ...conference(2, [participant(2)]), recordings: [{ sid: sid('RE', 1) }] }] }), '$.conferences[1].recordings[0].sid'],
    ['a number SID', seedWith({ numbers: [{ sid: sid('PN', 1), accountSid: ACCOUNT, phoneNumber: '+15005550006' }, { sid: sid('PN', 1), accountSid: ACCOUNT, phoneNumber: '+15005550007' }] }), '$.numbers[1].sid'],
  ];
  for (const [name, seed, path] of cases) {
    it(`refuses ${name}, naming the second, and loads nothing`, () => {
      for (const given of [seed, streamed(seed)]) {
        const sandbox = createSandbox(fixed);
        const before = sandbox.exportSnapshot();
        expect(() => sandbox.loadSeed(given)).toThrow(new RegExp(`^${path.replace(/[$.[\]]/g, '\\$&')}: duplicate SID `));
        expect(sandbox.exportSnapshot()).toEqual(before);
      }
    });
  }

  it('loads the same seed once each SID is its own', () => {
    const sandbox = createSandbox(fixed);
    sandbox.loadSeed(streamed(seedWith({ conferences: [conference(1, [participant(1), participant(2)]), conference(2, [participant(3)])] })));
    const conferences = sandbox.exportSnapshot().conferences as Array<{ participants: Array<{ participantSid: string }> }>;
    expect(conferences.map((c) => c.participants.map((p) => p.participantSid))).toEqual([[sid('CP', 1), sid('CP', 2)], [sid('CP', 3)]]);
  });
});
