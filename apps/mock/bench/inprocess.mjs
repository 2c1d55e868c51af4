// The in-process path: `sandbox.fetch` (no socket) beside the floor, a bare `fetch`-shaped function
// that returns a `new Response` of the same JSON bytes, both read to the end with `text()`. Each
// round times REQUESTS requests per operation and contestant one at a time, the contestants
// alternating round by round; the table gives the median over rounds of each round's p50, with
// min–max. Goal (issue 20): p50 ≤ 3× the floor for fetch and list.
//
//   node bench/inprocess.mjs [--quick]      (ROUNDS, IN_PROCESS_REQUESTS override)
import { median, pad, procStatus, spread, goalCell } from './figures.mjs';
import { startSandbox } from '../dist/index.js';

const quick = process.argv.includes('--quick');
const ROUNDS = Number(process.env.ROUNDS ?? (quick ? 1 : 5));
const REQUESTS = Number(process.env.IN_PROCESS_REQUESTS ?? (quick ? 200 : 2_000));
const account = 'ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const conference = 'CF11111111111111111111111111111111';
const authorization = `Basic ${Buffer.from(`${account}:token`).toString('base64')}`;
const base = `/2010-04-01/Accounts/${account}/Conferences`;
// A conference takes at most 250 participants: the create path moves to a new name every 200.
const PER_CONFERENCE = 200;

const rssAtStart = procStatus(process.pid).rss;
const sandbox = await startSandbox();
const rssReady = procStatus(process.pid).rss;
const operations = {
  fetch: { goal: 3, path: () => `${base}/${conference}.json`, init: { headers: { authorization } } },
  list: { goal: 3, path: () => `${base}.json?Status=completed&PageSize=20`, init: { headers: { authorization } } },
  create: {
    path: (n, tag) => `${base}/bench-${tag}-${Math.floor(n / PER_CONFERENCE)}/Participants.json`,
    init: {
      method: 'POST',
      headers: { authorization, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'From=%2B15555550100&To=%2B15555550101',
    },
  },
};

/** The floor for one operation: a `fetch` that answers the mock's own bytes without looking at the request. */
async function floorFor(op) {
  const answer = await sandbox.fetch(sandbox.url + op.path(0, 'probe'), op.init);
  const status = answer.status;
  const text = await answer.text();
  if (status >= 300) throw new Error(`probe answered ${status}: ${text.slice(0, 200)}`);
  const contentType = answer.headers.get('content-type');
  return async () => new Response(text, { status, headers: { 'content-type': contentType } });
}

let tags = 0;
async function round(fetchFn, op) {
  const tag = `r${tags++}`;
  const times = new Float64Array(REQUESTS);
  for (let n = 0; n < REQUESTS; n++) {
    const started = performance.now();
    const response = await fetchFn(sandbox.url + op.path(n, tag), op.init);
    await response.text();
    times[n] = (performance.now() - started) * 1000;
    if (response.status >= 300) throw new Error(`answered ${response.status}`);
  }
  return median([...times]);
}

const rows = [];
for (const [name, op] of Object.entries(operations)) {
  const contestants = [
    { name: 'new Response (floor)', fetch: await floorFor(op) },
    { name: 'sandbox.fetch (mock)', fetch: sandbox.fetch },
  ];
  for (const c of contestants) await round(c.fetch, op); // warm-up
  const p50s = new Map(contestants.map((c) => [c.name, []]));
  for (let r = 0; r < ROUNDS; r++) {
    for (const c of r % 2 === 0 ? contestants : contestants.toReversed()) p50s.get(c.name).push(await round(c.fetch, op));
  }
  const floor = median(p50s.get(contestants[0].name));
  for (const c of contestants) {
    const ratio = median(p50s.get(c.name)) / floor;
    const isFloor = c === contestants[0];
    rows.push(pad(name, 10) + pad(c.name, 24) + pad(spread(p50s.get(c.name), 1), 26) + pad(isFloor ? '—' : `${ratio.toFixed(1)}×`, 10) + (isFloor ? '—' : goalCell(ratio, op.goal)));
  }
}
await sandbox.close();

console.log(`In-process requests: ${ROUNDS} round${ROUNDS > 1 ? 's' : ''} × ${REQUESTS} sequential requests per operation and contestant, order alternating; Node ${process.version}`);
console.log(`${pad('operation', 10)}${pad('contestant', 24)}${pad('p50 µs median [min–max]', 26)}${pad('× floor', 10)}goal`);
for (const row of rows) console.log(row);
const rssEnd = procStatus(process.pid);
console.log(`memory (this process, VmRSS): before startSandbox ${rssAtStart.toFixed(0)} MB, ready ${rssReady.toFixed(0)} MB, after the runs ${rssEnd.rss.toFixed(0)} MB, peak ${rssEnd.peak.toFixed(0)} MB`);
