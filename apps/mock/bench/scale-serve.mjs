// The scale run's server: loads a seed file the way `conference-kit-mock --seed-file` does (readFile as
// UTF-8, JSON.parse, startSandbox({ seed })), timing each step and measuring memory. Run by scale.mjs in
// a fresh process with --expose-gc:
//
//   node --expose-gc bench/scale-serve.mjs <seed.json>
//
// Sends { port, phases, memory } over IPC once listening.
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';

const file = process.argv[2];
const vm = () => {
  const text = readFileSync('/proc/self/status', 'utf8');
  const mb = (field) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(text)[1]) / 1024;
  return { rss: mb('VmRSS'), peak: mb('VmHWM') };
};
const heapMb = () => process.memoryUsage().heapUsed / 2 ** 20;
const at = () => performance.now();

const { startSandbox } = await import('../dist/index.js');
const phases = {};
const memory = { beforeLoad: { ...vm(), heap: heapMb() } };
// As in main.ts's seedFromFile: the text is a local of the function, unreachable once it returns.
async function seedFromFile() {
  let t = at();
  const text = await readFile(file, 'utf8');
  phases.readMs = at() - t;
  memory.afterRead = vm();
  t = at();
  const seed = JSON.parse(text);
  phases.parseMs = at() - t;
  memory.afterParse = { ...vm(), heap: heapMb() };
  return seed;
}
let seed = await seedFromFile();
const t = at();
const running = await startSandbox({ seed, port: 0, logLevel: 'silent' });
phases.startMs = at() - t;
seed = undefined;
memory.afterStart = { ...vm(), heap: heapMb() };
globalThis.gc();
globalThis.gc();
const usage = process.memoryUsage();
memory.afterGc = { ...vm(), heap: usage.heapUsed / 2 ** 20, external: (usage.external + usage.arrayBuffers) / 2 ** 20 };

process.send({ port: Number(new URL(running.url).port), phases, memory, sinceProcessStartMs: performance.now() });
process.on('message', (message) => {
  if (message === 'memory') {
    globalThis.gc();
    process.send({ memory: { ...vm(), heap: heapMb() } });
  }
});
process.on('disconnect', () => process.exit(0));
