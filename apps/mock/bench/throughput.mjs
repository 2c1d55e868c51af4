// Throughput and latency of the mock beside the bare Prism CLI serving one spec, measured in the same
// run on loopback, so the cost of our wrapper reads as a ratio. Prints figures; asserts nothing.
//
//   pnpm bench:mock                 (from the repository root; builds first)
//   DURATION=10 CONNECTIONS=16 node bench/throughput.mjs
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const require = createRequire(import.meta.url);
const duration = Number(process.env.DURATION ?? 10);
const connections = Number(process.env.CONNECTIONS ?? 16);
const account = 'ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const conference = 'CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const headers = { authorization: `Basic ${Buffer.from(`${account}:token`).toString('base64')}` };
const operations = {
  fetch: `/2010-04-01/Accounts/${account}/Conferences/${conference}.json`,
  list: `/2010-04-01/Accounts/${account}/Conferences.json?PageSize=3`,
};

function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startProcess(name, command, args, port) {
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    try {
      const response = await fetch(url + operations.fetch, { headers });
      await response.arrayBuffer();
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}`);
    if (Date.now() - started > 30_000) throw new Error(`${name} did not start`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return { name, child, url, startupMs: Date.now() - started };
}

function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
}

async function measure(target, path) {
  // A short warm-up so JIT and Prism's caches do not count against either side.
  await autocannon({ url: target.url + path, headers, connections, duration: 2 });
  const samples = [];
  const timer = setInterval(() => samples.push(rssMb(target.child.pid)), 500);
  const result = await autocannon({ url: target.url + path, headers, connections, duration });
  clearInterval(timer);
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    rssStart: samples[0] ?? rssMb(target.child.pid),
    rssEnd: samples.at(-1) ?? rssMb(target.child.pid),
  };
}

const mockPort = await freePort();
const prismPort = await freePort();
const ours = await startProcess('conference-kit mock', process.execPath,
  [fileURLToPath(new URL('../dist/main.js', import.meta.url)), '--port', String(mockPort), '--log-level', 'silent'], mockPort);
const bare = await startProcess('bare Prism CLI', process.execPath,
  [require.resolve('@stoplight/prism-cli/dist/index.js'), 'mock', require.resolve('@conference-kit/specs/api-v2010.json'),
    '--port', String(prismPort), '--host', '127.0.0.1', '--verboseLevel', 'silent'], prismPort);

console.log(`autocannon: ${connections} connections, ${duration} s per run, loopback, Node ${process.version}`);
console.log(`start-up to first answer: conference-kit mock ${ours.startupMs} ms, bare Prism CLI ${bare.startupMs} ms\n`);
const rows = [];
try {
  for (const [operation, path] of Object.entries(operations)) {
    const a = await measure(ours, path);
    const b = await measure(bare, path);
    rows.push({ operation, a, b });
  }
} finally {
  ours.child.kill('SIGTERM');
  bare.child.kill('SIGTERM');
}

const pad = (s, n) => String(s).padEnd(n);
console.log(`${pad('operation', 10)}${pad('server', 22)}${pad('req/s', 10)}${pad('p50 ms', 8)}${pad('p99 ms', 8)}${pad('non-2xx', 9)}RSS start→end MB`);
for (const { operation, a, b } of rows) {
  for (const [name, r] of [['conference-kit mock', a], ['bare Prism CLI', b]]) {
    console.log(`${pad(operation, 10)}${pad(name, 22)}${pad(r.rps.toFixed(0), 10)}${pad(r.p50, 8)}${pad(r.p99, 8)}${pad(r.errors, 9)}${r.rssStart.toFixed(0)}→${r.rssEnd.toFixed(0)}`);
  }
  console.log(`${pad(operation, 10)}ratio (ours / bare): ${(a.rps / b.rps).toFixed(2)}× throughput, p99 ${a.p99} vs ${b.p99} ms\n`);
}
