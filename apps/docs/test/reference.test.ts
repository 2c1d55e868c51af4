/**
 * The reference pages as built, read from the document each page renders (no browser needed):
 * - every operation of each bundled spec, whoever added it, carries a TypeScript sample and a curl sample;
 * - the TypeScript samples type-check (Twilio's APIs against the workspace's @conference-kit/client; the
 *   sandbox's control API with plain `fetch`), and both kinds run: Twilio's APIs against the mock in
 *   examples mode, the control API against a sandbox loaded with the world its examples name, every
 *   sample from that same starting state, with JSON bodies;
 * - the mock is listed as a second server on Twilio's API pages (the control API's one server is the
 *   mock's address already), while the spec bundles themselves are unchanged;
 * - no maintainer note about where Twilio's documentation disagrees reaches a reader.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startMockServer, startSandbox, type MockServer, type RunningSandbox } from '@conference-kit/mock';
import { controlApiNames, specNames } from '@conference-kit/specs/contract';
import { CONTROL_API_PHRASES, MAINTAINER_PHRASES, maintainerNotes, operations, outputDir, renderedDefinition, typecheck, type OpenApiDocument } from './helpers.js';
// @ts-expect-error plain ESM helper without types
import { MOCK_SERVER } from '../scripts/decorate.mjs';

const require = createRequire(import.meta.url);
const bundle = (api: string) => JSON.parse(readFileSync(require.resolve(`@conference-kit/specs/${api}.json`), 'utf8')) as OpenApiDocument;
const ACCOUNT_SID = 'ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const isControl = (api: string) => (controlApiNames as readonly string[]).includes(api);

/** Every operation of every API with its samples as the built page shows them. */
const samples = specNames.flatMap((api) => {
  const rendered = renderedDefinition(`${api}.html`);
  return operations(bundle(api)).map(({ path, method, operation }) => {
    const shown = (rendered.paths[path]?.[method] ?? {}) as { 'x-codeSamples'?: Array<{ label?: string; lang: string; source: string }> };
    const byLabel = new Map((shown['x-codeSamples'] ?? []).map((s) => [s.label ?? s.lang, s.source]));
    return { api, path, method, id: operation.operationId ?? `${method} ${path}`, client: byLabel.get('TypeScript'), curl: byLabel.get('curl') };
  });
});

