// The guide's status-callback receiver: one ES module, cut into guide.html in region order like
// example.ts. The docs tests type-check the snippets as the page shows them, then start a sandbox, point a
// conference's status callback at this server (PORT=0 picks a free port) and check what it printed.

// #region handler
import { createServer } from 'node:http';
import {
  parseConferenceEvent,
  verifyTwilioSignature,
} from '@conference-kit/client/webhooks';

const authToken = process.env.TWILIO_AUTH_TOKEN ?? 'your_auth_token';

// Request in, Response out: runs as it is on Node, Deno, Bun and Workers.
export async function handleConferenceEvent(request: Request) {
  const form = new URLSearchParams(await request.text());
  const authentic = await verifyTwilioSignature({
    url: request.url, // the URL Twilio called, exactly as configured
    authToken,
    params: form,
    signature: request.headers.get('x-twilio-signature'),
  });
  if (!authentic) return new Response('Forbidden', { status: 403 });

  const event = parseConferenceEvent(form); // throws on a malformed payload
  switch (event.StatusCallbackEvent) {
    case 'conference-start':
      console.log('started', event.ConferenceSid, event.FriendlyName);
      break;
    case 'participant-join':
      console.log('joined', event.CallSid, { muted: event.Muted });
      break;
    case 'participant-leave':
      // only on participant-leave: why and how the call ended
      console.log('left', event.CallSid, event.ReasonParticipantLeft);
      break;
    case 'conference-end':
      console.log('ended', event.ConferenceSid, event.ReasonConferenceEnded);
      break;
    default:
      console.log('other', event.StatusCallbackEvent);
  }
  return new Response(null, { status: 204 }); // Twilio ignores the body
}
// #endregion handler

// #region server
export const server = createServer(async (req, res) => {
  const body: Buffer[] = [];
  for await (const chunk of req) body.push(chunk as Buffer);
  // Behind a proxy, use your public URL here instead of the Host header.
  const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
  const headers = new Headers();
  const signature = req.headers['x-twilio-signature'];
  if (typeof signature === 'string') headers.set('X-Twilio-Signature', signature);
  const response = await handleConferenceEvent(
    new Request(url, { method: 'POST', headers, body: Buffer.concat(body) }),
  );
  res.writeHead(response.status).end(await response.text());
});
server.listen(Number(process.env.PORT ?? 3000), '127.0.0.1');
// #endregion server
