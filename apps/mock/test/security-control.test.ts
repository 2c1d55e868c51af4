/**
 * Who may drive the sandbox (issue 15, fault 1). The control surface (`/__sandbox/…`) takes the control
 * credential only — `ACaaaa…` with the control token, which is the default account's Auth Token unless
 * `controlToken` sets another — never an account made on first sight, never another seeded account. A
 * non-loopback bind refuses to start without a real secret and strict accounts. A request whose `Host`
 * or `Origin` names another site (DNS rebinding, a web page the developer visits) is refused before it
 * reaches either API or the control surface.
 */
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox, type StartSandboxOptions } from '../src/index.js';
import { bindRefusal } from '../src/trust.js';
import { listeningUrl, run } from './cli-process.js';
import { ACCOUNT, basic, call } from './helpers.js';
import { rawRequest } from './raw-http.js';

const STRANGER = 'ACcccccccccccccccccccccccccccccccc';
const TENANT = 'ACbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';
const CONTROL = basic(ACCOUNT, 'token');

const running: RunningSandbox[] = [];
afterEach(async () => {
  while (running.length > 0) await running.pop()!.close();
});

async function start(options: StartSandboxOptions = {}): Promise<RunningSandbox> {
  const sandbox = await startSandbox({ clock: { frozen: true, now: '2025-03-03T12:00:00Z' }, ...options });
  running.push(sandbox);
  return sandbox;
}

