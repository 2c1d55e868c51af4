/**
 * A seed streamed from JSON bytes (`seedStream`, what the mock's --seed-file uses) loads the same world
 * as the same seed given as an object, whatever the chunk boundaries; a seed the stream cannot read in
 * order still loads; and a bad one fails with the very error the object seed gives, loading nothing.
 */
import { describe, expect, it } from 'vitest';
import { type SandboxOptions, SeedError, createSandbox, seedStream } from '../src/index.js';
import { ACCOUNT, makeSandbox } from './helpers.js';

const NUMBER = '+15005550006';
const fixed: SandboxOptions = { clock: { frozen: true, now: '2025-03-03T12:00:00Z' }, sidSeed: 7, insightsDefaultWindowMs: null };

/**
 * A source giving `text` in chunks of `size` bytes (1 splits every token and every multi-byte character),
 * all in one buffer it overwrites, as the mock's file reader does.
 */
function source(text: string, size: number, reads = { count: 0 }) {
  const bytes = new TextEncoder().encode(text);
  return {
    name: 'seed.json',
    *chunks() {
      reads.count += 1;
      const buffer = new Uint8Array(size);
      for (let at = 0; at < bytes.length; at += size) {
        const chunk = bytes.subarray(at, at + size);
        buffer.set(chunk);
        yield buffer.subarray(0, chunk.length);
      }
    },
  };
}

/** A world with every kind of record: accounts, a number, calls with timelines, events, recordings. */
async function richSeed(): Promise<Record<string, unknown>> {
  const h = makeSandbox();
  await h.call('CreateIncomingPhoneNumber', {}, { body: { PhoneNumber: NUMBER, VoiceUrl: 'https://app.example.com/voice', FriendlyName: 'Désk ☎' } });
  const created = await h.call('CreateParticipant', { ConferenceSid: 'streamed-room' }, { body: { From: '+15555550100', To: '+15555550101', Label: 'first' } });
  expect(created.status).toBe(201);
  h.sandbox.clock.advance(5_000);
  const cf = (created.body as { conference_sid: string }).conference_sid;
  expect((await h.call('UpdateParticipant', { ConferenceSid: cf, CallSid: 'first' }, { body: { Muted: 'true' } })).status).toBe(200);
  return h.sandbox.exportSnapshot() as unknown as Record<string, unknown>;
}

