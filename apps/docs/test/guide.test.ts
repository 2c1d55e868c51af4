/**
 * The guide's code, held to what a reader gets. Its TypeScript is cut from the modules under guide/:
 * example.ts (the client's calls), receiver.ts (a status-callback receiver), sandbox.example.test.ts,
 * twilio-library.example.test.ts, twiml.example.test.ts, quality.example.test.ts, voice-app.example.test.ts
 * and inspector.example.test.ts (vitest files).
 * For each of them:
 * - the BUILT guide.html shows every region, in the module's order, exactly as written, each block naming
 *   its module, and what it shows, concatenated per module in page order, type-checks against the
 *   workspace's packages — nothing the snippets need is hidden;
 * - the module has nothing outside its regions but comments, and runs: example.ts top to bottom against
 *   the mock; receiver.ts as the status callback of a conference a sandbox runs; the vitest file in this
 *   same test run (vitest.config.ts includes guide/**\/*.test.ts).
 */
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createConferenceClient } from '@conference-kit/client';
import { signTwilioRequest } from '@conference-kit/client/webhooks';
import { startMockServer, startSandbox, type MockServer } from '@conference-kit/mock';
import clientPackage from '@conference-kit/client/package.json' with { type: 'json' };
import { appDir, builtPage, codeBlocks, typecheck } from './helpers.js';

const MODULES = [
  'example.ts',
  'receiver.ts',
  'sandbox.example.test.ts',
  'twilio-library.example.test.ts',
  'twiml.example.test.ts',
  'quality.example.test.ts',
  'voice-app.example.test.ts',
  'inspector.example.test.ts',
] as const;
const source = (file: string) => readFileSync(join(appDir, 'guide', file), 'utf8');
/** A module's regions in order, dedented as the build shows them. */
function regions(file: string): Array<{ name: string; text: string }> {
  return [...source(file).matchAll(/^\/\/ #region ([a-z-]+)\n([\s\S]*?)\n\s*\/\/ #endregion \1$/gm)].map((m) => {
    const lines = m[2]!.split('\n');
    const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^ */)![0].length));
    return { name: m[1]!, text: lines.map((l) => l.slice(indent)).join('\n') };
  });
}

