// The sandbox at scale: CONFERENCES conferences with 5 participants each (100,000 and 500,000 by
// default), loaded from a seed file at start-up, then filtered list pages timed one at a time.
//
//   node bench/scale.mjs [--quick]          (CONFERENCES overrides; --quick: 1,000 conferences)
//
// 1. The seed file is written in a streaming way (chunks of about 1 MB), so the generator never holds it.
// 2. `conference-kit-mock --seed-file` (dist/main.js), as users start it, STARTS times (5; --quick: 1),
//    each a fresh process: time to first answer and peak RSS (VmHWM), median [min–max]; beside it the
//    floor, `node` running an empty script, spawn to exit and its peak RSS, alternating with it.
// 3. bench/scale-serve.mjs, the same load (the file streamed into startSandbox) in a fresh
//    `node --expose-gc`: its time, peak RSS, and heap and RSS after a full GC once loaded. The queries run against it, ROUNDS rounds
//    of REQUESTS sequential keep-alive requests per query, the queries interleaved; beside them the
//    node:http floor replaying the same answer bytes (client plus loopback cost).
// Targets (issues 14, 20): a filtered list page p99 < 25 ms; 100,000 conferences start to a first answer
// in ≤ 3 s with peak RSS ≤ 600 MB. Prints figures; asserts nothing.
import { fork, spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const quick = process.argv.includes('--quick');
const CONFERENCES = Number(process.env.CONFERENCES ?? (quick ? 1_000 : 100_000));
const PER_CONFERENCE = 5;
const ROUNDS = Number(process.env.ROUNDS ?? (quick ? 1 : 5));
const REQUESTS = Number(process.env.REQUESTS ?? (quick ? 20 : 200));
const STARTS = Number(process.env.STARTS ?? (quick ? 1 : 5));
const account = 'ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const authorization = `Basic ${Buffer.from(`${account}:token`).toString('base64')}`;
const hex = (n) => n.toString(16).padStart(32, '0');
const here = (name) => fileURLToPath(new URL(name, import.meta.url));

// 1. The seed: one conference a minute up to an hour ago; every 50th in progress (5 connected
// participants, a unique name), the rest completed (names room-0 … room-499 reused).
const seedFile = join(tmpdir(), `ck-scale-seed-${process.pid}.json`);
const t0 = Date.now() - (CONFERENCES + 60) * 60_000;
let started = performance.now();
{
  const fd = openSync(seedFile, 'w');
  let buffer = `{"version":1,"accounts":[{"sid":"${account}","authToken":"token"}],"conferences":[`;
  let call = 0;
  for (let i = 0; i < CONFERENCES; i++) {
    const live = i % 50 === 0;
    const created = t0 + i * 60_000;
    const participants = [];
    for (let j = 0; j < PER_CONFERENCE; j++) {
      call++;
      participants.push(`{"callSid":"CA${hex(call)}","participantSid":"CP${hex(call)}","from":"+1555555010${j}","to":"+15555550199","dateCreated":${created + j * 1000}}`);
    }
    const fields = live
      ? `"friendlyName":"live-${i}","status":"in-progress"`
      : `"friendlyName":"room-${i % 500}","status":"completed","endTime":${created + 30 * 60_000}`;
    buffer += `${i ? ',' : ''}{"sid":"CF${hex(i)}","accountSid":"${account}",${fields},"dateCreated":${created},"peakConcurrent":${PER_CONFERENCE},"participants":[${participants.join(',')}]}`;
    if (buffer.length > 1 << 20) {
      writeSync(fd, buffer);
      buffer = '';
    }
  }
  writeSync(fd, `${buffer}]}\n`);
  closeSync(fd);
}
const generateMs = performance.now() - started;
const seedMb = statSync(seedFile).size / 2 ** 20;

function peakOf(pid) {
  const text = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(text)[1]) / 1024;
}