async function control(sandbox: RunningSandbox, method: string, path: string, authorization: string, body?: unknown) {
  return call(`${sandbox.url}/__sandbox/${path}`, {
    method,
    headers: { authorization, ...(body !== undefined && { 'content-type': 'application/json' }) },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
}

/** A participant of the seeded account: a live call another account would like to hang up. */
async function seededCall(sandbox: RunningSandbox): Promise<string> {
  const added = await call(`${sandbox.url}/2010-04-01/Accounts/${ACCOUNT}/Conferences/owner-room/Participants.json`, {
    method: 'POST',
    headers: { authorization: CONTROL, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ From: '+15555550100', To: '+15555550101' }).toString(),
  });
  expect(added.status, added.text).toBe(201);
  return (added.body as { call_sid: string }).call_sid;
}

/** The error `startSandbox` rejects with; a sandbox that starts after all is closed and fails the test. */
async function startFailure(options: StartSandboxOptions): Promise<Error> {
  const failure = await startSandbox(options).then(
    async (started) => {
      await started.close();
      return undefined;
    },
    (error: unknown) => error as Error,
  );
  expect(failure, 'it started').toBeInstanceOf(Error);
  return failure!;
}

function expectRefusedCredential(answer: { status: number; headers: Headers; body: unknown; text: string }) {
  expect(answer.status, answer.text).toBe(401);
  expect(answer.body).toMatchObject({ code: 20003, status: 401, more_info: 'https://www.twilio.com/docs/errors/20003' });
  expect(answer.headers.get('www-authenticate')).toMatch(/^Basic realm=/);
}

describe('the control credential', () => {
  it('an account made up on first sight cannot read the snapshot, the journal or the clock', async () => {
    const sandbox = await start();
    const stranger = basic(STRANGER, 'made-up');
    // The stranger's own API request works (the account exists now) …
    expect((await call(`${sandbox.url}/2010-04-01/Accounts/${STRANGER}/Conferences.json`, { headers: { authorization: stranger } })).status).toBe(200);
    // … but the control surface does not answer it, and nothing of the other accounts is shown.
    for (const path of ['snapshot', 'journal', 'clock']) {
      const refused = await control(sandbox, 'GET', path, stranger);
      expectRefusedCredential(refused);
      expect(refused.text).not.toContain('"token"');
    }
  });

  it('an account made up on first sight cannot reset the world, rewrite tokens or hang up another account\'s call', async () => {
    const sandbox = await start();
    const callSid = await seededCall(sandbox);
    const stranger = basic(STRANGER, 'made-up');
    expect((await call(`${sandbox.url}/v1/Conferences`, { headers: { authorization: stranger } })).status).toBe(200);
    const before = sandbox.sandbox.exportSnapshot();

    expectRefusedCredential(await control(sandbox, 'POST', `calls/${callSid}/hangup`, stranger));
    expectRefusedCredential(await control(sandbox, 'POST', 'reset', stranger));
    const takeover = { ...before, accounts: [{ sid: ACCOUNT, authToken: 'locked-out' }] };
    expectRefusedCredential(await control(sandbox, 'PUT', 'snapshot', stranger, takeover));
    expectRefusedCredential(await control(sandbox, 'POST', 'clock', stranger, { advanceMs: 60_000 }));

    expect(sandbox.sandbox.exportSnapshot()).toEqual(before);
    // The owner still gets in with their own token.
    expect((await call(`${sandbox.url}/2010-04-01/Accounts/${ACCOUNT}/Conferences.json`, { headers: { authorization: CONTROL } })).status).toBe(200);
  });

  it('another seeded account is refused on the control surface, even when its token equals the control token', async () => {
    const sandbox = await start({ accounts: [{ sid: TENANT, authToken: 'token' }] });
    expect((await call(`${sandbox.url}/2010-04-01/Accounts/${TENANT}/Conferences.json`, { headers: { authorization: basic(TENANT, 'token') } })).status).toBe(200);
    expectRefusedCredential(await control(sandbox, 'GET', 'snapshot', basic(TENANT, 'token')));
  });

  it('with strict accounts, a tenant account cannot read the admin\'s token', async () => {
    const sandbox = await start({ strictAccounts: true, accounts: [{ sid: TENANT, authToken: 'tenant-token' }] });
    const tenant = basic(TENANT, 'tenant-token');
    expect((await call(`${sandbox.url}/v1/Conferences`, { headers: { authorization: tenant } })).status).toBe(200);
    const refused = await control(sandbox, 'GET', 'snapshot', tenant);
    expectRefusedCredential(refused);
    expect(refused.text).not.toContain('"token"');
  });

  it('controlToken sets a separate secret: the default account\'s token no longer opens the control surface, the secret does', async () => {
    const sandbox = await start({ controlToken: 'operator-secret', accounts: [{ sid: TENANT, authToken: 'tenant-token' }] });
    expectRefusedCredential(await control(sandbox, 'GET', 'journal', CONTROL));
    // The API still takes the default account's own token.
    expect((await call(`${sandbox.url}/2010-04-01/Accounts/${ACCOUNT}/Conferences.json`, { headers: { authorization: CONTROL } })).status).toBe(200);
    await call(`${sandbox.url}/v1/Conferences`, { headers: { authorization: basic(TENANT, 'tenant-token') } });

    // The operator sees everything: every account's token in the snapshot, every account's requests in the journal.
    const operator = basic(ACCOUNT, 'operator-secret');
    const snapshot = await control(sandbox, 'GET', 'snapshot', operator);
    expect(snapshot.status).toBe(200);
    expect((snapshot.body as { accounts: Array<{ sid: string; authToken: string }> }).accounts.map((a) => [a.sid, a.authToken]).sort()).toEqual([
      [ACCOUNT, 'token'],
      [TENANT, 'tenant-token'],
    ]);
    const journal = await control(sandbox, 'GET', 'journal?Kind=request', operator);
    expect((journal.body as { entries: Array<{ accountSid: string }> }).entries.map((e) => e.accountSid)).toEqual([ACCOUNT, TENANT]);
    // The in-process handle is the operator's own process: no credential.
    sandbox.reset();
    expect(sandbox.journal.requests()).toEqual([]);
  });
});

describe('the control token from the environment', () => {
  it('CONFERENCE_KIT_CONTROL_TOKEN sets the control secret: the default token no longer opens /__sandbox/, and the banner does not print it', async () => {
    const { child, output } = run(['--port', '0', '--log-level', 'silent'], { CONFERENCE_KIT_CONTROL_TOKEN: 'env-secret-7' });
    try {
      const url = await listeningUrl(child, output);
      expectRefusedCredential(await call(`${url}/__sandbox/clock`, { headers: { authorization: CONTROL } }));
      expect((await call(`${url}/__sandbox/clock`, { headers: { authorization: basic(ACCOUNT, 'env-secret-7') } })).status).toBe(200);
      expect(output().stdout).not.toContain('env-secret-7');
    } finally {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  });
});

describe('a bind address others can reach', () => {
  it('startSandbox on a non-loopback host with the default control token refuses to start, saying why in one line', async () => {
    const failure = await startFailure({ host: '0.0.0.0', strictAccounts: true });
    expect(failure.message.split('\n')).toHaveLength(1);
    expect(failure.message).toMatch(/0\.0\.0\.0.*not loopback.*control token/);
  });

  it('the refusal names what is missing, and lifts only with a secret control token and strict accounts', () => {
    expect(bindRefusal('0.0.0.0', { controlToken: 'token', strictAccounts: true })).toMatch(/control token/);
    expect(bindRefusal('192.0.2.10', { controlToken: 'a-secret', strictAccounts: false })).toMatch(/strict accounts/);
    expect(bindRefusal('::', { controlToken: 'a-secret', strictAccounts: true })).toBeUndefined();
    for (const loopback of ['127.0.0.1', '127.8.9.10', '::1', 'localhost', 'LOCALHOST.']) {
      expect(bindRefusal(loopback, { controlToken: 'token', strictAccounts: false }), loopback).toBeUndefined();
    }
  });

  it('the command refuses --host 0.0.0.0 without --control-token and --strict-accounts: exit 2, one line', async () => {
    const { child, output } = run(['--host', '0.0.0.0', '--port', '0']);
    const exited = once(child, 'exit');
    // Were it to listen, stop it as soon as it says so, so the assertions below report it.
    const listening = setInterval(() => output().stdout.includes('listening on') && child.kill('SIGTERM'), 50);
    const [code] = await exited;
    clearInterval(listening);
    expect(code).toBe(2);
    expect(output().stderr.trim().split('\n')).toEqual([expect.stringMatching(/0\.0\.0\.0.*not loopback.*--control-token.*--strict-accounts/)]);
    expect(output().stdout).toBe('');
  });
});

describe('requests from web pages (DNS rebinding, cross-site)', () => {
  const get = (target: string, headers: string) =>
    `GET ${target} HTTP/1.1\r\nAuthorization: ${CONTROL}\r\n${headers}Connection: close\r\n\r\n`;

  it('a Host that names another site (DNS rebinding) is refused 403/20403, naming the header, on both APIs and the control surface', async () => {
    const sandbox = await start();
    const { port } = new URL(sandbox.url);
    for (const target of ['/__sandbox/snapshot', `/2010-04-01/Accounts/${ACCOUNT}/Conferences.json`, '/v1/Conferences']) {
      const answer = await rawRequest(sandbox.url, get(target, `Host: rebound.attacker.example:${port}\r\n`));
      expect(answer.status, `${target} ${answer.body}`).toBe(403);
      expect(JSON.parse(answer.body)).toMatchObject({ code: 20403, status: 403, message: expect.stringContaining('Host') });
      expect(answer.body).not.toContain('"token"');
    }
  });

  it('a cross-site Origin cannot reset the sandbox through the browser', async () => {
    const sandbox = await start();
    const callSid = await seededCall(sandbox);
    const before = sandbox.sandbox.exportSnapshot();
    const host = new URL(sandbox.url).host;
    const refused = await rawRequest(
      sandbox.url,
      `POST /__sandbox/reset HTTP/1.1\r\nHost: ${host}\r\nAuthorization: ${CONTROL}\r\nOrigin: https://evil.example\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`,
    );
    expect(refused.status, refused.body).toBe(403);
    expect(JSON.parse(refused.body)).toMatchObject({ code: 20403, status: 403, message: expect.stringContaining('Origin') });
    const hangUp = await rawRequest(
      sandbox.url,
      `POST /__sandbox/calls/${callSid}/hangup HTTP/1.1\r\nHost: ${host}\r\nAuthorization: ${CONTROL}\r\nSec-Fetch-Site: cross-site\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`,
    );
    expect(hangUp.status, hangUp.body).toBe(403);
    expect(sandbox.sandbox.exportSnapshot()).toEqual(before);
  });

  it('an allowHosts entry with a scheme, port or wildcard is refused at start instead of never matching', async () => {
    for (const entry of ['http://mock.internal', 'mock.internal:4010', '*.internal']) {
      expect((await startFailure({ allowHosts: [entry] })).message).toContain(JSON.stringify(entry));
    }
  });

  it('loopback names with any port, the bound address, allowHosts names, a loopback Origin and a missing Host are served', async () => {
    const sandbox = await start({ allowHosts: ['mock.internal'] });
    const { host, port } = new URL(sandbox.url);
    const served = [
      `Host: ${host}\r\n`,
      'Host: localhost\r\n',
      `Host: localhost.:${port}\r\n`,
      'Host: 127.1.2.3:9\r\n',
      `Host: [::1]:${port}\r\n`,
      `Host: MOCK.internal:${port}\r\n`,
      `Host: ${host}\r\nOrigin: http://localhost:3000\r\nSec-Fetch-Site: same-site\r\n`,
    ];
    for (const headers of served) {
      const answer = await rawRequest(sandbox.url, get('/__sandbox/clock', headers));
      expect(answer.status, `${JSON.stringify(headers)} ${answer.body}`).toBe(200);
    }
    const http10 = await rawRequest(sandbox.url, `GET /__sandbox/clock HTTP/1.0\r\nAuthorization: ${CONTROL}\r\n\r\n`);
    expect(http10.status, http10.body).toBe(200);
    // The in-process fetch names its own host, whatever URL it is given.
    expect((await sandbox.fetch(`${sandbox.url}/__sandbox/clock`, { headers: { authorization: CONTROL } })).status).toBe(200);
  });
});
