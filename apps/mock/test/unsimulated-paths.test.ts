/**
 * A path Twilio has but the mock does not simulate is a 404 that says so, in both modes and through the
 * official library, so a user does not hunt for a typo; a path Twilio does not have keeps the plain 404.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import twilio from 'twilio';
import { startMockServer, startSandbox, type MockServer, type RunningSandbox } from '../src/index.js';
import { ACCOUNT, AUTH, call } from './helpers.js';

let sandbox: RunningSandbox;
let examples: MockServer;
beforeAll(async () => {
  sandbox = await startSandbox();
  examples = await startMockServer({ port: 0, logLevel: 'silent' });
});
afterAll(async () => {
  await sandbox?.close();
  await examples?.close();
});

const unsimulated = [
  ['GET', `/2010-04-01/Accounts/${ACCOUNT}/Messages.json`],
  ['POST', `/2010-04-01/Accounts/${ACCOUNT}/Queues.json`],
  ['GET', `/2010-04-01/Accounts/${ACCOUNT}.json`],
  ['GET', '/v1/Rooms'],
] as const;

describe.each([
  ['sandbox', () => sandbox.url],
  ['mock', () => examples.url],
] as const)('in %s mode', (host, url) => {
  it.each(unsimulated)('%s %s is a 404 naming it as a Twilio API not simulated', async (method, path) => {
    const answer = await call(`${url()}${path}`, { method, headers: { authorization: AUTH } });
    expect(answer.status).toBe(404);
    expect(answer.body).toEqual({
      code: 20404,
      message: `The requested resource ${path} was not found: it is a Twilio API the ${host} does not simulate (the API references list what it serves)`,
      more_info: 'https://www.twilio.com/docs/errors/20404',
      status: 404,
    });
  });

  it.each(['/2010-04-01/Accounts/Calls.json', '/v2/Conferences', '/favicon.ico'])('%s, not a Twilio API path, keeps the plain 404', async (path) => {
    const answer = await call(`${url()}${path}`, { headers: { authorization: AUTH } });
    expect(answer.status).toBe(404);
    expect((answer.body as { message: string }).message).toBe(`The requested resource ${path} was not found`);
  });
});

it('reaches the official library as a RestException with the same message', async () => {
  const client = twilio(sandbox.accountSid, sandbox.authToken, { httpClient: sandbox.twilioHttpClient });
  const failure = await client.messages.create({ from: '+15005550006', to: '+15005550007', body: 'hi' }).catch((e: unknown) => e);
  expect(failure).toMatchObject({ status: 404, code: 20404 });
  expect((failure as Error).message).toContain('Messages.json was not found: it is a Twilio API the sandbox does not simulate');
});
