/**
 * What a live view of the sandbox follows, in one subscription: journal entries as they are recorded and
 * as their deliveries end, clock changes, and the world being replaced. The host turns it into
 * server-sent events (FetchSandboxEventStream); nothing here knows about HTTP.
 */
import type { SandboxClock } from './clock.js';
import type { Journal, JournalEntry } from './journal.js';

export type WorldReplaced = 'reset' | 'seed' | 'snapshot';

export type SandboxChange =
  /** An entry recorded or changed; `entry` is a copy as it stands (see `Journal.present`), `revision` the journal's after it. */
  | { type: 'journal'; revision: number; entry: JournalEntry }
  /** The clock was frozen, unfrozen, advanced or restored. */
  | { type: 'clock' }
  /** The world was replaced (and, on a reset, the journal cleared). */
  | { type: 'replaced'; cause: WorldReplaced };

export interface LiveFeed {
  subscribe(listener: (change: SandboxChange) => void): () => void;
  /** For the sandbox to call once the world has been replaced. */
  replaced(cause: WorldReplaced): void;
}

export function createLiveFeed(journal: Journal, clock: SandboxClock): LiveFeed {
  const listeners = new Set<(change: SandboxChange) => void>();
  const tell = (change: SandboxChange) => {
    for (const listener of listeners) {
      try {
        listener(change);
      } catch {
        listeners.delete(listener);
      }
    }
  };
  let detach: (() => void) | null = null;
  // The journal and the clock are listened to only while someone follows, so an unwatched sandbox pays nothing.
  const attach = () => {
    const fromJournal = journal.subscribe((change) => {
      if (change.type === 'entry') tell({ type: 'journal', revision: change.revision, entry: journal.present(change.entry) });
    });
    const fromClock = clock.subscribe(() => tell({ type: 'clock' }));
    detach = () => {
      fromJournal();
      fromClock();
    };
  };
  return {
    subscribe(listener) {
      if (listeners.size === 0) attach();
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && detach) {
          detach();
          detach = null;
        }
      };
    },
    replaced: (cause) => tell({ type: 'replaced', cause }),
  };
}
