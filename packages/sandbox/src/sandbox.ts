/**
 * `createSandbox(options)`: the engine behind one object with no HTTP in it. A host parses a request,
 * lets Prism validate it, and calls `handle(operationId, request)`; the control surface calls the rest.
 */
import { Clock, type SandboxClock, toEpochMs } from './clock.js';
import { type ConferenceTimeline, conferenceTimeline } from './conference-timeline.js';
import { type SandboxChange, createLiveFeed } from './live.js';
import { type Delays, World, armTimers, defaultDelays } from './engine/index.js';
import { type SandboxCalls, type SandboxEvents, createCalls, createEvents } from './events.js';
import { type FetchLike, type Journal, JournalStore, parseWebhookAllow } from './journal.js';
import { type Handler, type OperationId, type SandboxRequest, handlerTable, operationApi, operationIds } from './handlers/index.js';
import {
  DEFAULT_ACCOUNT_SID,
  type ParsedWorld,
  SNAPSHOT_FORMAT,
  SNAPSHOT_VERSION,
  SeedError,
  defaultWorld,
  parseWorld,
  serializeWorld,
  type WorldParserOptions,
} from './seed.js';
import { SeedStream, readSeedStream } from './seed-stream.js';
import { type Account, LIMITS, ownedBy } from './store.js';
import { startTwiml } from './twiml/interpret.js';
import { ErrorCode, SandboxError, type SandboxResponse, closestName, isSid, isoMs, notFound } from './util.js';

export type { ConferenceTimeline } from './conference-timeline.js';
export type { SandboxChange, WorldReplaced } from './live.js';
export type { CallResource, CallResourceStatus, CallTarget, CallTimelineEntry, ConferenceTarget, IncomingCall, SandboxCalls, SandboxEvents } from './events.js';

export interface SandboxAccountInit {
  sid: string;
  authToken: string;
  friendlyName?: string;
  apiKeys?: Array<{ sid: string; secret: string }>;
}

export interface SandboxOptions {
  /**
   * The world to start with (and to return to on `reset()`): `'default'` (the default), `'empty'`, a seed,
   * or `seedStream(source)`: a seed streamed from JSON bytes (a file), never held whole; read again on `reset()`.
   */
  seed?: 'default' | 'empty' | unknown;
  /** Auth Token of the default world's account `ACaaaa…`; default `'token'`. */
  defaultAuthToken?: string;
  /** Accounts that always exist, in addition to the seed's. */
  accounts?: SandboxAccountInit[];
  /** When true, an unknown Account SID is refused (401) instead of being created with the token it presents. */
  strictAccounts?: boolean;
  /**
   * How many accounts `handle()` may create on first sight (seeded and `accounts` ones do not count);
   * beyond it such a request is a 403. Default 1,000.
   */
  maxAccounts?: number;
  /** The `fetch` webhooks are delivered through; default `globalThis.fetch`. */
  fetch?: FetchLike;
  /**
   * Where webhooks may go besides loopback: a host (`hooks.example.com`), `*.example.com` for the hosts
   * under it, either with `:port` for that port only, or `'*'` for any host. An entry with a scheme or
   * anything else malformed makes `createSandbox` throw, naming it.
   */
  webhookAllow?: string[];
  /** Whether loopback hosts (`localhost`, `127.0.0.0/8`, `::1`) are allowed without being listed; default true. */
  webhookLoopback?: boolean;
  /** Wall-clock milliseconds a receiver has to answer, from the start of its request; default 5000. */
  webhookTimeoutMs?: number;
  /** Wall-clock milliseconds a TwiML document request may take, connect included; default 15 000 (Twilio's). */
  documentTimeoutMs?: number;
  /** Deliveries under way at once; beyond it a delivery is recorded as `dropped` and not sent. Default 256. */
  maxDeliveriesInFlight?: number;
  /** The clock: real time by default; `{ frozen: true, now }` starts it frozen at `now`. */
  clock?: { frozen?: boolean; now?: number | string | Date };
  /** Virtual-time delays of the simulated network and of Insights processing. */
  delays?: Partial<Delays>;
  /** Without CreatedAfter/CreatedBefore, ListConferenceSummary covers this many ms back; null = all. Default 24 h. */
  insightsDefaultWindowMs?: number | null;
  /** Seed of the SID generator: the same seed and the same requests give the same SIDs. */
  sidSeed?: number;
  /** How many journal entries are kept (oldest dropped first); default 10,000. */
  journalLimit?: number;
  /** How many bytes of entries (their JSON, measured when recorded) the journal keeps, oldest dropped first; default 16 MiB. */
  journalMaxBytes?: number;
  /** For tests: the wall clock the sandbox clock runs from. */
  wallClock?: () => number;
}

