/**
 * The sandbox inspector in a real browser (Debian's Chromium driven by playwright-core; no browser is
 * ever downloaded). A warm transfer runs against the sandbox while the page is open: the customer and
 * agent 1 in support-42, the customer held while agent 2 is added, agent 1 leaving. The page must show
 * the callbacks as they are delivered and the conference's legs as bars, without a reload; open one
 * delivery's payload; advance the clock; read at 1280 and 375 px; ask nothing of any host but the
 * sandbox's; and refuse to open without the control credential.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import twilio from 'twilio';
import { startSandbox, type RunningSandbox } from '../src/index.js';
import { startReceiver, type Receiver } from './sandbox-helpers.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasBrowser = existsSync(CHROMIUM);
if (!hasBrowser && process.env.CI) throw new Error(`No browser at ${CHROMIUM}: CI must install one (apt-get install -y chromium).`);
if (!hasBrowser) console.warn(`Skipping the inspector browser test: no Chromium at ${CHROMIUM} (apt-get install -y chromium).`);

const CONFERENCE_EVENTS = ['start', 'end', 'join', 'leave', 'mute', 'hold'];
/** Generous for a loaded 2-core machine: each wait ends as soon as the page shows what it waits for. */
const SHOWN = { timeout: 20_000 };

describe.skipIf(!hasBrowser)('the sandbox inspector in a browser', () => {
  let browser: Browser;
  let sandbox: RunningSandbox;
  let receiver: Receiver;
  let broken: Receiver;
  // One folder, overwritten by each run, so runs leave no trail of temporary folders behind.
  const screenshots = join(tmpdir(), 'conference-kit-inspector-screenshots');
  mkdirSync(screenshots, { recursive: true });

  beforeAll(async () => {
    [sandbox, receiver, broken] = await Promise.all([
      startSandbox({ clock: { frozen: true, now: '2025-03-03T12:00:00.000Z' }, seed: 'empty' }),
      startReceiver(),
      startReceiver(),
    ]);
    broken.behave({ status: 500 });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await sandbox?.close();
    await Promise.all([receiver?.close(), broken?.close()]);
  });

  const control = () => ({ username: sandbox.accountSid, password: sandbox.authToken });

  // The official library through the sandbox's httpClient; the callbacks still cross the loopback network.
  const client = () => twilio(sandbox.accountSid, sandbox.authToken, { httpClient: sandbox.twilioHttpClient });
  const addParticipant = (label: string, to: string, statusCallback = `${receiver.url}/call`) =>
    client()
      .conferences('support-42')
      .participants.create({
        from: '+15555550100',
        to,
        label,
        conferenceRecord: 'record-from-start',
        conferenceStatusCallback: `${receiver.url}/conference`,
        conferenceStatusCallbackEvent: CONFERENCE_EVENTS,
        statusCallback,
        statusCallbackEvent: ['initiated', 'ringing', 'answered', 'completed'],
      });

  /** The page open with the control credential, every request it makes recorded. */
  async function openInspector(viewport: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page; requests: string[]; errors: string[] }> {
    const context = await browser.newContext({ viewport, httpCredentials: control() });
    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(`${sandbox.url}/`);
    expect(response?.status()).toBe(200);
    await page.getByRole('status').filter({ hasText: 'Live' }).waitFor(SHOWN);
    return { context, page, requests, errors };
  }

  it('shows a warm transfer live: callbacks as they arrive, the legs as bars, a delivery’s payload, the clock', async () => {
    const { context, page, requests, errors } = await openInspector({ width: 1280, height: 900 });
    let navigations = 0;
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations += 1;
    });
    const deliveries = page.locator('#entries tbody tr', { hasText: 'conference participant-join' });

    // The customer and agent 1 are added and answer: their joins appear while the page stays open.
    const customer = await addParticipant('customer', '+15555550101');
    const agent1 = await addParticipant('agent-1', '+15555550102');
    await sandbox.advance(2_000);
    await expect.poll(() => deliveries.count(), SHOWN).toBe(2);
    const conferenceSid = customer.conferenceSid;
    const participant = (callSid: string) => client().conferences(conferenceSid).participants(callSid);

    // Warm transfer: the customer is held, agent 2 joins (its call callbacks go to a receiver that answers
    // 500), the customer is taken off hold, agent 1 leaves.
    await participant(customer.callSid).update({ hold: true });
    const agent2 = await addParticipant('agent-2', '+15555550103', `${broken.url}/call`);
    await sandbox.advance(3_000);
    await participant(customer.callSid).update({ hold: false });
    await participant(agent1.callSid).remove();
    await sandbox.advance(2_000);
    await sandbox.settled();

    await expect.poll(() => deliveries.count(), SHOWN).toBe(3);
    await page.locator('#entries tbody tr', { hasText: 'conference participant-leave' }).first().waitFor(SHOWN);
    // Agent 2's call callbacks were answered 500: they stand out, marked in words as well as colour.
    const failedRow = page.locator('#entries tbody tr.bad', { hasText: `${broken.url}/call` }).first();
    await failedRow.waitFor(SHOWN);
    expect(await failedRow.locator('.outcome').innerText()).toContain('failed');
    expect(navigations).toBe(0);

    // The world's lists answer the filter.
    const filter = page.getByLabel('Filter');
    await filter.fill('no-such-room');
    await page.locator('#conferences tbody', { hasText: 'none' }).waitFor(SHOWN);
    await filter.fill('support');
    // The conference's timeline: one leg per participant, each with its bars; agent 1 left.
    await page.getByRole('button', { name: 'support-42' }).click();
    const legs = page.locator('#legs > li.leg[data-call]');
    await expect.poll(() => legs.count(), SHOWN).toBe(3);
    await expect.poll(() => page.locator('#legs .seg-connected').count(), SHOWN).toBeGreaterThanOrEqual(3);
    expect(await page.locator('#legs .seg-hold').count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator('#legs .seg-recording').count()).toBe(1);
    await expect.poll(() => legs.filter({ hasText: 'agent-1' }).innerText(), SHOWN).toMatch(/left \d\d:\d\d:\d\d\.\d{3}/);
    // A bar has a length on screen (polled: a live update may redraw the timeline meanwhile).
    const firstBar = page.locator('#legs .seg-connected').first();
    await expect.poll(async () => (await firstBar.boundingBox())?.width ?? 0, SHOWN).toBeGreaterThan(10);

    // A live redraw keeps the keyboard's place: the focused leg's button has the focus again after it.
    await legs.filter({ hasText: 'agent-2' }).getByRole('button').focus();
    await page.locator('#legs').evaluate((list) => list.setAttribute('data-before', ''));
    await sandbox.advance(1_000);
    await expect.poll(() => page.evaluate(() => document.getElementById('legs')?.hasAttribute('data-before')), SHOWN).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('agent-2');

    // A leg leads to its call's timeline.
    await legs.filter({ hasText: 'agent-2' }).getByRole('button').click();
    await page.locator('#call-body .steps li').first().waitFor(SHOWN);
    expect(await page.locator('#call-body').innerText()).toContain(agent2.callSid);

    // One delivery followed to its payload, by keyboard: the form fields as a table, the receiver's answer.
    const joinRow = deliveries.filter({ hasText: 'conference participant-join' }).last();
    await joinRow.getByRole('button').focus();
    await page.keyboard.press('Enter');
    const detail = page.locator('#delivery');
    await detail.waitFor({ state: 'visible', ...SHOWN });
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('delivery-h');
    // The keyboard's place is visible: the focused control draws an outline.
    await page.getByRole('button', { name: 'Advance' }).focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    const payload = await detail.locator('table').innerText();
    expect(payload).toMatch(/StatusCallbackEvent\s+participant-join/);
    expect(payload).toMatch(new RegExp(`ConferenceSid\\s+${conferenceSid}`));
    expect(await detail.innerText()).toMatch(/Receiver status\s+200/);

    // The clock, advanced from the page.
    // The page shows the sandbox's time (the stream's last clock event) before the click.
    const shownTime = () => page.locator('#clock-time').getAttribute('datetime');
    await expect.poll(shownTime, SHOWN).toBe(new Date(sandbox.clock.now()).toISOString());
    const before = await shownTime();
    await page.getByLabel('Step').selectOption('60000');
    await page.getByRole('button', { name: 'Advance' }).click();
    await expect.poll(shownTime, SHOWN).not.toBe(before);
    const after = await shownTime();
    expect(Date.parse(after!) - Date.parse(before!)).toBe(60_000);
    expect(new Date(sandbox.clock.now()).toISOString()).toBe(after);

    // Readable on a laptop and on a phone: nothing wider than the screen at 375 px, key parts in view.
    await page.screenshot({ path: join(screenshots, 'inspector-1280.png'), fullPage: true });
    await page.setViewportSize({ width: 375, height: 812 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    for (const part of ['#clock-time', '#legs', '#entries']) {
      const box = await page.locator(part).boundingBox();
      expect(box, part).not.toBeNull();
      expect(box!.x, part).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width, part).toBeLessThanOrEqual(376);
    }
    await page.screenshot({ path: join(screenshots, 'inspector-375.png'), fullPage: true });
    // Dark mode follows the system's.
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).not.toBe(light);
    await page.screenshot({ path: join(screenshots, 'inspector-375-dark.png') });
    console.info(`inspector screenshots: ${screenshots}`);

    // Reset, in two presses: the journal and the world empty on the page.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('button', { name: 'Reset…' }).click();
    await page.getByRole('button', { name: 'Confirm reset' }).click();
    await expect.poll(() => page.locator('#entries tbody tr').count(), SHOWN).toBe(0);
    await page.locator('#conferences tbody', { hasText: 'none' }).waitFor(SHOWN);
    expect(sandbox.journal.entries()).toEqual([]);

    expect(errors).toEqual([]);
    const foreign = requests.filter((url) => new URL(url).hostname !== '127.0.0.1');
    expect(foreign).toEqual([]);
    expect(requests.length).toBeGreaterThan(3);
    await context.close();
  });

  it('shows the wall time an entry was recorded, also for one recorded before the page opened', async () => {
    const before = Date.now();
    await client().conferences.list({ limit: 5 });
    const { context, page, errors } = await openInspector({ width: 1280, height: 900 });
    const row = page.locator('#entries tbody tr', { hasText: 'ListConference' }).first();
    await row.waitFor(SHOWN);
    // The host's clock, not the page's arrival: within the seconds around the request.
    const wallTitle = await row.locator('[title^="wall clock "]').first().getAttribute('title');
    const wall = Date.parse(wallTitle!.slice('wall clock '.length));
    expect(wall).toBeGreaterThanOrEqual(before - 1000);
    expect(wall).toBeLessThanOrEqual(Date.now());
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses to open without the control credential', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const path of ['/', '/__sandbox/ui', '/__sandbox/ui/inspector.js', '/__sandbox/events']) {
      // Chromium, given no credential to answer the Basic challenge with, ends the navigation with an
      // error: the answer itself is what shows the refusal.
      const [response] = await Promise.all([page.waitForResponse(`${sandbox.url}${path}`), page.goto(`${sandbox.url}${path}`).catch(() => undefined)]);
      expect(response.status(), path).toBe(401);
      expect(response.headers()['www-authenticate'], path).toMatch(/^Basic realm=/);
      expect(await response.text(), path).not.toContain('Sandbox inspector');
    }
    await context.close();
  });
});
