/**
 * Every runtime the client claims: Node 20, Node 24, Deno, Bun and workerd (Cloudflare Workers) each run
 * test/runtimes/app.ts — one fetch, one paginated list and one signature check against the mock, and one
 * TwiML document built — from one ESM file that esbuild bundles from the built package for that runtime,
 * and must see exactly what the same code sees here. deno, bun and workerd are devDependencies (their binaries come in npm
 * platform packages); Node 24 is the `node-linux-*` package that .ci/run installs outside the workspace
 * (a dependency whose bin is `node` would replace Node 20 on PATH for every script of this package).
 * A runtime that cannot start is skipped, and the reason printed.
 */
import { execFile } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build, type BuildOptions } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '@conference-kit/mock';
import { run, type RuntimeInput, type RuntimeResult } from './runtimes/app.js';

const exec = promisify(execFile);
const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'runtimes');
const require = createRequire(import.meta.url);

type Found = { bin: string; version: string } | { skip: string };

interface Runtime {
  name: string;
  find(): Promise<Found>;
  /** esbuild's settings for this runtime's bundle. */
  bundle: Pick<BuildOptions, 'platform' | 'conditions' | 'target'>;
  script: string;
  /** Runs the script in `dir` (which holds the script and client.bundle.mjs); resolves to its result line. */
  start(bin: string, dir: string, input: RuntimeInput): Promise<string>;
}

/** A binary shipped in an npm platform package, found from the devDependency that lists it. */
function platformBinary(wrapper: string, packages: Record<string, string>, file: string): string | { skip: string } {
  const key = `${process.platform}-${process.arch}`;
  const name = packages[key];
  if (!name) return { skip: `${wrapper} ships no binary for ${key} that this test knows` };
  try {
    const fromWrapper = createRequire(require.resolve(`${wrapper}/package.json`));
    return join(dirname(fromWrapper.resolve(`${name}/package.json`)), file);
  } catch {
    return { skip: `${name} is not installed (run pnpm install; it is an optional dependency of ${wrapper})` };
  }
}

async function versionOf(bin: string, args: string[], pattern: RegExp): Promise<Found> {
  if (!existsSync(bin)) return { skip: `${bin} does not exist` };
  try {
    const { stdout } = await exec(bin, args, { timeout: 15_000 });
    const version = pattern.exec(stdout)?.[1];
    return version ? { bin, version } : { skip: `${bin} ${args.join(' ')} printed no version: ${stdout.trim()}` };
  } catch (error) {
    return { skip: `${bin} cannot start: ${(error as Error).message.split('\n')[0]}` };
  }
}

/** Node 24: $CONFERENCE_KIT_NODE24, else what .ci/run installs under ~/.cache/conference-kit/. */
function node24Binary(): string | { skip: string } {
  if (process.env.CONFERENCE_KIT_NODE24) return process.env.CONFERENCE_KIT_NODE24;
  const cache = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'conference-kit');
  const arch = process.arch === 'arm64' ? 'arm64' : 'x64';
  const dirs = existsSync(cache) ? readdirSync(cache).filter((d) => d.startsWith('node-v24.')).sort().reverse() : [];
  for (const dir of dirs) {
    const bin = join(cache, dir, 'node_modules', `node-${process.platform}-${arch}`, 'bin', 'node');
    if (existsSync(bin)) return bin;
  }
  return { skip: `no Node 24 binary: set CONFERENCE_KIT_NODE24, or run .ci/run, which installs node-${process.platform}-${arch}@24 under ${cache}` };
}

const childEnv = (home: string) => ({ PATH: process.env.PATH ?? '', HOME: home, NO_COLOR: '1' });
const lastLine = (stdout: string, prefix = '') => {
  const line = stdout.trim().split('\n').reverse().find((l) => l.startsWith(prefix));
  if (line === undefined) throw new Error(`no result line in the output:\n${stdout}`);
  return line.slice(prefix.length);
};

const nodeRuntime = (name: string, find: () => Promise<Found>): Runtime => ({
  name,
  find,
  bundle: { platform: 'node', target: 'node20' },
  script: 'node.mjs',
  async start(bin, dir, input) {
    const { stdout } = await exec(bin, [join(dir, 'node.mjs'), JSON.stringify(input)], { cwd: dir, env: childEnv(dir), timeout: 30_000 });
    return lastLine(stdout);
  },
});

