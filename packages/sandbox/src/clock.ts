/**
 * The sandbox clock. Real time by default; it can be frozen and advanced, and advancing runs every timer
 * that falls due, in order of due time (then of scheduling), each seeing `now()` equal to its due time.
 * Tests therefore never sleep: they freeze the clock and fast-forward ring timeouts or Insights processing.
 */
export interface SandboxClock {
  /** Milliseconds since the epoch, as the sandbox sees it. */
  now(): number;
  readonly frozen: boolean;
  /** Stops time at `at` (default: the current sandbox time). `at` may not be earlier than now. */
  freeze(at?: number | string | Date): void;
  /** Lets time run again from where it stands (the offset to the wall clock is kept). */
  unfreeze(): void;
  /** Moves time forward by `ms`, running every timer due on the way, in order. Returns the new now. */
  advance(ms: number): number;
  /** Moves time forward to `at` (never backwards), running due timers. Returns the new now. */
  advanceTo(at: number | string | Date): number;
  /** Timers waiting, earliest first: when and what, for a control surface to show. */
  pending(): Array<{ at: number; key: string }>;
}

interface Timer {
  id: number;
  at: number;
  key: string;
  run: () => void;
}

export function toEpochMs(at: number | string | Date): number {
  const ms = typeof at === 'number' ? at : typeof at === 'string' ? Date.parse(at) : at.getTime();
  if (!Number.isFinite(ms)) throw new RangeError(`Not a date: ${String(at)}`);
  return ms;
}

export class Clock implements SandboxClock {
  private offset = 0;
  private frozenAt: number | null = null;
  private timers: Timer[] = [];
  private nextId = 1;
  private realTimer: ReturnType<typeof setTimeout> | null = null;
  private running = false;

  constructor(private readonly wallClock: () => number = Date.now) {}

  now(): number {
    return this.frozenAt ?? this.wallClock() + this.offset;
  }

  get frozen(): boolean {
    return this.frozenAt !== null;
  }

  freeze(at?: number | string | Date): void {
    const now = this.now();
    const target = at === undefined ? now : toEpochMs(at);
    if (target < now) throw new RangeError('The sandbox clock only moves forward');
    this.frozenAt = now;
    this.clearReal();
    if (target > now) this.advanceTo(target);
  }

  unfreeze(): void {
    if (this.frozenAt === null) return;
    this.offset = this.frozenAt - this.wallClock();
    this.frozenAt = null;
    this.armReal();
  }

  advance(ms: number): number {
    if (!(ms >= 0)) throw new RangeError('advance() takes a non-negative number of milliseconds');
    return this.advanceTo(this.now() + ms);
  }

  advanceTo(at: number | string | Date): number {
    const target = toEpochMs(at);
    const wasFrozen = this.frozenAt !== null;
    if (target < this.now()) throw new RangeError('The sandbox clock only moves forward');
    // Run due timers one by one, with time standing at each timer's due time.
    this.frozenAt = this.now();
    for (;;) {
      const next = this.timers[0];
      if (!next || next.at > target) break;
      this.timers.shift();
      if (next.at > this.frozenAt) this.frozenAt = next.at;
      next.run();
    }
    this.frozenAt = target;
    if (!wasFrozen) this.unfreeze();
    return target;
  }

  /** Sets time outright (a snapshot import or start-up option), frozen or running; timers are not run. */
  restore(at: number, frozen: boolean): void {
    this.clearReal();
    if (frozen) this.frozenAt = at;
    else {
      this.frozenAt = null;
      this.offset = at - this.wallClock();
      this.armReal();
    }
  }

  /** Schedules `run` at sandbox time `at`. Timers already due run on the next tick (real time) or advance. */
  schedule(at: number, key: string, run: () => void): number {
    const timer: Timer = { id: this.nextId++, at, key, run };
    // Keep sorted by (at, id): binary search for the insertion point.
    let lo = 0;
    let hi = this.timers.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.timers[mid]!.at <= at) lo = mid + 1;
      else hi = mid;
    }
    this.timers.splice(lo, 0, timer);
    if (lo === 0 && this.frozenAt === null) this.armReal();
    return timer.id;
  }

  cancel(id: number): void {
    const i = this.timers.findIndex((t) => t.id === id);
    if (i >= 0) this.timers.splice(i, 1);
  }

  /** Cancels every timer whose key starts with `prefix`. */
  cancelByPrefix(prefix: string): void {
    this.timers = this.timers.filter((t) => !t.key.startsWith(prefix));
  }

  pending(): Array<{ at: number; key: string }> {
    return this.timers.map(({ at, key }) => ({ at, key }));
  }

  /** Drops every timer and stops the wall-clock wake-up. */
  clear(): void {
    this.timers = [];
    this.clearReal();
  }

  private clearReal(): void {
    if (this.realTimer) clearTimeout(this.realTimer);
    this.realTimer = null;
  }

  private armReal(): void {
    this.clearReal();
    const next = this.timers[0];
    if (!next || this.frozenAt !== null) return;
    const delay = Math.max(0, Math.min(next.at - this.now(), 2 ** 31 - 1));
    const handle = setTimeout(() => this.fireReal(), delay);
    (handle as { unref?: () => void }).unref?.();
    this.realTimer = handle;
  }

  private fireReal(): void {
    this.realTimer = null;
    if (this.running || this.frozenAt !== null) return;
    this.running = true;
    try {
      const now = this.now();
      for (;;) {
        const next = this.timers[0];
        if (!next || next.at > now || this.frozenAt !== null) break;
        this.timers.shift();
        next.run();
      }
    } finally {
      this.running = false;
      this.armReal();
    }
  }
}
