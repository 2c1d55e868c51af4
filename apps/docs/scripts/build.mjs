// Builds the static site into dist/: one Redoc reference per spec (Redoc inlined, so it renders with no
// network), the bundled specs to download, and the landing and guide pages from src/ — the guide's code
// cut from guide/example.ts, which the tests compile and run.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const appDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = join(appDir, '..', '..');
const dist = join(appDir, 'dist');
const require = createRequire(import.meta.url);
const apis = {
  'api-v2010': 'Twilio Conference API (2010-04-01) — conference-kit',
  'insights-v1': 'Twilio Voice Insights Conference API (v1) — conference-kit',
};

rmSync(dist, { recursive: true, force: true });
mkdirSync(join(dist, 'specs'), { recursive: true });

// An inline icon, so the browser does not ask the server for /favicon.ico.
const FAVICON = '<link rel="icon" href="data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 viewBox=%220 0 16 16%22%3E%3Crect width=%2216%22 height=%2216%22 rx=%223%22 fill=%22%23c22a3a%22/%3E%3C/svg%3E">';
const versions = [];
for (const [api, title] of Object.entries(apis)) {
  execFileSync(
    join(appDir, 'node_modules', '.bin', 'redocly'),
    ['build-docs', api, '--config', join(repoRoot, 'redocly.yaml'), '--inlineBundle', '--title', title, '--output', join(dist, `${api}.html`)],
    { cwd: repoRoot, stdio: 'pipe', env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } },
  );
  // The only remote asset the inlined Redoc still loads is Redocly's logo in its "API docs by" badge.
  // Point it at an empty local image so the page makes no request off this host.
  const page = join(dist, `${api}.html`);
  const html = readFileSync(page, 'utf8');
  const offline = html.replace('<head>', `<head>${FAVICON}`).replace(/https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(-full)?\.svg/g, 'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22/%3E');
  if (offline === html) throw new Error(`${api}.html: Redocly's logo URL was not found; check the page for remote assets`);
  writeFileSync(page, offline);
  for (const ext of ['json', 'yaml']) copyFileSync(require.resolve(`@conference-kit/specs/${api}.${ext}`), join(dist, 'specs', `${api}.${ext}`));
  versions.push(`${api} ${JSON.parse(readFileSync(require.resolve(`@conference-kit/specs/${api}.json`), 'utf8')).info.version}`);
}

const escapeHtml = (text) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const example = readFileSync(join(appDir, 'guide', 'example.ts'), 'utf8');
function region(name) {
  const match = new RegExp(`// #region ${name}\\n([\\s\\S]*?)\\n\\s*// #endregion ${name}`).exec(example);
  if (!match) throw new Error(`guide/example.ts has no region "${name}"`);
  const lines = match[1].split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^ */)[0].length));
  return escapeHtml(lines.map((l) => l.slice(indent)).join('\n'));
}

const layout = readFileSync(join(appDir, 'src', 'layout.html'), 'utf8');
const style = readFileSync(join(appDir, 'src', 'style.css'), 'utf8');
const pages = { index: 'conference-kit — Twilio Conference APIs, typed, mocked and documented', guide: 'Guide — conference-kit' };
for (const [page, title] of Object.entries(pages)) {
  const content = readFileSync(join(appDir, 'src', `${page}.html`), 'utf8').replace(/\{\{region:([a-z-]+)\}\}/g, (_, name) => region(name));
  const html = layout
    .replace('{{title}}', title)
    .replace('{{style}}', style)
    .replace('{{favicon}}', FAVICON)
    .replace('{{content}}', content)
    .replace('{{versions}}', versions.join(', '))
    .replace(/\{\{current:([a-z]+)\}\}/g, (_, name) => (name === page ? ' aria-current="page"' : ''));
  const leftover = /\{\{[^}]+\}\}/.exec(html);
  if (leftover) throw new Error(`src/${page}.html: unfilled placeholder ${leftover[0]}`);
  writeFileSync(join(dist, `${page}.html`), html);
}
console.log(`docs built in ${dist}: index.html, guide.html, ${Object.keys(apis).map((a) => `${a}.html`).join(', ')}, specs/`);
