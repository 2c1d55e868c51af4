// Start-up: what a test file pays before its first request. Each round forks a fresh process per
// contestant, the order alternating every round:
//
//   empty module     `node` running a module that imports nothing: Node's own boot, the floor;
//   engine alone     @conference-kit/sandbox imported and a sandbox created: what the engine costs;
//   mock             @conference-kit/mock (built) imported and startSandbox() ready to answer.
//
// "import + ready" is the time from the first line of the module to ready; "process" is from the
// process's start (performance.now() in the child). Goal (issue 20): the mock's import + ready ≤ 250 ms.
//
//   node bench/startup.mjs [--quick]        (ROUNDS overrides)
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median, pad, spread } from './figures.mjs';

const quick = process.argv.includes('--quick');
const ROUNDS = Number(process.env.ROUNDS ?? (quick ? 1 : 5));
const GOAL_MS = 250;

const contestants = [
  { kind: 'empty', name: 'empty module (floor)' },
  { kind: 'engine', name: 'engine alone' },
  { kind: 'mock', name: 'import + startSandbox() (mock)' },
];

function once(kind) {
  const child = fork(fileURLToPath(new URL('./startup-child.mjs', import.meta.url)), [kind], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'], execArgv: [] });
  return new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) => code !== 0 && reject(new Error(`start-up of ${kind} exited with ${code}`)));
  });
}

const results = new Map(contestants.map((c) => [c.kind, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const c of round % 2 === 0 ? contestants : contestants.toReversed()) results.get(c.kind).push(await once(c.kind));
}

console.log(`Start-up: a fresh process per contestant and round, ${ROUNDS} round${ROUNDS > 1 ? 's' : ''}, order alternating; Node ${process.version}`);
console.log(`${pad('contestant', 32)}${pad('import + ready ms', 20)}${pad('import ms', 16)}${pad('process ms', 20)}${pad('RSS MB', 16)}${pad('× engine', 10)}goal`);
const engineMs = median(results.get('engine').map((r) => r.readyMs));
for (const c of contestants) {
  const rounds = results.get(c.kind);
  const ready = median(rounds.map((r) => r.readyMs));
  const goal = c.kind === 'mock' ? `≤ ${GOAL_MS} ms ${ready <= GOAL_MS ? 'met' : 'not met'}` : '—';
  console.log(
    pad(c.name, 32) +
      pad(spread(rounds.map((r) => r.readyMs)), 20) +
      pad(spread(rounds.map((r) => r.importMs)), 16) +
      pad(spread(rounds.map((r) => r.sinceBootMs)), 20) +
      pad(spread(rounds.map((r) => r.rss)), 16) +
      pad(c.kind === 'empty' ? '—' : `${(ready / engineMs).toFixed(1)}×`, 10) +
      goal,
  );
}
