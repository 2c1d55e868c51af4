// Throughput, latency, server CPU and memory of the mock beside what it is made of and what bounds it,
// measured in one run on loopback with the same requests and the same settings:
//
//   node:http floor        a bare node:http server replaying the mock's own answer bytes: the ceiling
//                          for any Node server on this machine;
//   Prism http-server lib  Prism's own HTTP server (@stoplight/prism-http-server, what the Prism CLI
//                          runs) with the mock's Prism config — request and security validation on,
//                          response validation off, CORS off — serving both specs, as the mock does;
//   mock (examples)        startMockServer({ mode: 'examples' }): today's behaviour, the default;
//   mock (sandbox)         startMockServer({ mode: 'sandbox' }): the same Prism validation, then the
//                          stateful engine answers from its default seeded world.
//
// Before them, bench/startup.mjs (import + startSandbox() ready in fresh processes, beside an empty
// module and the engine alone) and bench/inprocess.mjs (sandbox.fetch beside a bare Response), each in
// its own process. Each contestant is its own fresh process (bench/serve.mjs). Each operation is measured over ROUNDS
// rounds of SECONDS per contestant, the order alternating every round; the table gives the median and
// min–max over rounds. Prints figures; asserts nothing about time.
//
//   pnpm bench:mock                     (from the repository root; builds first)
//   node bench/throughput.mjs [--quick] [--no-scale]   (ROUNDS, SECONDS, CONNECTIONS override)
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { goalCell, median, pad, procStatus, spread } from './figures.mjs';

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const ROUNDS = Number(process.env.ROUNDS ?? (quick ? 1 : 5));
const SECONDS = Number(process.env.SECONDS ?? (quick ? 0.2 : 3));
const WARMUP = quick ? 0 : 1;
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 16);

// The sandbox's default world: account ACaaaa… with Auth Token `token`, conference CF1111… completed.
// The examples mode accepts any credentials and reflects the requested SIDs, so one request fits all.
const account = 'ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const conference = 'CF11111111111111111111111111111111';
const authorization = `Basic ${Buffer.from(`${account}:token`).toString('base64')}`;
const base = `/2010-04-01/Accounts/${account}/Conferences`;
const form = 'From=%2B15555550100&To=%2B15555550101';
// A conference takes at most 250 participants (MaxParticipants' default and ceiling), so the create
// benchmark moves to a new friendly name every 200 requests; every contestant gets the same paths.
const PER_CONFERENCE = 200;
let runTag = 0;

const operations = {
  // `cpuGoal`: the sandbox's server CPU per request as a multiple of the floor's (issue 20).
  fetch: { method: 'GET', path: `${base}/${conference}.json`, expect: 200, cpuGoal: 2.5 },
  list: { method: 'GET', path: `${base}.json?Status=completed&PageSize=20`, expect: 200, cpuGoal: 2.5 },
  create: {
    method: 'POST',
    cpuGoal: 5,
    path: `${base}/bench-probe/Participants.json`,
    expect: 201,
    body: form,
    rotate: (n, tag) => `${base}/bench-${tag}-${Math.floor(n / PER_CONFERENCE)}/Participants.json`,
  },
};

const contestants = [
  { kind: 'floor', name: 'node:http floor' },
  { kind: 'prism', name: 'Prism http-server lib' },
  { kind: 'examples', name: 'mock (examples)' },
  { kind: 'sandbox', name: 'mock (sandbox)' },
];

function headersFor(op) {
  return {
    authorization,
    accept: 'application/json',
    ...(op.body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
  };
}

async function request(url, op, path = op.path) {
  const response = await fetch(url + path, { method: op.method, headers: headersFor(op), body: op.body });
  return { status: response.status, contentType: response.headers.get('content-type'), body: await response.text() };
}


/** CPU time of a process in µs, from /proc (user + system, clock ticks of 10 ms). */
function cpuMicros(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10_000;
}

async function start(contestant, answers) {
  const started = performance.now();
  const child = fork(fileURLToPath(new URL('./serve.mjs', import.meta.url)), [contestant.kind], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    execArgv: [],
  });
  if (answers) child.send({ answers });
  const { port } = await new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) => reject(new Error(`${contestant.name} exited with ${code}`)));
  });
  const url = `http://127.0.0.1:${port}`;
  const first = await request(url, operations.fetch);
  if (first.status !== 200) throw new Error(`${contestant.name}: first fetch answered ${first.status}: ${first.body.slice(0, 200)}`);
  return { ...contestant, child, url, startupMs: performance.now() - started, memStart: procStatus(child.pid) };
}

