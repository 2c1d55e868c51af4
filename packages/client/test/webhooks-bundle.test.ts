// What an app bundles from @conference-kit/client/webhooks (esbuild, minified, for the browser): only
// what it imports, nothing from Node, within a budget.
import { describe, expect, it } from 'vitest';

type Sizes = Record<string, { min: number; gzip: number; text: string }>;
const { measure } = (await import(new URL('../scripts/bundle-size.mjs', import.meta.url).href)) as {
  measure: (names?: string[], options?: { from: 'src' | 'dist' }) => Promise<Sizes>;
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

  it('stays small (minified + gzip): verify ≤ 2 kB, parse ≤ 3 kB, both ≤ 4.5 kB', () => {
    expect(verifyOnly.gzip).toBeLessThanOrEqual(2048);
    expect(parseOnly.gzip).toBeLessThanOrEqual(3072);
    expect(sizes.both!.gzip).toBeLessThanOrEqual(4608);
  });
});