async function waitForAnswer(url, child, name) {
  for (;;) {
    try {
      const response = await fetch(`${url}/2010-04-01/Accounts/${account}/Conferences.json?PageSize=1`, { headers: { authorization } });
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const kill = (child) => new Promise((resolve) => (child.exitCode !== null ? resolve() : (child.once('exit', resolve), child.kill())));
let cli;
let host;
let floor;
try {
  // 2. The CLI as users start it, STARTS times, each a fresh process, alternating with the floor: `node`
  // running an empty script, from spawn to exit, its peak RSS read from inside.
  const cliStarts = [];
  const cliPeaks = [];
  const floorStarts = [];
  const floorPeaks = [];
  for (let run = 0; run < STARTS; run++) {
    started = performance.now();
    cli = spawn(process.execPath, [here('../dist/main.js'), '--seed-file', seedFile, '--port', '0', '--log-level', 'silent'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let banner = '';
    cli.stdout.on('data', (chunk) => (banner += chunk));
    const cliUrl = await new Promise((resolve, reject) => {
      cli.stdout.on('data', () => {
        const m = /listening on (http:\/\/\S+)/.exec(banner);
        if (m) resolve(m[1]);
      });
      cli.once('exit', (code) => reject(new Error(`conference-kit-mock --seed-file exited with ${code}`)));
    });
    await waitForAnswer(cliUrl, cli, 'the CLI');
    cliStarts.push(performance.now() - started);
    cliPeaks.push(peakOf(cli.pid));
    await kill(cli);

    started = performance.now();
    const empty = spawn(process.execPath, ['-e', 'process.on("exit", () => process.stdout.write(String(process.resourceUsage().maxRSS)))'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let maxRss = '';
    empty.stdout.on('data', (chunk) => (maxRss += chunk));
    await new Promise((resolve) => empty.once('close', resolve));
    floorStarts.push(performance.now() - started);
    floorPeaks.push(Number(maxRss) / 1024);
  }

  // 3. The instrumented host, fresh, with --expose-gc.
  host = fork(here('./scale-serve.mjs'), [seedFile], { execArgv: ['--expose-gc'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const loaded = await new Promise((resolve, reject) => {
    host.once('message', resolve);
    host.once('exit', (code) => reject(new Error(`scale-serve exited with ${code}`)));
  });
  const url = `http://127.0.0.1:${loaded.port}`;

  // The queries. Later pages: the PageToken of page 50 (Status=completed, 20 a page), found by walking.
  const list = `/2010-04-01/Accounts/${account}/Conferences.json`;
  const midDay = new Date(t0 + Math.floor(CONFERENCES / 2) * 60_000).toISOString().slice(0, 10);
  const queries = {
    'Status=completed&PageSize=20': `${list}?Status=completed&PageSize=20`,
    'Status=in-progress&PageSize=20': `${list}?Status=in-progress&PageSize=20`,
    'FriendlyName=room-7&PageSize=20': `${list}?FriendlyName=room-7&PageSize=20`,
    'DateCreated<=(middle day)&Status=completed&PageSize=20': `${list}?DateCreated%3C=${midDay}&Status=completed&PageSize=20`,
    'Status=completed, page 50 (PageToken)': null,
    'participants of a live conference': `/2010-04-01/Accounts/${account}/Conferences/CF${hex(0)}/Participants.json?PageSize=20`,
  };
  let next = queries['Status=completed&PageSize=20'];
  for (let page = 1; page < 50 && next; page++) {
    const body = await (await fetch(url + next, { headers: { authorization } })).json();
    next = body.next_page_uri;
  }
  queries['Status=completed, page 50 (PageToken)'] = next ?? `${list}?Status=completed&PageSize=20`;

  const answers = {};
  const items = {};
  for (const [name, path] of Object.entries(queries)) {
    const response = await fetch(url + path, { headers: { authorization } });
    const body = await response.text();
    if (response.status !== 200) throw new Error(`${name}: ${response.status} ${body.slice(0, 300)}`);
    const json = JSON.parse(body);
    items[name] = (json.conferences ?? json.participants).length;
    answers[path.split('?')[0] + '?' + path.split('?')[1]] = { status: 200, contentType: response.headers.get('content-type'), body };
  }
  // The floor replays each answer by path; give it one path per query.
  floor = fork(here('./serve.mjs'), ['floor'], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const floorAnswers = Object.fromEntries(Object.entries(queries).map(([name, path], i) => [`/q${i}`, answers[path]]));
  floor.send({ answers: floorAnswers });
  const floorPort = await new Promise((resolve) => floor.once('message', (m) => resolve(m.port)));
  const floorUrl = `http://127.0.0.1:${floorPort}`;

  const times = new Map(Object.keys(queries).flatMap((name) => [[`s/${name}`, []], [`f/${name}`, []]]));
  async function timeOne(target, path) {
    const t = performance.now();
    const response = await fetch(target + path, { headers: { authorization } });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
    return performance.now() - t;
  }
  const entries = Object.entries(queries);
  for (let i = 0; i < 20; i++) for (const [, path] of entries) await timeOne(url, path); // warm-up
  const p = (values, q) => values.toSorted((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(q * values.length) - 1)];
  const perRound = new Map();
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? entries : entries.toReversed();
    for (const [qi, [name, path]] of order.entries()) {
      const floorPath = `/q${Object.keys(queries).indexOf(name)}`;
      const samples = [];
      // Sandbox and floor alternate request by request.
      for (let i = 0; i < REQUESTS; i++) {
        const sandboxFirst = (i + qi) % 2 === 0;
        const a = sandboxFirst ? await timeOne(url, path) : undefined;
        const f = await timeOne(floorUrl, floorPath);
        const b = sandboxFirst ? a : await timeOne(url, path);
        samples.push(b);
        times.get(`f/${name}`).push(f);
      }
      times.get(`s/${name}`).push(...samples);
      if (!perRound.has(name)) perRound.set(name, []);
      perRound.get(name).push(p(samples, 0.99));
    }
  }
  host.send('memory');
  const after = await new Promise((resolve) => host.once('message', resolve));

  const median = (values) => values.toSorted((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
  const mb = (n) => `${n.toFixed(0)} MB`;
  const m = loaded.memory;
  console.log(`Sandbox at scale: ${CONFERENCES.toLocaleString('en')} conferences, ${(CONFERENCES * PER_CONFERENCE).toLocaleString('en')} participants, loaded from a seed file; Node ${process.version}`);
  console.log(`seed file: ${seedMb.toFixed(1)} MB, written in 1 MB chunks in ${(generateMs / 1000).toFixed(1)} s`);
  const spread = (values, digits, unit) => `${median(values).toFixed(digits)}${unit} [${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}]`;
  console.log(
    `conference-kit-mock --seed-file (fresh process): first answer after ${(median(cliStarts) / 1000).toFixed(1)} s, peak RSS ${mb(median(cliPeaks))}` +
      ` (${STARTS} start${STARTS > 1 ? 's' : ''}: ${spread(cliStarts.map((ms) => ms / 1000), 2, ' s')}, ${spread(cliPeaks, 0, ' MB')})`,
  );
  console.log(`  floor, node running an empty script (fresh process, spawn to exit): ${spread(floorStarts.map((ms) => ms / 1000), 2, ' s')}, peak RSS ${spread(floorPeaks, 0, ' MB')}`);
  console.log(
    `same load, measured (fresh node --expose-gc): startSandbox with the file streamed ${(loaded.phases.startMs / 1000).toFixed(2)} s; ` +
      `process up ${(loaded.sinceProcessStartMs / 1000).toFixed(1)} s when listening`,
  );
  console.log(`  RSS: before ${mb(m.beforeLoad.rss)}, after start ${mb(m.afterStart.rss)} (heap ${mb(m.afterStart.heap)}); peak ${mb(m.afterGc.peak)}`);
  console.log(`  after full GC, loaded: heap ${mb(m.afterGc.heap)}, RSS ${mb(m.afterGc.rss)}; after the queries: heap ${mb(after.memory.heap)}, RSS ${mb(after.memory.rss)}`);
  console.log(`\nlist pages, ${ROUNDS} round${ROUNDS > 1 ? 's' : ''} × ${REQUESTS} sequential keep-alive requests per query (order alternating), sandbox and node:http floor alternating request by request:`);
  // A cell wider than its column still keeps two spaces before the next one.
  const pad = (s, n) => `${String(s).padEnd(n - 2)}  `;
  console.log(`${pad('query', 56)}${pad('items', 7)}${pad('p50 ms', 8)}${pad('p99 ms', 8)}${pad('p99 per round: median [min–max]', 33)}floor p50 / p99 ms`);
  for (const name of Object.keys(queries)) {
    const s = times.get(`s/${name}`);
    const f = times.get(`f/${name}`);
    const rounds = perRound.get(name);
    console.log(
      pad(name, 56) + pad(items[name], 7) + pad(p(s, 0.5).toFixed(1), 8) + pad(p(s, 0.99).toFixed(1), 8) +
        pad(`${median(rounds).toFixed(1)} [${Math.min(...rounds).toFixed(1)}–${Math.max(...rounds).toFixed(1)}]`, 33) +
        `${p(f, 0.5).toFixed(1)} / ${p(f, 0.99).toFixed(1)}`,
    );
  }
  console.log('targets: filtered list page p99 < 25 ms; start-up to first answer ≤ 3 s and peak RSS ≤ 600 MB (100,000 conferences)');
} finally {
  for (const child of [cli, host, floor]) if (child) await kill(child);
  rmSync(seedFile, { force: true });
}
