// What an app bundles from @conference-kit/client/webhooks and /twiml (esbuild, minified, for the
// browser): only what it imports, nothing from Node, within a budget.
import { describe, expect, it } from 'vitest';

type Sizes = Record<string, { min: number; gzip: number; text: string }>;
const { measure, budgets } = (await import(new URL('../scripts/bundle-size.mjs', import.meta.url).href)) as {
  measure: (names?: string[], options?: { from: 'src' | 'dist' }) => Promise<Sizes>;
  budgets: Record<string, number>;
};

describe('webhooks bundle', async () => {
  // Bundled for the browser: an import of node:crypto (or any Node built-in) would fail the build.
  const sizes = await measure(undefined, { from: 'src' });
  const verifyOnly = sizes['verifyTwilioSignature only']!;
  const parseOnly = sizes['parseConferenceEvent only']!;

  it('an app verifying signatures gets no event schema', () => {
    expect(verifyOnly.text).toContain('HMAC');
    expect(verifyOnly.text).not.toContain('participant-speech-start');
    expect(verifyOnly.text).not.toContain('ConferenceEventError');
  });

  it('an app parsing events gets no signature code', () => {
    expect(parseOnly.text).toContain('participant-speech-start');
    expect(parseOnly.text).not.toContain('HMAC');
  });

  // The budgets live in scripts/bundle-size.mjs, whose `--check` (in `pnpm check`) measures the built
  // package and prints the figures; this holds the sources to the same numbers.
  it('stays within the budgets of scripts/bundle-size.mjs (minified + gzip)', () => {
    for (const name of ['verifyTwilioSignature only', 'parseConferenceEvent only', 'both']) {
      expect(sizes[name]!.gzip, name).toBeLessThanOrEqual(budgets[name]!);
    }
  });
});

describe('twiml bundle', async () => {
  const name = 'twiml <Dial><Conference>';
  const { [name]: app } = await measure([name], { from: 'src' });

  it('a <Dial><Conference> response carries the checks of Dial and Conference and no other element', () => {
    expect(app!.text).toContain('maxParticipants'); // Conference's range
    expect(app!.text).toContain('timeLimit'); // Dial's
    for (const other of ['wordsToSay', 'Polly', 'audioUrl', 'Gather', 'Hangup', 'Reject']) expect(app!.text, other).not.toContain(other);
    expect(app!.text).not.toContain('HMAC');
  });

  it(`stays within its budget (${budgets[name]! / 1024} kB minified + gzip)`, () => {
    console.log(`${name}: ${app!.min} B minified, ${app!.gzip} B gzip (budget ${budgets[name]} B)`);
    expect(app!.gzip).toBeLessThanOrEqual(budgets[name]!);
  });
});