export type SandboxResult = SandboxResponse;

export interface SandboxSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: typeof SNAPSHOT_VERSION;
  clock: { now: string; frozen: boolean };
  sidSeed: number;
  accounts: unknown[];
  numbers: unknown[];
  calls: unknown[];
  conferences: unknown[];
}

export interface Sandbox {
  /** Answers one validated request to `operationId`. Never rejects: errors come back in Twilio's body. */
  handle(operationId: string, request: SandboxRequest): Promise<SandboxResult>;
  /**
   * Checks credentials as `handle` does, so a host can authenticate before it validates parameters, as
   * Twilio does. It never creates an account: an Account SID seen for the first time (with a password,
   * unless `strictAccounts`) is `provisional`, and `handle` creates it once the request is valid.
   * Resolves the account's SID, or the 401 answer to send.
   */
  authenticate(auth: SandboxRequest['auth']): { accountSid: string; provisional?: true } | { denied: SandboxResult };
  /** The operationIds with a handler: one per operation of both specs. */
  readonly operationIds: readonly OperationId[];
  /** Which spec each operation belongs to. */
  readonly operationApi: Readonly<Record<OperationId, 'api-v2010' | 'insights-v1'>>;
  readonly clock: SandboxClock;
  readonly journal: Journal;
  readonly events: SandboxEvents;
  readonly calls: SandboxCalls;
  /**
   * A conference over sandbox time: its start and end with the reason, each leg's ringing, presence and
   * muted, hold, coaching and speaking stretches, its announcements and recordings (the shape of
   * FetchSandboxConferenceTimeline); undefined for an unknown conference.
   */
  conferenceTimeline(conferenceSid: string): ConferenceTimeline | undefined;
  /**
   * Follows the sandbox live: every journal entry as it is recorded and again as its delivery ends, each
   * clock change, and the world being replaced (reset, seed, snapshot). Calls `listener` synchronously,
   * in order, until the function it returns is called; a listener that throws is dropped.
   */
  subscribe(listener: (change: SandboxChange) => void): () => void;
  /**
   * Resolves when every webhook delivery and TwiML document request started so far has finished, and
   * the verbs each document runs at once have run (the same as `journal.settled()`).
   */
  settled(): Promise<void>;
  /** Back to the starting world (options.seed), journal cleared, clock untouched. */
  reset(): void;
  /** Replaces the world with `seed` (`'default'`, `'empty'` or a seed object). Throws SeedError naming the bad field. */
  loadSeed(seed: 'default' | 'empty' | unknown): void;
  exportSnapshot(): SandboxSnapshot;
  /**
   * Replaces the world and the clock with a snapshot (an object, or `seedStream(source)` to read a large
   * one item by item, as a seed). Throws SeedError naming the bad field.
   */
  importSnapshot(snapshot: unknown): void;
  /** Accounts and their credentials, e.g. for a host to print at start. */
  accounts(): Array<{ sid: string; authToken: string; apiKeys: Array<{ sid: string; secret: string }> }>;
  /** Stops the clock's real-time wake-ups; pending deliveries still finish. */
  dispose(): void;
}

const UNAUTHORIZED_HEADERS = { 'WWW-Authenticate': 'Basic realm="Twilio API"' };

