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
  /**
   * Calls `listener` once after the clock is frozen, unfrozen, advanced or restored (the changes of one
   * synchronous task told together, once they are done), until the function it returns is called. A
   * running clock is not a change.
   */
  subscribe(listener: () => void): () => void;
}

interface Timer {
  id: number;
  at: number;
  key: string;
  group: string;
  run: () => void;
  cancelled: boolean;
}

/**
 * The instants the sandbox can stand at: 1970-01-01 to the end of 9999, so that every date it renders
 * has a four-digit year (ISO 8601 and RFC 2822 alike) and `Date` never becomes invalid.
 */
export const MIN_TIME = 0;
export const MAX_TIME = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** Why `ms` is not an instant the sandbox can stand at, or null when it is. */
export function timeRangeProblem(ms: number): string | null {
  if (!Number.isFinite(ms)) return 'is not a finite time';
  if (ms < MIN_TIME || ms > MAX_TIME) return 'is outside 1970-01-01T00:00:00.000Z–9999-12-31T23:59:59.999Z';
  return null;
}

/** Epoch milliseconds of `at`, which must fall within the sandbox's range; a RangeError says why not. */
export function toEpochMs(at: number | string | Date): number {
  const ms = typeof at === 'number' ? at : typeof at === 'string' ? Date.parse(at) : at instanceof Date ? at.getTime() : NaN;
  if (!Number.isFinite(ms)) throw new RangeError(`Not a date: ${String(at).slice(0, 100)}`);
  const problem = timeRangeProblem(ms);
  if (problem) throw new RangeError(`The time ${String(at).slice(0, 100)} ${problem}`);
  return ms;
}

/**
 * A binary min-heap of timers by (at, id). Cancelling marks a timer and leaves it in the heap, so it costs
 * a map lookup instead of a scan; the dead are dropped when they reach the top, and the heap is rebuilt
 * when they outnumber the living, so memory stays proportional to what is pending.
 */
class TimerHeap {
  private heap: Timer[] = [];
  private dead = 0;
  /** Heap comparisons and moves since creation: a count of work the complexity test reads. */
  work = 0;

  get size(): number {
    return this.heap.length - this.dead;
  }

  push(timer: Timer): void {
    this.heap.push(timer);
    this.up(this.heap.length - 1);
  }

  /** The earliest live timer, or undefined. */
  peek(): Timer | undefined {
    this.dropDeadTop();
    return this.heap[0];
  }

  pop(): Timer | undefined {
    this.dropDeadTop();
    return this.removeTop();
  }

  markCancelled(timer: Timer): void {
    if (timer.cancelled) return;
    timer.cancelled = true;
    this.dead += 1;
    if (this.dead > 64 && this.dead > this.heap.length / 2) this.rebuild();
  }

  live(): Timer[] {
    return this.heap.filter((t) => !t.cancelled);
  }

  clear(): void {
    this.heap = [];
    this.dead = 0;
  }

  private dropDeadTop(): void {
    while (this.heap[0]?.cancelled) {
      this.removeTop();
      this.dead -= 1;
    }
  }

  private removeTop(): Timer | undefined {
    const top = this.heap[0];
    const last = this.heap.pop();
    if (top !== undefined && last !== undefined && top !== last) {
      this.heap[0] = last;
      this.down(0);
    }
    return top;
  }

  private rebuild(): void {
    this.heap = this.live();
    this.dead = 0;
    for (let i = (this.heap.length >>> 1) - 1; i >= 0; i--) this.down(i);
  }

  private before(a: Timer, b: Timer): boolean {
    this.work += 1;
    return a.at < b.at || (a.at === b.at && a.id < b.id);
  }

  private up(i: number): void {
    const h = this.heap;
    while (i > 0) {
      const parent = (i - 1) >>> 1;
      if (!this.before(h[i]!, h[parent]!)) break;
      [h[i], h[parent]] = [h[parent]!, h[i]!];
      i = parent;
    }
  }

  private down(i: number): void {
    const h = this.heap;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let smallest = i;
      if (l < h.length && this.before(h[l]!, h[smallest]!)) smallest = l;
      if (r < h.length && this.before(h[r]!, h[smallest]!)) smallest = r;
      if (smallest === i) return;
      [h[i], h[smallest]] = [h[smallest]!, h[i]!];
      i = smallest;
    }
  }
}

export class Clock implements SandboxClock {
  private offset = 0;
  private frozenAt: number | null = null;
  private readonly timers = new TimerHeap();
  /** Live timers by group, so that cancelling a group touches only its own timers. */
  private readonly groups = new Map<string, Set<Timer>>();
  private nextId = 1;
  private realTimer: ReturnType<typeof setTimeout> | null = null;
  private running = false;
  private readonly listeners = new Set<() => void>();
  private changeTold = true;

