// The guide's "Test your voice app end to end" example: a real vitest file, run with the docs tests, cut into
// guide.html in region order. Nothing outside the regions but comments, as in example.ts.

// #region voice-app
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import twilio from 'twilio';
import {
  conference, dial, gather, hangup, redirect, response, say,
} from '@conference-kit/client/twiml';
import { startSandbox, type RunningSandbox } from '@conference-kit/mock';

let sandbox: RunningSandbox;
const heard: Array<{ path: string; valid: boolean }> = [];

// Your voice app: a menu, then the caller waits in support-42 until an agent comes.
function twimlFor(path: string, form: URLSearchParams) {
  if (path === '/voice') {
    return response(
      gather({ action: '/choice', numDigits: 1 }, say('Press 1 for support.')),
      redirect('/voice'), // no key pressed: ask again
    );
  }
  if (path === '/choice' && form.get('Digits') === '1') {
    return response(
      say('Please hold.'),
      dial(conference({ startConferenceOnEnter: false }, 'support-42')),
    );
  }
  return response(hangup());
}

const app = createServer(async (req, res) => {
  const body: Buffer[] = [];
  for await (const chunk of req) body.push(chunk as Buffer);
  const form = new URLSearchParams(Buffer.concat(body).toString());
  const url = `http://${req.headers.host}${req.url}`;
  const signature = String(req.headers['x-twilio-signature'] ?? '');
  const valid = twilio.validateRequest(
    sandbox.authToken, signature, url, Object.fromEntries(form),
  );
  heard.push({ path: req.url ?? '', valid });
  if (!valid) return void res.writeHead(403).end();
  res.writeHead(200, { 'Content-Type': 'text/xml' });
  res.end(twimlFor(req.url ?? '', form));
});
// #endregion voice-app

// #region voice-setup
let appUrl: string;
let client: ReturnType<typeof twilio>;
beforeAll(async () => {
  sandbox = await startSandbox({ clock: { frozen: true } });
  // The official library, unmodified: every *.twilio.com request goes to the sandbox.
  client = twilio(sandbox.accountSid, sandbox.authToken, {
    httpClient: sandbox.twilioHttpClient,
  });
  await new Promise<void>((listening) => app.listen(0, '127.0.0.1', listening));
  appUrl = `http://127.0.0.1:${(app.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await sandbox.close();
  app.close();
});
// #endregion voice-setup

// #region voice-flow
it('answers, takes 1, holds, connects an agent and transfers the caller', async () => {
  // Your app configures its number, as it does against Twilio.
  await client.incomingPhoneNumbers.create({
    phoneNumber: '+15017122661',
    voiceUrl: `${appUrl}/voice`,
  });

  // A customer calls in; the menu plays and they press 1.
  const customer = await sandbox.calls.incoming({
    from: '+15558675310',
    to: '+15017122661',
  });
  await customer.waitForStatus('in-progress');
  await sandbox.advance(500);
  await customer.pressDigits('1');
  await sandbox.advance(1_000);
  const [room] = await client.conferences.list({ friendlyName: 'support-42' });
  expect(room?.status).toBe('init'); // waiting, with Twilio's hold music

  // An agent is added with the Participants API: the conference starts.
  const agent = await client.conferences('support-42').participants.create({
    from: '+15017122661',
    to: 'client:agent-7',
  });
  await sandbox.advance(1_000);
  expect((await client.conferences(room!.sid).fetch()).status).toBe('in-progress');

  // The warm transfer: the customer moves to billing-7.
  const transfer = response(dial(conference('billing-7')));
  await client.calls(customer.sid).update({ twiml: transfer });
  await sandbox.advance(500);
  await client.calls(agent.callSid).update({ status: 'completed' });
  await sandbox.advance(500);
  expect((await client.conferences(room!.sid).fetch()).status).toBe('completed');

  // What the customer heard, and every request your app got was Twilio-signed.
  const story = customer.timeline()
    .filter((e) => e.kind === 'said' || e.kind === 'joined')
    .map((e) => e.text ?? e.friendlyName);
  expect(story).toEqual([
    'Press 1 for support.', 'Please hold.', 'support-42', 'billing-7',
  ]);
  expect(heard.filter((r) => !r.valid)).toEqual([]);
});
// #endregion voice-flow
