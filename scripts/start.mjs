#!/usr/bin/env node
// `pnpm start`: builds what the mock needs (turbo, cached; a line per step it builds), then runs the
// mock in a child process that receives the signals this process gets. A `sh -c "a && b"` chain would
// not forward SIGTERM, leaving the mock holding its port after the command that started it was stopped.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const say = (line) => process.stderr.write(`conference-kit: ${line}\n`);

// The first run builds for about half a minute: one line per step that is not in turbo's cache (turbo
// prints each as it starts it), so the wait is never silent; a cached run adds two lines.
const started = Date.now();
say('building the mock and what it needs (turbo; cached after the first run)');
const build = spawn('pnpm', ['exec', 'turbo', 'run', 'build', '--filter=@conference-kit/mock...', '--output-logs=hash-only', '--log-prefix=task'], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'inherit'],
});
let steps = 0;
let cached = 0;
for await (const line of createInterface({ input: build.stdout })) {
  const step = /^(\S+):build: cache (hit|miss)/.exec(line);
  if (!step) continue;
  steps += 1;
  if (step[2] === 'hit') cached += 1;
  else say(`  building ${step[1]}`);
}
const [status] = build.exitCode === null ? await new Promise((resolve) => build.on('exit', (...end) => resolve(end))) : [build.exitCode];
if (status !== 0) {
  say('building the mock failed; run `pnpm build` to see why');
  process.exit(status ?? 1);
}
say(`built in ${((Date.now() - started) / 1000).toFixed(1)} s (${cached} of ${steps} steps from the cache)`);

const mock = spawn(process.execPath, [fileURLToPath(new URL('../apps/mock/bin/conference-kit-mock.js', import.meta.url)), ...process.argv.slice(2)], {
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => mock.kill(signal));
}
mock.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 : 1)));
