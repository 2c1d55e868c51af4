// Minified + gzipped size of apps that import only parts of @conference-kit/client (one fetch call),
// of @conference-kit/client/webhooks or of /twiml, bundled by esbuild from the built package (run `pnpm build` first)
// through its `exports` map, for the browser (which also proves nothing in it needs a Node built-in).
//   node scripts/bundle-size.mjs           print the sizes
//   node scripts/bundle-size.mjs --check   print them against the budgets; exit 1 when one is over
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');

const AC = `AC${'a'.repeat(32)}`;
export const apps = {
  'one fetch call': `import { createConferenceClient } from '@conference-kit/client';
const twilio = createConferenceClient({ accountSid: '${AC}', authToken: 'token' });
export default () => twilio.api.GET('/2010-04-01/Accounts/{AccountSid}/Conferences/{Sid}.json', { params: { path: { AccountSid: '${AC}', Sid: 'CF${'a'.repeat(32)}' } } });`,
  'verifyTwilioSignature only': `import { verifyTwilioSignature } from '@conference-kit/client/webhooks';
export default (request, body) => verifyTwilioSignature({ url: request.url, params: new URLSearchParams(body), signature: request.headers.get('x-twilio-signature'), authToken: 'token' });`,
  'parseConferenceEvent only': `import { parseConferenceEvent } from '@conference-kit/client/webhooks';
export default (body) => parseConferenceEvent(body);`,
  'both': `import { parseConferenceEvent, verifyTwilioSignature } from '@conference-kit/client/webhooks';
export default async (request, body) => (await verifyTwilioSignature({ url: request.url, params: new URLSearchParams(body), signature: request.headers.get('x-twilio-signature'), authToken: 'token' })) && parseConferenceEvent(body);`,
  'twiml <Dial><Conference>': `import { conference, dial, response } from '@conference-kit/client/twiml';
export default (room) => response(dial({ action: '/after-call' }, conference({ startConferenceOnEnter: false, waitUrl: '/hold-music' }, room)));`,
};

/** Gzipped bytes each app may reach; `pnpm test` fails past them. */
export const budgets = {
  'one fetch call': 8 * 1024,
  'verifyTwilioSignature only': 2 * 1024,
  'parseConferenceEvent only': 3 * 1024,
  'both': 4.5 * 1024,
  // Measured 1.67 kB: about 1.35 kB is the shared core (escaping, XML characters, the range, length, pattern and
  // URL checks, the messages); Dial's and Conference's checks are the rest.
  'twiml <Dial><Conference>': 2 * 1024,
};

/**
 * Bundles each app; resolves to `{ [name]: { min, gzip, text } }` in bytes. `from: 'src'` bundles the
 * TypeScript sources instead of dist (for tests, which need no build).
 */
export async function measure(names = Object.keys(apps), { from = 'dist' } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'ck-webhooks-size-'));
  try {
    mkdirSync(join(dir, 'node_modules', '@conference-kit'), { recursive: true });
    symlinkSync(pkg, join(dir, 'node_modules', '@conference-kit', 'client'), 'dir');
    const sizes = {};
    for (const name of names) {
      const entry = join(dir, `${name.replace(/\W+/g, '-')}.mjs`);
      writeFileSync(entry, apps[name]);
      const fromSource = {
        name: 'client-from-source',
        setup(b) {
          b.onResolve({ filter: /^@conference-kit\/client(\/\w+)?$/ }, ({ path }) => ({ path: join(pkg, 'src', path.slice('@conference-kit/client'.length), 'index.ts') }));
        },
      };
      const result = await build({
        entryPoints: [entry], bundle: true, minify: true, write: false, format: 'esm', platform: 'browser', logLevel: 'silent',
        plugins: from === 'src' ? [fromSource] : [],
      });
      const bytes = result.outputFiles[0].contents;
      sizes[name] = { min: bytes.length, gzip: gzipSync(bytes).length, text: result.outputFiles[0].text };
    }
    return sizes;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const names = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const kb = (n) => `${(n / 1024).toFixed(2)} kB`;
  const sizes = await measure(names.length ? names : undefined);
  const over = [];
  console.log(`app (esbuild --bundle --minify, platform browser)   min        gzip${check ? '       budget (gzip)' : ''}`);
  for (const [name, { min, gzip }] of Object.entries(sizes)) {
    const budget = budgets[name];
    const verdict = gzip <= budget ? 'ok' : 'OVER';
    if (check && verdict === 'OVER') over.push(name);
    console.log(`${name.padEnd(50)} ${kb(min).padEnd(10)} ${kb(gzip).padEnd(10)}${check ? ` ${kb(budget).padEnd(10)} ${verdict}` : ''}`);
  }
  if (over.length) {
    console.error(`Over the size budget: ${over.join(', ')}. Make the bundle smaller, or raise the budget in scripts/bundle-size.mjs and say why.`);
    process.exit(1);
  }
}
