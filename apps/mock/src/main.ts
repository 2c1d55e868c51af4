/**
 * `conference-kit-mock` — serves both Conference APIs on one port until SIGINT or SIGTERM: the stateful
 * sandbox by default, or the specs' examples with `--examples`. Flags override the environment.
 */
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { DEFAULT_ACCOUNT_SID, SeedError, type SeedStream, magicNumbers } from '@conference-kit/sandbox';
import { seedFromFile } from './seed-file.js';
import { startSandbox } from './sandbox-host.js';
import { startMockServer, type LogLevel } from './server.js';
import { bindRefusal, checkAllowHosts } from './trust.js';

const usage = `Usage: conference-kit-mock [options]

Serves Twilio's Conference APIs (api.twilio.com 2010-04-01 and insights.twilio.com v1) on one port.
By default a stateful sandbox answers: conferences live, participants' calls progress, lists filter,
status callbacks are delivered and signed. --examples serves the specs' examples instead.

  --host HOST             address to listen on (default 127.0.0.1; HOST). The sandbox refuses one
                          that is not loopback unless --control-token and --strict-accounts are set
  --port N                port, 0 for any free one (default 4010; PORT)
  --allow-host NAME       also answer requests whose Host or Origin names NAME (repeatable; default:
                          loopback names and the --host address only, against DNS rebinding)
  --log-level LEVEL       silent, error, warn, info (one line a request) or debug (LOG_LEVEL)
  --help                  this text

Sandbox (the default):
  --empty                 start with no conferences (default: a small seeded world)
  --seed-file FILE        start with the world in FILE (JSON). Its format, with a complete example:
                          the Sandbox control API reference, "Load a seed" (POST /__sandbox/seed;
                          pnpm docs:build, then apps/docs/dist/sandbox-v1.html, or the spec's
                          SandboxSeed schema in specs/sandbox-v1/); a snapshot loads as a seed too
  --state-file FILE       load state from FILE if it exists; save it on exit and on each snapshot
  --auth-token TOKEN      Auth Token of the seeded account ${DEFAULT_ACCOUNT_SID} (default "token")
  --control-token TOKEN   the only password /__sandbox/… takes, with ${DEFAULT_ACCOUNT_SID} as the
                          user (default: the Auth Token above; CONFERENCE_KIT_CONTROL_TOKEN)
  --strict-accounts       refuse Account SIDs that are not seeded (default: create them on first use)
  --max-accounts N        create at most N accounts on first use, 403 beyond (default 1000)
  --webhook-allow HOST    also deliver callbacks to HOST (repeatable; default: loopback only)

Examples mode:
  --examples              answer from the specs' named examples (stateless)
  --dynamic [--seed N]    generate bodies from the schemas, the same for the same seed`;

const logLevels: LogLevel[] = ['silent', 'error', 'warn', 'info', 'debug'];

/** A usage error: the message and the usage text, exit 2. */
function fail(message: string): never {
  process.stderr.write(`conference-kit-mock: ${message}\n\n${usage}\n`);
  process.exit(2);
}

/** A failure to start that is not about the flags: one clear line, exit 1. */
function stop(message: string): never {
  process.stderr.write(`conference-kit-mock: ${message}\n`);
  process.exit(1);
}

// `pnpm start -- --port 4011`, the npm habit, passes the `--` through: it separates nothing here.
const argv = process.argv.slice(2);
if (argv[0] === '--') argv.shift();

