/**
 * The seed format's reference ("Load a seed" in the Sandbox control API, which `--help` points to):
 * each of its request examples loads as it is shown, and the complete one gives the world it describes.
 */
import { describe, expect, it } from 'vitest';
import { deref, loadSpec, type JsonObject } from '@conference-kit/specs/contract';
import { startSandbox } from '../src/index.js';
import { basic } from './helpers.js';

const spec = loadSpec('sandbox-v1');
const seedOperation = deref<JsonObject>(spec, (spec.paths as JsonObject)['/__sandbox/seed']).post as JsonObject;
const content = deref<JsonObject>(spec, seedOperation.requestBody).content as JsonObject;
const examples = Object.entries((content['application/json'] as JsonObject).examples as JsonObject).map(
  ([name, example]) => [name, deref<JsonObject>(spec, example).value] as const,
);

async function seeded(seed: unknown) {
  const sandbox = await startSandbox({ clock: { frozen: true, now: '2025-03-03T12:00:00.000Z' }, seed: 'empty' });
  const response = await sandbox.fetch(`${sandbox.url}/__sandbox/seed`, {
    method: 'POST',
    headers: { authorization: basic(sandbox.accountSid, sandbox.authToken), 'content-type': 'application/json' },
    body: JSON.stringify(seed),
  });
  return { sandbox, response };
}

describe('the seed reference examples', () => {
  // The first example stays the incident bridge: the reference's other samples act on its SIDs.
  it('offers the complete example beside the others', () => {
    expect(examples.map(([name]) => name)).toEqual(['incident-bridge', 'warm-transfer', 'completed-conference', 'empty']);
  });

  it.each(examples)('%s loads as shown', async (_name, seed) => {
    const { sandbox, response } = await seeded(seed);
    try {
      expect(response.status, await response.clone().text()).toBe(204);
    } finally {
      await sandbox.close();
    }
  });

  it('warm-transfer gives the world it describes: calls, the conference, the API key, the ringing specialist', async () => {
    const { sandbox } = await seeded(examples.find(([name]) => name === 'warm-transfer')![1]);
    try {
      const get = async (path: string, credentials = basic(sandbox.accountSid, sandbox.authToken)) =>
        (await sandbox.fetch(`${sandbox.url}/2010-04-01/Accounts/${sandbox.accountSid}${path}`, { headers: { authorization: credentials } })).json() as Promise<any>;
      // The API key authenticates as the account does.
      const conferences = await get('/Conferences.json', basic('SKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'ci-key-secret'));
      expect(conferences.conferences.map((c: any) => [c.friendly_name, c.status])).toEqual([['support-42', 'in-progress']]);
      const participants = async () => (await get('/Conferences/CF00000000000000000000000000000042/Participants.json')).participants;
      expect((await participants()).map((p: any) => [p.label, p.status, p.hold])).toEqual([
        ['customer', 'connected', true],
        ['agent', 'connected', false],
        ['specialist', 'ringing', false],
      ]);
      sandbox.clock.advance(2_000);
      expect((await participants()).map((p: any) => p.status)).toEqual(['connected', 'connected', 'connected']);
    } finally {
      await sandbox.close();
    }
  });
});
