/**
 * The in-process `fetch` reads plain calls (a URL string, a headers object, a string body) and a
 * Request on its own without building a new Request. Whatever it is given, it must answer exactly as
 * when it is given the same request as a `new Request(input, init)`, the path that builds one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../src/index.js';

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());

const account = 'ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const authorization = `Basic ${Buffer.from(`${account}:token`).toString('base64')}`;
const participants = (name: string) => `/2010-04-01/Accounts/${account}/Conferences/${name}/Participants.json`;
const form = 'From=%2B15005550006&To=%2B15005550007';

const cases: Array<[string, string, RequestInit | undefined]> = [
  ['a fetch with no init', `/2010-04-01/Accounts/${account}/Conferences.json`, undefined],
  ['lower-case method and mixed-case names', `/2010-04-01/Accounts/${account}/Conferences.json?PageSize=2`, { method: 'get', headers: { Authorization: authorization, ACCEPT: 'application/json' } }],
  ['a name given twice in two cases', `/2010-04-01/Accounts/${account}/Conferences.json`, { headers: { authorization, Accept: 'text/html', accept: 'application/json' } }],
  ['values with surrounding whitespace', `/2010-04-01/Accounts/${account}/Conferences.json`, { headers: { authorization: ` ${authorization}\t`, accept: ' application/json ' } }],
  ['an empty value', `/2010-04-01/Accounts/${account}/Conferences.json`, { headers: { authorization, accept: '' } }],
  ['a Headers object', `/2010-04-01/Accounts/${account}/Conferences.json`, { headers: new Headers({ authorization, accept: 'application/xml' }) }],
  ['header pairs', `/2010-04-01/Accounts/${account}/Conferences.json`, { headers: [['authorization', authorization], ['x-a', '1'], ['x-a', '2']] }],
  ['a form body', participants('plain-form'), { method: 'POST', headers: { authorization, 'content-type': 'application/x-www-form-urlencoded' }, body: form }],
  ['a string body with no Content-Type', participants('no-type'), { method: 'post', headers: { authorization }, body: form }],
  ['a URLSearchParams body', participants('search-params'), { method: 'POST', headers: { authorization }, body: new URLSearchParams(form) }],
  ['a byte body', participants('bytes'), { method: 'POST', headers: { authorization, 'content-type': 'application/x-www-form-urlencoded' }, body: new TextEncoder().encode(form) }],
  ['a body past the limit', participants('large'), { method: 'POST', headers: { authorization, 'content-type': 'application/x-www-form-urlencoded' }, body: `${form}&x=${'a'.repeat(1024 * 1024)}` }],
  ['a PATCH', participants('patch'), { method: 'PATCH', headers: { authorization } }],
  ['a Host naming elsewhere', `/2010-04-01/Accounts/${account}/Conferences.json`, { headers: { authorization, host: 'evil.example' } }],
  ['an Origin naming elsewhere', `/2010-04-01/Accounts/${account}/Conferences.json`, { headers: { authorization, origin: 'https://evil.example' } }],
];

async function outcome(run: () => Promise<Response>): Promise<unknown> {
  try {
    const response = await run();
    const headers: Record<string, string> = {};
    response.headers.forEach((value, key) => {
      headers[key] = value;
    });
    return { status: response.status, headers, body: await response.text() };
  } catch (error) {
    return { threw: String(error) };
  }
}

describe('in-process fetch', () => {
  it.each(cases)('answers %s as it answers the same Request', async (_, path, init) => {
    // Each request is made twice (once per path), so a create names a conference of its own per path.
    const plain = await outcome(() => sandbox.fetch(sandbox.url + path.replace('/Conferences/', '/Conferences/a-'), init));
    const wrapped = await outcome(() => sandbox.fetch(new Request(sandbox.url + path.replace('/Conferences/', '/Conferences/b-'), init)));
    const sameNames = (value: unknown) => JSON.parse(JSON.stringify(value).replaceAll(/(CA|CF)[0-9a-f]{32}/g, '$1…').replaceAll(/\/Conferences\/[ab]-/g, '/Conferences/'));
    expect(sameNames(plain)).toEqual(sameNames(wrapped));
  });

  it('refuses what Request refuses, as Request does', async () => {
    const refusals: Array<[string, RequestInit | undefined]> = [
      ['/relative/path', undefined],
      [`${sandbox.url}/2010-04-01/Accounts.json`, { method: 'GET', body: 'x' }],
      [`${sandbox.url}/2010-04-01/Accounts.json`, { headers: { 'bad name': 'x' } }],
      [`${sandbox.url}/2010-04-01/Accounts.json`, { headers: { authorization: 'Basic €' } }],
      [`${sandbox.url}/2010-04-01/Accounts.json`, { method: 'CONNECT' }],
      [`http://user:secret@127.0.0.1/2010-04-01/Accounts.json`, undefined],
    ];
    for (const [input, init] of refusals) {
      const expected = await outcome(async () => new Response(String(new Request(input, init))));
      expect(await outcome(() => sandbox.fetch(input, init)), `${input} ${JSON.stringify(init)}`).toEqual(expected);
    }
  });

  it('reads a Request whose body was already read as fetch does: a TypeError', async () => {
    const request = new Request(sandbox.url + participants('used'), { method: 'POST', headers: { authorization }, body: form });
    await request.text();
    await expect(sandbox.fetch(request)).rejects.toThrow(TypeError);
  });
});
