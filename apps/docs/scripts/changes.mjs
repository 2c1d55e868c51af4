// The "Changes" page: each published package's CHANGELOG.md (written by `changeset version`), and for each
// release the spec changes it carried — the spec diff between one release tag and the one before, as
// `pnpm spec:diff` reports it. Releases are the git tags changesets makes for the client
// (`@conference-kit/client@X.Y.Z`), since every release of the specs changes the client's types.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { marked } from 'marked';
import { escapeHtml } from './html.mjs';

export const PUBLISHED = [
  ['@conference-kit/client', 'packages/client'],
  ['@conference-kit/types', 'packages/types'],
  ['@conference-kit/mock', 'apps/mock'],
  ['@conference-kit/sandbox', 'packages/sandbox'],
];
const RELEASE_TAG = /^@conference-kit\/client@(\d+)\.(\d+)\.(\d+)$/;


/** Release tags, oldest first. */
export function releaseTags(tags) {
  return tags
    .map((tag) => ({ tag, version: RELEASE_TAG.exec(tag)?.slice(1).map(Number) }))
    .filter((t) => t.version)
    .sort((a, b) => a.version[0] - b.version[0] || a.version[1] - b.version[1] || a.version[2] - b.version[2])
    .map((t) => t.tag);
}

/**
 * The page's HTML. `readChangelog(dir)` gives a package's CHANGELOG.md text or null; `tags` the repository's
 * tags; `specDiff(from, to)` the spec-diff report between two refs. All three are injected so the page can
 * be built (and tested) from any history.
 */
export function renderChanges({ readChangelog, tags, specDiff }) {
  const parts = ['<h1>Changes</h1>'];
  const releases = releaseTags(tags);
  parts.push('<h2 id="spec-changes">Spec changes by release</h2>');
  if (releases.length < 2) {
    parts.push(
      `<p>${releases.length === 0 ? 'No release has been tagged yet.' : `Only one release (${escapeHtml(releases[0])}) has been tagged, so there is nothing to compare it with.`}
Each later release lists here what its specs changed against the one before, each change marked breaking or not for clients.
Between releases, <code>pnpm spec:diff</code> reports what the working tree changes.</p>`,
    );
  } else {
    for (let i = releases.length - 1; i > 0; i--) {
      const report = specDiff(releases[i - 1], releases[i]);
      parts.push(`<h3>${escapeHtml(releases[i].split('@').pop())} <small>against ${escapeHtml(releases[i - 1].split('@').pop())}</small></h3>`);
      parts.push(`<pre><code>${escapeHtml(report.trim())}</code></pre>`);
    }
  }
  parts.push('<h2 id="changelogs">Changelogs</h2>');
  for (const [name, dir] of PUBLISHED) {
    const text = readChangelog(dir);
    parts.push(`<section class="changelog" data-package="${escapeHtml(name)}">`);
    if (text === null) {
      parts.push(`<h3>${escapeHtml(name)}</h3><p>No release yet.</p>`);
    } else {
      // Changesets writes "# <package name>" first; the page already names sections, so headings go down two levels.
      parts.push(marked.parse(text, { async: false }).replace(/<(\/?)h([1-4])/g, (_, slash, level) => `<${slash}h${Math.min(Number(level) + 2, 6)}`));
    }
    parts.push('</section>');
  }
  return parts.join('\n');
}

/** The page from this repository as it is. */
export function changesFromRepository(repoRoot) {
  const git = (...args) => execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  let tags = [];
  try {
    tags = git('tag', '--list').split('\n').filter(Boolean);
  } catch {
    // Not a git checkout (an unpacked source tarball): no releases to list.
  }
  return renderChanges({
    tags,
    readChangelog: (dir) => {
      const file = join(repoRoot, dir, 'CHANGELOG.md');
      return existsSync(file) ? readFileSync(file, 'utf8') : null;
    },
    specDiff: (from, to) =>
      execFileSync(process.execPath, [join(repoRoot, 'specs', 'scripts', 'spec-diff.mjs'), from, '--to', to], { cwd: repoRoot, encoding: 'utf8' }),
  });
}