describe('the guide as built', () => {
  const blocks = codeBlocks(builtPage('guide.html'));
  const typescript = blocks.filter((b) => b.language === 'ts');
  const shown = (file: string) => typescript.filter((b) => b.file === file).map((b) => b.text);

  it('labels every code block with its language, and every TypeScript block with its module', () => {
    expect(blocks.filter((b) => b.language === undefined).map((b) => b.text)).toEqual([]);
    expect(new Set(blocks.map((b) => b.language))).toEqual(new Set(['sh', 'ts']));
    expect(new Set(typescript.map((b) => b.file))).toEqual(new Set(MODULES));
  });

  it.each(MODULES)('shows every region of guide/%s, in its order, as written', (file) => {
    expect(regions(file).length).toBeGreaterThanOrEqual(file === 'example.ts' ? 8 : 2);
    expect(shown(file)).toEqual(regions(file).map((r) => r.text));
  });

  it('type-checks the TypeScript it shows, each module concatenated in page order', () => {
    const files = Object.fromEntries(MODULES.map((file) => [file, shown(file).join('\n\n')]));
    expect(typecheck('guide-snippets', files), 'see apps/docs/test-output/guide-snippets/').toEqual([]);
  });

  it("shows each module's set-up first: its imports, and the client every later call snippet uses", () => {
    const [create, ...calls] = shown('example.ts');
    expect(create).toContain("from '@conference-kit/client'");
    expect(create).toMatch(/const twilio = createConferenceClient\(/);
    for (const file of MODULES) {
      const [first, ...rest] = shown(file);
      expect(first, file).toMatch(/^import /m);
      for (const block of rest) expect(block, file).not.toMatch(/^import /m);
    }
    expect(calls.length).toBeGreaterThan(5);
  });

  it('receives callbacks by verifying the signature, then switching on the typed event', () => {
    const [handler] = shown('receiver.ts');
    expect(handler).toContain("from '@conference-kit/client/webhooks'");
    expect(handler!.indexOf('verifyTwilioSignature(')).toBeLessThan(handler!.indexOf('parseConferenceEvent('));
    expect(handler).toMatch(/switch \(event\.StatusCallbackEvent\)/);
  });

  it('tests against a sandbox started once, reset between tests, on a clock it moves, closed at the end', () => {
    const code = shown('sandbox.example.test.ts').join('\n');
    for (const expected of [/beforeAll\([\s\S]*startSandbox\(/, /fetch: sandbox\.fetch/, /beforeEach\([\s\S]*sandbox\.reset\(\)/,
      /sandbox\.clock\.freeze\(\)/, /sandbox\.clock\.advance\(/, /sandbox\.webhooks\.waitFor\(/, /afterAll\(\(\) => sandbox\.close\(\)\)/]) {
      expect(code).toMatch(expected);
    }
  });

  it('starts a conference by TwiML: an app answering <Dial><Conference>, calls placed by Url and Twiml, the timeline read', () => {
    const code = shown('twiml.example.test.ts').join('\n');
    for (const expected of [/verifyTwilioSignature\(/, /<Dial action="\/after"><Conference>support-42<\/Conference><\/Dial>/,
      /Calls\.json/, /Url: `\$\{appUrl\}\/voice`/, /Twiml:\s+'<Response><Dial>/, /sandbox\.advance\(/, /sandbox\.calls\.timeline\(/]) {
      expect(code).toMatch(expected);
    }
  });

  it('runs the official twilio library in one line: its httpClient, both APIs paged, validateRequest on callbacks', () => {
    const code = shown('twilio-library.example.test.ts').join('\n');
    for (const expected of [/from 'twilio'/, /httpClient: sandbox\.twilioHttpClient/, /client\.conferences\.list\(\{ pageSize: 2 \}\)/,
      /client\.insights\.v1\.conferences\.list\(\{ pageSize: 2 \}\)/, /twilio\.validateRequest\(/, /rejects\.toMatchObject\(\{ status: 400, code: 20001 \}\)/]) {
      expect(code).toMatch(expected);
    }
    // The library is never re-pointed by hand: no baseUrl in what the reader copies.
    expect(code).not.toMatch(/baseUrl/);
  });

  it('tests a quality alert: a line made bad through the control surface, the tag, the MOS, the Tags filter', () => {
    const code = shown('quality.example.test.ts').join('\n');
    for (const expected of [/\/quality`/, /packetLossPercent: 25/, /high_packet_loss/, /metrics\?\.inbound\?\.mos/, /Tags: 'high_packet_loss'/]) {
      expect(code).toMatch(expected);
    }
  });

  it('tests a voice app end to end: a number configured, a call in, 1 pressed, a join, an agent, a transfer', () => {
    const code = shown('voice-app.example.test.ts').join('\n');
    for (const expected of [/from '@conference-kit\/client\/twiml'/, /twilio\.validateRequest\(/, /httpClient: sandbox\.twilioHttpClient/,
      /incomingPhoneNumbers\.create\(/, /sandbox\.calls\.incoming\(/, /pressDigits\('1'\)/, /participants\.create\(/, /update\(\{ twiml: transfer \}\)/]) {
      expect(code).toMatch(expected);
    }
  });

  it('opens the inspector and reads the conference timeline it draws through the control API', () => {
    const code = shown('inspector.example.test.ts').join('\n');
    for (const expected of [/\$\{sandbox\.url\}\//, /conferences\/\$\{conferenceSid\}\/timeline/, /'ringing', 'connected', 'hold'/]) {
      expect(code).toMatch(expected);
    }
    expect(builtPage('guide.html')).toContain('http://127.0.0.1:4010/');
  });

  it("shows a consumer's install next to the repository's", () => {
    const html = builtPage('guide.html');
    const sh = blocks.filter((b) => b.language === 'sh').map((b) => b.text);
    // Until the packages are on the registry, the tarballs pnpm pack:all writes (the consumer test
    // installs with the same line): no install line that fails.
    const install = 'npm i "$KIT"/conference-kit-types-*.tgz "$KIT"/conference-kit-client-*.tgz';
    expect(clientPackage.name).toBe('@conference-kit/client');
    expect(sh.some((text) => text.includes('pnpm pack:all') && text.includes(install))).toBe(true);
    expect(sh.some((text) => /npm i @conference-kit\//.test(text))).toBe(false);
    expect(sh.some((text) => text.includes('pnpm install && pnpm start'))).toBe(true);
    expect(html.indexOf('pnpm pack:all')).toBeLessThan(html.indexOf('pnpm install &amp;&amp; pnpm start'));
  });
});

describe.each(MODULES)('guide/%s', (file) => {
  it('has nothing outside its regions but comments and blank lines', () => {
    const outside = source(file)
      .replace(/^\/\/ #region ([a-z-]+)$[\s\S]*?^\/\/ #endregion \1$/gm, '')
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.trim().startsWith('//'));
    expect(outside).toEqual([]);
  });
});

/** Runs `load` with the environment given and console.log captured; returns what was logged. */
async function logged(env: Record<string, string | undefined>, load: () => Promise<unknown>): Promise<unknown[][]> {
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  try {
    await load();
    return log.mock.calls;
  } finally {
    log.mockRestore();
    vi.unstubAllEnvs();
  }
}

describe('guide/example.ts', () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startMockServer({ port: 0, logLevel: 'silent' });
  });
  afterAll(() => mock.close());

  it('runs every step top to bottom against the mock', async () => {
    const calls = await logged({ MOCK_URL: mock.url, TWILIO_ACCOUNT_SID: undefined, TWILIO_AUTH_TOKEN: undefined }, () => import('../guide/example.js'));
    const lines = calls.map((args) => args.map(String).join(' '));
    const step = (name: string) => lines.filter((line) => line.startsWith(`${name} `));
    expect(step('fetch')).toEqual([expect.stringMatching(/^fetch CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa /)]);
    expect(step('list')).toEqual([expect.stringMatching(/^list 3 next page: /)]);
    expect(step('update')).toEqual([expect.stringMatching(/^update completed /)]);
    expect(step('summary')).toEqual([expect.stringMatching(/^summary CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa /)]);
    expect(step('participant')).toEqual([expect.stringMatching(/^participant CP[0-9a-f]{32} /)]);
    // The paginate step follows the mock's next link to its last page.
    expect(step('item').length).toBeGreaterThan(2);
    // The error step met the mock's 400 naming the parameter.
    expect(calls.some((args) => args[0] === 400 && args[1] === 20001 && String(args[2]).includes("'PageSize'"))).toBe(true);
    // The participant added with a status callback, as the mock's example answers it.
    expect(step('added')).toEqual([expect.stringMatching(/^added CA[0-9a-f]{32} /)]);
  });
});

describe('guide/receiver.ts', () => {
  it('verifies and reads every status callback of a conference a sandbox runs, and refuses a forged one', async () => {
    const sandbox = await startSandbox({ clock: { frozen: true } });
    let server: import('node:http').Server | undefined;
    const calls = await logged({ TWILIO_AUTH_TOKEN: sandbox.authToken, PORT: '0' }, async () => {
      try {
        ({ server } = await import('../guide/receiver.js'));
        if (!server.listening) await once(server, 'listening');
        const callback = `http://127.0.0.1:${(server.address() as AddressInfo).port}/conference-events`;
        const twilio = createConferenceClient({ accountSid: sandbox.accountSid, authToken: sandbox.authToken, baseUrl: sandbox.url, fetch: sandbox.fetch });
        const AccountSid = sandbox.accountSid;
        const add = async (To: string) => {
          const { data, error } = await twilio.api.POST('/2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants.json', {
            params: { path: { AccountSid, ConferenceSid: 'guide-standup' } },
            body: { From: '+15555550100', To, ConferenceStatusCallback: callback, ConferenceStatusCallbackEvent: ['start', 'end', 'join', 'leave'] },
          });
          if (error) throw error;
          return data;
        };
        const first = await add('+15555550101');
        await add('+15555550102');
        sandbox.clock.advance(1_000); // both answer; the conference starts
        await sandbox.webhooks.waitFor((w) => w.event === 'conference-start');
        const { error } = await twilio.api.POST('/2010-04-01/Accounts/{AccountSid}/Conferences/{Sid}.json', {
          params: { path: { AccountSid, Sid: first.conference_sid } },
          body: { Status: 'completed' },
        });
        if (error) throw error;
        await sandbox.webhooks.waitFor((w) => w.event === 'conference-end');
        await sandbox.journal.settled();

        const deliveries = sandbox.journal.webhooks({ type: 'conference' });
        expect(deliveries.map((d) => d.event).sort()).toEqual(
          ['conference-end', 'conference-start', 'participant-join', 'participant-join', 'participant-leave', 'participant-leave'],
        );
        // The receiver answered 204 to each: the signature was good and the payload parsed.
        expect(deliveries.map((d) => [d.event, d.url, d.outcome, d.responseStatus])).toEqual(deliveries.map((d) => [d.event, callback, 'delivered', 204]));

        // Signed with another token, or not at all, the same form is refused before it is read.
        const form = new URLSearchParams(deliveries[0]!.params);
        const forged = await signTwilioRequest({ url: callback, authToken: 'not-the-token', params: form });
        for (const headers of [{ 'X-Twilio-Signature': forged.signature }, {}]) {
          const response = await fetch(callback, { method: 'POST', headers, body: form });
          expect(response.status).toBe(403);
        }
      } finally {
        server?.close();
        await sandbox.close();
      }
    });

    const conferenceSid = calls.find((args) => args[0] === 'started')?.[1];
    expect(conferenceSid).toMatch(/^CF[0-9a-f]{32}$/);
    const seen = calls.map(([what, sid, detail]) => [what, sid, detail]);
    expect(seen.filter(([what]) => what === 'started')).toEqual([['started', conferenceSid, 'guide-standup']]);
    expect(seen.filter(([what]) => what === 'joined')).toEqual([
      ['joined', expect.stringMatching(/^CA/), { muted: false }],
      ['joined', expect.stringMatching(/^CA/), { muted: false }],
    ]);
    expect(seen.filter(([what]) => what === 'left')).toEqual([
      ['left', expect.stringMatching(/^CA/), 'conference_ended_via_api'],
      ['left', expect.stringMatching(/^CA/), 'conference_ended_via_api'],
    ]);
    expect(seen.filter(([what]) => what === 'ended')).toEqual([['ended', conferenceSid, 'conference-ended-via-api']]);
    // Nothing else was logged: the forged requests never reached the switch.
    expect(calls).toHaveLength(6);
  });
});
