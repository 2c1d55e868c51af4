// Builds the static site into dist/: one Redoc reference per spec (Redoc inlined, so it renders with no
// network), the bundled specs to download, and the landing and guide pages from src/ — the guide's code
// cut from the modules under guide/ (example.ts, receiver.ts, sandbox.example.test.ts), which the tests
// compile and run. Twilio's two APIs and the sandbox's control API (sandbox-v1) each get a reference. The references render a decorated copy of
// each bundle (scripts/decorate.mjs: the mock as a second server, code samples on every operation); the
// bundles offered for download are the specs as they are. Two pages are generated: Changes from the
// CHANGELOGs and release tags, and the TwiML reference from the TwiML vocabulary (specs/twiml/).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { changesFromRepository } from './changes.mjs';
import { decorate } from './decorate.mjs';
import { escapeHtml } from './html.mjs';
import { readVocabulary, renderTwiml } from './twiml.mjs';

const appDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = join(appDir, '..', '..');
const dist = join(appDir, 'dist');
const require = createRequire(import.meta.url);
const apis = {
  'api-v2010': 'Twilio Conference API (2010-04-01) — conference-kit',
  'insights-v1': 'Twilio Voice Insights Conference API (v1) — conference-kit',
  'sandbox-v1': 'Sandbox Control API (v1) — conference-kit',
};
const source = (file) => readFileSync(join(appDir, 'src', file), 'utf8');
/** The site header with the current page marked. */
const header = (page) => source('header.html').replace(/\{\{current:([a-z0-9-]+)\}\}/g, (_, name) => (name === page ? ' aria-current="page"' : ''));

rmSync(dist, { recursive: true, force: true });
mkdirSync(join(dist, 'specs'), { recursive: true });

// An inline icon, so the browser does not ask the server for /favicon.ico.
const FAVICON = '<link rel="icon" href="data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 viewBox=%220 0 16 16%22%3E%3Crect width=%2216%22 height=%2216%22 rx=%223%22 fill=%22%23c22a3a%22/%3E%3C/svg%3E">';
// Redoc's "API docs by" badge shows Redocly's logo from their CDN. Offline there is no logo, so the badge
// shows the name as text instead, drawn in an inline SVG (full) or its initial (the collapsed sidebar's).
// textLength makes the text fill the image whatever font draws it.
const svg = (width, text) => `data:image/svg+xml,${encodeURIComponent(
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="12" viewBox="0 0 ${width} 12"><text x="1" y="10" textLength="${width - 2}" lengthAdjust="spacingAndGlyphs" font-family="system-ui, sans-serif" font-size="11" font-weight="600" fill="#8a93a6">${text}</text></svg>`,
)}`;
const BADGE_LOGOS = { 'logo-mini-full': svg(44, 'Redocly'), 'logo-mini': svg(10, 'R') };
const referenceStyle = `<style>${source('header.css')}\n${source('reference.css')}</style>`;
const scratch = mkdtempSync(join(tmpdir(), 'conference-kit-docs-'));
const versions = [];
const summaries = {};
try {
  for (const [api, title] of Object.entries(apis)) {
    const bundle = JSON.parse(readFileSync(require.resolve(`@conference-kit/specs/${api}.json`), 'utf8'));
    const decorated = join(scratch, `${api}.json`);
    writeFileSync(decorated, JSON.stringify(decorate(bundle)));
    execFileSync(
      join(appDir, 'node_modules', '.bin', 'redocly'),
      ['build-docs', decorated, '--config', join(appDir, 'redocly.docs.yaml'), '--inlineBundle', '--title', title, '--output', join(dist, `${api}.html`)],
      { cwd: repoRoot, stdio: 'pipe', env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } },
    );
    const page = join(dist, `${api}.html`);
    const html = readFileSync(page, 'utf8');
    let logos = 0;
    const built = html
      .replace(/https:\/\/cdn\.redoc\.ly\/redoc\/(logo-mini(?:-full)?)\.svg/g, (_, name) => {
        logos += 1;
        return BADGE_LOGOS[name];
      })
      .replace('</head>', () => `${FAVICON}${referenceStyle}</head>`)
      .replace('<body>', () => `<body>${header(api)}`);
    if (logos === 0) throw new Error(`${api}.html: Redocly's logo URL was not found; check the page for remote assets`);
    if (!built.includes('class="site-header"') || !built.includes(referenceStyle)) throw new Error(`${api}.html: no <head> or <body> to add the site header to`);
    writeFileSync(page, built);
    for (const ext of ['json', 'yaml']) copyFileSync(require.resolve(`@conference-kit/specs/${api}.${ext}`), join(dist, 'specs', `${api}.${ext}`));
    versions.push(`${api} ${bundle.info.version}`);
    summaries[api] = bundle.info.summary ?? bundle.info.title;
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}