let values;
try {
  ({ values } = parseArgs({
    args: argv,
    options: {
      host: { type: 'string' },
      port: { type: 'string' },
      examples: { type: 'boolean' },
      dynamic: { type: 'boolean' },
      seed: { type: 'string' },
      empty: { type: 'boolean' },
      'seed-file': { type: 'string' },
      'state-file': { type: 'string' },
      'auth-token': { type: 'string' },
      'control-token': { type: 'string' },
      'allow-host': { type: 'string', multiple: true },
      'strict-accounts': { type: 'boolean' },
      'max-accounts': { type: 'string' },
      'webhook-allow': { type: 'string', multiple: true },
      'log-level': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  }));
} catch (error) {
  fail((error as Error).message);
}
if (values.help) {
  process.stdout.write(`${usage}\n`);
  process.exit(0);
}

// An empty variable counts as unset, as shells and CI templates often leave them.
const env = (name: string) => process.env[name] || undefined;
const host = values.host ?? env('HOST') ?? '127.0.0.1';
const portText = values.port ?? env('PORT') ?? '4010';
const port = Number(portText);
if (!/^\d+$/.test(portText) || port > 65535) fail(`port must be an integer from 0 to 65535, got "${portText}"`);
const logLevel = (values['log-level'] ?? env('LOG_LEVEL') ?? 'info') as LogLevel;
if (!logLevels.includes(logLevel)) fail(`log level must be one of ${logLevels.join(', ')}, got "${logLevel}"`);
const examples = values.examples ?? false;
const dynamic = values.dynamic ?? false;
if (dynamic && !examples) fail('--dynamic belongs to examples mode: add --examples');
if (values.seed !== undefined && !dynamic) fail('--seed only applies with --examples --dynamic');
const sandboxFlags = ['empty', 'seed-file', 'state-file', 'auth-token', 'control-token', 'strict-accounts', 'max-accounts', 'webhook-allow'] as const;
const misplaced = sandboxFlags.find((flag) => values[flag] !== undefined);
if (examples && misplaced) fail(`--${misplaced} belongs to the sandbox; drop --examples`);
if (values.empty && values['seed-file']) fail('give --empty or --seed-file, not both');
const authToken = values['auth-token'] ?? 'token';
if (!/^[\x21-\x7e]+$/.test(authToken)) fail('--auth-token must be printable ASCII without spaces');
const controlToken = values['control-token'] ?? env('CONFERENCE_KIT_CONTROL_TOKEN') ?? authToken;
if (!/^[\x21-\x7e]+$/.test(controlToken)) fail('--control-token must be printable ASCII without spaces');
const strictAccounts = values['strict-accounts'] ?? false;
const maxAccountsText = values['max-accounts'];
if (maxAccountsText !== undefined && (!/^\d{1,9}$/.test(maxAccountsText) || Number(maxAccountsText) < 1)) {
  fail(`--max-accounts must be a positive integer, got "${maxAccountsText}"`);
}
const allowHosts = values['allow-host'] ?? [];
try {
  checkAllowHosts(allowHosts);
} catch (error) {
  fail(`--allow-host: ${(error as Error).message}`);
}
const refusal = examples ? undefined : bindRefusal(host, { controlToken, strictAccounts });
if (refusal) {
  // Not a usage mistake but a safety stop: the one line says what to add.
  process.stderr.write(`conference-kit-mock: ${refusal}\n`);
  process.exit(2);
}

/** The seed file, streamed when the world loads; a file that cannot be read stops the CLI here, naming why. */
async function seedFile(file: string): Promise<SeedStream> {
  try {
    if (!(await stat(file)).isFile()) stop(`cannot read --seed-file ${file}: EISDIR`);
    await access(file, constants.R_OK);
  } catch (error) {
    stop(`cannot read --seed-file ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return seedFromFile(file);
}

const started = Date.now();
let running: { url: string; close(): Promise<void> };
let banner: string[];
try {
  if (examples) {
    running = await startMockServer({ host, port, mode: 'examples', dynamic, logLevel, allowHosts, ...(values.seed === undefined ? {} : { seed: values.seed }) });
    banner = [
      `conference-kit mock listening on ${running.url} (examples${dynamic ? `, dynamic${values.seed ? `, seed ${values.seed}` : ''}` : ''}, started in ${Date.now() - started} ms)`,
      `  Any well-formed credentials are accepted.`,
      `Try:`,
      `  curl -u ${DEFAULT_ACCOUNT_SID}:your_auth_token ${running.url}/2010-04-01/Accounts/${DEFAULT_ACCOUNT_SID}/Conferences.json`,
    ];
  } else {
    const seed = values.empty ? 'empty' : values['seed-file'] ? await seedFile(values['seed-file']) : 'default';
    const sandbox = await startSandbox({
      host,
      port,
      logLevel,
      seed,
      defaultAuthToken: authToken,
      controlToken,
      allowHosts,
      strictAccounts,
      ...(maxAccountsText !== undefined && { maxAccounts: Number(maxAccountsText) }),
      webhookAllow: values['webhook-allow'] ?? [],
      ...(values['state-file'] && { stateFile: values['state-file'] }),
    });
    running = sandbox;
    const numbers = Object.entries(magicNumbers).filter(([to]) => to.startsWith('+')).map(([to, outcome]) => `${to} ${outcome}`).join(', ');
    banner = [
      `conference-kit sandbox listening on ${sandbox.url} (started in ${Date.now() - started} ms)`,
      `  Account SID  ${sandbox.accountSid}`,
      `  Auth Token   ${sandbox.authToken}`,
      `  Webhooks     signed with the account's Auth Token; delivered to loopback${values['webhook-allow']?.length ? ` and ${values['webhook-allow'].join(', ')}` : ' only (--webhook-allow HOST for more)'}`,
      `  Test numbers ${numbers}`,
      `  Control      ${sandbox.url}/__sandbox/… (reset, seed, snapshot, clock, journal), as ${sandbox.accountSid} with ${controlToken === authToken ? 'the Auth Token above' : 'the control token'}`,
      `Try:`,
      `  curl -u ${sandbox.accountSid}:${sandbox.authToken} '${sandbox.url}/2010-04-01/Accounts/${sandbox.accountSid}/Conferences.json?Status=in-progress'`,
    ];
  }
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') stop(`port ${port} on ${host} is already in use; pick another with --port N (or PORT=N), or --port 0 for any free port`);
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') stop(`cannot listen on ${host}: no such local address`);
  if (error instanceof SeedError) stop(`the seed is not valid: ${error.message}`);
  // The seed file's JSON, found broken as it was streamed in: "FILE is not valid JSON: …".
  if (error instanceof SyntaxError && values['seed-file'] && error.message.startsWith(values['seed-file'])) stop(`--seed-file ${error.message}`);
  if (error instanceof Error && /state file/.test(error.message)) stop(error.message);
  throw error;
}

process.stdout.write(`${banner.join('\n')}\n`);

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) process.exit(1);
    closing = true;
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        // Most likely the state file could not be saved: say so, since the state is lost otherwise.
        process.stderr.write(`conference-kit-mock: stopping failed: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exit(1);
      },
    );
  });
}