describe('code samples on the reference pages', () => {
  it('are on every operation of every bundled spec, the sandbox control API included', () => {
    expect(samples.length).toBeGreaterThanOrEqual(17);
    expect(new Set(samples.map((s) => s.api))).toEqual(new Set(specNames));
    expect(samples.filter((s) => !s.client || !s.curl).map((s) => s.id)).toEqual([]);
  });

  it('call each operation by its own method and path', () => {
    for (const s of samples) {
      if (isControl(s.api)) {
        // Path parameters are filled in with their examples.
        const path = new RegExp(`\\$\\{sandbox\\}${s.path.replace(/\{[^}]+\}/g, '[A-Za-z0-9._-]+')}\``);
        expect(s.client, s.id).toContain(`method: '${s.method.toUpperCase()}'`);
        expect(s.client, s.id).toMatch(path);
        expect(s.client, s.id).not.toContain('@conference-kit/client');
      } else {
        expect(s.client, s.id).toContain(`.${s.method.toUpperCase()}(`);
        expect(s.client, s.id).toContain(`'${s.path}'`);
      }
      expect(s.curl, s.id).toMatch(/^curl -u "\$TWILIO_ACCOUNT_SID:\$TWILIO_AUTH_TOKEN"/m);
    }
  });

  it('send the control API\'s bodies as JSON, and Twilio\'s as forms', () => {
    for (const s of samples) {
      const operation = bundle(s.api).paths[s.path]?.[s.method] as { requestBody?: unknown } | undefined;
      if (!operation?.requestBody) continue;
      if (isControl(s.api)) {
        expect(s.client, s.id).toContain("'Content-Type': 'application/json'");
        expect(s.client, s.id).toContain('body: JSON.stringify(');
        expect(s.curl, s.id).toContain("-H 'Content-Type: application/json'");
        expect(s.curl, s.id).toMatch(/--data '[{[]/);
        expect(s.curl, s.id).not.toContain('--data-urlencode');
      } else {
        expect(s.curl, s.id).not.toMatch(/--data '/);
      }
    }
  });

  it('type-check, client samples each as its own module, against @conference-kit/client', () => {
    const files = Object.fromEntries(samples.map((s) => [`${s.api}-${s.id}.ts`, s.client!]));
    expect(typecheck('reference-samples', files), 'see apps/docs/test-output/reference-samples/').toEqual([]);
  }, 60_000);

  const twilioSamples = samples.filter((s) => !isControl(s.api));
  const controlSamples = samples.filter((s) => isControl(s.api));
  const hasCurl = ['/usr/bin/curl', '/bin/curl', '/usr/local/bin/curl'].some((p) => existsSync(p));
  /** Runs a sample module written beside the type-checked copies, so that imports resolve the same way. */
  async function runModule(name: string, source: string): Promise<unknown[][]> {
    mkdirSync(join(outputDir, 'reference-samples'), { recursive: true });
    const file = join(outputDir, 'reference-samples', `${name}.run.ts`);
    writeFileSync(file, source);
    vi.stubEnv('TWILIO_ACCOUNT_SID', ACCOUNT_SID);
    vi.stubEnv('TWILIO_AUTH_TOKEN', 'token');
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      await import(pathToFileURL(file).href);
      return [...log.mock.calls];
    } finally {
      log.mockRestore();
      vi.unstubAllEnvs();
    }
  }
  /** Runs a curl sample with its server replaced; resolves the HTTP status. */
  async function runCurl(curl: string, server: string, url: string): Promise<string> {
    // A stream's sample follows it for a minute: here, two seconds of it are enough to see it answer.
    const stream = curl.includes(' -N --max-time 60');
    const source = curl
      .replace(`"${server}`, `"${url}`)
      .replace(' -N --max-time 60', ' -N --max-time 2')
      .replace(/^curl /m, `curl -sS ${stream ? '' : '--max-time 10 '}-o /dev/null -w '%{http_code}' `);
    expect(source, 'the sample calls the spec\'s first server').toContain(url);
    const env = { ...process.env, TWILIO_ACCOUNT_SID: ACCOUNT_SID, TWILIO_AUTH_TOKEN: 'token' };
    try {
      const { stdout } = await promisify(execFile)('bash', ['-c', source], { env, encoding: 'utf8' });
      return stdout;
    } catch (error) {
      // curl's exit 28 is its --max-time: for a stream that stays open, the status it printed is the answer.
      const { code, stdout } = error as { code?: number; stdout?: string };
      if (stream && code === 28 && stdout) return stdout;
      throw error;
    }
  }

  describe('run against the mock (examples mode)', () => {
    let mock: MockServer;
    beforeAll(async () => {
      mock = await startMockServer({ port: 0, logLevel: 'silent' });
    });
    afterAll(() => mock.close());

    it.each(twilioSamples.map((s) => [s.id, s] as const))('the client sample of %s', async (_, s) => {
      const source = s.client!.replace(`// baseUrl: '${MOCK_SERVER.url}'`, `baseUrl: '${mock.url}'`);
      expect(source, 'the sample names the mock in a comment').not.toBe(s.client);
      const calls = await runModule(`${s.api}-${s.id}`, source);
      // The sample throws on an error answer; otherwise it logs what it got: the body, or for an
      // operation that answers without one, the status.
      expect(calls).toHaveLength(1);
      if (typeof calls[0]![0] === 'number') expect(calls[0]![0]).toBe(204);
      else expect(calls[0]![0]).toEqual(expect.any(Object));
    });

    // curl runs in a child process, asynchronously: the mock answers from this one.
    it.skipIf(!hasCurl).each(twilioSamples.map((s) => [s.id, s] as const))('the curl sample of %s', async (_, s) => {
      const status = await runCurl(s.curl!, bundle(s.api).servers?.[0]?.url ?? '', mock.url);
      expect(status, s.curl).toMatch(/^2\d\d$/);
    });
  });

  describe('run against a sandbox', () => {
    // The world the control API's examples name (its CA… and CF… SIDs): the first example of CreateSandboxSeed,
    // on the frozen clock that example is written for. Every sample starts from this same state.
    let sandbox: RunningSandbox;
    let start: unknown;
    beforeAll(async () => {
      const seedOperation = controlSamples.find((s) => s.id === 'CreateSandboxSeed')!;
      const body = (bundle(seedOperation.api).paths[seedOperation.path]![seedOperation.method] as { requestBody: { content: Record<string, { examples: Record<string, { $ref?: string; value?: unknown }> }> } }).requestBody.content['application/json']!;
      const first = Object.values(body.examples)[0]!;
      const components = (bundle(seedOperation.api) as unknown as { components: { examples: Record<string, { value: unknown }> } }).components;
      const seed = first.$ref ? components.examples[first.$ref.split('/').pop()!]!.value : first.value;
      sandbox = await startSandbox({ seed: seed as never, clock: { frozen: true, now: '2025-03-03T12:00:00Z' } });
      start = sandbox.sandbox.exportSnapshot();
    });
    beforeEach(() => sandbox.sandbox.importSnapshot(start));
    afterAll(() => sandbox?.close());

    it.each(controlSamples.map((s) => [s.id, s] as const))('the TypeScript sample of %s', async (_, s) => {
      const source = s.client!.replace(`const sandbox = '${MOCK_SERVER.url}'`, `const sandbox = '${sandbox.url}'`);
      expect(source, 'the sample names the sandbox\'s default address').not.toBe(s.client);
      const calls = await runModule(`${s.api}-${s.id}`, source);
      // The sample throws on an error answer; otherwise it logs the status and the body.
      expect(calls).toHaveLength(1);
      expect(calls[0]![0]).toBeGreaterThanOrEqual(200);
      expect(calls[0]![0]).toBeLessThan(300);
    });

    it.skipIf(!hasCurl).each(controlSamples.map((s) => [s.id, s] as const))('the curl sample of %s', async (_, s) => {
      const status = await runCurl(s.curl!, bundle(s.api).servers?.[0]?.url ?? '', sandbox.url);
      expect(status, s.curl).toMatch(/^2\d\d$/);
    });
  });
});

describe('servers on the reference pages', () => {
  it.each(specNames.filter((api) => !isControl(api)))('%s lists the spec\'s servers, then the mock', (api) => {
    const specServers = bundle(api).servers ?? [];
    expect(specServers.length).toBeGreaterThan(0);
    expect(specServers.map((s) => s.url)).not.toContain(MOCK_SERVER.url);
    expect(renderedDefinition(`${api}.html`).servers).toEqual([...specServers, MOCK_SERVER]);
  });

  it.each(controlApiNames)('%s lists its one server, the mock\'s address, once', (api) => {
    const specServers = bundle(api).servers ?? [];
    expect(specServers.map((s) => s.url)).toEqual([MOCK_SERVER.url]);
    expect(renderedDefinition(`${api}.html`).servers).toEqual(specServers);
  });
});

describe('what the reference pages say', () => {
  /** Every description, summary and title in the document a page renders, with where it is. */
  function prose(value: unknown, at = ''): Array<[string, string]> {
    if (Array.isArray(value)) return value.flatMap((v, i) => prose(v, `${at}/${i}`));
    if (!value || typeof value !== 'object') return [];
    return Object.entries(value).flatMap(([key, v]): Array<[string, string]> => {
      if (key === 'x-codeSamples') return [];
      if (typeof v === 'string' && ['description', 'summary', 'title', 'x-displayName'].includes(key)) return [[`${at}/${key}`, v]];
      return prose(v, `${at}/${key}`);
    });
  }

  it.each(specNames)('%s has no maintainer notes about where the documentation disagrees', (api) => {
    const phrases = isControl(api) ? CONTROL_API_PHRASES : MAINTAINER_PHRASES;
    const notes = prose(renderedDefinition(`${api}.html`)).flatMap(([where, text]) => maintainerNotes(text, phrases).map((n) => `${where}: ${n}`));
    expect(notes).toEqual([]);
  });
});
