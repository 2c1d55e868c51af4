#!/usr/bin/env node
/**
 * `conference-kit-mock` — serves both Conference APIs on one port until SIGINT or SIGTERM.
 * Flags override the environment (PORT, HOST, LOG_LEVEL, MOCK_DYNAMIC, MOCK_SEED).
 */
import { parseArgs } from 'node:util';
import { startMockServer, type LogLevel } from './server.js';

const usage = `Usage: conference-kit-mock [--host 127.0.0.1] [--port 4010] [--dynamic [--seed N]] [--log-level info]

Serves Twilio's Conference APIs (api.twilio.com 2010-04-01 and insights.twilio.com v1) from
conference-kit's specs. Environment: HOST, PORT, LOG_LEVEL, MOCK_DYNAMIC=true, MOCK_SEED.`;

const logLevels: LogLevel[] = ['silent', 'error', 'warn', 'info', 'debug'];

function fail(message: string): never {
  process.stderr.write(`conference-kit-mock: ${message}\n\n${usage}\n`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      host: { type: 'string' },
      port: { type: 'string' },
      dynamic: { type: 'boolean' },
      seed: { type: 'string' },
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
const dynamic = values.dynamic ?? env('MOCK_DYNAMIC') === 'true';
const seed = values.seed ?? env('MOCK_SEED');
if (seed !== undefined && !dynamic) fail('--seed only applies with --dynamic');

const started = Date.now();
let mock;
try {
  mock = await startMockServer({ host, port, dynamic, logLevel, ...(seed === undefined ? {} : { seed }) });
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') fail(`${host}:${port} is already in use; pick another with --port or PORT`);
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') fail(`cannot listen on ${host}`);
  throw error;
}

const account = 'ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
process.stdout.write(
  [
    `conference-kit mock listening on ${mock.url} (${dynamic ? `dynamic${seed ? `, seed ${seed}` : ''}` : 'examples'}, started in ${Date.now() - started} ms)`,
    `  api.twilio.com 2010-04-01   ${mock.url}/2010-04-01/Accounts/{AccountSid}/Conferences.json`,
    `  insights.twilio.com v1      ${mock.url}/v1/Conferences`,
    `Try:`,
    `  curl -u ${account}:your_auth_token ${mock.url}/2010-04-01/Accounts/${account}/Conferences.json`,
    '',
  ].join('\n'),
);

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) process.exit(1);
    closing = true;
    mock.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
