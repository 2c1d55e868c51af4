/**
 * Opens every page of the built site in headless Chromium (Debian's, driven by playwright-core; no
 * browser is ever downloaded) served from 127.0.0.1, and checks what a reader would notice: the title,
 * every operation of every spec (Twilio's two and the sandbox's control API) by its summary, every element
 * and code of the TwiML vocabulary on the TwiML page, no console errors, and not one request to another host;
 * on the references, the way back to the site, the "API docs by" badge, the page title on a phone and no
 * maintainer notes; in the guide, code that reads without scrolling on a laptop screen. Screenshots of
 * each page at 1280 and 375 px are saved under test-output/screenshots/.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { controlApiNames, listOperations, specNames } from '@conference-kit/specs/contract';
import { CONTROL_API_PHRASES, MAINTAINER_PHRASES, maintainerNotes } from './helpers.js';
// @ts-expect-error plain ESM helper without types
import { serveDocs } from '../scripts/static-server.mjs';
// @ts-expect-error plain ESM helper without types
import { readVocabulary } from '../scripts/twiml.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasBrowser = existsSync(CHROMIUM);
if (!hasBrowser && process.env.CI) {
  throw new Error(`No browser at ${CHROMIUM}: CI must install one (apt-get install -y chromium).`);
}
if (!hasBrowser) {
  console.warn(`Skipping the docs browser test: no Chromium at ${CHROMIUM}. Install it with \`apt-get update && apt-get install -y chromium\`.`);
}

const screenshots = fileURLToPath(new URL('../test-output/screenshots/', import.meta.url));
/** Each tag of a reference page with the summaries of its operations. */
function operationsByTag(file: string): Array<[string, string[]]> {
  const byTag = new Map<string, string[]>();
  for (const o of listOperations(file.replace('.html', '') as (typeof specNames)[number])) {
    for (const tag of o.operation.tags as string[]) byTag.set(tag, [...(byTag.get(tag) ?? []), String(o.operation.summary)]);
  }
  return [...byTag];
}
const summaries = (api: (typeof specNames)[number]) => listOperations(api).map((o) => String(o.operation.summary));

const references = specNames.map((api) => `${api}.html`);
const twiml = readVocabulary(createRequire(import.meta.url).resolve('@conference-kit/specs/twiml/vocabulary.yaml')) as {
  elements: Array<{ name: string }>;
  codes: Array<{ code: number; title: string }>;
};
const pages = [
  { file: 'index.html', title: 'conference-kit — Twilio Conference APIs, typed, mocked and documented', mustShow: ['Conference API reference', 'Insights API reference', 'Sandbox control API reference', 'api-v2010.yaml', 'insights-v1.json', 'sandbox-v1.yaml'] },
  { file: 'guide.html', title: 'Guide — conference-kit', mustShow: ['Create a client', 'createConferenceClient', 'paginate', 'TwilioApiError', 'Follow a conference with status callbacks', 'verifyTwilioSignature', 'Test against the sandbox', 'startSandbox'] },
  { file: 'api-v2010.html', title: 'Twilio Conference API (2010-04-01) — conference-kit', mustShow: summaries('api-v2010') },
  { file: 'insights-v1.html', title: 'Twilio Voice Insights Conference API (v1) — conference-kit', mustShow: summaries('insights-v1') },
  { file: 'sandbox-v1.html', title: 'Sandbox Control API (v1) — conference-kit', mustShow: summaries('sandbox-v1') },
  {
    file: 'twiml.html',
    title: 'TwiML reference — conference-kit',
    mustShow: ['TwiML reference', 'Not simulated', ...twiml.elements.map((e) => `<${e.name}>`), ...twiml.codes.map((c) => `${c.code} ${c.title}`)],
  },
];
/** The sandbox's control API loads seeds: there a bare "seed" is its subject, not a maintainer note. */
const notePhrases = (file: string) => ((controlApiNames as readonly string[]).includes(file.replace('.html', '')) ? CONTROL_API_PHRASES : MAINTAINER_PHRASES);

