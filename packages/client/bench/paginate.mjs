// One pagination contestant in a fresh process started with --expose-gc (by run.mjs):
//
//   node --expose-gc bench/paginate.mjs <fetch|client|twilio> <origin> <pageSize>
//
// Walks every page the bench server offers, counting items without keeping them, and prints one JSON
// line: items, seconds, and memory growth over a baseline taken after two full GCs with everything
// imported and one small request made through the same HTTP stack — the peak while walking (sampled every 1,000 items, and VmHWM), and
// what is still held after two more full GCs once the walk is over.
import { readFileSync } from 'node:fs';
import twilio from 'twilio';
import { createConferenceClient } from '../dist/index.js';

const [kind, origin, pageSizeText] = process.argv.slice(2);
const pageSize = Number(pageSizeText);
const accountSid = 'ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const authToken = 'bench-token';
const authorization = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`;
const list = `/2010-04-01/Accounts/${accountSid}/Conferences.json`;

const conference = `${list.replace('.json', '')}/CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json`;
// One small request through each contestant's own HTTP stack before the baseline: Node loads undici (for
// fetch) and twilio its axios agent on first use, a one-off cost of the process, not of paginating.
const warmUps = {
  async fetch() {
    await (await fetch(origin + conference, { headers: { authorization } })).json();
  },
  async client() {
    const client = createConferenceClient({ accountSid, authToken, baseUrl: origin });
    const { error } = await client.api.GET('/2010-04-01/Accounts/{AccountSid}/Conferences/{Sid}.json', {
      params: { path: { AccountSid: accountSid, Sid: 'CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' } },
    });
    if (error) throw error;
  },
  async twilio() {
    const client = twilio(accountSid, authToken);
    client.api.baseUrl = origin;
    await client.api.v2010.accounts(accountSid).conferences('CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa').fetch();
  },
};

const walks = {
  // The floor: fetch, JSON.parse, follow next_page_uri. No checks, no retries, no timeouts.
  async fetch(onItem) {
    let next = `${list}?PageSize=${pageSize}`;
    while (next) {
      const response = await fetch(origin + next, { headers: { authorization, accept: 'application/json' } });
      if (!response.ok) throw new Error(String(response.status));
      const page = await response.json();
      for (const item of page.conferences) onItem(item);
      next = page.next_page_uri;
    }
  },
  async client(onItem) {
    const client = createConferenceClient({ accountSid, authToken, baseUrl: origin });
    for await (const item of client.api.paginate(list.replace(accountSid, '{AccountSid}'), { params: { path: { AccountSid: accountSid } } }, { pageSize })) {
      onItem(item);
    }
  },
  // twilio-node's own way through every page: each() with a callback per item.
  async twilio(onItem) {
    const client = twilio(accountSid, authToken);
    client.api.baseUrl = origin;
    await client.api.v2010.accounts(accountSid).conferences.each({ pageSize }, (item) => onItem(item));
  },
};

const vmHwm = () => Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1]) * 1024;
const gc = () => {
  globalThis.gc();
  globalThis.gc();
};
const MB = 2 ** 20;

const walk = walks[kind];
await warmUps[kind]();
gc();
const before = process.memoryUsage();
const hwmBefore = vmHwm();
let count = 0;
let peakRss = before.rss;
let peakHeap = before.heapUsed;
let peakExternal = before.external + before.arrayBuffers;
const started = performance.now();
await walk((item) => {
  if (item.sid) count++;
  if (count % 1000 === 0) {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
    peakExternal = Math.max(peakExternal, m.external + m.arrayBuffers);
  }
});
const seconds = (performance.now() - started) / 1000;
const hwmAfter = vmHwm();
gc();
const after = process.memoryUsage();
process.stdout.write(
  `${JSON.stringify({
    kind,
    items: count,
    seconds,
    rssBefore: before.rss / MB,
    heapBefore: before.heapUsed / MB,
    peakRssGrowth: (peakRss - before.rss) / MB,
    hwmGrowth: (hwmAfter - Math.max(hwmBefore, before.rss)) / MB,
    peakHeapGrowth: (peakHeap - before.heapUsed) / MB,
    peakExternalGrowth: (peakExternal - before.external - before.arrayBuffers) / MB,
    retainedHeap: (after.heapUsed - before.heapUsed) / MB,
    retainedRss: (after.rss - before.rss) / MB,
  })}\n`,
);
// twilio's HTTP agent keeps sockets open; this process is done.
process.exit(0);