async function load(target, op, seconds) {
  const tag = `${target.kind}${runTag++}`;
  let n = 0;
  const requests = [
    {
      method: op.method,
      path: op.path,
      headers: headersFor(op),
      ...(op.body ? { body: op.body } : {}),
      ...(op.rotate ? { setupRequest: (req) => ({ ...req, path: op.rotate(n++, tag) }) } : {}),
    },
  ];
  const cpu = cpuMicros(target.child.pid);
  // Samples every 100 ms: autocannon stops at the first sample after `duration`, so with its default
  // of 1 s a short run would last a second and its duration would be off by up to that much.
  const result = await autocannon({ url: target.url, connections: CONNECTIONS, duration: seconds, sampleInt: 100, requests });
  const cpuUsed = cpuMicros(target.child.pid) - cpu;
  const total = result.requests.total;
  return {
    rps: total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpu: total > 0 ? cpuUsed / total : NaN,
    bad: result.errors + result.timeouts + result.non2xx,
  };
}


// Start-up and the in-process path first, each in its own fresh process, then the socket rows.
for (const script of ['./startup.mjs', './inprocess.mjs']) {
  const child = fork(fileURLToPath(new URL(script, import.meta.url)), quick ? ['--quick'] : [], { stdio: 'inherit' });
  const code = await new Promise((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`${script} exited with ${code}`);
  console.log('');
}

// Start the mock in examples mode first: the floor replays its answers byte for byte.
const started = [];
let examples;
try {
  examples = await start(contestants[2]);
  const answers = {};
  for (const op of Object.values(operations)) {
    const key = op.path.split('?')[0].replace(/\/Conferences\/bench-probe\//, '/Conferences/*/');
    answers[key] = await request(examples.url, op);
  }
  for (const contestant of contestants) {
    if (contestant.kind === 'examples') started.push(examples);
    else started.push(await start(contestant, contestant.kind === 'floor' ? answers : undefined));
  }
} catch (error) {
  for (const t of [examples, ...started]) t?.child.kill();
  throw error;
}

// The sandbox's control surface answers only in sandbox mode: without it, the contestant is not there yet.
const notes = [];
const sandbox = started.find((t) => t.kind === 'sandbox');
const probe = await fetch(`${sandbox.url}/__sandbox/clock`, { headers: { authorization } });
await probe.arrayBuffer();
if (probe.status !== 200) {
  notes.push(`mock (sandbox) skipped: GET /__sandbox/clock answered ${probe.status}, so startMockServer has no sandbox mode in this build`);
  sandbox.child.kill();
  started.splice(started.indexOf(sandbox), 1);
}

console.log(
  `Mock throughput: autocannon, ${CONNECTIONS} connections, ${ROUNDS} round${ROUNDS > 1 ? 's' : ''} × ${SECONDS} s per contestant and operation, ` +
    `order alternating per round, ${WARMUP ? `${WARMUP} s warm-up each` : 'no warm-up'}; loopback; Node ${process.version}, ${availableParallelism()} CPUs`,
);
console.log(`Each contestant is a fresh process; the load generator runs in another. Same requests to all, credentials ${account}:token.`);
for (const note of notes) console.log(`NOTE: ${note}`);
console.log(`start-up to first answer: ${started.map((t) => `${t.name} ${t.startupMs.toFixed(0)} ms`).join(', ')}`);

// What each contestant answers, so the bytes being moved are on the table too.
const sizes = [];
for (const t of started) {
  const row = [];
  for (const [name, op] of Object.entries(operations)) {
    const answer = await request(t.url, op, op.rotate ? op.rotate(0, `probe-${t.kind}`) : op.path);
    if (answer.status !== op.expect) throw new Error(`${t.name} ${name}: answered ${answer.status}: ${answer.body.slice(0, 300)}`);
    row.push(`${name} ${answer.status} ${Buffer.byteLength(answer.body)} B`);
  }
  sizes.push(`  ${pad(t.name, 23)}${row.join(', ')}`);
}
console.log(`answers (status, body bytes):\n${sizes.join('\n')}\n`);

const results = new Map(); // `${op}/${kind}` → rounds
try {
  for (const [opName, op] of Object.entries(operations)) {
    if (WARMUP > 0) for (const t of started) await load(t, op, WARMUP);
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 === 0 ? started : started.toReversed();
      for (const t of order) {
        const key = `${opName}/${t.kind}`;
        if (!results.has(key)) results.set(key, []);
        results.get(key).push(await load(t, op, SECONDS));
      }
    }
  }
} finally {
  for (const t of started) t.memEnd = procStatus(t.child.pid);
  for (const t of started) t.child.kill();
}

console.log(
  `${pad('operation', 10)}${pad('contestant', 23)}${pad('req/s median [min–max]', 24)}${pad('p50 ms', 8)}${pad('p99 ms [min–max]', 18)}` +
    `${pad('server CPU µs/req', 19)}${pad('CPU × floor', 13)}${pad('CPU goal', 17)}${pad('of floor', 10)}non-2xx`,
);
for (const [opName, op] of Object.entries(operations)) {
  const floorRps = median(results.get(`${opName}/floor`).map((r) => r.rps));
  const floorCpu = median(results.get(`${opName}/floor`).map((r) => r.cpu));
  const byKind = {};
  for (const t of started) {
    const rounds = results.get(`${opName}/${t.kind}`);
    const rps = rounds.map((r) => r.rps);
    byKind[t.kind] = median(rps);
    const cpuRatio = median(rounds.map((r) => r.cpu)) / floorCpu;
    console.log(
      pad(opName, 10) +
        pad(t.name, 23) +
        pad(spread(rps), 24) +
        pad(median(rounds.map((r) => r.p50)).toFixed(0), 8) +
        pad(spread(rounds.map((r) => r.p99)), 18) +
        pad(spread(rounds.map((r) => r.cpu)), 19) +
        pad(t.kind === 'floor' ? '—' : `${cpuRatio.toFixed(1)}×`, 13) +
        pad(t.kind === 'sandbox' ? goalCell(cpuRatio, op.cpuGoal) : '—', 17) +
        pad(`${((100 * median(rps)) / floorRps).toFixed(0)}%`, 10) +
        rounds.reduce((sum, r) => sum + r.bad, 0),
    );
  }
  const ratios = [`mock (examples) / Prism lib ${(byKind.examples / byKind.prism).toFixed(2)}×`];
  if (byKind.sandbox) ratios.push(`mock (sandbox) / mock (examples) ${(byKind.sandbox / byKind.examples).toFixed(2)}×`);
  console.log(`${pad(opName, 10)}throughput ratios (medians): ${ratios.join(', ')}\n`);
}

console.log('memory (each contestant its own process, VmRSS from /proc): after start-up → after every run, peak');
for (const t of started) {
  console.log(`  ${pad(t.name, 23)}${t.memStart.rss.toFixed(0)} → ${t.memEnd.rss.toFixed(0)} MB, peak ${t.memEnd.peak.toFixed(0)} MB`);
}

if (!args.has('--no-scale')) {
  console.log('');
  // The scale run: its own script, a fresh process with --expose-gc for the server.
  const scale = fork(fileURLToPath(new URL('./scale.mjs', import.meta.url)), quick ? ['--quick'] : [], { stdio: 'inherit' });
  const code = await new Promise((resolve) => scale.on('exit', resolve));
  if (code !== 0) process.exitCode = code ?? 1;
}
