// The guide's "A conference started by TwiML" example: a real vitest file, run with the docs tests, cut into
// guide.html in region order. Nothing outside the regions but comments, as in example.ts.

// #region twiml-app
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createConferenceClient, type ConferenceClient } from '@conference-kit/client';
import { verifyTwilioSignature } from '@conference-kit/client/webhooks';
import { startSandbox, type RunningSandbox } from '@conference-kit/mock';

let sandbox: RunningSandbox;
let twilio: ConferenceClient;

// Your voice app: when a call is answered, Twilio requests its URL and runs the TwiML.
const app = createServer(async (req, res) => {
  const body: Buffer[] = [];
  for await (const chunk of req) body.push(chunk as Buffer);
  const authentic = await verifyTwilioSignature({
    url: `http://${req.headers.host}${req.url}`,
    authToken: sandbox.authToken,
    params: new URLSearchParams(Buffer.concat(body).toString()),
    signature: String(req.headers['x-twilio-signature'] ?? ''),
  });
  if (!authentic) return void res.writeHead(403).end();
  const twiml =
    req.url === '/voice'
      ? '<Say>Please hold</Say>' +
        '<Dial action="/after"><Conference>support-42</Conference></Dial>'
      : '<Say>Thank you for calling</Say>'; // /after: once the caller leaves the room
  res.writeHead(200, { 'Content-Type': 'text/xml' });
  res.end(`<Response>${twiml}</Response>`);
});
// #endregion twiml-app

// #region twiml-setup
let appUrl: string;
beforeAll(async () => {
  sandbox = await startSandbox({ clock: { frozen: true } });
  twilio = createConferenceClient({
    accountSid: sandbox.accountSid,
    authToken: sandbox.authToken,
    baseUrl: sandbox.url,
    fetch: sandbox.fetch,
  });
  await new Promise<void>((listening) => app.listen(0, '127.0.0.1', listening));
  appUrl = `http://127.0.0.1:${(app.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await sandbox.close();
  app.close();
});

function placeCall(To: string, source: { Url: string } | { Twiml: string }) {
  return twilio.api.POST('/2010-04-01/Accounts/{AccountSid}/Calls.json', {
    params: { path: { AccountSid: sandbox.accountSid } },
    body: { From: '+15555550100', To, ...source },
  });
}
// #endregion twiml-setup

// #region twiml-join
it('joins a caller and an agent in support-42, by TwiML alone', async () => {
  const { data: caller } = await placeCall('+15555550101', { Url: `${appUrl}/voice` });
  const { data: agent } = await placeCall('client:agent-7', {
    Twiml:
      '<Response><Dial><Conference endConferenceOnExit="true">' +
      'support-42</Conference></Dial></Response>',
  });
  await sandbox.advance(5_000); // both ring, answer and run their TwiML, step by step

  // What the caller heard, in order: the timeline of the call.
  const heard = sandbox.calls.timeline(caller!.sid)!
    .filter((e) => e.kind === 'said' || e.kind === 'joined')
    .map((e) => e.text ?? e.friendlyName);
  expect(heard).toEqual(['Please hold', 'support-42']);

  const { data: rooms } = await twilio.api.GET(
    '/2010-04-01/Accounts/{AccountSid}/Conferences.json',
    {
      params: {
        path: { AccountSid: sandbox.accountSid },
        query: { FriendlyName: 'support-42', Status: 'in-progress' },
      },
    },
  );
  expect(rooms?.conferences).toHaveLength(1);

  // The agent hangs up; the room ends with it, and the caller's <Dial action> runs.
  await twilio.api.POST('/2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json', {
    params: { path: { AccountSid: sandbox.accountSid, Sid: agent!.sid } },
    body: { Status: 'completed' },
  });
  await sandbox.advance(5_000);
  const story = sandbox.calls.timeline(caller!.sid)!;
  const said = story.filter((e) => e.kind === 'said').map((e) => e.text);
  expect(said).toEqual(['Please hold', 'Thank you for calling']);
  expect(story.at(-1)).toMatchObject({ kind: 'ended' });
});
// #endregion twiml-join
