/**
 * `--seed-file`: the seed streamed from its file in fixed-size chunks, so the engine reads it item by item
 * and never holds the whole document (see @conference-kit/sandbox's seedStream). The file is read again
 * on each reset, which returns to the seed as the file stands then.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { type SeedStream, seedStream } from '@conference-kit/sandbox';

/** Large enough that the JSON reader, not the system calls, sets the pace. */
const CHUNK_BYTES = 1 << 20;

export function seedFromFile(file: string): SeedStream {
  return seedStream({
    name: file,
    *chunks() {
      const fd = openSync(file, 'r');
      try {
        // One buffer for the whole file: the reader is done with a chunk before it asks for the next
        // (a fresh megabyte per read left a hundred of them for the collector at 100,000 conferences).
        const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
        for (;;) {
          const bytes = readSync(fd, buffer, 0, CHUNK_BYTES, null);
          if (bytes === 0) return;
          yield buffer.subarray(0, bytes);
        }
      } finally {
        closeSync(fd);
      }
    },
  });
}