describe.skipIf(!hasBrowser)('docs site in a real browser', () => {
  let browser: Browser;
  let site: { url: string; close(): Promise<void> };

  beforeAll(async () => {
    site = await serveDocs({ port: 0, host: '127.0.0.1' });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    });
    mkdirSync(screenshots, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it.each(pages)('$file renders offline with its title, content and no errors', async ({ file, title, mustShow }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const origin = new URL(site.url).origin;
    const foreign: string[] = [];
    const consoleErrors: string[] = [];
    // Every request outside the local server is recorded and refused, so the page must work without them.
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      foreign.push(url);
      return route.abort();
    });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));

    await page.goto(`${site.url}/${file}`, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    // Redoc renders after load; wait until its placeholder has gone.
    await page.waitForFunction(() => !document.body.innerText.includes('Loading...'), undefined, { timeout: 30_000 }).catch(() => undefined);
    expect(await page.title()).toBe(title);
    const text = await page.locator('body').innerText();
    // Redoc lists operations under collapsed tags in its sidebar, one open at a time: open each tag, as a
    // reader would, and wait for its operations to show.
    const perTag = references.includes(file) ? operationsByTag(file) : [];
    for (const [tag, tagSummaries] of perTag) {
      const visible = (summary: string) => page.getByText(summary, { exact: true }).filter({ visible: true }).first();
      // Clicking an open tag would close it again, so click only when its operations are hidden.
      if ((await visible(tagSummaries[0]!).count()) === 0) await page.getByText(tag, { exact: true }).first().click();
      for (const summary of tagSummaries) await visible(summary).waitFor({ state: 'visible', timeout: 10_000 });
    }
    const shown = perTag.length > 0 ? perTag.flatMap(([, tagSummaries]) => tagSummaries) : [];
    for (const expected of mustShow.filter((m) => !shown.includes(m))) {
      expect(text, `${file} should show "${expected}"`).toContain(expected);
    }
    // Redoc scrolls smoothly to an opened tag: let the scroll settle so the screenshot shows the page at rest.
    await page.waitForFunction(() => new Promise<boolean>((resolve) => {
      const before = window.scrollY;
      setTimeout(() => resolve(window.scrollY === before), 300);
    }), undefined, { timeout: 10_000 });
    if (references.includes(file)) {
      // The site header is in view at the top wherever the reader has scrolled to.
      const header = await page.locator('header.site-header').boundingBox();
      expect(header?.y).toBe(0);
    }
    await page.screenshot({ path: `${screenshots}${file.replace('.html', '')}-1280.png`, fullPage: false });
    if (references.includes(file)) {
      // With every tag open, nothing a reader can see is a note for the specs' maintainers.
      expect(maintainerNotes(await page.locator('body').innerText(), notePhrases(file))).toEqual([]);
    }
    expect(foreign).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 60_000);

  it('offers the bundled specs for download', async () => {
    for (const api of specNames) {
      for (const ext of ['json', 'yaml']) {
        const response = await fetch(`${site.url}/specs/${api}.${ext}`);
        expect(response.status).toBe(200);
        expect(await response.text()).toContain(ext === 'yaml' ? 'openapi: 3.1.0' : '"openapi": "3.1.0"');
      }
    }
  });

  /** Opens a page at a width and waits until Redoc, where there is one, has rendered. */
  async function open(file: string, width: number) {
    const context = await browser.newContext({ viewport: { width, height: width < 600 ? 812 : 900 } });
    const page = await context.newPage();
    await page.goto(`${site.url}/${file}`, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    await page.waitForFunction(() => !document.body.innerText.includes('Loading...'), undefined, { timeout: 30_000 }).catch(() => undefined);
    return { page, close: () => context.close() };
  }

  it.each(references)('%s links back to the landing page, the guide and every reference from its header', async (file) => {
    const { page, close } = await open(file, 1280);
    for (const [href, name] of [['index.html', 'Overview'], ['guide.html', 'Guide']] as const) {
      const link = page.locator(`header.site-header a[href="${href}"]`, { hasText: name });
      await expect(link.isVisible()).resolves.toBe(true);
      // The header stays in view when the reader has scrolled down the reference.
      await page.mouse.wheel(0, 3000);
      const box = await link.boundingBox();
      expect(box && box.y >= 0 && box.y < 60, `${href} link at the top of the window`).toBe(true);
    }
    // …and to every reference, this one marked as the current page.
    for (const reference of references) {
      const link = page.locator(`header.site-header a[href="${reference}"]`);
      await expect(link.isVisible()).resolves.toBe(true);
      expect(await link.getAttribute('aria-current')).toBe(reference === file ? 'page' : null);
    }
    await page.locator('header.site-header a[href="guide.html"]').click();
    await page.waitForURL(/\/guide\.html$/);
    expect(await page.title()).toBe('Guide — conference-kit');
    await close();
  });

  it.each(references)("%s shows Redoc's \"API docs by\" badge whole, its image loaded and inside the sidebar", async (file) => {
    const { page, close } = await open(file, 1280);
    const badge = await page.evaluate(() => {
      const img = document.querySelector<HTMLImageElement>('img[alt="redocly logo"]');
      const link = img?.closest('a');
      const text = link?.querySelector('p');
      const sidebar = document.querySelector('.menu-content')?.getBoundingClientRect();
      if (!img || !link || !text || !sidebar) return null;
      const box = img.getBoundingClientRect();
      return {
        complete: img.complete,
        naturalWidth: img.naturalWidth,
        width: box.width,
        inSidebar: box.left >= sidebar.left && box.right <= sidebar.right,
        textLines: Math.round(text.getBoundingClientRect().height / parseFloat(getComputedStyle(text).lineHeight)),
      };
    });
    expect(badge).toEqual({ complete: true, naturalWidth: expect.any(Number), width: expect.any(Number), inSidebar: true, textLines: 1 });
    expect(badge!.naturalWidth).toBeGreaterThan(0);
    expect(badge!.width).toBeGreaterThan(0);
    expect(badge!.width).toBeLessThan(80);
    await close();
  });

  it.each(pages.map((p) => p.file))('%s fits a 375 px phone; a reference title breaks only between words', async (file) => {
    const { page, close } = await open(file, 375);
    await page.screenshot({ path: `${screenshots}${file.replace('.html', '')}-375.png`, fullPage: false });
    const title = await page.evaluate(() => {
      const h1 = document.querySelector('h1');
      if (!h1) return null;
      const box = h1.getBoundingClientRect();
      // Each word (hyphenated parts count as words) must sit on one line: one box for its text.
      const broken: string[] = [];
      const node = h1.firstChild;
      if (node?.nodeType === Node.TEXT_NODE) {
        for (const match of node.textContent!.matchAll(/[^\s-]+-?/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          if (range.getClientRects().length > 1) broken.push(match[0]);
        }
      }
      return { text: h1.textContent, overflow: h1.scrollWidth - h1.clientWidth, right: box.right, viewport: window.innerWidth, broken, pageOverflow: document.documentElement.scrollWidth - window.innerWidth };
    });
    expect(title).not.toBeNull();
    expect(title!.overflow, `${title!.text} overflows its box`).toBeLessThanOrEqual(0);
    expect(title!.right, `${title!.text} ends past the screen`).toBeLessThanOrEqual(title!.viewport);
    expect(title!.broken, `words of "${title!.text}" broken across lines`).toEqual([]);
    expect(title!.pageOverflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
    await close();
  }, 60_000);

  it('guide.html shows its code whole at 1280 px: no code block scrolls or wraps a line', async () => {
    const { page, close } = await open('guide.html', 1280);
    const blocks = await page.evaluate(() =>
      Array.from(document.querySelectorAll('pre')).map((pre) => {
        const code = pre.querySelector('code')!;
        const lines = code.textContent!.split('\n').length;
        const style = getComputedStyle(pre);
        const contentHeight = pre.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
        return {
          first: code.textContent!.split('\n')[0],
          preOverflow: pre.scrollWidth - pre.clientWidth,
          codeOverflow: code.scrollWidth - code.clientWidth,
          wrapped: Math.round(contentHeight / parseFloat(style.lineHeight)) - lines,
        };
      }),
    );
    expect(blocks.length).toBeGreaterThan(5);
    expect(blocks.filter((b) => b.preOverflow > 0 || b.codeOverflow > 0 || b.wrapped > 0)).toEqual([]);
    await page.screenshot({ path: `${screenshots}guide-1280-full.png`, fullPage: true });
    await close();
  });
});
