/**
 * The newcomer's path, on every run: the packages packed as they would be published, installed with npm
 * into a folder outside the workspace, the mock started from its bin, and the installed client driving
 * it — then the same client code type-checked under `tsc --strict` with NodeNext and with Bundler
 * resolution. Nothing here can see the workspace's sources or its node_modules.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const packages = ['packages/types', 'packages/client', 'packages/sandbox', 'apps/mock'];
const tsc = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc');

let work: string;
let app: string;
let mock: ChildProcess | undefined;
let baseUrl = '';

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'conference-kit-consumer-'));
  // As the READMEs say: `pnpm pack:all` (its build already ran: turbo builds before testing), then the
  // install line it prints for the client, the mock and the sandbox, run as printed.
  const tarballs = join(work, 'tarballs');
  const printed = execFileSync(process.execPath, [join(root, 'scripts', 'pack-all.mjs'), tarballs], { encoding: 'utf8' });
  const install = /^ {2}(npm i \S+\/\*\.tgz) /m.exec(printed)?.[1];
  expect(install, printed).toBe(`npm i ${join(tarballs, '*.tgz')}`);
  const packed = readdirSync(tarballs).map((file) => file.replace(/-\d+\.\d+\.\d+(?:-[\w.]+)?\.tgz$/, ''));
  expect(packed.sort()).toEqual(packages.map((dir) => `conference-kit-${dir.split('/')[1]}`).sort());
  app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2));
  // Quiet and cache-first through npm's environment, so the command itself is the one printed.
  const env = { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_loglevel: 'error', npm_config_prefer_offline: 'true' };
  execFileSync('sh', ['-c', install!], { cwd: app, env, stdio: ['ignore', 'ignore', 'pipe'] });
}, 240_000);

afterAll(async () => {
  if (mock && mock.exitCode === null) {
    mock.kill('SIGTERM');
    await once(mock, 'exit');
  }
  rmSync(work, { recursive: true, force: true });
  // Removing the installed tree took 26 s on a 2-core machine under a load of 10: past the 20 s default.
}, 120_000);

const consumerCode = `
import { createConferenceClient, type Conference } from '@conference-kit/client';
import { signTwilioRequest, verifyTwilioSignature } from '@conference-kit/client/webhooks';

declare const process: { argv: string[] };
const url = process.argv[2] ?? 'http://127.0.0.1:4010';
const accountSid = 'ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const twilio = createConferenceClient({ accountSid, authToken: 'token', baseUrl: url });

const { data, error } = await twilio.api.POST('/2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants.json', {
  params: { path: { AccountSid: accountSid, ConferenceSid: 'consumer-room' } },
  body: { From: '+15005550006', To: '+15005550007' },
});
if (error) throw error;
const conferences: Conference[] = [];
for await (const c of twilio.api.paginate('/2010-04-01/Accounts/{AccountSid}/Conferences.json', {
  params: { path: { AccountSid: accountSid }, query: { FriendlyName: 'consumer-room' } },
}, { pageSize: 1 })) conferences.push(c);
const signed = await signTwilioRequest({ url: 'https://example.com/cb', params: { A: '1' }, authToken: 'token' });
const verified = await verifyTwilioSignature({ url: signed.url, params: { A: '1' }, signature: signed.signature, authToken: 'token' });
console.log(JSON.stringify({ conferenceSid: data.conference_sid, listed: conferences.map((c) => c.sid), verified }));
`;

const twilioCode = `
import twilio from 'twilio';
import { startSandbox } from '@conference-kit/mock';

const sandbox = await startSandbox();
const client = twilio(sandbox.accountSid, sandbox.authToken, { httpClient: sandbox.twilioHttpClient });
const conferences = await client.conferences.list({ pageSize: 2 });
const summaries = await client.insights.v1.conferences.list({ pageSize: 2 });
const refused = await client.request({ method: 'get', uri: 'https://example.com/' }).then(() => 'sent', (e: Error) => e.message);
console.log(JSON.stringify({ conferences: conferences.length, summaries: summaries.length, refused }));
await sandbox.close();
`;

describe('installed from the packed tarballs, outside the workspace', () => {
  it('the mock starts from its bin, the sandbox by default, and prints its credentials', async () => {
    const bin = join(app, 'node_modules', '.bin', 'conference-kit-mock');
    mock = spawn(bin, ['--port', '0', '--log-level', 'silent'], { cwd: app, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    mock.stdout!.on('data', (d: Buffer) => (stdout += d));
    const deadline = Date.now() + 20_000;
    while (!/listening on http/.test(stdout) && Date.now() < deadline && mock.exitCode === null) await new Promise((r) => setTimeout(r, 50));
    expect(stdout).toMatch(/conference-kit sandbox listening on http:\/\/127\.0\.0\.1:\d+/);
    expect(stdout).toContain('Auth Token   token');
    baseUrl = /listening on (http:\/\/\S+)/.exec(stdout)![1]!;
  });

  it('the installed client creates a participant, paginates, and checks a signature against it', () => {
    writeFileSync(join(app, 'consumer.ts'), consumerCode);
    // Node 20 runs the JavaScript the type-check emits; the type-check itself is the next test.
    execFileSync(process.execPath, [tsc, '--outDir', 'out', '--module', 'NodeNext', '--moduleResolution', 'NodeNext', '--target', 'ES2022', '--skipLibCheck', 'consumer.ts'], { cwd: app });
    const output = execFileSync(process.execPath, [join(app, 'out', 'consumer.js'), baseUrl], { cwd: app, encoding: 'utf8' });
    const result = JSON.parse(output) as { conferenceSid: string; listed: string[]; verified: boolean };
    expect(result.conferenceSid).toMatch(/^CF[0-9a-f]{32}$/);
    expect(result.listed).toEqual([result.conferenceSid]);
    expect(result.verified).toBe(true);
  }, 60_000);

  it('the unmodified twilio package runs against the installed startSandbox() with the one-line httpClient', () => {
    // twilio from the workspace's own copy (the registry is not needed): npm links the folder, and
    // Node resolves its dependencies from where it really lives.
    const twilioDir = realpathSync(dirname(createRequire(join(root, 'apps', 'mock', 'package.json')).resolve('twilio/package.json')));
    execFileSync('npm', ['i', '--no-audit', '--no-fund', '--loglevel=error', '--prefer-offline', twilioDir], { cwd: app, stdio: ['ignore', 'ignore', 'pipe'] });
    writeFileSync(join(app, 'with-twilio.ts'), twilioCode);
    try {
      execFileSync(process.execPath, [tsc, '--outDir', 'out', '--strict', '--module', 'NodeNext', '--moduleResolution', 'NodeNext', '--target', 'ES2022', '--skipLibCheck', 'with-twilio.ts'], { cwd: app, encoding: 'utf8' });
    } catch (error) {
      throw new Error(`tsc failed:\n${(error as { stdout?: string }).stdout ?? error}`);
    }
    const output = execFileSync(process.execPath, [join(app, 'out', 'with-twilio.js')], { cwd: app, encoding: 'utf8', env: { ...process.env, TWILIO_REGION: '', TWILIO_EDGE: '' } });
    const result = JSON.parse(output) as { conferences: number; summaries: number; refused: string };
    expect(result.conferences).toBeGreaterThan(2);
    expect(result.summaries).toBeGreaterThan(1);
    expect(result.refused).toContain('refused a request for https://example.com');
  }, 120_000);

  it.each([
    ['NodeNext', ['--module', 'NodeNext', '--moduleResolution', 'NodeNext']],
    ['Bundler', ['--module', 'ESNext', '--moduleResolution', 'Bundler']],
  ])('the client type-checks under tsc --strict with %s resolution, reading only .d.ts', (_, resolution) => {
    writeFileSync(join(app, 'consumer.ts'), consumerCode);
    const result = (() => {
      try {
        return execFileSync(process.execPath, [tsc, '--noEmit', '--strict', '--exactOptionalPropertyTypes', '--target', 'ES2022', ...resolution, '--listFiles', 'consumer.ts'], { cwd: app, encoding: 'utf8' });
      } catch (error) {
        throw new Error(`tsc failed:\n${(error as { stdout?: string }).stdout ?? error}`);
      }
    })();
    const ours = result.split('\n').filter((f) => f.includes('@conference-kit/'));
    expect(ours.length).toBeGreaterThan(0);
    expect(ours.filter((f) => !f.endsWith('.d.ts'))).toEqual([]);
  }, 60_000);
});
