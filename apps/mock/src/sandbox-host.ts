/**
 * `startSandbox`: the stateful sandbox on a port, for test suites. The engine (@conference-kit/sandbox)
 * holds the conferences and delivers the callbacks; this hosts it behind the same validation as the
 * examples mode, adds the in-process `fetch`, waiting for webhooks, and a state file that survives restarts.
 */
import {
  DEFAULT_ACCOUNT_SID,
  SandboxError,
  createSandbox,
  type CallResource,
  type CallResourceStatus,
  type CallTimelineEntry,
  type IncomingCall,
  type Journal,
  type Sandbox,
  type SandboxCalls,
  type SandboxClock,
  type SandboxOptions,
  type SandboxResult,
  type TwilioErrorBody,
  type WebhookEntry,
} from '@conference-kit/sandbox';
import { createLog, startMockServer, type LogLevel, type MockServer } from './server.js';
import { openStateFile, type StateFile } from './state-file.js';
import { DEFAULT_CONTROL_TOKEN, bindRefusal, isLoopbackHost } from './trust.js';
import { createTwilioHttpClient, type TwilioHttpClient } from './twilio-http-client.js';
import { SandboxCallError, accepted, networkEvents, type NetworkEvents } from './network-events.js';

export interface StartSandboxOptions extends SandboxOptions {
  /** Defaults to 127.0.0.1. */
  host?: string;
  /** Defaults to 0: a free port. */
  port?: number;
  /** Defaults to `silent`. */
  logLevel?: LogLevel;
  log?: (line: string) => void;
  /**
   * Load the sandbox's state from this file at start (if it exists) and save it on `close()` and after
   * each snapshot through the control surface, atomically (a temporary file, then a rename). The file
   * holds every account's credentials: it is written 0600, never through a symbolic link, and locked
   * against a second instance (`<file>.lock`). A file without write permission is loaded, not saved.
   */
  stateFile?: string;
  /**
   * The password of the control credential: `/__sandbox/…` takes `ACaaaa…:<controlToken>` and nothing
   * else. Default: `defaultAuthToken` (`token`). A non-loopback `host` needs another, and `strictAccounts`.
   */
  controlToken?: string;
  /** Host names requests may name in `Host`/`Origin` besides loopback names and the bound address. */
  allowHosts?: string[];
}

/**
 * A call that came in through `calls.incoming()`: the network's side of it. Each action resolves once the
 * requests it caused (the TwiML its keys lead to, say) have been answered and run up to their next wait on
 * the clock, and rejects with a SandboxCallError when the sandbox refuses it.
 */
export interface SandboxCallHandle {
  readonly sid: string;
  /** The call as it came in (`ringing` while its number's voice URL is requested). */
  readonly call: CallResource;
  /** The caller hangs up: an answered call ends `completed`, a ringing one `canceled`. */
  hangUp(): Promise<void>;
  /** The caller presses keys (`0`–`9`, `*`, `#`): for a `<Gather>`, or `*` to leave a conference joined with `hangupOnStar`. */
  pressDigits(digits: string): Promise<CallResource>;
  /** The caller says something to a `<Gather input="speech">`, heard with `confidence` (0–1, default 1). */
  say(text: string, confidence?: number): Promise<CallResource>;
  /** What the caller experienced so far, oldest first. */
  timeline(): CallTimelineEntry[];
  /**
   * Resolves with the call once it has reached `status` (at once if it has), listening to its status
   * changes; rejects with a SandboxCallError when it ended without reaching it, or with an Error after
   * `timeoutMs` of wall-clock time (default 5 000). On a frozen clock, advance it after calling this.
   */
  waitForStatus(status: CallResourceStatus, options?: { timeoutMs?: number }): Promise<CallResource>;
}

export interface RunningSandboxCalls extends SandboxCalls {
  /** A call comes in from `from` to a number of the sandbox (`to`); resolves once its voice URL's TwiML has run up to its first wait. */
  incoming(call: IncomingCall): Promise<SandboxCallHandle>;
}