// Code blocks are cut from the modules under guide/: `{{code:name}}` is the region `name` of example.ts,
// `{{code:file#name}}` a region of guide/<file>. Each becomes a <pre> that names its module in data-file,
// so the tests can put each module's snippets back together in page order.
const guideSources = new Map();
function region(file, name) {
  if (!guideSources.has(file)) guideSources.set(file, readFileSync(join(appDir, 'guide', file), 'utf8'));
  const match = new RegExp(`// #region ${name}\\n([\\s\\S]*?)\\n\\s*// #endregion ${name}`).exec(guideSources.get(file));
  if (!match) throw new Error(`guide/${file} has no region "${name}"`);
  const lines = match[1].split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^ */)[0].length));
  return escapeHtml(lines.map((l) => l.slice(indent)).join('\n'));
}
const codeBlock = (file, name) => `<pre data-file="${file}"><code class="language-ts">${region(file, name)}</code></pre>`;

const layout = source('layout.html');
const style = source('style.css');
const pages = {
  index: 'conference-kit — Twilio Conference APIs, typed, mocked and documented',
  guide: 'Guide — conference-kit',
  changes: 'Changes — conference-kit',
  twiml: 'TwiML reference — conference-kit',
};
// Generated pages: Changes from the CHANGELOGs and the release tags (scripts/changes.mjs), the TwiML
// reference from the TwiML vocabulary (scripts/twiml.mjs). They go in as they are, so text from a
// changelog or the vocabulary is never read as a placeholder.
const generated = {
  changes: () => changesFromRepository(repoRoot),
  twiml: () => renderTwiml(readVocabulary(require.resolve('@conference-kit/specs/twiml/vocabulary.yaml'))),
};
const unfilled = (html) => /\{\{[^}]+\}\}/.exec(html)?.[0];
/** A page written under src/, with its code cut from guide/ and the specs' summaries filled in. */
function fromSource(page) {
  const content = source(`${page}.html`).replace(/\{\{code:(?:([a-z.-]+\.ts)#)?([a-z-]+)\}\}/g, (_, file, name) => codeBlock(file ?? 'example.ts', name))
    // The landing page describes each API in its spec's own words, so it follows what the specs cover.
    .replace(/\{\{summary:([a-z0-9-]+)\}\}/g, (_, api) => {
      if (!(api in summaries)) throw new Error(`src/${page}.html: no API "${api}" for {{summary:${api}}}`);
      return escapeHtml(summaries[api]);
    });
  const leftover = unfilled(content);
  if (leftover) throw new Error(`src/${page}.html: unfilled placeholder ${leftover}`);
  return content;
}
for (const [page, title] of Object.entries(pages)) {
  const frame = layout
    .replace('{{title}}', () => title)
    .replace('{{header-style}}', () => source('header.css'))
    .replace('{{style}}', () => style)
    .replace('{{header}}', () => header(page))
    .replace('{{favicon}}', () => FAVICON)
    .replace('{{versions}}', () => versions.join(', '));
  const leftover = unfilled(frame.replace('{{content}}', ''));
  if (leftover) throw new Error(`src/layout.html: unfilled placeholder ${leftover}`);
  const content = generated[page] ? generated[page]() : fromSource(page);
  writeFileSync(join(dist, `${page}.html`), frame.replace('{{content}}', () => content));
}
console.log(`docs built in ${dist}: ${Object.keys(pages).map((p) => `${p}.html`).join(', ')}, ${Object.keys(apis).map((a) => `${a}.html`).join(', ')}, specs/`);
