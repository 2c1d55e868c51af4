// What the benchmark scripts share: medians with their spread, table cells that never run together,
// a process's memory from /proc, and the verdict on a goal (a figure, never a test failure).
import { readFileSync } from 'node:fs';

export const median = (values) => {
  const sorted = values.toSorted((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export const spread = (values, digits = 0) =>
  `${median(values).toFixed(digits)} [${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}]`;

// A cell wider than its column still keeps two spaces before the next one, so columns never run together.
export const pad = (s, n) => `${String(s).padEnd(n - 2)}  `;

/** VmRSS and its peak (VmHWM) of a process, in MB. */
export function procStatus(pid) {
  const text = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(text)[1]);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

/** `≤ 3× met` / `≤ 3× not met`, or `—` for a row without a goal. */
export const goalCell = (ratio, goal) => (goal === undefined ? '—' : `≤ ${goal}× ${ratio <= goal ? 'met' : 'not met'}`);
