/**
 * `stateFile`: the sandbox's world survives a restart; the file is replaced atomically (no temporary file
 * left, the previous file whole when a write or rename fails; the lock goes on close); a file that is not a snapshot stops the
 * start with a message naming the file and what is wrong, never an empty sandbox, and is left untouched.
 *
 * Failures are injected into node:fs/promises (a write that stops half-way with ENOSPC, a rename that
 * fails), since a read-only folder does not stop root.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startSandbox, type RunningSandbox, type StartSandboxOptions } from '../src/index.js';

const faults = vi.hoisted(() => ({ partialWrite: false, renameError: undefined as NodeJS.ErrnoException | undefined }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...actual,
    open: async (...args: Parameters<typeof actual.open>) => {
      const handle = await actual.open(...args);
      if (!faults.partialWrite || !String(args[0]).endsWith('.tmp')) return handle;
      faults.partialWrite = false;
      // The temporary file's handle, whose write stops after 64 bytes as on a full disk.
      return new Proxy(handle, {
        get(target, key) {
          if (key === 'writeFile') {
            return async (data: string) => {
              await target.writeFile(data.slice(0, 64));
              throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
            };
          }
          const value = Reflect.get(target, key) as unknown;
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    },
    rename: async (...args: Parameters<typeof actual.rename>) => {
      const error = faults.renameError;
      if (error) {
        faults.renameError = undefined;
        throw error;
      }
      return actual.rename(...args);
    },
  };
});

let dir: string;
let stateFile: string;
/** The folder while a sandbox runs on the file: the file and its lock, no temporary file. */
const RUNNING = ['state.json', 'state.json.lock'];
const open: RunningSandbox[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'conference-kit-state-'));
  stateFile = join(dir, 'state.json');
});
afterEach(async () => {
  while (open.length > 0) await open.pop()!.close().catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

async function start(options: StartSandboxOptions = {}): Promise<RunningSandbox> {
  const sandbox = await startSandbox({ stateFile, clock: { frozen: true, now: '2025-03-03T12:00:00Z' }, ...options });
  open.push(sandbox);
  return sandbox;
}

async function stop(sandbox: RunningSandbox): Promise<void> {
  open.splice(open.indexOf(sandbox), 1);
  await sandbox.close();
}

/** One request through the sandbox's in-process fetch, as the seeded account. */
async function api(sandbox: RunningSandbox, method: string, path: string, form?: Record<string, string>) {
  const response = await sandbox.fetch(`${sandbox.url}/2010-04-01/Accounts/${sandbox.accountSid}${path}`, {
    method,
    headers: {
      authorization: `Basic ${Buffer.from(`${sandbox.accountSid}:${sandbox.authToken}`).toString('base64')}`,
      ...(form && { 'content-type': 'application/x-www-form-urlencoded' }),
    },
    ...(form && { body: new URLSearchParams(form).toString() }),
  });
  return { status: response.status, body: (await response.json()) as any };
}

const addParticipant = (sandbox: RunningSandbox, room: string, to: string) =>
  api(sandbox, 'POST', `/Conferences/${room}/Participants.json`, { From: '+15555550100', To: to, Label: to.slice(-4) });

describe('the state file', () => {
  it('a sandbox on real time resumes at the wall clock after a restart, and runs the timers that fell due', async () => {
    const first = await start({ clock: { frozen: false, now: '2025-03-03T12:00:00Z' } });
    const created = await addParticipant(first, 'restart-room', '+15555550199');
    expect(created.status).toBe(201);
    await stop(first);

    const second = await start({ clock: { frozen: false } });
    expect(Math.abs(second.clock.now() - Date.now())).toBeLessThan(5_000);
    // The call's queued → ringing → connected steps were due long ago: they run at once.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const fetched = await api(second, 'GET', `/Conferences/${created.body.conference_sid}/Participants/${created.body.call_sid}.json`);
    expect(fetched.body.status).not.toBe('queued');
  });

  it('carries the world across a close and a start: conferences, participants, the clock and pending timers', async () => {
    const first = await start({ seed: 'empty' });
    const a = await addParticipant(first, 'kept-room', '+15555550101');
    expect(a.status).toBe(201);
    await addParticipant(first, 'kept-room', '+15555550102');
    first.clock.advance(1_000);
    // A third participant still dialling when the sandbox stops.
    const late = await addParticipant(first, 'kept-room', '+15555550103');
    const cf: string = a.body.conference_sid;
    await stop(first);
    expect(await readdir(dir)).toEqual(['state.json']);

    // Started again on the same file: the file's world and clock, not the seed's.
    const second = await start({ seed: 'default' });
    expect((await api(second, 'GET', '/Conferences.json?FriendlyName=incident-bridge')).body.conferences).toEqual([]);
    const conference = await api(second, 'GET', `/Conferences/${cf}.json`);
    expect(conference.body).toMatchObject({ sid: cf, friendly_name: 'kept-room', status: 'in-progress' });
    expect(second.clock.now()).toBe(Date.parse('2025-03-03T12:00:01Z'));
    const people = await api(second, 'GET', `/Conferences/${cf}/Participants.json`);
    expect(people.body.participants.map((p: { call_sid: string; status: string }) => p.status)).toEqual(['connected', 'connected', 'queued']);
    // The dialling participant's timers came back: it connects when the clock moves on.
    second.clock.advance(1_000);
    expect((await api(second, 'GET', `/Conferences/${cf}/Participants/${late.body.call_sid}.json`)).body.status).toBe('connected');
    // New SIDs do not repeat the old ones.
    const other = await addParticipant(second, 'new-room', '+15555550104');
    expect(other.body.conference_sid).not.toBe(cf);
  });

  it('a missing file is a fresh start from the seed, and is written on close', async () => {
    const sandbox = await start();
    expect((await api(sandbox, 'GET', '/Conferences.json?FriendlyName=incident-bridge')).body.conferences).toHaveLength(1);
    await stop(sandbox);
    const saved = JSON.parse(await readFile(stateFile, 'utf8'));
    expect(saved).toMatchObject({ format: 'conference-kit-sandbox-snapshot', version: 1 });
  });

  it('is saved when a snapshot is taken through the control surface, with what the snapshot answered', async () => {
    const sandbox = await start({ seed: 'empty' });
    await addParticipant(sandbox, 'snap-room', '+15555550101');
    const response = await sandbox.fetch(`${sandbox.url}/__sandbox/snapshot`, {
      headers: { authorization: `Basic ${Buffer.from(`${sandbox.accountSid}:${sandbox.authToken}`).toString('base64')}` },
    });
    expect(response.status).toBe(200);
    expect(JSON.parse(await readFile(stateFile, 'utf8'))).toEqual(await response.json());
    expect(await readdir(dir)).toEqual(RUNNING);
  });

  it.each([
    [
      'a write that stops half-way',
      (): void => {
        faults.partialWrite = true;
      },
      /ENOSPC/,
    ],
    [
      'a rename that fails',
      (): void => {
        faults.renameError = Object.assign(new Error('EXDEV: cross-device link not permitted, rename'), { code: 'EXDEV' });
      },
      /EXDEV/,
    ],
  ] as const)('%s leaves the previous file whole and no temporary file behind', async (_, inject, why) => {
    const sandbox = await start({ seed: 'empty' });
    await addParticipant(sandbox, 'before', '+15555550101');
    await sandbox.saveState();
    const before = await readFile(stateFile, 'utf8');
    expect(before).toContain('"before"');

    await addParticipant(sandbox, 'after', '+15555550102');
    inject();
    const failure = await sandbox.saveState().catch((e: unknown) => e as Error);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toContain(stateFile);
    expect((failure as Error).message).toMatch(why);
    expect(await readFile(stateFile, 'utf8')).toBe(before);
    expect(await readdir(dir)).toEqual(RUNNING);

    // The next save goes through.
    await sandbox.saveState();
    expect(await readFile(stateFile, 'utf8')).toContain('"after"');
    expect(await readdir(dir)).toEqual(RUNNING);
  });

  it("a snapshot through the control surface whose save fails is a 500 in Twilio's body naming the file, in-process and on a socket", async () => {
    const sandbox = await start({ seed: 'empty' });
    await sandbox.saveState();
    const before = await readFile(stateFile, 'utf8');
    const authorization = `Basic ${Buffer.from(`${sandbox.accountSid}:${sandbox.authToken}`).toString('base64')}`;
    for (const doFetch of [sandbox.fetch, globalThis.fetch]) {
      faults.renameError = Object.assign(new Error('EXDEV: cross-device link not permitted, rename'), { code: 'EXDEV' });
      const response = await doFetch(`${sandbox.url}/__sandbox/snapshot`, { headers: { authorization } });
      expect(response.status).toBe(500);
      const body = (await response.json()) as { code: number; message: string; status: number };
      expect(body).toMatchObject({ code: 20500, status: 500 });
      expect(body.message).toContain(stateFile);
      expect(await readFile(stateFile, 'utf8')).toBe(before);
      expect(await readdir(dir)).toEqual(RUNNING);
    }
  });

  it.each([
    ['not JSON', '{"format": "conference-kit-sandbox-snapshot", ', /is not valid JSON/],
    ['JSON that is not a snapshot', '{"conferences": [], "hello": "world"}\n', /is not a conference-kit sandbox snapshot/],
    ['JSON null', 'null\n', /is not a conference-kit sandbox snapshot/],
    [
      'a snapshot that does not load',
      `${JSON.stringify({ format: 'conference-kit-sandbox-snapshot', version: 1, clock: { now: '2025-03-03T12:00:00Z', frozen: true }, sidSeed: 1, accounts: [], conferences: [{ status: 'exploded' }] })}\n`,
      /does not load: \$\.conferences\[0\]/,
    ],
  ] as const)('a state file that is %s stops the start, names the file, and is left as it was', async (_, content, what) => {
    await writeFile(stateFile, content);
    const failure = await startSandbox({ stateFile }).catch((e: unknown) => e as Error);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toContain(stateFile);
    expect((failure as Error).message).toMatch(what);
    expect(await readFile(stateFile, 'utf8')).toBe(content);
    expect(await readdir(dir)).toEqual(['state.json']);
  });
});
