/**
 * A TwiML app as a user writes one: a plain node:http server on 127.0.0.1 that answers each request by its
 * path and form, and checks every request it gets with the official `twilio` package's validateRequest.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import twilio from 'twilio';

export interface AppRequest {
  path: string;
  method: string;
  form: Record<string, string>;
  /** Whether twilio.validateRequest accepted its X-Twilio-Signature. */
  valid: boolean;
}

/** The TwiML document for a request, or undefined to answer 204 (a status callback's receiver). */
export type AppAnswer = (path: string, form: Record<string, string>) => string | undefined;

export async function startTwimlApp(authToken: string, answer: AppAnswer) {
  const requests: AppRequest[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
      const form = Object.fromEntries(req.method === 'GET' ? url.searchParams : new URLSearchParams(body));
      const signed = req.method === 'GET' ? {} : form;
      const valid = twilio.validateRequest(authToken, String(req.headers['x-twilio-signature'] ?? ''), url.toString(), signed);
      requests.push({ path: url.pathname, method: req.method ?? '', form, valid });
      const doc = answer(url.pathname, form);
      if (doc === undefined) {
        res.writeHead(204).end();
        return;
      }
      res.writeHead(200, { 'Content-Type': 'text/xml' }).end(doc.startsWith('<?xml') ? doc : `<?xml version="1.0" encoding="UTF-8"?>${doc}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, requests, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

export type TwimlApp = Awaited<ReturnType<typeof startTwimlApp>>;
