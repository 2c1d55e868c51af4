// Client benchmarks, all in one run against the same local server (bench/server.mjs, its own process):
// per-request CPU and wall time of this client vs plain fetch (the floor), openapi-fetch alone and the
// official twilio library; iterating 100,000 items over 100 pages, each walker in a fresh
// `node --expose-gc` process (bench/paginate.mjs); and the bundle size of a one-call consumer of each.
// Contestants alternate order every round; figures are medians with [min–max] over rounds, each ratio
// is to the floor measured in the same run, and each row says its goal and whether this run met it.
// Prints figures; asserts nothing. Run with `pnpm bench:client` at the repository root;
// `node bench/run.mjs --quick` is a smoke run (1 round, few requests, 10 pages).
import { execFileSync, fork } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import createClient from 'openapi-fetch';
import twilio from 'twilio';
import { createConferenceClient } from '../dist/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const quick = process.argv.includes('--quick');
const REQUESTS = Number(process.env.REQUESTS ?? (quick ? 50 : 1000));
const ROUNDS = Number(process.env.ROUNDS ?? (quick ? 1 : 5));
const PAGE_ROUNDS = Number(process.env.PAGE_ROUNDS ?? (quick ? 1 : 5));
const PAGES = quick ? 10 : 100;
const PAGE_ITEMS = 1000;
const accountSid = 'ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const authToken = 'bench-token';
const sid = 'CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';

