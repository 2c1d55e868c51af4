// The sandbox's clock and its TwiML interpreter at scale (issue 20, items 5 and 6).
//
//   node bench/twiml-scale.mjs [--quick] [--timers | --twiml]   (from apps/mock, after a build;
//                                                               ROUNDS, CALLS override)
//
// 1. Timers: the clock with N pending timers (N = 10,000 and 100,000), advanced past all of them, ROUNDS
//    rounds (5; --quick: 1) alternating the two sizes, in this process. Two rows per N:
//    - the bare clock: N timers at scattered due times, in groups of four; every other one, as it runs,
//      schedules a follow-up; an eighth of the groups is cancelled beforehand.
//      Beside the time, the heap's work (comparisons and moves) over N·log2 N: flat when it is N log N.
//    - the engine: N calls placed at once (a seed of queued participants), advanced until all are
//      connected: three clock steps per call, each cancelling and scheduling.
// 2. TwiML at scale: CALLS inbound calls (10,000; --quick: 1,000) to a number whose voice URL is a
//    node:http app on 127.0.0.1 (an IVR: a <Gather> menu, a key pressed, then <Dial><Conference>), into
//    CALLS/10 conferences, on a frozen clock advanced to the end (every caller hangs up, every room ends).
//    The callers come in waves of 256 half a second apart (the sandbox sends at most 256 TwiML requests
//    at once, maxDeliveriesInFlight, and fails the rest with an 11205, as a busy app would).
//    Each round a fresh process (bench/twiml-scale.mjs --scenario), alternating with the floor: the same
//    number of bare node:http request/answer round trips (two per call, as many in flight at most as
//    the sandbox lets TwiML requests be), also in a fresh process. Wall time, peak RSS, cost per call.
// Prints figures; asserts nothing.
import { fork } from 'node:child_process';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const quick = process.argv.includes('--quick');
const ROUNDS = Number(process.env.ROUNDS ?? (quick ? 1 : 5));
const CALLS = Number(process.env.CALLS ?? (quick ? 1_000 : 10_000));
const ROOMS = Math.max(1, Math.floor(CALLS / 10));
const TIMER_SIZES = quick ? [1_000, 10_000] : [10_000, 100_000];
/** What the sandbox allows in flight by default (maxDeliveriesInFlight): the floor's client gets the same. */
const IN_FLIGHT = 256;
const ACCOUNT = 'ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const NUMBER = '+15005550006';
const START = Date.parse('2025-03-03T12:00:00Z');

