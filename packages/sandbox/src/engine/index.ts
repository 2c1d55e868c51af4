/** The engine: the world and the lifecycle rules of each resource family. */
import { scheduleStep } from './calls.js';
import { scheduleAnnouncement } from './conferences.js';
import { scheduleRecording } from './recordings.js';
import type { World } from './world.js';

export { World, defaultDelays, type Delays, type EngineOptions, type Params } from './world.js';
export { magicNumbers, type MagicOutcome } from './calls.js';

/** Re-creates the clock's timers from the records (after a seed or snapshot import). */
export function armTimers(w: World): void {
  for (const c of w.conferences.values()) {
    for (const p of c.participants) if (p.next) scheduleStep(w, p);
    for (const a of c.announcements) if (a.endsAt !== null) scheduleAnnouncement(w, c, a.id, a.endsAt);
    for (const r of c.recordings) if (r.completesAt !== null) scheduleRecording(w, r);
  }
}
