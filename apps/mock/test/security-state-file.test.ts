/**
 * The state file holds every account's Auth Token (issue 15, fault 6): it and its temporary are 0600, the
 * temporary has a random name and is created exclusively, so a link planted at a name someone could
 * predict is never followed; stale temporaries go at start; a lock file keeps a second instance off the
 * same file; and one line says when a file is loaded, read-only, or held by another instance.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmod, lstat, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox, type StartSandboxOptions } from '../src/index.js';

let dir: string;
let stateFile: string;
let victim: string;
let lines: string[];
const open: RunningSandbox[] = [];
const PRECIOUS = 'not yours to overwrite\n';

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'conference-kit-state-security-'));
  stateFile = join(dir, 'state.json');
  victim = join(dir, 'victim.txt');
  await writeFile(victim, PRECIOUS);
  lines = [];
});
afterEach(async () => {
  while (open.length > 0) await open.pop()!.close().catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

async function start(options: StartSandboxOptions = {}): Promise<RunningSandbox> {
  const sandbox = await startSandbox({ stateFile, logLevel: 'info', log: (line) => lines.push(line), ...options });
  open.push(sandbox);
  return sandbox;
}

async function stop(sandbox: RunningSandbox): Promise<void> {
  open.splice(open.indexOf(sandbox), 1);
  await sandbox.close();
}

async function failureOf(options: StartSandboxOptions = {}): Promise<Error> {
  const outcome = await start(options).then(
    () => undefined,
    (error: unknown) => error as Error,
  );
  expect(outcome, 'the sandbox started').toBeInstanceOf(Error);
  return outcome!;
}

const mode = async (file: string) => (await stat(file)).mode & 0o777;

describe('the state file on disk', () => {
  it('a symlink planted at a predictable temporary or lock name is never followed', async () => {
    // The names a reader of the old code could predict: `.state.json.<pid>.<n>.tmp`.
    const plant = async () => {
      for (let n = 1; n <= 20; n++) await symlink(victim, join(dir, `.state.json.${process.pid}.${n}.tmp`)).catch(() => undefined);
    };
    await plant();
    const sandbox = await start();
    await plant();
    await sandbox.saveState();
    await stop(sandbox);
    expect(await readFile(victim, 'utf8')).toBe(PRECIOUS);

    await rm(stateFile);
    await symlink(victim, `${stateFile}.lock`);
    const refused = await failureOf();
    expect(refused.message).toContain(`${stateFile}.lock`);
    expect(await readFile(victim, 'utf8')).toBe(PRECIOUS);
  });

  it('a symlink at the state file itself is neither read nor written through', async () => {
    const elsewhere = join(dir, 'elsewhere.json');
    const first = await start({ stateFile: elsewhere });
    await stop(first);
    const before = await readFile(elsewhere, 'utf8');
    await symlink(elsewhere, stateFile);
    const refused = await failureOf();
    expect(refused.message).toContain(stateFile);
    expect(refused.message).toMatch(/symbolic link/);
    expect(await readFile(elsewhere, 'utf8')).toBe(before);
    expect((await lstat(stateFile)).isSymbolicLink()).toBe(true);
  });

  it('the state file and its lock are readable by their owner only (0600), also when replacing a 0644 file', async () => {
    const sandbox = await start();
    expect(await mode(`${stateFile}.lock`)).toBe(0o600);
    await sandbox.saveState();
    expect(await mode(stateFile)).toBe(0o600);
    await stop(sandbox);
    await chmod(stateFile, 0o644);
    await stop(await start());
    expect(await mode(stateFile)).toBe(0o600);
  });

  it('stale temporaries of this state file are removed at start, with one line; other files are left alone', async () => {
    const stale = ['.state.json.4242.1.tmp', '.state.json.9f86d081884c7d65.tmp'];
    const others = ['.other.json.4242.1.tmp', 'notes.txt'];
    for (const name of [...stale, ...others]) await writeFile(join(dir, name), '{}');
    await start();
    const left = await readdir(dir);
    for (const name of stale) expect(left).not.toContain(name);
    for (const name of others) expect(left).toContain(name);
    expect(lines.filter((l) => /stale temporar/.test(l))).toEqual([expect.stringContaining(dir)]);
  });
});

describe('one line for what the state file is doing', () => {
  it('a second instance on the same state file is refused with one line naming the first one\'s pid', async () => {
    const first = await start();
    const refused = await failureOf();
    expect(refused.message.split('\n')).toHaveLength(1);
    expect(refused.message).toContain(stateFile);
    expect(refused.message).toMatch(new RegExp(`another instance.*pid ${process.pid}`));
    // The first one goes on saving; once it stops, the file is free.
    await first.saveState();
    await stop(first);
    await stop(await start());
  });

  it('a lock left by a process that is gone is taken over, saying so in one line', async () => {
    const gone = spawn(process.execPath, ['-e', '']);
    await once(gone, 'exit');
    await writeFile(`${stateFile}.lock`, `${gone.pid}\n`);
    await start();
    expect(lines.filter((l) => l.includes('lock'))).toEqual([expect.stringMatching(new RegExp(`stale lock.*pid ${gone.pid}`))]);
    expect(await readFile(`${stateFile}.lock`, 'utf8')).toBe(`${process.pid}\n`);
  });

  it('loading a state file says so in one line', async () => {
    await stop(await start());
    lines.length = 0;
    await start();
    expect(lines.filter((l) => l.includes('loaded'))).toEqual([expect.stringContaining(stateFile)]);
  });

  it('a read-only state file is loaded, said so in one line, and left as it was on close', async () => {
    await stop(await start({ seed: 'empty' }));
    await chmod(stateFile, 0o444);
    const before = await readFile(stateFile, 'utf8');
    lines.length = 0;
    const sandbox = await start();
    expect(lines.filter((l) => l.includes('read-only'))).toEqual([expect.stringContaining(stateFile)]);
    sandbox.sandbox.loadSeed('default');
    await stop(sandbox);
    expect(await readFile(stateFile, 'utf8')).toBe(before);
  });
});
