/**
 * The root README's curl samples, run as printed against a sandbox (only the port changed): the form
 * values arrive as written, so a `+` in a phone number is not turned into a space by the shell sample.
 * Every README's curl that sends a form uses `--data-urlencode`, never plain `-d`/`--data`.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startSandbox } from '../src/index.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const READMES = ['README.md', 'apps/mock/README.md', 'packages/client/README.md', 'packages/sandbox/README.md'];
/** The curl commands of a README's sh blocks, continuation lines joined. */
function curls(file: string): string[] {
  const text = readFileSync(`${root}${file}`, 'utf8');
  return [...text.matchAll(/```sh\n([\s\S]*?)```/g)]
    .flatMap((block) => block[1]!.replace(/\\\n\s*/g, '').split('\n'))
    .filter((line) => line.trimStart().startsWith('curl '));
}

describe('README curl samples', () => {
  it.each(READMES)('%s sends form values with --data-urlencode only', (file) => {
    for (const line of curls(file)) expect(line).not.toMatch(/\s(-d|--data|--data-raw)\s/);
  });

  it('the root README adds a participant from the numbers it shows, + included', async () => {
    const [add] = curls('README.md').filter((line) => line.includes('Participants.json'));
    expect(add).toBeDefined();
    const sandbox = await startSandbox();
    try {
      const command = add!.replaceAll('http://127.0.0.1:4010', sandbox.url).replace(/^curl /, 'curl -sS --max-time 20 ');
      const { stdout } = await promisify(execFile)('sh', ['-c', command]);
      const participant = JSON.parse(stdout) as { status: string; call_sid: string };
      expect(participant.status).toBe('queued');
      // The snapshot's calls (the seed format's `calls`) hold each call's From and To as received.
      const { calls } = sandbox.sandbox.exportSnapshot() as unknown as { calls: Array<{ sid: string; from: string; to: string }> };
      expect(calls.find((c) => c.sid === participant.call_sid)).toMatchObject({ from: '+15005550006', to: '+15005550007' });
    } finally {
      await sandbox.close();
    }
  });
});
