/**
 * The Changes page is generated, not written: from each published package's CHANGELOG and, per release
 * tag, the spec diff against the release before. Checked here on a made-up history, and on the built site.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain .mjs build script, without declarations
import { releaseTags, renderChanges } from '../scripts/changes.mjs';

describe('the Changes page', () => {
  it('orders release tags by version and ignores other tags', () => {
    expect(releaseTags(['@conference-kit/client@0.10.0', 'v1', '@conference-kit/client@0.2.0', '@conference-kit/types@9.0.0', '@conference-kit/client@1.0.0']))
      .toEqual(['@conference-kit/client@0.2.0', '@conference-kit/client@0.10.0', '@conference-kit/client@1.0.0']);
  });

  it('shows each release against the one before, newest first, and renders the CHANGELOGs', () => {
    const compared: string[] = [];
    const html: string = renderChanges({
      tags: ['@conference-kit/client@0.1.0', '@conference-kit/client@0.2.0', '@conference-kit/client@1.0.0'],
      readChangelog: (dir: string) =>
        dir === 'packages/client' ? '# @conference-kit/client\n\n## 1.0.0\n\n### Major Changes\n\n- abc1234: `region` is an enum (was a string)\n' : null,
      specDiff: (from: string, to: string) => {
        compared.push(`${from}..${to}`);
        return `FetchConference  breaking  region: enum narrowed (${to})`;
      },
    });
    expect(compared).toEqual(['@conference-kit/client@0.2.0..@conference-kit/client@1.0.0', '@conference-kit/client@0.1.0..@conference-kit/client@0.2.0']);
    expect(html.indexOf('1.0.0 <small>against 0.2.0')).toBeLessThan(html.indexOf('0.2.0 <small>against 0.1.0'));
    expect(html).toContain('region: enum narrowed (@conference-kit/client@1.0.0)');
    expect(html).toContain('<h3>@conference-kit/client</h3>');
    expect(html).toContain('<h5>Major Changes</h5>');
    expect(html).toContain("<li>abc1234: <code>region</code> is an enum (was a string)</li>");
    expect(html).toMatch(/data-package="@conference-kit\/mock">\s*<h3>@conference-kit\/mock<\/h3><p>No release yet\.<\/p>/);
  });

  it('says plainly when there is no release to compare', () => {
    const html: string = renderChanges({ tags: [], readChangelog: () => null, specDiff: () => { throw new Error('not called'); } });
    expect(html).toContain('No release has been tagged yet.');
    expect(html).toContain('pnpm spec:diff');
  });

  it('is part of the built site, linked from every page header', () => {
    const built = readFileSync(new URL('../dist/changes.html', import.meta.url), 'utf8');
    expect(built).toContain('<h1>Changes</h1>');
    for (const page of ['index', 'guide', 'api-v2010']) {
      expect(readFileSync(new URL(`../dist/${page}.html`, import.meta.url), 'utf8')).toContain('href="changes.html"');
    }
  });
});