const peakMb = () => Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1]) / 1024;
const median = (values) => values.toSorted((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
const spread = (values, digits = 0) => `${median(values).toFixed(digits)} [${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}]`;
// A cell wider than its column still keeps two spaces before the next one.
const pad = (s, n) => `${String(s).padEnd(n - 2)}  `;

if (process.argv.includes('--scenario')) await scenario();
else if (process.argv.includes('--floor')) await floor();
else await main();

async function main() {
  console.log(`Sandbox clock and TwiML at scale; Node ${process.version}`);
  if (!process.argv.includes('--twiml')) await timers();
  if (!process.argv.includes('--timers')) await twiml();
}

// ---------------------------------------------------------------------------------------------------
// 1. Timers

async function timers() {
  // The clock is not part of the package's API; the bench reads it from the built engine.
  const { Clock } = await import(new URL('../node_modules/@conference-kit/sandbox/dist/clock.js', import.meta.url).href);
  const { createSandbox } = await import('@conference-kit/sandbox');

  function bareClock(n) {
    const clock = new Clock(() => 0);
    clock.restore(0, true);
    const groups = n / 4;
    let ran = 0;
    // Every other timer, as it runs, schedules a follow-up half a second later in its own group.
    const step = (i) => () => {
      ran += 1;
      if (i % 2 === 0) clock.schedule(clock.now() + 500, `t${i}:next`, () => (ran += 1), `g${i % groups}`);
    };
    for (let i = 0; i < n; i++) clock.schedule(1 + ((i * 7919) % 10_000), `t${i}`, step(i), `g${i % groups}`);
    // An eighth of the groups (four timers each) is cancelled before time moves.
    for (let g = 0; g < groups; g += 8) clock.cancelGroup(`g${g}`);
    const workBefore = clock.work;
    const started = performance.now();
    clock.advance(20_000);
    const ms = performance.now() - started;
    if (clock.pending().length !== 0 || ran === 0) throw new Error('the clock left timers pending');
    return { ms, workPerNLogN: (clock.work - workBefore) / (n * Math.log2(n)) };
  }

  function engineCalls(n) {
    const perRoom = 250;
    const conferences = Array.from({ length: Math.ceil(n / perRoom) }, (_, c) => ({
      accountSid: ACCOUNT,
      friendlyName: `room-${c}`,
      status: 'init',
      participants: Array.from({ length: Math.min(perRoom, n - c * perRoom) }, () => ({ from: '+15555550100', to: '+15555550101', status: 'queued' })),
    }));
    const sandbox = createSandbox({ seed: { accounts: [{ sid: ACCOUNT, authToken: 'token' }], conferences }, clock: { frozen: true, now: START }, insightsDefaultWindowMs: null });
    if (sandbox.clock.pending().length !== n) throw new Error(`expected ${n} pending timers`);
    const started = performance.now();
    sandbox.clock.advance(10_000);
    const ms = performance.now() - started;
    if (sandbox.clock.pending().length !== 0) throw new Error('calls left pending');
    sandbox.dispose();
    return { ms };
  }

  const results = new Map(TIMER_SIZES.map((n) => [n, { bare: [], work: [], engine: [] }]));
  bareClock(1_000); // warm-up
  for (let round = 0; round < ROUNDS; round++) {
    for (const n of round % 2 === 0 ? TIMER_SIZES : TIMER_SIZES.toReversed()) {
      const bare = bareClock(n);
      const r = results.get(n);
      r.bare.push(bare.ms);
      r.work.push(bare.workPerNLogN);
      r.engine.push(engineCalls(n).ms);
    }
  }
  console.log(`\nclock advance over N pending timers, ${ROUNDS} round${ROUNDS > 1 ? 's' : ''} alternating N (in this process): median [min–max]`);
  console.log(`${pad('N', 10)}${pad('bare clock ms', 22)}${pad('heap work / N·log2 N', 24)}engine: N calls to connected, ms`);
  for (const [n, r] of results) console.log(pad(n.toLocaleString('en'), 10) + pad(spread(r.bare, 1), 22) + pad(spread(r.work, 2), 24) + spread(r.engine, 0));
  const [small, large] = TIMER_SIZES.map((n) => median(results.get(n).bare));
  const ratio = TIMER_SIZES[1] / TIMER_SIZES[0];
  const nLogN = (TIMER_SIZES[1] * Math.log2(TIMER_SIZES[1])) / (TIMER_SIZES[0] * Math.log2(TIMER_SIZES[0]));
  console.log(`  ${ratio}× the timers took ${(large / small).toFixed(1)}× the time (N log N: ${nLogN.toFixed(1)}×, N²: ${ratio ** 2}×); goal: 100,000 timers advanced in < 1 s`);
}

// ---------------------------------------------------------------------------------------------------
// 2. TwiML at scale

async function twiml() {
  const scenarios = [];
  const floors = [];
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? ['--scenario', '--floor'] : ['--floor', '--scenario'];
    for (const which of order) {
      const result = await child(which);
      (which === '--scenario' ? scenarios : floors).push(result);
    }
  }
  const perCallUs = (r) => (r.ms * 1000) / CALLS;
  console.log(
    `\nTwiML at scale: ${CALLS.toLocaleString('en')} inbound calls through an IVR (<Gather> menu, a key, <Dial><Conference>) into ${ROOMS.toLocaleString('en')} conferences, ` +
      `frozen clock advanced to the end; the app a node:http server on 127.0.0.1; ${ROUNDS} round${ROUNDS > 1 ? 's' : ''}, each a fresh process, alternating with the floor: median [min–max]`,
  );
  console.log(`${pad('', 54)}${pad('wall s', 22)}${pad('per call µs', 24)}peak RSS MB`);
  console.log(pad('sandbox: calls in, menu, key, conference, hang-up', 54) + pad(spread(scenarios.map((r) => r.ms / 1000), 2), 22) + pad(spread(scenarios.map(perCallUs)), 24) + spread(scenarios.map((r) => r.peak)));
  console.log(pad(`floor: ${(2 * CALLS).toLocaleString('en')} node:http round trips`, 54) + pad(spread(floors.map((r) => r.ms / 1000), 2), 22) + pad(spread(floors.map(perCallUs)), 24) + spread(floors.map((r) => r.peak)));
  const s = scenarios[0];
  console.log(`  each run: ${s.requests.toLocaleString('en')} TwiML requests answered by the app, ${s.completedRooms.toLocaleString('en')} conferences completed, ${s.completedCalls.toLocaleString('en')} calls completed, ${s.peakParticipants} callers at most in one room`);
  console.log(`  sandbox / floor, per call: ${(median(scenarios.map(perCallUs)) / median(floors.map(perCallUs))).toFixed(1)}×`);
}

function child(which) {
  return new Promise((resolve, reject) => {
    const proc = fork(fileURLToPath(import.meta.url), [which, ...(quick ? ['--quick'] : [])], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    proc.once('message', resolve);
    proc.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`twiml-scale ${which} exited with ${code}`))));
  });
}

