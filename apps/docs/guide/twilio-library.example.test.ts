// The guide's "Use the official twilio library" example: a real vitest file, run with the docs tests,
// cut into guide.html in region order. Nothing outside the regions but comments, as in example.ts.

// #region twilio-receiver
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import twilio from 'twilio';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '@conference-kit/mock';

let sandbox: RunningSandbox;
let client: twilio.Twilio;

// Your status-callback endpoint, checking X-Twilio-Signature with twilio's helper.
const events: string[] = [];
const receiver = createServer(async (req, res) => {
  const body: Buffer[] = [];
  for await (const chunk of req) body.push(chunk as Buffer);
  const form = new URLSearchParams(Buffer.concat(body).toString());
  const params = Object.fromEntries(form);
  const url = `http://${req.headers.host}${req.url}`;
  const signature = String(req.headers['x-twilio-signature'] ?? '');
  if (!twilio.validateRequest(sandbox.authToken, signature, url, params)) {
    return void res.writeHead(403).end();
  }
  events.push(`${params.StatusCallbackEvent} ${params.CallSid}`);
  res.writeHead(204).end();
});
// #endregion twilio-receiver

// #region twilio-setup
let callbackUrl: string;
beforeAll(async () => {
  sandbox = await startSandbox({ clock: { frozen: true } });
  // The one line: every *.twilio.com request, both APIs, goes to the sandbox.
  client = twilio(sandbox.accountSid, sandbox.authToken, {
    httpClient: sandbox.twilioHttpClient,
  });
  await new Promise<void>((listening) => receiver.listen(0, '127.0.0.1', listening));
  const { port } = receiver.address() as AddressInfo;
  callbackUrl = `http://127.0.0.1:${port}/conference-events`;
});
afterAll(async () => {
  await sandbox.close();
  receiver.close();
});
// #endregion twilio-setup

// #region twilio-list
it('lists conferences and their Insights summaries, every page', async () => {
  // pageSize 2: the library follows each next page, 2010's and Insights' alike.
  const conferences = await client.conferences.list({ pageSize: 2 });
  const summaries = await client.insights.v1.conferences.list({ pageSize: 2 });
  const sids = conferences.map((conference) => conference.sid);
  expect(conferences.length).toBeGreaterThan(2);
  for (const summary of summaries) expect(sids).toContain(summary.conferenceSid);
  // Errors are the library's RestException, with Twilio's code.
  await expect(client.conferences('CF-typo').fetch())
    .rejects.toMatchObject({ status: 400, code: 20001 });
});
// #endregion twilio-list

// #region twilio-callbacks
it('delivers signed callbacks that validateRequest accepts', async () => {
  const caller = await client.conferences('support-7').participants.create({
    from: '+15005550006',
    to: '+15005550007',
    conferenceStatusCallback: callbackUrl,
    conferenceStatusCallbackEvent: ['join', 'leave'],
  });
  sandbox.clock.advance(1_000); // the call is answered: it joins
  // Kicked (by the conference's SID, as Twilio requires for a delete): it leaves.
  const room = client.conferences(caller.conferenceSid);
  await room.participants(caller.callSid).remove();
  await sandbox.settled();
  expect(events).toEqual([
    `participant-join ${caller.callSid}`,
    `participant-leave ${caller.callSid}`,
  ]);
});
// #endregion twilio-callbacks
