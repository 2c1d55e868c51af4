/**
 * Opens every page of the built site in headless Chromium (Debian's, driven by playwright-core; no
 * browser is ever downloaded) served from 127.0.0.1, and checks what a reader would notice: the title,
 * every operation of both specs by its summary, no console errors, and not one request to another host.
 * A screenshot of each page is saved under test-output/.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { apiNames, listOperations } from '@conference-kit/specs/contract';
// @ts-expect-error plain ESM helper without types
import { serveDocs } from '../scripts/static-server.mjs';

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
  for (const o of listOperations(file.replace('.html', '') as (typeof apiNames)[number])) {
    for (const tag of o.operation.tags as string[]) byTag.set(tag, [...(byTag.get(tag) ?? []), String(o.operation.summary)]);
  }
  return [...byTag];
}
const summaries = (api: (typeof apiNames)[number]) => listOperations(api).map((o) => String(o.operation.summary));

const pages = [
  { file: 'index.html', title: 'conference-kit — Twilio Conference APIs, typed, mocked and documented', mustShow: ['Conference API reference', 'Insights API reference', 'api-v2010.yaml', 'insights-v1.json'] },
  { file: 'guide.html', title: 'Guide — conference-kit', mustShow: ['Create a client', 'createConferenceClient', 'paginate', 'TwilioApiError'] },
  { file: 'api-v2010.html', title: 'Twilio Conference API (2010-04-01) — conference-kit', mustShow: summaries('api-v2010') },
  { file: 'insights-v1.html', title: 'Twilio Voice Insights Conference API (v1) — conference-kit', mustShow: summaries('insights-v1') },
];

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
    const perTag = file === 'index.html' || file === 'guide.html' ? [] : operationsByTag(file);
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
    await page.screenshot({ path: `${screenshots}${file.replace('.html', '.png')}`, fullPage: false });
    expect(foreign).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 60_000);

  it('offers the bundled specs for download', async () => {
    for (const api of apiNames) {
      for (const ext of ['json', 'yaml']) {
        const response = await fetch(`${site.url}/specs/${api}.${ext}`);
        expect(response.status).toBe(200);
        expect(await response.text()).toContain(ext === 'yaml' ? 'openapi: 3.1.0' : '"openapi": "3.1.0"');
      }
    }
  });
});
