// One start-up in a fresh process, forked by startup.mjs: `empty` (a module that imports nothing),
// `engine` (@conference-kit/sandbox imported and a sandbox created) or `mock` (the built
// @conference-kit/mock imported and startSandbox() ready). Sends its timings and RSS over IPC.
import { procStatus } from './figures.mjs';

const kind = process.argv[2];
const before = performance.now();
let imported = before;
let stop = () => undefined;
if (kind === 'engine') {
  const { createSandbox } = await import('@conference-kit/sandbox');
  imported = performance.now();
  const sandbox = createSandbox();
  stop = () => sandbox.dispose();
} else if (kind === 'mock') {
  const { startSandbox } = await import('../dist/index.js');
  imported = performance.now();
  const sandbox = await startSandbox();
  stop = () => sandbox.close();
}
const ready = performance.now();
// `performance.now()` counts from the process's start, so `sinceBootMs` includes Node's own boot.
process.send({ importMs: imported - before, readyMs: ready - before, sinceBootMs: ready, rss: procStatus(process.pid).rss });
await stop();
process.disconnect();
