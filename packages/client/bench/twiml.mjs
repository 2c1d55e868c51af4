// The TwiML builder beside twilio-node's VoiceResponse, for the same documents (twiml-ours.mjs and
// twiml-twilio.mjs): the bundle an app gets for each document (esbuild --bundle --minify for the
// browser, gzipped), and the time to build one document, in one process, contestants alternating
// order every round; median and [min–max] over the rounds. Prints figures; asserts nothing about speed.
// Run `pnpm --filter @conference-kit/client bench:twiml` after `build`; `--quick` is a smoke run.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import * as ours from './twiml-ours.mjs';
import * as twilio from './twiml-twilio.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const quick = process.argv.includes('--quick');
const ROUNDS = Number(process.env.ROUNDS ?? (quick ? 2 : 9));
const DOCUMENTS = Number(process.env.DOCUMENTS ?? (quick ? 200 : 20_000));
const contestants = { 'conference-kit': ours, 'twilio VoiceResponse': twilio };
const documents = { '<Dial><Conference>': 'dialConference', 'IVR menu, then the conference': 'ivrMenu' };

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} kB`;
// A cell wider than its column still keeps two spaces before the next one, so columns never run together.
const pad = (s, n) => `${String(s).padEnd(n - 2)}  `;
const median = (values) => {
  const sorted = values.toSorted((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const spread = (values, digits) => `${median(values).toFixed(digits)} [${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}]`;

async function bundle(module, name) {
  const result = await build({
    stdin: { contents: `export { ${name} as default } from ${JSON.stringify(join(here, module))};`, resolveDir: here },
    bundle: true, minify: true, write: false, format: 'esm', platform: 'browser', logLevel: 'silent',
  });
  const bytes = result.outputFiles[0].contents;
  return { min: bytes.length, gzip: gzipSync(bytes).length };
}

console.log(`TwiML: this builder beside twilio-node ${(await import('twilio/package.json', { with: { type: 'json' } })).default.version} VoiceResponse; Node ${process.version}`);
console.log('\nBundle of an app writing one document (esbuild --bundle --minify, platform browser): minified / gzip');
console.log(`${pad('document', 32)}${pad('conference-kit', 24)}${pad('twilio VoiceResponse', 24)}twilio / ours (gzip)`);
for (const [label, name] of Object.entries(documents)) {
  const [a, b] = [await bundle('twiml-ours.mjs', name), await bundle('twiml-twilio.mjs', name)];
  console.log(`${pad(label, 32)}${pad(`${kb(a.min)} / ${kb(a.gzip)}`, 24)}${pad(`${kb(b.min)} / ${kb(b.gzip)}`, 24)}${(b.gzip / a.gzip).toFixed(1)}×`);
}

let sink = 0; // every document's length, so no build is optimised away
function timeRound(write) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < DOCUMENTS; i++) sink += write(`room-${i}`).length;
  return Number(process.hrtime.bigint() - start) / 1e3 / DOCUMENTS;
}

console.log(`\nBuild time per document (${DOCUMENTS.toLocaleString('en')} documents × ${ROUNDS} rounds, order alternating, after a warm-up): median [min–max] µs`);
console.log(`${pad('document', 32)}${pad('conference-kit', 24)}${pad('twilio VoiceResponse', 24)}twilio / ours (median)`);
for (const [label, name] of Object.entries(documents)) {
  const times = Object.fromEntries(Object.keys(contestants).map((c) => [c, []]));
  for (const module of Object.values(contestants)) timeRound(module[name]); // warm-up
  for (let round = 0; round < ROUNDS; round++) {
    const order = Object.entries(contestants);
    for (const [contestant, module] of round % 2 === 0 ? order : order.toReversed()) times[contestant].push(timeRound(module[name]));
  }
  const [a, b] = Object.values(times);
  console.log(`${pad(label, 32)}${pad(spread(a, 2), 24)}${pad(spread(b, 2), 24)}${(median(b) / median(a)).toFixed(1)}×`);
}
if (sink === 0) throw new Error('no document was written');