export interface RunningSandbox {
  /** `http://host:port`: the base URL of both APIs and of the control surface (`/__sandbox/…`). */
  url: string;
  /**
   * The seeded account's SID and Auth Token, for the client or for `validateRequest`. Unless
   * `controlToken` set another secret, they are also the control credential.
   */
  accountSid: string;
  authToken: string;
  /** The engine itself, for what the control surface also offers (no credential: this is your own process). */
  sandbox: Sandbox;
  clock: SandboxClock;
  journal: Journal;
  /**
   * Calls: `incoming({ from, to })` makes one come in to a number and gives its handle (also
   * `POST /__sandbox/calls`); `timeline(callSid)` is what a call's caller experienced (also
   * `GET /__sandbox/calls/{CallSid}/timeline`); `waitForStatus(callSid, status)`.
   */
  calls: RunningSandboxCalls;
  /**
   * What only the network causes, on any call or conference: `events.hangUp(callSid)`,
   * `events.speak(callSid, speaking)`, `events.pressKeys(callSid, digits)`,
   * `events.announcementEnd(conferenceSid, { callSid?, failure? })`. Each throws a SandboxCallError
   * carrying Twilio's error body for an unknown call or conference, or one not in a state for it
   * (speech from a call not yet connected), so a typo never passes silently.
   */
  events: NetworkEvents;
  /** Resolves when the webhooks and TwiML document requests started so far are done, and the verbs their answers run at once have run. */
  settled(): Promise<void>;
  /**
   * Moves the clock forward by `ms`, `stepMs` at a time (default 250), waiting after each step until the
   * requests it started are answered and run. A TwiML document arrives asynchronously and runs at the sandbox
   * time of its arrival; stepping keeps that within a step of where it would be on Twilio. Use it instead of
   * `clock.advance()` when calls run TwiML; on a running clock it still moves time forward by `ms`.
   */
  advance(ms: number, options?: { stepMs?: number }): Promise<void>;
  /** Back to the starting world; the journal is cleared. */
  reset(): void;
  webhooks: {
    /** Resolves the first delivery (past or future) that matches, or rejects after `timeoutMs` (default 5 000). */
    waitFor(predicate: (entry: WebhookEntry) => boolean, options?: { timeoutMs?: number }): Promise<WebhookEntry>;
  };
  /** The sandbox without a socket: pass it as the client's `options.fetch` with `url` as its base URL. */
  fetch: typeof globalThis.fetch;
  /**
   * The official `twilio` package's `httpClient`, in-process through `fetch`:
   * `twilio(sandbox.accountSid, sandbox.authToken, { httpClient: sandbox.twilioHttpClient })` sends
   * every `*.twilio.com` request (both APIs) here, and refuses any other host.
   */
  twilioHttpClient: TwilioHttpClient;
  /** Writes the state file now (when one is configured and not read-only). */
  saveState(): Promise<void>;
  /** Stops serving, saves the state file, and stops the engine's timers. */
  close(): Promise<void>;
}

const STATE_FORMAT = 'conference-kit-sandbox-snapshot';

/** Starts a sandbox and resolves once it is listening. */
export async function startSandbox(options: StartSandboxOptions = {}): Promise<RunningSandbox> {
  const { host = '127.0.0.1', port, logLevel = 'silent', log: write, stateFile, controlToken, allowHosts, ...engineOptions } = options;
  const control = controlToken ?? engineOptions.defaultAuthToken ?? DEFAULT_CONTROL_TOKEN;
  const refusal = bindRefusal(host, { controlToken: control, strictAccounts: engineOptions.strictAccounts ?? false });
  if (refusal) throw new Error(refusal);
  const log = createLog(logLevel, write);
  // Reachable by others: callbacks may go only where the operator allowed, not to this machine's own ports.
  const engineConfig: SandboxOptions = { ...engineOptions, ...(!isLoopbackHost(host) && { webhookLoopback: false }) };
  const sandbox = createSandbox(engineConfig);
  let state: StateFile | undefined;
  let mock: MockServer;
  try {
    if (stateFile) {
      state = await openStateFile(stateFile, log);
      await loadState(sandbox, stateFile, state, log);
    }
    mock = await startMockServer({
      host,
      port: port ?? 0,
      logLevel,
      ...(write && { log: write }),
      mode: 'sandbox',
      sandbox,
      controlToken: control,
      ...(allowHosts && { allowHosts }),
      onControl: async (operationId) => {
        if (operationId === 'FetchSandboxSnapshot' || operationId === 'UpdateSandboxSnapshot') await saveState();
      },
    });
  } catch (error) {
    await state?.release();
    sandbox.dispose();
    throw error;
  }

  // Saves run one after another, each writing the state as it was when it was asked for, so an older
  // state never lands on top of a newer one.
  let saving: Promise<void> = Promise.resolve();
  function saveState(): Promise<void> {
    if (!state) return Promise.resolve();
    const file = state;
    const text = `${JSON.stringify(sandbox.exportSnapshot(), null, 1)}\n`;
    const next = saving.catch(() => undefined).then(() => file.save(text));
    saving = next;
    return next;
  }

  return {
    url: mock.url,
    accountSid: DEFAULT_ACCOUNT_SID,
    authToken: engineOptions.defaultAuthToken ?? 'token',
    sandbox,
    clock: sandbox.clock,
    journal: sandbox.journal,
    calls: { ...sandbox.calls, incoming: (call) => callIn(sandbox, call) },
    events: networkEvents(sandbox),
    settled: () => sandbox.settled(),
    advance: async (ms, advanceOptions) => {
      const step = advanceOptions?.stepMs ?? 250;
      if (!(ms >= 0) || !(step > 0)) throw new RangeError(`advance(${ms}, { stepMs: ${step} }): expected ms ≥ 0 and stepMs > 0`);
      for (let left = ms; left > 0; left -= step) {
        sandbox.clock.advance(Math.min(step, left));
        await sandbox.settled();
      }
    },
    reset: () => sandbox.reset(),
    webhooks: { waitFor: (predicate, waitOptions) => waitForWebhook(sandbox.journal, predicate, waitOptions?.timeoutMs ?? 5_000) },
    fetch: mock.fetch,
    twilioHttpClient: createTwilioHttpClient({ url: mock.url, fetch: mock.fetch }),
    saveState,
    close: async () => {
      await mock.close();
      try {
        await saveState();
      } finally {
        sandbox.dispose();
        await state?.release();
      }
    },
  };
}

