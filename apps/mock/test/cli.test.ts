/**
 * The command a newcomer runs: it prints where it listens, serves both APIs, refuses bad flags with a
 * clear message, and exits cleanly on SIGTERM and SIGINT. Runs the built `dist/main.js` (turbo builds
 * before testing).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listeningUrl, run } from './cli-process.js';
import { ACCOUNT, AUTH, call } from './helpers.js';

describe('pnpm start, as the README says to run it', () => {
  it('says what it builds, then stops, freeing its port within 2 s, when the process that was started gets SIGTERM', async () => {
    const root = fileURLToPath(new URL('../../..', import.meta.url));
    const child = spawn('pnpm', ['start', '--port', '0', '--log-level', 'silent'], {
      cwd: root,
      env: { ...process.env, PORT: '', HOST: '', LOG_LEVEL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d: Buffer) => (stdout += d));
    child.stderr!.on('data', (d: Buffer) => (stderr += d));
    const url = await listeningUrl(child, () => ({ stdout }), 60_000);
    // The build before it is never silent: a line as it starts, one per step built, one when done.
    const progress = stderr.split('\n').filter((line) => line.startsWith('conference-kit: '));
    expect(progress[0]).toBe('conference-kit: building the mock and what it needs (turbo; cached after the first run)');
    for (const line of progress.slice(1, -1)) expect(line).toMatch(/^conference-kit: {3}building @conference-kit\/[a-z]+$/);
    expect(progress.at(-1)).toMatch(/^conference-kit: built in \d+\.\d s \(\d of 4 steps from the cache\)$/);
    child.kill('SIGTERM');
    const stopped = Date.now();
    let free = false;
    while (!free && Date.now() - stopped < 2_000) {
      free = await fetch(`${url}/v1/Conferences`).then(() => false, () => true);
      if (!free) await new Promise((r) => setTimeout(r, 50));
    }
    expect(free, 'the mock still answers after the pnpm process was sent SIGTERM').toBe(true);
  }, 90_000);
});

describe('conference-kit-mock command', () => {
  it('--help prints the usage and exits 0, also after the `--` that `pnpm start -- --help` passes on', async () => {
    for (const args of [['--help'], ['--', '--help']]) {
      const { child, output } = run(args);
      const [code] = await once(child, 'exit');
      expect(code).toBe(0);
      expect(output().stdout).toContain('Usage: conference-kit-mock');
      expect(output().stdout).toContain('--examples');
      // Where the seed format is documented, with its complete example (seed-examples.test.ts loads it).
      expect(output().stdout).toMatch(/--seed-file FILE[\s\S]*"Load a seed" \(POST \/__sandbox\/seed;[\s\S]*sandbox-v1\.html/);
    }
  });

  it('takes flags after a leading `--`', async () => {
    const { child, output } = run(['--', '--port', '0', '--examples', '--log-level', 'silent']);
    expect(await listeningUrl(child, output)).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(output().stdout).toContain('(examples');
    child.kill('SIGTERM');
    await once(child, 'exit');
  });

  it('--empty starts with no conferences; --seed-file with a bad field fails naming it', async () => {
    const { child, output } = run(['--port', '0', '--log-level', 'silent', '--empty']);
    const url = await listeningUrl(child, output);
    const sandboxAuth = `Basic ${Buffer.from(`${ACCOUNT}:token`).toString('base64')}`;
    const list = await call(`${url}/2010-04-01/Accounts/${ACCOUNT}/Conferences.json`, { headers: { authorization: sandboxAuth } });
    expect((list.body as { conferences: unknown[] }).conferences).toEqual([]);
    child.kill('SIGTERM');
    await once(child, 'exit');

    const dir = mkdtempSync(join(tmpdir(), 'ck-seed-'));
    const file = join(dir, 'seed.json');
    writeFileSync(file, JSON.stringify({ conferences: [{ friendlyName: 'x', status: 'sideways' }] }));
    const bad = run(['--port', '0', '--seed-file', file]);
    const [code] = await once(bad.child, 'exit');
    expect(code).toBe(1);
    expect(bad.output().stderr).toMatch(/seed is not valid: .*conferences\[0\]/);
  });

  it('--seed-file streams a seed in (the world answers), and says in one line when the file is missing or not JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ck-seed-'));
    const file = join(dir, 'seed.json');
    const conferences = Array.from({ length: 300 }, (_, i) => ({ accountSid: ACCOUNT, friendlyName: `room-${i}`, status: 'completed', participants: [{ from: '+15555550100', to: '+15555550101' }] }));
    writeFileSync(file, JSON.stringify({ accounts: [{ sid: ACCOUNT, authToken: 'token' }], conferences }));
    const { child, output } = run(['--port', '0', '--log-level', 'silent', '--seed-file', file]);
    const url = await listeningUrl(child, output);
    const sandboxAuth = `Basic ${Buffer.from(`${ACCOUNT}:token`).toString('base64')}`;
    const page = await call(`${url}/2010-04-01/Accounts/${ACCOUNT}/Conferences.json?FriendlyName=room-299`, { headers: { authorization: sandboxAuth } });
    expect((page.body as { conferences: Array<{ friendly_name: string }> }).conferences.map((c) => c.friendly_name)).toEqual(['room-299']);
    child.kill('SIGTERM');
    await once(child, 'exit');

    writeFileSync(file, '{"conferences": [');
    const broken = run(['--port', '0', '--seed-file', file]);
    expect((await once(broken.child, 'exit'))[0]).toBe(1);
    expect(broken.output().stderr).toMatch(new RegExp(`^conference-kit-mock: --seed-file ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not valid JSON: .+\n$`));
    const missing = run(['--port', '0', '--seed-file', join(dir, 'nowhere.json')]);
    expect((await once(missing.child, 'exit'))[0]).toBe(1);
    expect(missing.output().stderr).toMatch(/^conference-kit-mock: cannot read --seed-file .*nowhere\.json: ENOENT\n$/);
  });

  it.each(['SIGTERM', 'SIGINT'] as const)('serves both APIs, prints a sample curl, and exits 0 on %s', async (signal) => {
    const { child, output } = run(['--port', '0', '--log-level', 'info']);
    const url = await listeningUrl(child, output);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    // The sandbox by default: it prints its account's credentials and a curl that works as printed.
    expect(output().stdout).toContain(`Account SID  ${ACCOUNT}`);
    expect(output().stdout).toContain('Auth Token   token');
    expect(output().stdout).toContain(`curl -u ${ACCOUNT}:token`);
    const sandboxAuth = `Basic ${Buffer.from(`${ACCOUNT}:token`).toString('base64')}`;
    const v2010 = await call(`${url}/2010-04-01/Accounts/${ACCOUNT}/Conferences.json`, { headers: { authorization: sandboxAuth } });
    const insights = await call(`${url}/v1/Conferences`, { headers: { authorization: sandboxAuth } });
    expect([v2010.status, insights.status]).toEqual([200, 200]);
    expect((v2010.body as { conferences: unknown[] }).conferences.length).toBeGreaterThan(0);
    expect((await call(`${url}/v1/Conferences`, { headers: { authorization: AUTH } })).status).toBe(401);
    child.kill(signal);
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    // One line per request at info level.
    expect(output().stderr).toMatch(/GET \/v1\/Conferences 200 /);
  });

  it('--dynamic --seed gives generated bodies, the same from two processes with the same seed', async () => {
    const bodies: string[] = [];
    for (const seed of ['7', '7', '8']) {
      const { child, output } = run(['--port', '0', '--log-level', 'silent', '--examples', '--dynamic', '--seed', seed]);
      const url = await listeningUrl(child, output);
      expect(output().stdout).toContain(`dynamic, seed ${seed}`);
      bodies.push((await call(`${url}/v1/Conferences/CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa`, { headers: { authorization: AUTH } })).text);
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
    expect(bodies[0]).toBe(bodies[1]);
    expect(bodies[2]).not.toBe(bodies[0]);
    expect(bodies[0]).not.toContain('support-escalation-4411'); // generated, not the named example
  });

  it('--max-accounts N creates N accounts on first use and refuses the next with a 403 naming the limit', async () => {
    const { child, output } = run(['--port', '0', '--log-level', 'silent', '--max-accounts', '1']);
    const url = await listeningUrl(child, output);
    const list = (sid: string) =>
      call(`${url}/2010-04-01/Accounts/${sid}/Conferences.json`, {
        headers: { authorization: `Basic ${Buffer.from(`${sid}:secret`).toString('base64')}` },
      });
    expect((await list(`AC${'1'.repeat(32)}`)).status).toBe(200);
    const refused = await list(`AC${'2'.repeat(32)}`);
    child.kill('SIGTERM');
    await once(child, 'exit');
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 20403, status: 403, message: expect.stringContaining('1 accounts on first sight') });
  });

  it('takes PORT and HOST from the environment', async () => {
    const { child, output } = run([], { PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' });
    expect(await listeningUrl(child, output)).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    child.kill('SIGTERM');
    await once(child, 'exit');
    expect(output().stderr).toBe('');
  });

  it.each([
    [['--port', 'eighty'], 'port must be an integer'],
    [['--port', '70000'], 'port must be an integer'],
    [['--log-level', 'loud'], 'log level must be one of'],
    [['--seed', '1'], '--seed only applies with --examples --dynamic'],
    [['--dynamic'], '--dynamic belongs to examples mode'],
    [['--examples', '--empty'], '--empty belongs to the sandbox'],
    [['--empty', '--seed-file', 'x.json'], 'not both'],
    [['--colour'], "Unknown option '--colour'"],
    [['--max-accounts', '0'], '--max-accounts must be a positive integer'],
    [['--examples', '--max-accounts', '5'], '--max-accounts belongs to the sandbox'],
  ])('rejects %j with a clear message and exit code 2', async (args, message) => {
    const { child, output } = run(args);
    const [code] = await once(child, 'exit');
    expect(code).toBe(2);
    expect(output().stderr).toContain(message);
    expect(output().stderr).toContain('Usage: conference-kit-mock');
  });

  it('refuses a port already in use with one line naming the port and how to pick another, no usage text', async () => {
    const first = run(['--port', '0', '--log-level', 'silent']);
    const url = await listeningUrl(first.child, first.output);
    const port = new URL(url).port;
    const second = run(['--port', port]);
    const [code] = await once(second.child, 'exit');
    expect(code).toBe(1);
    expect(second.output().stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`port ${port} .*already in use.*--port`))]);
    first.child.kill('SIGTERM');
    await once(first.child, 'exit');
  });
});
