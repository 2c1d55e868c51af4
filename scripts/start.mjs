#!/usr/bin/env node
// `pnpm start`: builds what the mock needs (turbo, cached), then runs the mock in a child process that
// receives the signals this process gets. A `sh -c "a && b"` chain would not forward SIGTERM, leaving the
// mock holding its port after the command that started it was stopped.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const build = spawnSync('pnpm', ['exec', 'turbo', 'run', 'build', '--filter=@conference-kit/mock...', '--output-logs=errors-only', '--log-prefix=none'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (build.status !== 0) {
  process.stderr.write('conference-kit: building the mock failed; run `pnpm build` to see why\n');
  process.exit(build.status ?? 1);
}

const mock = spawn(process.execPath, [fileURLToPath(new URL('../apps/mock/bin/conference-kit-mock.js', import.meta.url)), ...process.argv.slice(2)], {
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => mock.kill(signal));
}
mock.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 : 1)));