async function callIn(sandbox: Sandbox, incoming: IncomingCall): Promise<SandboxCallHandle> {
  const call = accepted(sandbox.events.incomingCall(incoming))!;
  await sandbox.settled();
  const callSid = call.sid;
  const act = async (event: () => SandboxResult) => {
    const answer = accepted(event());
    await sandbox.settled();
    return answer;
  };
  return {
    sid: callSid,
    call,
    hangUp: async () => void (await act(() => sandbox.events.hangUp({ callSid }))),
    pressDigits: async (digits) => (await act(() => sandbox.events.pressKeys({ callSid, digits })))!,
    say: async (text, confidence) => (await act(() => sandbox.events.utter({ callSid, text, ...(confidence !== undefined && { confidence }) })))!,
    timeline: () => sandbox.calls.timeline(callSid) ?? [],
    waitForStatus: (status, options) => waitForStatus(sandbox, callSid, status, options?.timeoutMs ?? 5_000),
  };
}

async function waitForStatus(sandbox: Sandbox, callSid: string, status: CallResourceStatus, timeoutMs: number): Promise<CallResource> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const now = sandbox.calls.timeline(callSid)?.filter((e) => e.kind === 'status').at(-1)?.status ?? 'unknown';
      reject(new Error(`Call ${callSid} did not become ${status} within ${timeoutMs} ms of wall-clock time; it is ${now}. On a frozen clock, advance it.`));
    }, timeoutMs);
  });
  try {
    return await Promise.race([sandbox.calls.waitForStatus(callSid, status), expired]);
  } catch (error) {
    throw error instanceof SandboxError ? new SandboxCallError(error.toResponse().body as TwilioErrorBody) : error;
  } finally {
    clearTimeout(timer);
  }
}

async function waitForWebhook(journal: Journal, predicate: (entry: WebhookEntry) => boolean, timeoutMs: number): Promise<WebhookEntry> {
  const deadline = Date.now() + timeoutMs;
  // Deliveries are recorded as they start and updated as they finish; polling the journal sees both.
  for (;;) {
    const found = journal.webhooks().find(predicate);
    if (found) return found;
    if (Date.now() >= deadline) {
      const seen = journal.webhooks().map((w) => `${w.type}:${w.event}(${w.outcome})`).join(', ') || 'none';
      throw new Error(`No webhook matched within ${timeoutMs} ms; deliveries so far: ${seen}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * Loads a state file written by `saveState`, saying so in one line; a missing file is a fresh start,
 * anything else unreadable is an error naming the file.
 */
async function loadState(sandbox: Sandbox, file: string, state: StateFile, log: ReturnType<typeof createLog>): Promise<void> {
  const found = await state.read();
  if (!found) return;
  let snapshot: unknown;
  try {
    snapshot = JSON.parse(found.text);
  } catch (error) {
    throw new Error(`The state file ${file} is not valid JSON (${(error as Error).message}); move it away or pass another --state-file`);
  }
  if ((snapshot as { format?: unknown } | null)?.format !== STATE_FORMAT) {
    throw new Error(`The state file ${file} is not a conference-kit sandbox snapshot (its "format" is not "${STATE_FORMAT}")`);
  }
  // A sandbox on real time resumes at the wall clock, not where it stopped: what happens after a restart
  // is dated now, and timers that fell due while it was down (a ring timeout, Insights processing) run
  // at once. A frozen clock stays where it was saved.
  const clock = (snapshot as { clock?: { now?: unknown; frozen?: unknown } }).clock;
  if (clock && clock.frozen === false && typeof clock.now === 'string' && Date.parse(clock.now) < Date.now()) {
    clock.now = new Date().toISOString();
  }
  try {
    sandbox.importSnapshot(snapshot);
  } catch (error) {
    throw new Error(`The state file ${file} does not load: ${(error as Error).message}`);
  }
  if (found.readOnly) log('warn', `loaded the state file ${file}, which is read-only: changes will not be saved to it`);
  else log('info', `loaded the state file ${file}`);
}