/** A count option: a positive integer, or its default when left out; anything else throws naming it. */
function countOption(options: SandboxOptions, name: 'maxAccounts' | 'journalLimit' | 'journalMaxBytes' | 'maxDeliveriesInFlight' | 'webhookTimeoutMs' | 'documentTimeoutMs', fallback: number): number {
  const value = options[name];
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < 1) throw new RangeError(`options.${name} must be a positive integer, got ${String(value)}`);
  return value;
}

/** How many ignored fields a warning's message names; its `fields` lists them all. */
const WARNING_NAMES = 20;

/** The warning for fields Twilio would ignore, with a did-you-mean from the operation's known names when given. */
function ignoredFieldsMessage(operationId: string, fields: readonly string[], known: readonly string[] | undefined): string {
  const named = fields.slice(0, WARNING_NAMES).map((f) => {
    const shown = JSON.stringify(f.length > 100 ? `${f.slice(0, 100)}…` : f).slice(1, -1);
    const guess = known && closestName(f, known);
    return guess ? `${shown} (did you mean ${guess}?)` : shown;
  });
  const more = fields.length > WARNING_NAMES ? `, and ${fields.length - WARNING_NAMES} more` : '';
  return `${operationId} ignored parameters Twilio does not know: ${named.join(', ')}${more}`;
}

