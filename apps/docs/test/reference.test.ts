/**
 * The reference pages as built, read from the document each page renders (no browser needed):
 * - every operation of each bundled spec, whoever added it, carries a client sample and a curl sample;
 * - the client samples type-check against the workspace's @conference-kit/client, and both kinds run
 *   against the mock;
 * - the mock is listed as a second server on the page, while the spec bundles themselves are unchanged;
 * - no maintainer note about where Twilio's documentation disagrees reaches a reader.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startMockServer, type MockServer } from '@conference-kit/mock';
import { apiNames } from '@conference-kit/specs/contract';
import { maintainerNotes, operations, outputDir, renderedDefinition, typecheck, type OpenApiDocument } from './helpers.js';
// @ts-expect-error plain ESM helper without types
import { MOCK_SERVER } from '../scripts/decorate.mjs';

const require = createRequire(import.meta.url);
const bundle = (api: string) => JSON.parse(readFileSync(require.resolve(`@conference-kit/specs/${api}.json`), 'utf8')) as OpenApiDocument;
const ACCOUNT_SID = 'ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';

/** Every operation of every API with its samples as the built page shows them. */
const samples = apiNames.flatMap((api) => {
  const rendered = renderedDefinition(`${api}.html`);
  return operations(bundle(api)).map(({ path, method, operation }) => {
    const shown = (rendered.paths[path]?.[method] ?? {}) as { 'x-codeSamples'?: Array<{ label?: string; lang: string; source: string }> };
    const byLabel = new Map((shown['x-codeSamples'] ?? []).map((s) => [s.label ?? s.lang, s.source]));
    return { api, path, method, id: operation.operationId ?? `${method} ${path}`, client: byLabel.get('TypeScript'), curl: byLabel.get('curl') };
  });
});

describe('code samples on the reference pages', () => {
  it('are on every operation of both bundled specs', () => {
    expect(samples.length).toBeGreaterThanOrEqual(7);
    expect(samples.filter((s) => !s.client || !s.curl).map((s) => s.id)).toEqual([]);
  });

  it('call each operation by its own method and path', () => {
    for (const s of samples) {
      expect(s.client, s.id).toContain(`.${s.method.toUpperCase()}(`);
      expect(s.client, s.id).toContain(`'${s.path}'`);
      expect(s.curl, s.id).toMatch(/^curl -u "\$TWILIO_ACCOUNT_SID:\$TWILIO_AUTH_TOKEN"/m);
    }
  });

  it('type-check, client samples each as its own module, against @conference-kit/client', () => {
    const files = Object.fromEntries(samples.map((s) => [`${s.api}-${s.id}.ts`, s.client!]));
    expect(typecheck('reference-samples', files), 'see apps/docs/test-output/reference-samples/').toEqual([]);
  }, 60_000);

  describe('run against the mock', () => {
    let mock: MockServer;
    beforeAll(async () => {
      mock = await startMockServer({ port: 0, logLevel: 'silent' });
    });
    afterAll(() => mock.close());

    it.each(samples.map((s) => [s.id, s] as const))('the client sample of %s', async (_, s) => {
      const source = s.client!.replace(`// baseUrl: '${MOCK_SERVER.url}'`, `baseUrl: '${mock.url}'`);
      expect(source, 'the sample names the mock in a comment').not.toBe(s.client);
      // Written beside the type-checked copies so that '@conference-kit/client' resolves the same way.
      mkdirSync(join(outputDir, 'reference-samples'), { recursive: true });
      const file = join(outputDir, 'reference-samples', `${s.api}-${s.id}.run.ts`);
      writeFileSync(file, source);
      vi.stubEnv('TWILIO_ACCOUNT_SID', ACCOUNT_SID);
      vi.stubEnv('TWILIO_AUTH_TOKEN', 'token');
      const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
      let calls: unknown[][] = [];
      try {
        await import(pathToFileURL(file).href);
      } finally {
        calls = [...log.mock.calls];
        log.mockRestore();
        vi.unstubAllEnvs();
      }
      // The sample throws on an error answer; otherwise it logs what it got.
      expect(calls).toHaveLength(1);
      expect(calls[0]![0]).toEqual(expect.any(Object));
    });

    const hasCurl = ['/usr/bin/curl', '/bin/curl', '/usr/local/bin/curl'].some((p) => existsSync(p));
    // curl runs in a child process, asynchronously: the mock answers from this one.
    it.skipIf(!hasCurl).each(samples.map((s) => [s.id, s] as const))('the curl sample of %s', async (_, s) => {
      const server = bundle(s.api).servers?.[0]?.url ?? '';
      const source = s.curl!.replace(`"${server}`, `"${mock.url}`).replace(/^curl /m, "curl -sS --max-time 10 -o /dev/null -w '%{http_code}' ");
      expect(source, 'the sample calls the spec\'s first server').toContain(mock.url);
      const { stdout: status } = await promisify(execFile)('bash', ['-c', source], { env: { ...process.env, TWILIO_ACCOUNT_SID: ACCOUNT_SID, TWILIO_AUTH_TOKEN: 'token' }, encoding: 'utf8' });
      expect(status, source).toMatch(/^2\d\d$/);
    });
  });
});

describe('servers on the reference pages', () => {
  it.each(apiNames)('%s lists the spec\'s servers, then the mock', (api) => {
    const specServers = bundle(api).servers ?? [];
    expect(specServers.length).toBeGreaterThan(0);
    expect(specServers.map((s) => s.url)).not.toContain(MOCK_SERVER.url);
    expect(renderedDefinition(`${api}.html`).servers).toEqual([...specServers, MOCK_SERVER]);
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

  it.each(apiNames)('%s has no maintainer notes about where the documentation disagrees', (api) => {
    const notes = prose(renderedDefinition(`${api}.html`)).flatMap(([where, text]) => maintainerNotes(text).map((n) => `${where}: ${n}`));
    expect(notes).toEqual([]);
  });
});