const runtimes: Runtime[] = [
  nodeRuntime('Node 20', async () => {
    const major = process.versions.node.split('.')[0];
    return major === '20'
      ? { bin: process.execPath, version: process.versions.node }
      : { skip: `the tests run on Node ${process.versions.node}, and Node 20 is only tested as the Node that runs them` };
  }),
  nodeRuntime('Node 24', async () => {
    const bin = node24Binary();
    if (typeof bin !== 'string') return bin;
    const found = await versionOf(bin, ['--version'], /^v(\d+\.\d+\.\d+)/);
    return 'bin' in found && !found.version.startsWith('24.') ? { skip: `${bin} is Node ${found.version}, not 24` } : found;
  }),
  {
    name: 'Deno',
    async find() {
      const bin = platformBinary('deno', {
        'linux-x64': '@deno/linux-x64-glibc', 'linux-arm64': '@deno/linux-arm64-glibc',
        'darwin-x64': '@deno/darwin-x64', 'darwin-arm64': '@deno/darwin-arm64', 'win32-x64': '@deno/win32-x64',
      }, process.platform === 'win32' ? 'deno.exe' : 'deno');
      return typeof bin === 'string' ? versionOf(bin, ['--version'], /^deno (\S+)/) : bin;
    },
    bundle: { platform: 'neutral', target: 'es2022' },
    script: 'deno.mjs',
    async start(bin, dir, input) {
      const host = new URL(input.baseUrl).host;
      const { stdout } = await exec(bin, ['run', '--quiet', '--no-prompt', '--no-config', `--allow-net=${host}`, join(dir, 'deno.mjs'), JSON.stringify(input)], {
        cwd: dir, env: { ...childEnv(dir), DENO_DIR: join(dir, '.deno'), DENO_NO_UPDATE_CHECK: '1' }, timeout: 30_000,
      });
      return lastLine(stdout);
    },
  },
  {
    name: 'Bun',
    async find() {
      const bin = platformBinary('bun', {
        'linux-x64': '@oven/bun-linux-x64', 'linux-arm64': '@oven/bun-linux-aarch64',
        'darwin-x64': '@oven/bun-darwin-x64', 'darwin-arm64': '@oven/bun-darwin-aarch64', 'win32-x64': '@oven/bun-windows-x64',
      }, process.platform === 'win32' ? 'bin/bun.exe' : 'bin/bun');
      return typeof bin === 'string' ? versionOf(bin, ['--version'], /^(\d+\.\d+\.\d+)/) : bin;
    },
    bundle: { platform: 'neutral', target: 'es2022' },
    script: 'bun.mjs',
    async start(bin, dir, input) {
      const { stdout } = await exec(bin, ['--no-install', join(dir, 'bun.mjs'), JSON.stringify(input)], { cwd: dir, env: childEnv(dir), timeout: 30_000 });
      return lastLine(stdout);
    },
  },
  {
    name: 'workerd',
    async find() {
      const bin = platformBinary('workerd', {
        'linux-x64': '@cloudflare/workerd-linux-64', 'linux-arm64': '@cloudflare/workerd-linux-arm64',
        'darwin-x64': '@cloudflare/workerd-darwin-64', 'darwin-arm64': '@cloudflare/workerd-darwin-arm64', 'win32-x64': '@cloudflare/workerd-windows-64',
      }, process.platform === 'win32' ? 'bin/workerd.exe' : 'bin/workerd');
      return typeof bin === 'string' ? versionOf(bin, ['--version'], /^workerd (\S+)/) : bin;
    },
    bundle: { platform: 'browser', conditions: ['workerd', 'worker', 'browser'], target: 'es2022' },
    script: 'worker.mjs',
    async start(bin, dir, input) {
      const config = readFileSync(join(fixtures, 'worker.capnp'), 'utf8')
        .replace('@COMPATIBILITY_DATE@', '2025-09-01')
        // A Cap'n Proto text literal: JSON's string escapes are valid there.
        .replace('@INPUT@', JSON.stringify(JSON.stringify(input)));
      writeFileSync(join(dir, 'worker.capnp'), config);
      const { stdout } = await exec(bin, ['test', 'worker.capnp'], { cwd: dir, env: childEnv(dir), timeout: 30_000 });
      return lastLine(stdout, 'RESULT ');
    },
  },
];

// ---- the run -------------------------------------------------------------------------------------

const AccountSid = 'ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const authToken = 'runtime-matrix-auth-token';
const webhookUrl = 'https://example.com/twilio/conference-events?tenant=42';
const webhookParams = {
  AccountSid,
  ConferenceSid: 'CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
  FriendlyName: 'Weekly sync',
  StatusCallbackEvent: 'conference-start',
  SequenceNumber: '1',
  Timestamp: 'Mon, 23 Nov 2026 10:00:00 +0000',
};
/** Twilio's algorithm, written here with node:crypto so the runtimes check against an independent signer. */
const twilioSignature = (url: string, params: Record<string, string>) =>
  createHmac('sha1', authToken).update(url + Object.keys(params).sort().map((k) => k + params[k]).join('')).digest('base64');