const server = fork(join(here, 'server.mjs'), { env: { ...process.env, PAGES: String(PAGES), PAGE_ITEMS: String(PAGE_ITEMS) } });
const { port } = await new Promise((resolve) => server.once('message', resolve));
const origin = `http://127.0.0.1:${port}`;
const fetchUrl = `${origin}/2010-04-01/Accounts/${accountSid}/Conferences/${sid}.json`;
const authorization = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`;

const ours = createConferenceClient({ accountSid, authToken, baseUrl: origin });
// The same client without its per-attempt timeout: what the timer and its abort signal cost.
const untimed = createConferenceClient({ accountSid, authToken, baseUrl: origin, timeoutMs: 0 });
const fetchPath = '/2010-04-01/Accounts/{AccountSid}/Conferences/{Sid}.json';
const fetchParams = { params: { path: { AccountSid: accountSid, Sid: sid } } };
// openapi-fetch on its own, to tell its per-request cost from ours on top of it.
const bare = createClient({ baseUrl: origin, headers: { authorization } });
const official = twilio(accountSid, authToken);
official.api.baseUrl = origin;

const contestants = {
  'plain fetch': async () => {
    const response = await fetch(fetchUrl, { headers: { authorization, accept: 'application/json' } });
    if (!response.ok) throw new Error(String(response.status));
    return response.json();
  },
  'openapi-fetch alone': async () => {
    const { data, error } = await bare.GET('/2010-04-01/Accounts/{AccountSid}/Conferences/{Sid}.json', { params: { path: { AccountSid: accountSid, Sid: sid } } });
    if (error) throw new Error('request failed');
    return data;
  },
  'conference-kit client': async () => {
    const { data, error } = await ours.api.GET(fetchPath, fetchParams);
    if (error) throw error;
    return data;
  },
  'conference-kit, timeoutMs 0': async () => {
    const { data, error } = await untimed.api.GET(fetchPath, fetchParams);
    if (error) throw error;
    return data;
  },
  'twilio (official)': () => official.conferences(sid).fetch(),
};

async function timeRun(fn) {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let i = 0; i < REQUESTS; i++) await fn();
  const wall = Number(process.hrtime.bigint() - start) / 1e3 / REQUESTS;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / REQUESTS };
}

const results = Object.fromEntries(Object.keys(contestants).map((name) => [name, []]));
const warmups = quick ? 20 : 200;
for (const fn of Object.values(contestants)) for (let i = 0; i < warmups; i++) await fn(); // warm-up
// Many short rounds, the order reversed every other round, and the median of each, so drift on a noisy
// machine hits every contestant alike and one lucky or unlucky round decides nothing.
for (let round = 0; round < ROUNDS; round++) {
  const order = Object.entries(contestants);
  for (const [name, fn] of round % 2 === 0 ? order : order.toReversed()) results[name].push(await timeRun(fn));
}
const median = (values) => {
  const sorted = values.toSorted((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const spread = (values, digits = 0) => `${median(values).toFixed(digits)} [${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}]`;
// A cell wider than its column still keeps two spaces before the next one, so columns never run together.
const pad = (s, n) => `${String(s).padEnd(n - 2)}  `;
const medianOf = (rows, key) => median(rows.map((r) => r[key]));
const floor = { wall: medianOf(results['plain fetch'], 'wall'), cpu: medianOf(results['plain fetch'], 'cpu') };
const times = (name, key) => medianOf(results[name], key) / floor[key];
const yesNo = (ok) => (ok ? 'yes' : 'no');
const metBoth = (wall, cpu) => (wall === cpu ? yesNo(wall) : `wall ${yesNo(wall)}, CPU ${yesNo(cpu)}`);
const oursName = 'conference-kit client';
const twilioOverOurs = { wall: medianOf(results['twilio (official)'], 'wall') / medianOf(results[oursName], 'wall'), cpu: medianOf(results['twilio (official)'], 'cpu') / medianOf(results[oursName], 'cpu') };
const goals = {
  'plain fetch': ['floor', ''],
  'openapi-fetch alone': ['(reference)', ''],
  [oursName]: ['≤ 1.05× fetch', metBoth(times(oursName, 'wall') <= 1.05, times(oursName, 'cpu') <= 1.05)],
  'conference-kit, timeoutMs 0': ['(reference)', ''],
  'twilio (official)': [`≥ 1.3× ours (${twilioOverOurs.wall.toFixed(2)}× wall, ${twilioOverOurs.cpu.toFixed(2)}× CPU)`, metBoth(twilioOverOurs.wall >= 1.3, twilioOverOurs.cpu >= 1.3)],
};
console.log(`Per request (sequential keep-alive GETs of one Conference, ${REQUESTS} × ${ROUNDS} rounds, order alternating; median [min–max] over rounds; ratios to plain fetch's medians in this run; Node ${process.version}, ${availableParallelism()} CPUs):`);
console.log(`${pad('client', 30)}${pad('wall µs', 18)}${pad('CPU µs', 18)}${pad('wall ×fetch', 13)}${pad('CPU ×fetch', 12)}${pad('goal', 44)}met`);
for (const name of Object.keys(contestants)) {
  const [goal, met] = goals[name];
  console.log(
    pad(name, 30) + pad(spread(results[name].map((r) => r.wall)), 18) + pad(spread(results[name].map((r) => r.cpu)), 18) +
      (pad(times(name, 'wall').toFixed(2), 13) + pad(times(name, 'cpu').toFixed(2), 12) + pad(goal, 44) + met).trimEnd(),
  );
}
console.log('');

// Pagination: every page, lazily, each contestant in a fresh process with --expose-gc, order alternating.
const walkers = { fetch: 'plain fetch (floor)', client: 'conference-kit paginate', twilio: 'twilio each()' };
const walks = Object.fromEntries(Object.keys(walkers).map((kind) => [kind, []]));
for (let round = 0; round < PAGE_ROUNDS; round++) {
  const kinds = Object.keys(walkers);
  for (const kind of round % 2 === 0 ? kinds : kinds.toReversed()) {
    const out = execFileSync(process.execPath, ['--expose-gc', join(here, 'paginate.mjs'), kind, origin, String(PAGE_ITEMS)], { encoding: 'utf8' });
    const walk = JSON.parse(out.trim().split('\n').at(-1));
    if (walk.items !== PAGES * PAGE_ITEMS) throw new Error(`${kind} saw ${walk.items} items, expected ${PAGES * PAGE_ITEMS}`);
    walks[kind].push(walk);
  }
}
const items = PAGES * PAGE_ITEMS;
console.log(`Pagination: ${items.toLocaleString('en')} items over ${PAGES} pages of ${PAGE_ITEMS} (${(Buffer.byteLength(await (await fetch(`${origin}/2010-04-01/Accounts/${accountSid}/Conferences.json?PageSize=${PAGE_ITEMS}&Page=0`)).text()) / 1024).toFixed(0)} kB each), ${PAGE_ROUNDS} round${PAGE_ROUNDS > 1 ? 's' : ''}, each walk a fresh node --expose-gc process, order alternating;`);
console.log('memory is growth over a baseline taken after two full GCs, with everything imported and one small request made through the same stack: peak while walking (sampled every 1,000 items) and retained after two more full GCs. Median [min–max], MB.');
const floorPeak = median(walks.fetch.map((r) => r.peakRssGrowth));
const walkGoals = {
  fetch: ['floor', ''],
  client: ['≤ 1.2× floor', (peak) => yesNo(peak <= 1.2)],
  twilio: ['(reference)', ''],
};
console.log(`${pad('walker', 25)}${pad('items/s', 24)}${pad('peak RSS', 17)}${pad('peak heap', 17)}${pad('peak ext+AB', 17)}${pad('retained heap', 17)}${pad('retained RSS', 15)}${pad('peak RSS ×floor', 17)}${pad('goal', 15)}met`);
for (const [kind, name] of Object.entries(walkers)) {
  const w = walks[kind];
  const ratio = median(w.map((r) => r.peakRssGrowth)) / floorPeak;
  const [goal, met] = walkGoals[kind];
  console.log(
    pad(name, 25) + pad(spread(w.map((r) => items / r.seconds)), 24) + pad(spread(w.map((r) => r.peakRssGrowth)), 17) +
      pad(spread(w.map((r) => r.peakHeapGrowth)), 17) + pad(spread(w.map((r) => r.peakExternalGrowth)), 17) +
      pad(spread(w.map((r) => r.retainedHeap), 1), 17) + pad(spread(w.map((r) => r.retainedRss)), 15) + pad(ratio.toFixed(2), 17) +
      (pad(goal, 15) + (typeof met === 'function' ? met(ratio) : met)).trimEnd(),
  );
}
console.log(`(baseline RSS of a walker process: ${spread(Object.values(walks).flat().map((r) => r.rssBefore))} MB; ext+AB = external memory and ArrayBuffers)\n`);
server.disconnect();

// Bundle size of a consumer making one call, minified and gzipped by esbuild.
const dir = mkdtempSync(join(tmpdir(), 'ck-bundle-'));
async function bundleSize(name, source, platform) {
  const entry = join(dir, `${name}.mjs`);
  writeFileSync(entry, source);
  const result = await build({
    entryPoints: [entry], bundle: true, minify: true, write: false, format: 'esm', platform,
    nodePaths: [join(here, '..', 'node_modules')], logLevel: 'silent', metafile: false,
  });
  const bytes = result.outputFiles[0].contents;
  return { min: bytes.length, gzip: gzipSync(bytes).length };
}
const oursSize = await bundleSize('ours', `
import { createConferenceClient } from ${JSON.stringify(join(here, '..', 'dist', 'index.js'))};
const c = createConferenceClient({ accountSid: 'AC${'a'.repeat(32)}', authToken: 't' });
console.log(await c.api.GET('/2010-04-01/Accounts/{AccountSid}/Conferences/{Sid}.json', { params: { path: { AccountSid: 'AC${'a'.repeat(32)}', Sid: 'CF${'a'.repeat(32)}' } } }));
`, 'browser');
const theirsSize = await bundleSize('theirs', `
import createClient from 'openapi-fetch';
import twilio from 'twilio';
console.log(await twilio('AC${'a'.repeat(32)}', 't').conferences('CF${'a'.repeat(32)}').fetch());
`, 'node');
rmSync(dir, { recursive: true, force: true });
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
console.log(`Bundle (one fetch call, esbuild --minify, gzip): conference-kit ${kb(oursSize.gzip)} (${kb(oursSize.min)} min); twilio ${kb(theirsSize.gzip)} (${kb(theirsSize.min)} min) — ${(theirsSize.gzip / oursSize.gzip).toFixed(0)}× smaller`);