  constructor(private readonly wallClock: () => number = Date.now) {}

  now(): number {
    return this.frozenAt ?? this.wallClock() + this.offset;
  }

  get frozen(): boolean {
    return this.frozenAt !== null;
  }

  /** Heap work done so far (comparisons and moves), for the test that advancing is not quadratic. */
  get work(): number {
    return this.timers.work;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Tells the listeners, once the current task's changes are all made. */
  private changed(): void {
    if (!this.changeTold || this.listeners.size === 0) return;
    this.changeTold = false;
    queueMicrotask(() => {
      this.changeTold = true;
      for (const listener of this.listeners) {
        try {
          listener();
        } catch {
          this.listeners.delete(listener);
        }
      }
    });
  }

  freeze(at?: number | string | Date): void {
    this.changed();
    const now = this.now();
    const target = at === undefined ? now : this.forwardTarget(at);
    this.frozenAt = now;
    this.clearReal();
    if (target > now) this.advanceTo(target);
  }

  unfreeze(): void {
    if (this.frozenAt === null) return;
    this.changed();
    this.offset = this.frozenAt - this.wallClock();
    this.frozenAt = null;
    this.armReal();
  }

  advance(ms: number): number {
    if (typeof ms !== 'number' || !(ms >= 0) || !Number.isFinite(ms)) {
      throw new RangeError('advance() takes a finite, non-negative number of milliseconds');
    }
    return this.advanceTo(this.now() + ms);
  }

  advanceTo(at: number | string | Date): number {
    // Everything is checked before anything moves: a refused target leaves time and timers as they were.
    const target = this.forwardTarget(at);
    this.changed();
    const wasFrozen = this.frozenAt !== null;
    // Run due timers one by one, with time standing at each timer's due time.
    this.frozenAt = this.now();
    for (;;) {
      const next = this.timers.peek();
      if (!next || next.at > target) break;
      this.take(next);
      if (next.at > this.frozenAt) this.frozenAt = next.at;
      next.run();
    }
    this.frozenAt = target;
    if (!wasFrozen) this.unfreeze();
    return target;
  }

  /** `at` as epoch ms, within the sandbox's range and not before now; a RangeError otherwise. */
  private forwardTarget(at: number | string | Date): number {
    const target = toEpochMs(at);
    if (target < this.now()) throw new RangeError('The sandbox clock only moves forward');
    return target;
  }

  /** Sets time outright (a snapshot import or start-up option), frozen or running; timers are not run. */
  restore(at: number, frozen: boolean): void {
    const problem = timeRangeProblem(at);
    if (problem) throw new RangeError(`The clock's time ${at} ${problem}`);
    this.changed();
    this.clearReal();
    if (frozen) this.frozenAt = at;
    else {
      this.frozenAt = null;
      this.offset = at - this.wallClock();
      this.armReal();
    }
  }

  /**
   * Schedules `run` at sandbox time `at`; `cancelGroup(group)` cancels it with the rest of its group.
   * Timers already due run on the next tick (real time) or advance.
   */
  schedule(at: number, key: string, run: () => void, group: string = key): void {
    const timer: Timer = { id: this.nextId++, at, key, group, run, cancelled: false };
    this.timers.push(timer);
    let members = this.groups.get(group);
    if (!members) this.groups.set(group, (members = new Set()));
    members.add(timer);
    if (this.frozenAt === null && this.timers.peek() === timer) this.armReal();
  }

  /** Cancels every pending timer of `group`. */
  cancelGroup(group: string): void {
    const members = this.groups.get(group);
    if (!members) return;
    this.groups.delete(group);
    for (const t of members) this.timers.markCancelled(t);
  }

  pending(): Array<{ at: number; key: string }> {
    return this.timers
      .live()
      .sort((a, b) => a.at - b.at || a.id - b.id)
      .map(({ at, key }) => ({ at, key }));
  }

  /** Drops every timer and stops the wall-clock wake-up. */
  clear(): void {
    this.timers.clear();
    this.groups.clear();
    this.clearReal();
  }

  /** Takes a due timer off the heap and out of its group, before it runs. */
  private take(timer: Timer): void {
    this.timers.pop();
    const members = this.groups.get(timer.group);
    members?.delete(timer);
    if (members?.size === 0) this.groups.delete(timer.group);
  }

  private clearReal(): void {
    if (this.realTimer) clearTimeout(this.realTimer);
    this.realTimer = null;
  }

  private armReal(): void {
    this.clearReal();
    const next = this.timers.peek();
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
        const next = this.timers.peek();
        if (!next || next.at > now || this.frozenAt !== null) break;
        this.take(next);
        next.run();
      }
    } finally {
      this.running = false;
      this.armReal();
    }
  }
}
