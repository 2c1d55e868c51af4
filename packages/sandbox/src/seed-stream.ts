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
 *
 * The stream is not parsed token by token: `TopLevelSplitter` only finds where each top-level value and
 * each list item ends, and `JSON.parse` (native, several times faster than a reader written in
 * JavaScript, and with far less garbage) reads each of those whole.
 */
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
const LISTS: ReadonlySet<string> = new Set<ListKey>(['numbers', 'calls', 'conferences']);

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

/** What the splitter hands over: each top-level value but the lists, whose items come one by one. */
interface TopLevelSink {
  value(key: string, value: unknown): void;
  listStart(key: ListKey): void;
  item(key: ListKey, index: number, value: unknown): void;
}

const enum Expect {
  Open,
  FirstKey,
  Key,
  Colon,
  Value,
  FirstItem,
  Item,
  AfterItem,
  AfterValue,
  Done,
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
/** How a JSON value may begin: an object, an array, a string, a number, true, false, null. */
const startsValue = (c: number) => c === 0x7b || c === 0x5b || c === QUOTE || c === 0x2d || (c >= 0x30 && c <= 0x39) || c === 0x74 || c === 0x66 || c === 0x6e;
const closesScalar = (c: number) => c === 0x2c || c === 0x7d || c === 0x5d || isSpace(c);

/**
 * Reads a JSON object arriving as text in pieces, checking its top level (`{ "key": value, … }`, and
 * `[ item, … ]` for the three lists) itself and handing each value or item, sliced out, to `JSON.parse`,
 * which checks the rest. Anything it does not expect throws `notStreamable`: the document is then read
 * whole, which reports what is wrong. The scan of a value resumes where it stopped when more text
 * comes, so a value spanning many chunks is scanned once.
 */
class TopLevelSplitter {
  private text = '';
  /** The first character not consumed yet. */
  private pos = 0;
  private expect = Expect.Open;
  private key = '';
  private index = 0;
  /** Where the scan of the value starting at `pos` stopped, or -1 when none is under way. */
  private scanAt = -1;
  private depth = 0;
  private inString = false;

  constructor(private readonly sink: TopLevelSink) {}

  write(chunk: string): void {
    const carried = this.text.length - this.pos;
    if (this.scanAt >= 0) this.scanAt -= this.pos;
    this.text = carried === 0 ? chunk : this.text.slice(this.pos) + chunk;
    this.pos = 0;
    this.run();
  }

  end(): void {
    if (this.expect !== Expect.Done) throw notStreamable;
  }

  private run(): void {
    const text = this.text;
    const n = text.length;
    for (;;) {
      let c = 0;
      while (this.pos < n && isSpace((c = text.charCodeAt(this.pos)))) this.pos++;
      if (this.pos >= n) return;
      switch (this.expect) {
        case Expect.Open:
          if (c !== 0x7b) throw notStreamable;
          this.pos++;
          this.expect = Expect.FirstKey;
          break;
        case Expect.FirstKey:
        case Expect.Key: {
          // `{}` is not streamed (it has no lists), and neither is a trailing comma: the whole reading says which.
          if (c !== QUOTE) throw notStreamable;
          const end = this.scan();
          if (end < 0) return;
          this.key = JSON.parse(text.slice(this.pos, end)) as string;
          this.pos = end;
          this.expect = Expect.Colon;
          break;
        }
        case Expect.Colon:
          if (c !== 0x3a) throw notStreamable;
          this.pos++;
          this.expect = Expect.Value;
          break;
        case Expect.Value:
          if (LISTS.has(this.key)) {
            // An object (or anything else) where a list belongs: the whole-document reading says what is wrong.
            if (c !== 0x5b) throw notStreamable;
            this.pos++;
            this.index = 0;
            this.sink.listStart(this.key as ListKey);
            this.expect = Expect.FirstItem;
          } else {
            const end = this.scan();
            if (end < 0) return;
            this.sink.value(this.key, JSON.parse(text.slice(this.pos, end)));
            this.pos = end;
            this.expect = Expect.AfterValue;
          }
          break;
        case Expect.FirstItem:
        case Expect.Item: {
          if (c === 0x5d && this.expect === Expect.FirstItem) {
            this.pos++;
            this.expect = Expect.AfterValue;
            break;
          }
          const end = this.scan();
          if (end < 0) return;
          this.sink.item(this.key as ListKey, this.index++, JSON.parse(text.slice(this.pos, end)));
          this.pos = end;
          this.expect = Expect.AfterItem;
          break;
        }
        case Expect.AfterItem:
          if (c === 0x2c) this.expect = Expect.Item;
          else if (c === 0x5d) this.expect = Expect.AfterValue;
          else throw notStreamable;
          this.pos++;
          break;
        case Expect.AfterValue:
          if (c === 0x2c) this.expect = Expect.Key;
          else if (c === 0x7d) this.expect = Expect.Done;
          else throw notStreamable;
          this.pos++;
          break;
        case Expect.Done:
          throw notStreamable;
      }
    }
  }

  /**
   * The end of the value starting at `pos` (the index just after it), or -1 when the text ends before
   * it does. It only delimits: brackets are counted without matching them and a number is taken up to
   * the next delimiter, since JSON.parse refuses whatever is not a value.
   */
  private scan(): number {
    const text = this.text;
    const n = text.length;
    let i = this.scanAt;
    if (i < 0) {
      const first = text.charCodeAt(this.pos);
      if (!startsValue(first)) throw notStreamable;
      if (first !== QUOTE && first !== 0x7b && first !== 0x5b) {
        // A number, true, false or null: it ends at the next delimiter.
        this.depth = 0;
        this.inString = false;
        for (i = this.pos + 1; i < n; i++) if (closesScalar(text.charCodeAt(i))) return i;
        this.scanAt = i;
        return -1;
      }
      i = this.pos;
      this.depth = 0;
      this.inString = false;
    } else if (this.depth === 0 && !this.inString) {
      // Resuming a scalar.
      for (; i < n; i++) if (closesScalar(text.charCodeAt(i))) return this.scanned(i);
      this.scanAt = i;
      return -1;
    }
    let { depth, inString } = this;
    while (i < n) {
      if (inString) {
        // Most of a seed is inside strings: the next quote is found by indexOf, and it closes the string
        // unless an odd number of backslashes comes before it (the text holds the whole value so far).
        const quote = text.indexOf('"', i);
        if (quote < 0) {
          i = n;
          break;
        }
        let before = quote - 1;
        while (text.charCodeAt(before) === BACKSLASH) before--;
        i = quote + 1;
        if ((quote - 1 - before) % 2 === 1) continue;
        inString = false;
        if (depth === 0) return this.scanned(i);
        continue;
      }
      const c = text.charCodeAt(i++);
      if (c === QUOTE) inString = true;
      else if (c === 0x7b || c === 0x5b) depth++;
      else if (c === 0x7d || c === 0x5d) {
        if (--depth === 0) return this.scanned(i);
      }
    }
    this.scanAt = i;
    this.depth = depth;
    this.inString = inString;
    return -1;
  }

  private scanned(end: number): number {
    this.scanAt = -1;
    return end;
  }
}

/**
 * Text is decoded this much at a time: a string under V8's large-object size (128 KiB) is born in the
 * young generation and dies there cheaply, where a megabyte of text waits in the large-object space for
 * a full collection (a hundred of them did at 100,000 conferences).
 */
const TEXT_PIECE_BYTES = 64 * 1024;

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
  /** Each top-level key once, and only those the world knows. */
  const give = (name: string) => {
    if (!Object.hasOwn(STAGE, name) || given.has(name)) throw notStreamable;
    given.add(name);
  };
  const splitter = new TopLevelSplitter({
    value(name, value) {
      give(name);
      if (STAGE[name] === 0) {
        if (stage > 0) throw notStreamable;
        header[name] = value;
      } else {
        reach(STAGE.accounts!);
        world.accounts(Reader.of({ accounts: value }, '$', TOP_FIELDS).list('accounts'));
      }
    },
    listStart(list) {
      give(list);
      reach(STAGE[list]!);
    },
    item(list, index, value) {
      const at = `$.${list}[${index}]`;
      if (list === 'conferences') world.conference(value, at);
      else if (list === 'calls') world.call(value, at);
      else world.number(value, at);
    },
  });

  try {
    // ignoreBOM keeps a byte order mark in the text, so the splitter refuses it as JSON.parse refuses it
    // in a file read as UTF-8; a character split between chunks is decoded whole.
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
    for (const chunk of source.chunks()) {
      for (let at = 0; at < chunk.length; at += TEXT_PIECE_BYTES) {
        splitter.write(decoder.decode(chunk.subarray(at, at + TEXT_PIECE_BYTES), { stream: true }));
      }
    }
    const rest = decoder.decode();
    if (rest.length > 0) splitter.write(rest);
    splitter.end();
    // Nothing at the top level (an empty world): the document is small; read it whole.
    if (given.size === 0) return null;
    if (stage === 0) world.header(Reader.of(header, '$', TOP_FIELDS));
    return world.finish();
  } catch {
    // Not streamable, a bad item, bad JSON or bytes that are not UTF-8: the whole-document reading
    // reports each as it always has (and an unreadable source fails there too).
    return null;
  }
}
