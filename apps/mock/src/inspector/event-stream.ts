/**
 * GET /__sandbox/events: the sandbox's live feed as server-sent events (FetchSandboxEventStream in
 * specs/sandbox-v1). Each journal change is `id: <revision>` / `event: journal` / `data: <entry JSON>`;
 * clock changes are `event: clock` with the SandboxClock JSON; a replaced world is `event: reset`.
 * `Last-Event-ID` replays the kept entries changed after it. Bounded: at most `maxStreams` open at once,
 * a client that does not read is cut off past `maxBufferedBytes`, and `closeAll()` ends them on stop.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { handleControl, type Sandbox, type SandboxChange } from '@conference-kit/sandbox';
import { MockHttpError, TwilioErrorCode } from '../twilio-errors.js';

export interface EventStreamOptions {
  /** Streams open at once; one more is a 429. Default 16. */
  maxStreams?: number;
  /** How often a comment line keeps idle connections open through proxies. Default 15 000 ms. */
  keepAliveMs?: number;
  /** Bytes written and not yet taken by the client beyond which it is disconnected. Default 1 MiB. */
  maxBufferedBytes?: number;
}

export interface EventStreams {
  /** Answers one stream request (already authenticated and through the Host/Origin gate). */
  serve(req: IncomingMessage, res: ServerResponse): void;
  /** Streams open now. */
  readonly open: number;
  /** Ends every open stream (the server is stopping). */
  closeAll(): void;
}

const LAST_EVENT_ID = /^[0-9]{1,15}$/;

/** One server-sent event; `data` is JSON, which has no line breaks, so one `data:` line carries it. */
const frame = (id: number, event: string, data: unknown) => `id: ${id}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

export function createEventStreams(sandbox: Sandbox, options: EventStreamOptions = {}): EventStreams {
  const maxStreams = options.maxStreams ?? 16;
  const keepAliveMs = options.keepAliveMs ?? 15_000;
  const maxBuffered = options.maxBufferedBytes ?? 1024 * 1024;
  /** Each open stream, with what ends it. */
  const open = new Map<ServerResponse, () => void>();

  async function clockFrame(): Promise<string> {
    const clock = await handleControl(sandbox, 'FetchSandboxClock');
    return frame(sandbox.journal.revision, 'clock', clock.body);
  }

  return {
    get open() {
      return open.size;
    },

    serve(req, res) {
      if (open.size >= maxStreams) {
        throw MockHttpError.of(
          429,
          TwilioErrorCode.tooManyRequests,
          `${open.size} event streams are open, the most the sandbox serves at once: close one (an inspector tab) and retry`,
          { 'retry-after': '5' },
        );
      }
      const lastEventId = req.headers['last-event-id'];
      if (lastEventId !== undefined && !LAST_EVENT_ID.test(String(lastEventId).trim())) {
        throw MockHttpError.of(400, TwilioErrorCode.invalidParameter, `Last-Event-ID must be an id this stream sent (a whole number), got ${JSON.stringify(String(lastEventId).slice(0, 40))}`);
      }
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        connection: 'keep-alive',
      });
      if (req.method === 'HEAD') {
        res.end();
        return;
      }

      let ended = false;
      // Clock frames are made asynchronously: they are queued behind one another so that frames keep their order.
      let queue: Promise<void> = Promise.resolve();
      const write = (text: string) => {
        if (ended) return;
        res.write(text);
        // A client that stopped reading would make the server hold everything: cut it off, it can reconnect.
        if (res.writableLength > maxBuffered) res.destroy();
      };
      const send = (change: SandboxChange) => {
        if (change.type === 'journal') {
          const text = frame(change.revision, 'journal', change.entry);
          queue = queue.then(() => write(text));
        } else if (change.type === 'clock') {
          queue = queue.then(async () => write(await clockFrame()));
        } else {
          const text = frame(sandbox.journal.revision, 'reset', { cause: change.cause });
          queue = queue.then(() => write(text));
        }
      };

      // The replay and the subscription happen in one synchronous step: no change can fall between them.
      write('retry: 2000\n: connected\n\n');
      if (lastEventId !== undefined) {
        for (const { revision, entry } of sandbox.journal.changedSince(Number(lastEventId))) {
          write(frame(revision, 'journal', sandbox.journal.present(entry)));
        }
      }
      queue = queue.then(async () => write(await clockFrame()));
      const unsubscribe = sandbox.subscribe(send);

      const keepAlive = setInterval(() => write(': keep-alive\n\n'), keepAliveMs);
      keepAlive.unref();
      const finish = () => {
        if (ended) return;
        ended = true;
        clearInterval(keepAlive);
        unsubscribe();
        open.delete(res);
      };
      open.set(res, finish);
      res.on('close', finish);
      req.on('close', finish);
    },

    closeAll() {
      for (const [res, finish] of [...open]) {
        finish();
        res.end();
      }
    },
  };
}