describe('a streamed seed', () => {
  it('loads the same world as the same seed given as an object, whatever the chunk size', async () => {
    const seed = await richSeed();
    const expected = createSandbox({ ...fixed, seed }).exportSnapshot();
    expect(expected.conferences.length).toBeGreaterThan(5);
    expect(expected.numbers).toHaveLength(1);
    const text = JSON.stringify(seed, null, 1);
    for (const size of [1, 7, 4096, 1 << 20]) {
      const reads = { count: 0 };
      expect(createSandbox({ ...fixed, seed: seedStream(source(text, size, reads)) }).exportSnapshot(), `chunks of ${size}`).toEqual(expected);
      // Read once: streamed, not read again whole (which the reader does only for a seed it cannot stream).
      expect(reads.count).toBe(1);
    }
  });

  it('finds where each item ends whatever its strings hold and however the document is spaced', () => {
    // Brackets, braces, commas, quotes and backslashes inside strings, escapes split across chunks,
    // \u escapes, characters beyond the BMP, numbers split across chunks, every JSON whitespace.
    // JSON.stringify writes the quotes, backslashes and control character below as escapes.
    const tricky = 'a ] } , { [ \\" \\\\ \u0001 / 😀 Désk ☎ "quoted" \\';
    const seed = {
      version: 1,
      accounts: [{ sid: ACCOUNT, authToken: 'to"k]en', friendlyName: tricky }],
      numbers: [],
      conferences: [
        { accountSid: ACCOUNT, friendlyName: '}{][,"\\', status: 'completed', dateCreated: 1_700_000_000_123, participants: [{ from: '+15555550100', to: 'client:a"]}', label: 'x\u2028y' }] },
        { accountSid: ACCOUNT, friendlyName: 'second', status: 'in-progress', dateCreated: '2025-03-03T11:00:00Z', tags: ['high_jitter'], detectedIssues: {}, participants: [{ from: '+15555550100', to: '+15555550101' }] },
      ],
    };
    const expected = createSandbox({ ...fixed, seed }).exportSnapshot();
    const spaced = JSON.stringify(seed, null, '\t').replace(/\n/g, '\r\n \t').replace(/": /g, '" \t:\r\n ');
    expect(JSON.parse(spaced)).toEqual(seed);
    for (const text of [JSON.stringify(seed), spaced]) {
      for (const size of [1, 2, 3, 5, 64]) {
        const reads = { count: 0 };
        expect(createSandbox({ ...fixed, seed: seedStream(source(text, size, reads)) }).exportSnapshot(), `chunks of ${size}`).toEqual(expected);
        expect(reads.count, `chunks of ${size}: streamed`).toBe(1);
      }
    }
  });

  it('says what JSON.parse says of a document broken between or after the items', () => {
    const good = `{"accounts":[{"sid":"${ACCOUNT}","authToken":"t"}],"conferences":[{"friendlyName":"a","status":"completed"}]}`;
    const broken = [
      good.replace('}]}', '},]}'),
      good.replace('"conferences"', '"conferences",'),
      good.replace('}],"conf', '}]"conf'),
      `${good} x`,
      `${good}}`,
      good.replace('{"friendlyName"', '[{"friendlyName"'),
      good.replace('"status":"completed"}', '"status":"completed"'),
      good.replace('[{"sid"', '[{"sid"]'),
    ];
    for (const text of broken) {
      let parseMessage = '';
      try {
        JSON.parse(text);
      } catch (error) {
        parseMessage = (error as Error).message;
      }
      expect(parseMessage, text).not.toBe('');
      const sandbox = createSandbox({ ...fixed, seed: 'empty' });
      expect(() => sandbox.loadSeed(seedStream(source(text, 7))), text).toThrow(`seed.json is not valid JSON: ${parseMessage}`);
    }
  });

  it('loads a seed with its lists out of order, or a key given twice, as JSON.parse and the object seed do', async () => {
    const seed = await richSeed();
    const { conferences, accounts, numbers, calls } = seed;
    const texts = [
      JSON.stringify({ conferences, calls, numbers, accounts }),
      // JSON.parse keeps the last of a repeated key: no conferences at all.
      `${JSON.stringify(seed).slice(0, -1)},"conferences":[]}`,
    ];
    for (const text of texts) {
      const expected = createSandbox({ ...fixed, seed: JSON.parse(text) }).exportSnapshot();
      expect(createSandbox({ ...fixed, seed: seedStream(source(text, 64)) }).exportSnapshot()).toEqual(expected);
    }
  });

  it('fails with the object seed\'s error, and a sandbox that had a world keeps it', async () => {
    const seed = await richSeed();
    const conferences = seed.conferences as Array<Record<string, unknown>>;
    const bad: Array<[string, string]> = [
      ['a bad field in the fourth conference', JSON.stringify({ ...seed, conferences: conferences.map((c, i) => (i === 3 ? { ...c, status: 'sideways' } : c)) })],
      ['an unknown top-level key after the lists', JSON.stringify({ ...seed, extra: 1 })],
      ['conferences that are an object', JSON.stringify({ ...seed, conferences: { a: conferences[0] } })],
      ['a second active conference of the same name', JSON.stringify({ ...seed, conferences: [...conferences, { ...conferences.find((c) => c.status !== 'completed'), sid: undefined }] })],
    ];
    for (const [name, text] of bad) {
      const byObject = createSandbox({ ...fixed, seed });
      const byStream = createSandbox({ ...fixed, seed });
      const before = byStream.exportSnapshot();
      let objectError: unknown;
      try {
        byObject.loadSeed(JSON.parse(text));
      } catch (error) {
        objectError = error;
      }
      expect(objectError, name).toBeInstanceOf(SeedError);
      expect(() => byStream.loadSeed(seedStream(source(text, 100))), name).toThrow((objectError as Error).message);
      // Nothing was loaded; the SID generator moved as far as the object seed moved it.
      expect(byStream.exportSnapshot(), name).toEqual(byObject.exportSnapshot());
      expect(byStream.exportSnapshot().conferences, name).toEqual(before.conferences);
    }
  });

  it('says a file that is not JSON is not JSON, as JSON.parse words it, and refuses a byte order mark as JSON.parse does', () => {
    const sandbox = createSandbox({ ...fixed, seed: 'empty' });
    let parseMessage = '';
    try {
      JSON.parse('{"conferences": [{"friendlyName": "x"}');
    } catch (error) {
      parseMessage = (error as Error).message;
    }
    expect(() => sandbox.loadSeed(seedStream(source('{"conferences": [{"friendlyName": "x"}', 5)))).toThrow(`seed.json is not valid JSON: ${parseMessage}`);
    expect(() => sandbox.loadSeed(seedStream(source('\uFEFF{}', 5)))).toThrow(SyntaxError);
  });

  it('is read again from its source on reset()', async () => {
    const reads = { count: 0 };
    const text = JSON.stringify(await richSeed());
    const sandbox = createSandbox({ ...fixed, seed: seedStream(source(text, 1 << 16, reads)) });
    expect(reads.count).toBe(1);
    const loaded = sandbox.exportSnapshot();
    const res = await sandbox.handle('DeleteIncomingPhoneNumber', {
      pathParams: { AccountSid: ACCOUNT, Sid: (loaded.numbers[0] as { sid: string }).sid },
      query: {},
      body: {},
      auth: { username: ACCOUNT, password: 'token' },
    });
    expect(res.status).toBe(204);
    sandbox.reset();
    expect(reads.count).toBe(2);
    expect(sandbox.exportSnapshot().numbers).toEqual(loaded.numbers);
  });

  it('imports a snapshot as importSnapshot does with the object, and refuses a bad one with its error', async () => {
    const snapshot = await richSeed();
    const expected = createSandbox({ ...fixed, seed: 'empty' });
    expected.importSnapshot(snapshot);
    const streamed = createSandbox({ ...fixed, seed: 'empty' });
    const reads = { count: 0 };
    streamed.importSnapshot(seedStream(source(JSON.stringify(snapshot, null, 1), 4096, reads)));
    expect(streamed.exportSnapshot()).toEqual(expected.exportSnapshot());
    expect(reads.count).toBe(1);
    const noClock = JSON.stringify({ ...snapshot, clock: undefined });
    expect(() => streamed.importSnapshot(seedStream(source(noClock, 4096)))).toThrow(/^\$\.clock: expected an object/);
    expect(streamed.exportSnapshot()).toEqual(expected.exportSnapshot());
  });
});
