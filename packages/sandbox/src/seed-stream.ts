/**
 * A seed read as a stream of JSON bytes (the mock's `--seed-file`): each conference (call, number) becomes
 * records as soon as the streaming reader has parsed it, and the parsed item is dropped, so a seed of
 * 100,000 conferences never exists as a whole document beside the world it becomes. The host gives the
 * bytes (the engine does no I/O of its own) in synchronous chunks, so `createSandbox()` and `reset()`
 * stay synchronous.
 *
 * The streamed result is used only when it is certainly what `parseWorld()` makes of the whole document:
 * the lists come in the order the world is read (accounts, numbers, calls, conferences), no top-level key
 * is unknown or given twice, and every item is valid. Anything else (a reordered or broken file, a bad
 * field) is read again whole by `parseWorld()`, so a bad seed fails with exactly the error it always did.
 */
import { JSONParser } from '@streamparser/json';
import { type ParsedWorld, Reader, TOP_FIELDS, WorldParser, type WorldParserOptions, parseWorld } from './seed.js';

/** Where a streamed seed's bytes come from; read again each time the world is loaded (at start and on `reset()`). */
export interface SeedSource {
  /** What to call the seed in an error: a file's path. */
  name: string;
  /**
   * The UTF-8 JSON bytes in chunks, from the start. A source may reuse one buffer: a chunk is read
   * before the next is asked for, and what the reader keeps of it, it copies.
   */
  chunks(): Iterable<Uint8Array>;
}

/** A seed for `createSandbox({ seed })`, `reset()` and `loadSeed()` that is read as a stream from `source`. */
export class SeedStream {
  constructor(readonly source: SeedSource) {}
}

export function seedStream(source: SeedSource): SeedStream {
  if (typeof source?.chunks !== 'function' || typeof source.name !== 'string') throw new TypeError('seedStream() takes { name, chunks() }');
  return new SeedStream(source);
}
type ListKey = 'numbers' | 'calls' | 'conferences';
/** The order the world is read in; a part arriving after a later one sends the file to the whole-document path. */
const STAGE: Record<string, number> = { format: 0, version: 0, clock: 0, sidSeed: 0, accounts: 1, numbers: 2, calls: 3, conferences: 4 };

/** Thrown inside the stream when its result could differ from the whole-document reading. */
class NotStreamable extends Error {}
const notStreamable = new NotStreamable();

/** The records of the streamed seed; a SeedError names the bad field, a SyntaxError says it is not JSON. */
export function readSeedStream(seed: SeedStream, opts: WorldParserOptions): ParsedWorld {
  const sidStateBefore = opts.sids.seed;
  const streamed = streamWorld(seed.source, opts);
  if (streamed) return streamed;
  // The stream may have minted SIDs before it gave up: the whole-document reading mints the same ones.
  opts.sids.seed = sidStateBefore;
  return parseWorld(parseWhole(seed.source), opts);
}

function parseWhole(source: SeedSource): unknown {
  const chunks = Array.from(source.chunks(), (chunk) => chunk.slice());
  // ignoreBOM keeps a byte order mark in the text, so JSON.parse refuses it as it refuses it in a file read as UTF-8.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(concat(chunks));
  chunks.length = 0;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new SyntaxError(`${source.name} is not valid JSON: ${(error as Error).message}`);
  }
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  return all;
}

/** The world read as a stream, or null when only the whole-document reading can be trusted to be right. */
function streamWorld(source: SeedSource, opts: WorldParserOptions): ParsedWorld | null {
  const world = new WorldParser(opts);
  const header: Record<string, unknown> = {};
  const given = new Set<string>();
  let stage = 0;

  const reach = (next: number) => {
    if (next < stage) throw notStreamable;
    if (stage === 0 && next > 0) world.header(Reader.of(header, '$', TOP_FIELDS));
    stage = next;
  };
  // Every top-level value is handed over whole except the three lists, whose items come one by one.
  // keepStack: false has the reader drop each top-level value once handed over; the items of a list are
  // dropped here, so the list stays empty however long it is.
  const json = new JSONParser({ paths: ['$.*', '$.numbers.*', '$.calls.*', '$.conferences.*'], keepStack: false });
  json.onValue = ({ value, key, parent, stack }) => {
    if (stack.length === 2) {
      const list = stack[1]!.key as ListKey;
      // An object where a list belongs, or a list given twice: the whole-document reading says what is wrong.
      if (typeof key !== 'number' || given.has(list)) throw notStreamable;
      (parent as unknown[]).length = 0;
      reach(STAGE[list]!);
      const at = `$.${list}[${key}]`;
      if (list === 'conferences') world.conference(value, at);
      else if (list === 'calls') world.call(value, at);
      else world.number(value, at);
      return;
    }
    const name = String(key);
    // An unknown or repeated top-level key, or a top level that is not an object.
    if (typeof key !== 'string' || !Object.hasOwn(STAGE, name) || given.has(name)) throw notStreamable;
    given.add(name);
    if (STAGE[name] === 0) {
      if (stage > 0) throw notStreamable;
      header[name] = value;
    } else if (name === 'accounts') {
      reach(STAGE.accounts!);
      world.accounts(Reader.of({ accounts: value }, '$', TOP_FIELDS).list('accounts'));
    } else if (!Array.isArray(value)) throw notStreamable;
  };

  try {
    let first = true;
    for (const chunk of source.chunks()) {
      // The reader skips a byte order mark; JSON.parse refuses one, and so does the sandbox.
      if (first && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) return null;
      first = false;
      if (chunk.length > 0) json.write(chunk);
    }
    if (!json.isEnded) json.end();
    // Nothing at the top level (an empty world, or not an object): the document is small; read it whole.
    if (given.size === 0) return null;
    if (stage === 0) world.header(Reader.of(header, '$', TOP_FIELDS));
    return world.finish();
  } catch {
    // Not streamable, a bad item, bad JSON or bytes that are not UTF-8: the whole-document reading
    // reports each as it always has (and an unreadable source fails there too).
    return null;
  }
}
