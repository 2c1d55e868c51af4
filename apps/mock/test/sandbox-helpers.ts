/**
 * Helpers for the hosted-sandbox tests: a webhook receiver on 127.0.0.1 that records every request it
 * gets (and can answer late, with an error, or not at all), and a free port with nothing listening on it.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  method: string;
  /** The request target as sent (`/path?query`). */
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
  /** The form fields: the body for POST, the query for GET. */
  params: Record<string, string>;
  /** Wall-clock time the request arrived (performance.now()). */
  arrivedAt: number;
}

export interface Receiver {
  /** `http://127.0.0.1:port` */
  url: string;
  received: Received[];
  /** How the next requests are answered: a status and an optional delay before answering. */
  behave(how: { status?: number; delayMs?: number }): void;
  close(): Promise<void>;
}

/** A node:http receiver on 127.0.0.1 and a free port. */
export async function startReceiver(): Promise<Receiver> {
  const received: Received[] = [];
  let status = 200;
  let delayMs = 0;
  const timers = new Set<NodeJS.Timeout>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const target = req.url ?? '/';
      const query = target.includes('?') ? target.slice(target.indexOf('?') + 1) : '';
      received.push({
        method: req.method ?? '',
        path: target,
        headers: req.headers,
        body,
        params: Object.fromEntries(new URLSearchParams(req.method === 'GET' ? query : body)),
        arrivedAt: performance.now(),
      });
      const answer = () => {
        if (res.destroyed) return;
        res.writeHead(status, { 'content-type': 'text/plain' });
        res.end(status < 300 ? 'ok' : 'receiver error');
      };
      if (delayMs > 0) {
        const timer = setTimeout(() => {
          timers.delete(timer);
          answer();
        }, delayMs);
        timers.add(timer);
      } else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    behave(how) {
      status = how.status ?? 200;
      delayMs = how.delayMs ?? 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A port on 127.0.0.1 that was free a moment ago and has nothing listening on it now. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
