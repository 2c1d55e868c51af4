/**
 * The guide's code, run as written against the mock: if the client or the mock changes under it, the
 * guide fails here before a reader finds out. (`pnpm check` compiles it under --strict as well.)
 */
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { startMockServer, type MockServer } from '@conference-kit/mock';
import { tour } from '../guide/example.js';

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer({ port: 0, logLevel: 'silent' });
});
afterAll(() => mock.close());

it('runs every step of the guide against the mock', async () => {
  const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  const seen = await tour(mock.url);
  const logged = [...log.mock.calls];
  log.mockRestore();
  expect(seen).toEqual(expect.arrayContaining([
    'fetch CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'list 3', 'update completed', 'errors handled',
    'insights CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa CPbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',
  ]));
  expect(seen.filter((s) => s.startsWith('item ')).length).toBeGreaterThan(3);
  // The error step met the mock's 400 naming the parameter.
  expect(logged.some((args) => args[0] === 400 && args[1] === 20001 && String(args[2]).includes("'PageSize'"))).toBe(true);
});