/** The IVR: the menu for a new call, the room for the key pressed; 204 for anything else. */
function startApp() {
  let requests = 0;
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      requests += 1;
      const path = req.url?.split('?')[0];
      const form = new URLSearchParams(body);
      let doc;
      if (path === '/voice') doc = '<Gather numDigits="1" action="/menu" timeout="10"><Say>For sales press 1, for support press 2</Say></Gather><Say>Goodbye</Say>';
      else if (path === '/menu') doc = `<Say>Connecting you</Say><Dial><Conference beep="false">room-${Number(form.get('From').slice(-5)) % ROOMS}</Conference></Dial>`;
      if (doc === undefined) res.writeHead(204).end();
      else res.writeHead(200, { 'content-type': 'text/xml' }).end(`<?xml version="1.0" encoding="UTF-8"?><Response>${doc}</Response>`);
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${server.address().port}`, requests: () => requests, close: () => new Promise((r) => server.close(r)) })),
  );
}

async function scenario() {
  const { startSandbox } = await import('../dist/index.js');
  const app = await startApp();
  const running = await startSandbox({
    port: 0,
    clock: { frozen: true, now: START },
    insightsDefaultWindowMs: null,
    seed: { accounts: [{ sid: ACCOUNT, authToken: 'token' }], numbers: [{ accountSid: ACCOUNT, phoneNumber: NUMBER, voiceUrl: `${app.url}/voice` }] },
  });
  const { sandbox } = running;
  const started = performance.now();
  const sids = [];
  // The callers come in waves of IN_FLIGHT, half a second apart: the sandbox sends at most that many
  // TwiML requests at once and answers the rest with an 11205, as a real app's limits would.
  for (let wave = 0; wave < CALLS; wave += IN_FLIGHT) {
    const callers = [];
    for (let i = wave; i < Math.min(CALLS, wave + IN_FLIGHT); i++) {
      const res = sandbox.events.incomingCall({ from: `+1555${String(i).padStart(7, '0')}`, to: NUMBER });
      if (res.status !== 201) throw new Error(`incoming call ${i}: ${res.status} ${JSON.stringify(res.body)}`);
      callers.push(res.body.sid);
    }
    // Answered, the voice URL requested, the menu playing.
    await running.advance(500);
    for (const callSid of callers) {
      const res = sandbox.events.pressKeys({ callSid, digits: '1' });
      if (res.status !== 200) throw new Error(`keys for ${callSid}: ${res.status} ${JSON.stringify(res.body)}; timeline ${JSON.stringify(sandbox.calls.timeline(callSid))}`);
    }
    await sandbox.settled();
    sids.push(...callers);
  }
  // "Connecting you", then every caller is in a room.
  await running.advance(5_000);
  const inRoom = sids.filter((sid) => sandbox.calls.timeline(sid).some((e) => e.kind === 'joined')).length;
  if (inRoom !== CALLS) throw new Error(`${inRoom} of ${CALLS} callers reached a conference`);
  let peakParticipants = 0;
  const snapshotBefore = sandbox.exportSnapshot();
  for (const c of snapshotBefore.conferences) peakParticipants = Math.max(peakParticipants, c.participants.length);
  for (const callSid of sids) sandbox.events.hangUp({ callSid });
  await running.advance(1_000);
  const ms = performance.now() - started;
  const snapshot = sandbox.exportSnapshot();
  const completedRooms = snapshot.conferences.filter((c) => c.status === 'completed').length;
  const completedCalls = snapshot.calls.filter((c) => c.status === 'completed').length;
  if (completedRooms !== ROOMS || completedCalls !== CALLS) throw new Error(`${completedRooms} rooms and ${completedCalls} calls completed`);
  const requests = app.requests();
  await running.close();
  await app.close();
  process.send({ ms, peak: peakMb(), requests, completedRooms, completedCalls, peakParticipants }, () => process.exit(0));
}

async function floor() {
  const app = await startApp();
  const started = performance.now();
  let next = 0;
  // Two round trips per call, IN_FLIGHT at most at once, with the same client the sandbox uses (fetch).
  async function worker() {
    while (next < 2 * CALLS) {
      const i = next++;
      const path = i % 2 === 0 ? '/voice' : '/menu';
      const response = await fetch(`${app.url}${path}`, { method: 'POST', body: new URLSearchParams({ CallSid: `CA${i}`, From: `+1555${String(i >> 1).padStart(7, '0')}`, Digits: '1' }) });
      await response.text();
    }
  }
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  const ms = performance.now() - started;
  await app.close();
  process.send({ ms, peak: peakMb() }, () => process.exit(0));
}
