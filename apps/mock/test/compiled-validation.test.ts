/**
 * Sandbox mode validates with validators compiled at build time instead of loading Prism. These hold
 * them to Prism: the build's operations are what Prism reads from the specs now (a stale build fails
 * here), and for every operation and a spread of good and bad paths, queries and bodies, the compiled
 * validation finds exactly what Prism's own validateInput finds — same messages, paths and order.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { getHttpOperationsFromSpec, type IHttpRequest } from '@stoplight/prism-http';
import { validateInput } from '@stoplight/prism-http/dist/validator/index.js';
import type { IHttpOperation } from '@stoplight/types';
import { describe, expect, it } from 'vitest';
import { builtFile, loadOperations, specNames } from '../src/operations.js';
import { loadRequestValidator } from '../src/validation/request-validator.js';

const require = createRequire(import.meta.url);
const validate = loadRequestValidator(builtFile('validators.cjs'));

describe('the build output', () => {
  it('holds the operations Prism reads from the specs as they are now', async () => {
    for (const name of specNames) {
      const fromSpec = await getHttpOperationsFromSpec(require.resolve(`@conference-kit/specs/${name}.json`));
      const built = (await loadOperations([name])).operations;
      expect(built, `${name}: rebuild the mock (pnpm build)`).toEqual(JSON.parse(JSON.stringify(fromSpec)));
    }
  });

  it('lets startSandbox() answer without loading Prism', async () => {
    const script = `
      const { startSandbox } = await import(${JSON.stringify(fileURLToPath(new URL('../dist/index.js', import.meta.url)))});
      const sandbox = await startSandbox();
      const answer = await sandbox.fetch(sandbox.url + '/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Conferences.json?PageSize=0', {
        headers: { authorization: 'Basic ' + Buffer.from('ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa:token').toString('base64') },
      });
      const body = await answer.json();
      await sandbox.close();
      const { createRequire } = await import('node:module');
      const loaded = Object.keys(createRequire(import.meta.url).cache).filter((f) => /prism-http[\\\\/]dist[\\\\/](index|mocker|router|client)|json-schema-faker/.test(f));
      console.log(JSON.stringify({ status: answer.status, message: body.message, loaded }));
    `;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { timeout: 30_000 });
    const outcome = JSON.parse(stdout) as { status: number; message: string; loaded: string[] };
    expect(outcome.status).toBe(400);
    expect(outcome.message).toMatch(/'PageSize' must be >= 1/);
    expect(outcome.loaded).toEqual([]);
  });
});

const SAMPLE_VALUES = ['CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'not-a-sid', '%41%42%zz', ''];
const QUERIES: Array<Record<string, string | string[]>> = [
  {},
  { PageSize: '0' },
  { PageSize: '20', Page: '1', PageToken: 'PT1' },
  { PageSize: 'abc', Status: 'bogus' },
  { pagesize: '5000', status: 'completed' },
  { PageSize: ['1', '2'] },
  { Page: '' },
  { 'DateCreated<': '2021-13-01', 'DateCreated>': '2021-01-01', DateCreated: 'yesterday' },
  { FriendlyName: 'x'.repeat(300), Muted: 'maybe', Hold: 'true', Coaching: 'false' },
  { Status: ['completed', 'in-progress'], Unknown: 'x' },
  { Types: 'a,b', Tags: 'x', ProcessingState: 'complete', Subaccount: 'ACx' },
  { Order: 'desc', Kind: 'bogus', Since: '2020-01-01T00:00:00Z', From: '+1', To: 'x' },
];
const FORM_BODIES = [
  '',
  'From=%2B15005550006&To=%2B15005550007',
  'From=%2B15005550006&To=%2B15005550007&StatusCallbackEvent=initiated&StatusCallbackEvent=bogus',
  'From=a,b&To=%2B1',
  'Muted=maybe&Hold=1&Timeout=abc&Status=completed',
  'Status=bogus&AnnounceUrl=not%20a%20url&Url=http%3A%2F%2Fexample.com&Method=GET',
  'StatusCallbackEvent=%5B%7B%22a%22%3A1%7D',
  'From=%E0%A4%A&To=x+y',
  'Twiml=%3CResponse%2F%3E&Url=https%3A%2F%2Fexample.com%2Fa&VoiceUrl=ftp%3A%2F%2Fx',
  'Label=x&MaxParticipants=0&EarlyMedia=yes&Beep=onExit&Record=sometimes&Region=mars',
];
const JSON_BODIES: unknown[] = [{}, null, 0, false, '', [], { digits: 5 }, { digits: '12#' }, { text: 'hi', confidence: 2 }, { ms: -1, frozen: 'yes' }, { from: '+1', to: 'x' }];

function prismFindings(operation: IHttpOperation, path: string, query: Record<string, string | string[]>, mediaType: string | undefined, body: unknown) {
  const headers: Record<string, string> = { authorization: 'Basic cmVkYWN0ZWQ6cmVkYWN0ZWQ=', accept: 'application/json' };
  if (body !== undefined && mediaType) headers['content-type'] = mediaType;
  const element: IHttpRequest = { method: operation.method as IHttpRequest['method'], url: { path, query }, headers, body };
  const outcome = validateInput({ resource: operation, element });
  return outcome._tag === 'Left' ? outcome.left : [];
}

/** What a validation gives, or what it throws (a path that is not valid percent-encoding, which the pipeline refuses first). */
function outcome(run: () => unknown): unknown {
  try {
    return run();
  } catch (error) {
    return { threw: String(error) };
  }
}

describe('compiled request validation', () => {
  it('finds what Prism finds, for every operation', async () => {
    const { operations } = await loadOperations(specNames);
    let compared = 0;
    let refused = 0;
    for (const operation of operations) {
      const paths = SAMPLE_VALUES.map((value) => operation.path.replace(/\{[^}]+\}/g, value));
      const bodies: Array<[string | undefined, unknown]> = [[undefined, undefined]];
      for (const content of operation.request?.body?.contents ?? []) {
        const samples = content.mediaType === 'application/json' ? JSON_BODIES : FORM_BODIES;
        for (const body of samples) bodies.push([content.mediaType, body]);
      }
      for (const path of paths) {
        for (const query of QUERIES) {
          for (const [mediaType, body] of bodies) {
            const expected = outcome(() => prismFindings(operation, path, query, mediaType, body));
            const found = outcome(() => validate(operation, { path, query, mediaType, body }));
            expect(found, `${operation.iid} ${path} ${JSON.stringify(query)} ${mediaType} ${JSON.stringify(body)}`).toEqual(expected);
            compared++;
            if (Array.isArray(expected) && expected.length > 0) refused++;
          }
        }
      }
    }
    // Most of the corpus is refused somewhere: the comparison is about messages, not about agreeing on "valid".
    expect(compared).toBeGreaterThan(10_000);
    expect(refused).toBeGreaterThan(compared / 2);
  });
});
