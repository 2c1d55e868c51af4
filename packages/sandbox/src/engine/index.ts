/** The engine: the world and the lifecycle rules of each resource family. */
import { armProgram } from '../twiml/interpret.js';
import { armTimeLimit, scheduleStep } from './calls.js';
import { scheduleAnnouncement } from './conferences.js';
import { scheduleRecording } from './recordings.js';
import type { World } from './world.js';

export { World, defaultDelays, type Delays, type EngineOptions, type Params } from './world.js';
export { magicNumbers, type MagicOutcome } from './calls.js';

/** Re-creates the clock's timers (and TwiML requests in flight) from the records, after a seed or snapshot import. */
export function armTimers(w: World): void {
  for (const call of w.calls.values()) {
    if (call.next) scheduleStep(w, call);
    armTimeLimit(w, call);
    armProgram(w, call);
  }
  for (const c of w.conferences.values()) {
    for (const a of c.announcements) if (a.endsAt !== null) scheduleAnnouncement(w, c, a.id, a.endsAt);
    for (const r of c.recordings) if (r.completesAt !== null) scheduleRecording(w, r);
  }
}
