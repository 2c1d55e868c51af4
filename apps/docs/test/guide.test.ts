/**
 * The guide's code, held to what a reader gets:
 * - the TypeScript the BUILT guide.html shows, concatenated in page order, type-checks against the
 *   workspace's @conference-kit/client as one module — nothing the snippets need is hidden;
 * - guide/example.ts, which those snippets are cut from, has nothing outside them but comments, and runs
 *   top to bottom against the mock, so what compiles is also what works.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startMockServer, type MockServer } from '@conference-kit/mock';
import clientPackage from '@conference-kit/client/package.json' with { type: 'json' };
import { appDir, builtPage, codeBlocks, typecheck } from './helpers.js';

const example = readFileSync(join(appDir, 'guide', 'example.ts'), 'utf8');
const regionNames = [...example.matchAll(/^\/\/ #region ([a-z-]+)$/gm)].map((m) => m[1]!);

describe('the guide as built', () => {
  const blocks = codeBlocks(builtPage('guide.html'));
  const typescript = blocks.filter((b) => b.language === 'ts');

  it('labels every code block with its language, and shows every region of the example', () => {
    expect(blocks.filter((b) => b.language === undefined).map((b) => b.text)).toEqual([]);
    expect(new Set(blocks.map((b) => b.language))).toEqual(new Set(['sh', 'ts']));
    expect(regionNames.length).toBeGreaterThanOrEqual(7);
    expect(typescript.length).toBe(regionNames.length);
  });

  it('type-checks the TypeScript it shows, concatenated in page order, against @conference-kit/client', () => {
    const diagnostics = typecheck('guide-snippets', { 'guide-snippets.ts': typescript.map((b) => b.text).join('\n\n') });
    expect(diagnostics, 'see apps/docs/test-output/guide-snippets/guide-snippets.ts').toEqual([]);
  });

  it('shows the set-up first: the import and the client every later snippet uses', () => {
    expect(typescript[0]!.text).toContain("from '@conference-kit/client'");
    expect(typescript[0]!.text).toMatch(/const twilio = createConferenceClient\(/);
    for (const block of typescript.slice(1)) expect(block.text).not.toMatch(/^import /m);
  });

  it("shows a consumer's install next to the repository's", () => {
    const html = builtPage('guide.html');
    const sh = blocks.filter((b) => b.language === 'sh').map((b) => b.text);
    expect(sh).toContain(`npm i ${clientPackage.name}`);
    expect(sh.some((text) => text.includes('pnpm install && pnpm start'))).toBe(true);
    expect(html.indexOf(`npm i ${clientPackage.name}`)).toBeLessThan(html.indexOf('pnpm install &amp;&amp; pnpm start'));
  });
});

describe('guide/example.ts', () => {
  it('has nothing outside its regions but comments and blank lines', () => {
    const outside = example
      .replace(/^\/\/ #region ([a-z-]+)$[\s\S]*?^\/\/ #endregion \1$/gm, '')
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.trim().startsWith('//'));
    expect(outside).toEqual([]);
  });

  let mock: MockServer;
  beforeAll(async () => {
    mock = await startMockServer({ port: 0, logLevel: 'silent' });
  });
  afterAll(() => mock.close());

  it('runs every step top to bottom against the mock', async () => {
    vi.stubEnv('MOCK_URL', mock.url);
    vi.stubEnv('TWILIO_ACCOUNT_SID', undefined);
    vi.stubEnv('TWILIO_AUTH_TOKEN', undefined);
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    let calls: unknown[][] = [];
    try {
      await import('../guide/example.js');
    } finally {
      calls = [...log.mock.calls];
      log.mockRestore();
      vi.unstubAllEnvs();
    }
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
  });
});