export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const clock = new Clock(options.wallClock ?? Date.now);
  clock.restore(options.clock?.now !== undefined ? toEpochMs(options.clock.now) : clock.now(), options.clock?.frozen ?? false);
  const maxAccounts = countOption(options, 'maxAccounts', 1_000);
  let engine: World;
  const journal = new JournalStore(
    {
      fetch: options.fetch,
      timeoutMs: countOption(options, 'webhookTimeoutMs', 5000),
      documentTimeoutMs: countOption(options, 'documentTimeoutMs', 15_000),
      allow: parseWebhookAllow(options.webhookAllow ?? []),
      loopback: options.webhookLoopback ?? true,
      maxEntries: countOption(options, 'journalLimit', 10_000),
      maxBytes: countOption(options, 'journalMaxBytes', 16 * 1024 * 1024),
      maxInFlight: countOption(options, 'maxDeliveriesInFlight', 256),
      userAgent: 'TwilioProxy/1.1 (conference-kit sandbox)',
    },
    (sid) => engine.accounts.get(sid)?.authToken,
  );
  engine = new World(
    clock,
    journal,
    { delays: { ...defaultDelays, ...options.delays }, strictAccounts: options.strictAccounts ?? false },
    options.sidSeed ?? (Math.random() * 2 ** 32) >>> 0,
  );
  const handlers: Record<OperationId, Handler> = handlerTable({
    defaultWindowMs: options.insightsDefaultWindowMs === undefined ? 86_400_000 : options.insightsDefaultWindowMs,
  });

  const fixedAccounts = (options.accounts ?? []).map(
    (a): Account => ({ sid: a.sid, authToken: a.authToken, friendlyName: a.friendlyName ?? 'Sandbox account', apiKeys: a.apiKeys ?? [] }),
  );
  for (const a of fixedAccounts) {
    if (!isSid('AC', a.sid)) throw new SeedError('options.accounts.sid', `expected an AC SID, got "${a.sid}"`);
  }

  /** Accounts `handle` created on first sight since the world was last loaded: what `maxAccounts` bounds. */
  const firstSight = new Set<string>();

  const live = createLiveFeed(journal, clock);
  const events = createEvents(engine);
  const calls = createCalls(engine);

  function readSeed(seed: unknown, opts: WorldParserOptions): ParsedWorld {
    if (seed instanceof SeedStream) return readSeedStream(seed, opts);
    return parseWorld(seed === 'default' || seed === undefined ? defaultWorld(clock.now(), options.defaultAuthToken ?? 'token') : seed, opts);
  }

  function loadWorld(seed: unknown): void {
    const world =
      seed === 'empty'
        ? { accounts: [], conferences: [], calls: [], numbers: [] }
        : readSeed(seed, { snapshot: false, now: clock.now(), sids: engine.sids, knownAccounts: new Set(fixedAccounts.map((a) => a.sid)) });
    calls.abandon();
    engine.clear();
    firstSight.clear();
    for (const a of fixedAccounts) engine.addAccount(structuredClone(a));
    insertWorld(world);
    // A seed's answered call with TwiML and no state of it yet (a snapshot always has one) starts it now.
    for (const call of world.calls) {
      if (call.status === 'in-progress' && call.voice !== null && call.program === null && call.conferenceSid === null) startTwiml(engine, call);
    }
  }

  /** Puts parsed records into the (cleared) engine and arms their timers. */
  function insertWorld(world: ParsedWorld): void {
    for (const a of world.accounts) engine.addAccount(a);
    engine.load(world);
    armTimers(engine);
  }
  loadWorld(options.seed ?? 'default');

  const deny = (message: string) =>
    new SandboxError(401, ErrorCode.authentication, `Authentication Error - ${message}`, UNAUTHORIZED_HEADERS);

  /** The account the credentials name, or `provisional` for an Account SID that would be created on first sight. */
  function resolve(auth: SandboxRequest['auth']): { account: Account } | { provisional: { sid: string; authToken: string } } {
    if (!auth || !auth.username) throw deny('No credentials provided');
    if (auth.username.startsWith('SK')) {
      const key = engine.apiKeys.get(auth.username);
      if (!key || key.secret !== auth.password) throw deny('invalid username');
      return { account: engine.accounts.get(key.accountSid)! };
    }
    if (!isSid('AC', auth.username)) throw deny('invalid username');
    const account = engine.accounts.get(auth.username);
    if (!account) {
      if (engine.options.strictAccounts || !auth.password) throw deny('invalid username');
      // An account keeps its token in snapshots, which refuse longer ones: so does first sight.
      if (auth.password.length > LIMITS.secret) throw deny(`the password of a new account may be at most ${LIMITS.secret} characters`);
      return { provisional: { sid: auth.username, authToken: auth.password } };
    }
    if (account.authToken !== auth.password) throw deny('invalid username');
    return { account };
  }

  /** The account of resolved credentials, creating one seen for the first time, within maxAccounts. */
  function admit(resolved: ReturnType<typeof resolve>): Account {
    if ('account' in resolved) return resolved.account;
    if (firstSight.size >= maxAccounts) {
      throw new SandboxError(
        403,
        ErrorCode.forbidden,
        `This sandbox has already created ${maxAccounts} accounts on first sight, its limit (the maxAccounts option): ` +
          'raise maxAccounts, or use an account it already has',
      );
    }
    const account: Account = { ...resolved.provisional, friendlyName: 'Sandbox account', apiKeys: [] };
    engine.addAccount(account);
    firstSight.add(account.sid);
    return account;
  }

  function answer(operationId: string, request: SandboxRequest): { result: SandboxResult; accountSid: string | null } {
    let accountSid: string | null = null;
    try {
      const handler = (handlers as Record<string, Handler | undefined>)[operationId];
      if (!handler) throw notFound(`No operation ${operationId}`);
      const pathAccount = request.pathParams?.AccountSid;
      const resolved = resolve(request.auth);
      const sid = 'account' in resolved ? resolved.account.sid : resolved.provisional.sid;
      // A path naming another account is refused before an account is created for these credentials,
      // unless it names a subaccount of theirs: a main account's credentials reach its subaccounts' 2010
      // resources, never the other way round nor across siblings.
      const subaccount = pathAccount !== undefined && pathAccount !== sid && 'account' in resolved ? engine.accounts.get(pathAccount) : undefined;
      const reachable = subaccount !== undefined && 'account' in resolved && ownedBy(subaccount, resolved.account);
      if (pathAccount !== undefined && pathAccount !== sid && !reachable) {
        throw new SandboxError(
          401,
          ErrorCode.authentication,
          `Authentication Error - the credentials do not grant access to account ${pathAccount}`,
          UNAUTHORIZED_HEADERS,
        );
      }
      const account = reachable ? subaccount! : admit(resolved);
      accountSid = account.sid;
      const baseUrl = (request.baseUrl ?? 'https://insights.twilio.com').replace(/\/+$/, '');
      return { result: handler({ world: engine, account, req: request, baseUrl }), accountSid };
    } catch (error) {
      if (error instanceof SandboxError) return { result: error.toResponse(), accountSid };
      return { result: internalError(error), accountSid };
    }
  }

  function internalError(error: unknown): SandboxResult {
    const message = error instanceof Error ? error.message : String(error);
    return new SandboxError(500, 20500, `Internal sandbox error: ${message}`).toResponse();
  }

  async function handle(operationId: string, request: SandboxRequest): Promise<SandboxResult> {
    // Documented never to reject: whatever goes wrong, even in journaling, is an answer in Twilio's body.
    try {
      const { result, accountSid } = answer(operationId, request);
      const at = isoMs(clock.now());
      journal.recordRequest({
        at,
        operationId,
        pathParams: { ...request.pathParams },
        query: { ...(request.query as Record<string, string | string[]>) },
        body: { ...(request.body as Record<string, string | string[]>) },
        accountSid,
        status: result.status,
        errorCode: result.status >= 400 ? ((result.body as { code?: number } | undefined)?.code ?? null) : null,
      });
      const ignored = request.ignoredFields;
      if (ignored && ignored.length > 0) {
        journal.recordWarning({
          at,
          operationId,
          accountSid,
          message: ignoredFieldsMessage(operationId, ignored, request.knownFields),
          fields: [...ignored],
        });
      }
      return result;
    } catch (error) {
      return internalError(error);
    }
  }

  return {
    handle,
    authenticate(auth) {
      try {
        const resolved = resolve(auth);
        return 'account' in resolved ? { accountSid: resolved.account.sid } : { accountSid: resolved.provisional.sid, provisional: true };
      } catch (error) {
        if (error instanceof SandboxError) return { denied: error.toResponse() };
        throw error;
      }
    },
    operationIds,
    operationApi,
    clock,
    journal,
    events,
    calls: { timeline: calls.timeline, waitForStatus: calls.waitForStatus },
    conferenceTimeline: (conferenceSid) => conferenceTimeline(engine, conferenceSid),
    subscribe: (listener) => live.subscribe(listener),
    settled: () => journal.settled(),
    reset() {
      loadWorld(options.seed ?? 'default');
      journal.clear();
      live.replaced('reset');
    },
    loadSeed(seed) {
      loadWorld(seed);
      live.replaced('seed');
    },
    exportSnapshot() {
      return {
        format: SNAPSHOT_FORMAT,
        version: SNAPSHOT_VERSION,
        clock: { now: new Date(clock.now()).toISOString(), frozen: clock.frozen },
        sidSeed: engine.sids.seed,
        ...serializeWorld(engine.accounts.values(), engine.numbers.values(), engine.conferences.values(), engine.calls),
      } as SandboxSnapshot;
    },
    importSnapshot(snapshot) {
      const opts = { snapshot: true, now: clock.now(), sids: engine.sids, knownAccounts: new Set<string>() };
      const world = snapshot instanceof SeedStream ? readSeedStream(snapshot, opts) : parseWorld(snapshot, opts);
      calls.abandon();
      engine.clear();
      firstSight.clear();
      clock.restore(world.clock!.now, world.clock!.frozen);
      engine.sids.seed = world.sidSeed!;
      insertWorld(world);
      live.replaced('snapshot');
    },
    accounts: () =>
      [...engine.accounts.values()].map((a) => ({ sid: a.sid, authToken: a.authToken, apiKeys: a.apiKeys.map((k) => ({ ...k })) })),
    dispose() {
      clock.clear();
    },
  };
}

export { DEFAULT_ACCOUNT_SID };
