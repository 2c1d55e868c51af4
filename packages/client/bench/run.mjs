// Client benchmarks, all in one run against the same local server (bench/server.mjs, its own process):
// per-request CPU and wall time of this client vs plain fetch and vs the official twilio library;
// iterating 100,000 items over 100 pages; and the bundle size of a one-call consumer of each.
// Prints figures; asserts nothing. Run with `pnpm bench:client` at the repository root.
import { fork } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import createClient from 'openapi-fetch';
import twilio from 'twilio';
import { createConferenceClient } from '../dist/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const REQUESTS = Number(process.env.REQUESTS ?? 1000);
const ROUNDS = Number(process.env.ROUNDS ?? 9);
const accountSid = 'ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const authToken = 'bench-token';
const sid = 'CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';

const server = fork(join(here, 'server.mjs'), { env: { ...process.env, PAGES: '100', PAGE_ITEMS: '1000' } });
const { port } = await new Promise((resolve) => server.once('message', resolve));
const origin = `http://127.0.0.1:${port}`;
const fetchUrl = `${origin}/2010-04-01/Accounts/${accountSid}/Conferences/${sid}.json`;
const authorization = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`;

const ours = createConferenceClient({ accountSid, authToken, baseUrl: origin });
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
    const { data, error } = await ours.api.GET('/2010-04-01/Accounts/{AccountSid}/Conferences/{Sid}.json', { params: { path: { AccountSid: accountSid, Sid: sid } } });
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
for (const fn of Object.values(contestants)) for (let i = 0; i < 200; i++) await fn(); // warm-up
// Many short interleaved rounds and the median of each, so drift on a noisy machine hits every
// contestant alike and one lucky or unlucky round decides nothing.
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, fn] of Object.entries(contestants)) results[name].push(await timeRun(fn));
}
const median = (values) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)];
const best = (name) => ({
  wall: median(results[name].map((r) => r.wall)),
  cpu: median(results[name].map((r) => r.cpu)),
});
const baseline = best('plain fetch');
console.log(`Per request (sequential keep-alive GETs of one Conference, ${REQUESTS} × ${ROUNDS} rounds, median round; Node ${process.version}):`);
console.log(`${'client'.padEnd(24)}${'wall µs'.padEnd(10)}${'CPU µs'.padEnd(10)}wall ×fetch  CPU ×fetch`);
for (const name of Object.keys(contestants)) {
  const r = best(name);
  console.log(`${name.padEnd(24)}${r.wall.toFixed(0).padEnd(10)}${r.cpu.toFixed(0).padEnd(10)}${(r.wall / baseline.wall).toFixed(2).padEnd(12)}${(r.cpu / baseline.cpu).toFixed(2)}`);
}
const o = best('conference-kit client');
const t = best('twilio (official)');
console.log(`official twilio / conference-kit: ${(t.wall / o.wall).toFixed(2)}× wall, ${(t.cpu / o.cpu).toFixed(2)}× CPU\n`);

// Pagination: 100 pages of 1000 items, lazily.
global.gc?.();
const rssBefore = process.memoryUsage().rss;
let peak = rssBefore;
let count = 0;
const started = process.hrtime.bigint();
for await (const conference of ours.api.paginate('/2010-04-01/Accounts/{AccountSid}/Conferences.json', { params: { path: { AccountSid: accountSid } } })) {
  if (conference.sid) count++;
  if (count % 1000 === 0) peak = Math.max(peak, process.memoryUsage().rss);
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(`Pagination: ${count} items over 100 pages in ${seconds.toFixed(2)} s = ${Math.round(count / seconds)} items/s; peak RSS growth ${((peak - rssBefore) / 2 ** 20).toFixed(1)} MB`);
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
