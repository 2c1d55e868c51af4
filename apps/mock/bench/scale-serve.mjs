// The scale run's server: loads a seed file the way `conference-kit-mock --seed-file` does (the file
// streamed into startSandbox({ seed: seedFromFile(file) })), timing it and measuring memory. Run by
// scale.mjs in a fresh process with --expose-gc:
//
//   node --expose-gc bench/scale-serve.mjs <seed.json>
//
// Sends { port, phases, memory } over IPC once listening.
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
const { seedFromFile } = await import('../dist/seed-file.js');
const phases = {};
const memory = { beforeLoad: { ...vm(), heap: heapMb() } };
const t = at();
const running = await startSandbox({ seed: seedFromFile(file), port: 0, logLevel: 'silent' });
phases.startMs = at() - t;
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
