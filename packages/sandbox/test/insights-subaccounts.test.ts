/**
 * Subaccounts: a main account's credentials reach its subaccounts' 2010 resources and, through Insights'
 * `Subaccount` filter, their conference summaries; a subaccount reaches neither its parent nor a sibling.
 * Every response is validated against the specs by the harness.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { handleControl } from '../src/index.js';
import { created, makeSandbox } from './helpers.js';

afterEach(() => {
  for (const s of created.splice(0)) s.dispose();
});

const MAIN = 'AC11111111111111111111111111111111';
const SUB = 'AC22222222222222222222222222222222';
const SIBLING = 'AC33333333333333333333333333333333';
const OTHER = 'AC44444444444444444444444444444444';
const as = (sid: string) => ({ username: sid, password: `token-${sid.slice(-1)}` });

async function world() {
  const h = makeSandbox({ seed: 'empty', strictAccounts: true });
  const seeded = await handleControl(h.sandbox, 'CreateSandboxSeed', {
    body: {
      accounts: [
        { sid: MAIN, authToken: 'token-1' },
        { sid: SUB, authToken: 'token-2', ownerAccountSid: MAIN },
        { sid: SIBLING, authToken: 'token-3', ownerAccountSid: MAIN },
        { sid: OTHER, authToken: 'token-4' },
      ],
    },
  });
  expect(seeded.status).toBe(204);
  /** Adds a participant to `room` of account `path`, authenticated as `auth`. */
  const add = (path: string, auth: string, room: string, to = '+15555550101') =>
    h.call('CreateParticipant', { AccountSid: path, ConferenceSid: room }, { auth: as(auth), body: { From: '+15555550100', To: to } });
  return { h, add };
}

describe('subaccounts', () => {
  it('the main account reaches a subaccount\'s 2010 resources; the records belong to the subaccount', async () => {
    const { h, add } = await world();
    const res = await add(SUB, MAIN, 'sub-room');
    expect(res.status).toBe(201);
    expect(res.body.account_sid).toBe(SUB);
    const fetched = await h.call('FetchConference', { AccountSid: SUB, Sid: res.body.conference_sid }, { auth: as(MAIN) });
    expect(fetched.body.account_sid).toBe(SUB);
    // The subaccount sees it with its own credentials too; the main account's own list does not have it.
    expect((await h.call('ListConference', { AccountSid: SUB }, { auth: as(SUB) })).body.conferences).toHaveLength(1);
    expect((await h.call('ListConference', { AccountSid: MAIN }, { auth: as(MAIN) })).body.conferences).toHaveLength(0);
  });

  it('a subaccount never reaches its parent or a sibling, and another main account never reaches it', async () => {
    const { add } = await world();
    for (const [path, auth] of [[MAIN, SUB], [SIBLING, SUB], [SUB, SIBLING], [SUB, OTHER]] as const) {
      const res = await add(path, auth, 'nope');
      expect(res.status, `${auth} → ${path}`).toBe(401);
      expect(res.body.code).toBe(20003);
    }
  });

  it('Insights lists a subaccount\'s conferences with the parent\'s credentials and Subaccount, and only then', async () => {
    const { h, add } = await world();
    const sub = (await add(SUB, MAIN, 'sub-room')).body.conference_sid;
    await add(SIBLING, MAIN, 'sibling-room');
    const own = (await add(MAIN, MAIN, 'main-room')).body.conference_sid;
    const list = async (auth: string, query: Record<string, string> = {}) => h.call('ListConferenceSummary', {}, { auth: as(auth), query });
    const withSub = await list(MAIN, { Subaccount: SUB });
    expect(withSub.body.conferences.map((c: any) => [c.conference_sid, c.account_sid])).toEqual([[sub, SUB]]);
    expect(withSub.body.meta.url).toContain(`Subaccount=${SUB}`);
    expect((await list(MAIN)).body.conferences.map((c: any) => c.conference_sid)).toEqual([own]);
    expect((await list(MAIN, { Subaccount: MAIN })).body.conferences.map((c: any) => c.conference_sid)).toEqual([own]);
    // Not a subaccount of the caller: a 404 that says so, whoever asks.
    for (const [auth, target] of [[SUB, MAIN], [SUB, SIBLING], [OTHER, SUB]] as const) {
      const res = await list(auth, { Subaccount: target });
      expect(res.status).toBe(404);
      expect(res.body.message).toContain('is not a subaccount');
    }
    // A subaccount reads its own summaries.
    expect((await list(SUB)).body.conferences.map((c: any) => c.conference_sid)).toEqual([sub]);
  });

  it('seeds refuse an owner that is missing or itself a subaccount, and snapshots keep the owners', async () => {
    const { h } = await world();
    for (const [owner, message] of [[OTHER.replace('4', '5'), 'not among the accounts'], [SUB, 'itself a subaccount']] as const) {
      const res = await handleControl(h.sandbox, 'CreateSandboxSeed', {
        body: { accounts: [{ sid: MAIN, authToken: 't' }, { sid: SUB, authToken: 't', ownerAccountSid: MAIN }, { sid: SIBLING, authToken: 't', ownerAccountSid: owner }] },
      });
      expect(res.status).toBe(400);
      expect((res.body as { message: string }).message).toContain(message);
    }
    const accounts = (h.sandbox.exportSnapshot() as any).accounts;
    expect(accounts.map((a: any) => a.ownerAccountSid)).toEqual([undefined, MAIN, MAIN, undefined]);
  });
});