let mock: MockServer;
let input: RuntimeInput;
let expected: RuntimeResult;
const work = mkdtempSync(join(tmpdir(), 'ck-runtimes-'));
const matrix: { runtime: string; version: string; result: string; ms?: number }[] = [];

beforeAll(async () => {
  mock = await startMockServer({ port: 0, logLevel: 'silent' });
  input = {
    baseUrl: mock.url,
    accountSid: AccountSid,
    conferenceSid: 'CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
    webhook: { url: webhookUrl, params: webhookParams, signature: twilioSignature(webhookUrl, webhookParams), authToken },
  };
  expected = await run(input); // the same code in this process: what every runtime must see
}, 30_000);

afterAll(async () => {
  await mock?.close();
  rmSync(work, { recursive: true, force: true });
  const rows = matrix.map((m) => `${m.runtime.padEnd(9)} ${m.version.padEnd(22)} ${m.result}${m.ms === undefined ? '' : ` (${m.ms} ms)`}`);
  const seen = expected
    ? `each fetched ${expected.fetchedSid}, listed ${expected.listed.length} conferences over ${expected.listRequests.length} pages, ` +
      `accepted the signature (${expected.signatureValid}) and refused the forgery (${!expected.forgedValid}), ` +
      `built the same ${expected.twiml.length}-character TwiML document and refused the same ${expected.twimlRefused.length} values`
    : 'the mock did not start';
  console.log(`runtime matrix (fetch, paginated list, signature check against the mock, a TwiML document):\n${rows.join('\n')}\n${seen}`);
});

describe('the app itself, in this process', () => {
  it('fetches, follows the next link to the last page, and tells a signature from a forgery', () => {
    expect(expected.fetchedSid).toMatch(/^CF[0-9a-f]{32}$/);
    expect(['init', 'in-progress', 'completed']).toContain(expected.fetchedStatus);
    expect(expected.listRequests.length).toBeGreaterThanOrEqual(2);
    expect(expected.listed.length).toBeGreaterThan(expected.listRequests.length - 1);
    expect(expected.signatureValid).toBe(true);
    expect(expected.forgedValid).toBe(false);
  });

  it('builds the TwiML document, escaped, and refuses each bad value with a named error', () => {
    expect(expected.twiml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><Response><Gather action="/menu?lang=en&amp;x=1" input="dtmf speech" numDigits="1">' +
        '<Say voice="Polly.Joanna">Press 1 for &quot;sales&quot; &amp; &lt;support&gt;</Say></Gather><Dial action="/after">' +
        '<Conference participantLabel="café 😀" startConferenceOnEnter="false" waitUrl="">support-42</Conference></Dial></Response>',
    );
    expect(expected.twimlRefused).toEqual([
      'RangeError: <Say> wordsToSay holds U+d800, which XML 1.0 does not allow',
      'RangeError: <Dial> action must be a relative or absolute http(s) URL',
      'RangeError: <Conference> maxParticipants must be a whole number from 1 to 250',
    ]);
  });
});

describe.each(runtimes)('$name', (runtime) => {
  it('runs the bundled client: the same fetch, pages, signature verdicts and TwiML as here', async (context) => {
    const found = await runtime.find();
    if ('skip' in found) {
      matrix.push({ runtime: runtime.name, version: '—', result: `skipped: ${found.skip}` });
      console.warn(`SKIP ${runtime.name}: ${found.skip}`);
      context.skip(found.skip);
      return;
    }
    const dir = mkdtempSync(join(work, `${runtime.name.replace(/\W+/g, '-')}-`));
    await build({
      entryPoints: [join(fixtures, 'app.ts')], bundle: true, format: 'esm', outfile: join(dir, 'client.bundle.mjs'),
      logLevel: 'silent', ...runtime.bundle,
    });
    copyFileSync(join(fixtures, runtime.script), join(dir, runtime.script));
    const started = performance.now();
    let line: string;
    try {
      line = await runtime.start(found.bin, dir, input);
    } catch (error) {
      matrix.push({ runtime: runtime.name, version: found.version, result: 'FAILED to run' });
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
      throw new Error(`${runtime.name} ${found.version} failed: ${(error as Error).message}\n${stdout}\n${stderr}`);
    }
    const ms = Math.round(performance.now() - started);
    const { runtime: _r, version: _v, userAgent, ...result } = JSON.parse(line) as RuntimeResult & { runtime: string; version?: string; userAgent?: string };
    if (userAgent !== undefined) expect(userAgent).toBe('Cloudflare-Workers');
    const same = JSON.stringify(result) === JSON.stringify(expected);
    matrix.push({ runtime: runtime.name, version: found.version, result: same ? 'pass' : 'FAILED: differs', ms });
    expect(result).toEqual(expected);
  }, 60_000);
});
