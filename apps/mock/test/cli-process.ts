/**
 * The `conference-kit-mock` command as a child process, as `npx conference-kit-mock` runs it: the committed
 * bin launcher, which imports the built `dist/main.js`, with PORT, HOST and LOG_LEVEL cleared.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../bin/conference-kit-mock.js', import.meta.url));

export function run(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [main, ...args], {
    env: { ...process.env, PORT: '', HOST: '', LOG_LEVEL: '', CONFERENCE_KIT_CONTROL_TOKEN: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d));
  child.stderr!.on('data', (d: Buffer) => (stderr += d));
  return { child, output: () => ({ stdout, stderr }) };
}

/** The URL the command prints once it listens; throws if it exits or says nothing in time. */
export async function listeningUrl(child: ChildProcess, output: () => { stdout: string }, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const match = /listening on (http:\/\/\S+)/.exec(output().stdout);
    if (match) return match[1]!;
    if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('never printed its URL');
}
