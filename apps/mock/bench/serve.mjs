// One benchmark contestant in a fresh process, so its memory is its own and its CPU is not shared with
// the load generator's event loop. Forked by throughput.mjs:
//
//   node bench/serve.mjs <floor|prism|examples|sandbox>
//
// It answers on 127.0.0.1 and sends { port, listenMs } over IPC once listening. `floor` waits for the
// answers it must replay ({ answers: { [path]: { status, contentType, body } } }) before it listens.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';

const kind = process.argv[2];
const require = createRequire(import.meta.url);
// The exact Prism config startMockServer uses, from the built mock: the Prism contestant cannot drift from it.
const { PRISM_CONFIG: MOCK_CONFIG } = await import('../dist/pipeline.js');

async function floor() {
  // The physical limit: node:http writing bytes it already has. No routing beyond a map lookup, no
  // parsing of the query or the body (the body is drained), no validation.
  const { answers } = await new Promise((resolve) => process.once('message', resolve));
  const byPath = new Map(Object.entries(answers).map(([key, a]) => [key, { ...a, bytes: Buffer.from(a.body) }]));
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const q = req.url.indexOf('?');
      const path = q < 0 ? req.url : req.url.slice(0, q);
      // Rotated create paths (…/Conferences/bench-…/Participants.json) share one answer.
      const answer = byPath.get(path) ?? byPath.get(path.replace(/\/Conferences\/[^/]+\/Participants\.json$/, '/Conferences/*/Participants.json'));
      if (!answer) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(answer.status, { 'content-type': answer.contentType, 'content-length': answer.bytes.length });
      res.end(answer.bytes);
    });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server.address().port;
}

async function prism() {
  // Prism's own HTTP server library (the one the Prism CLI runs), resolved through the pinned
  // @stoplight/prism-cli, given both specs' operations and the mock's exact config, CORS off.
  const cli = createRequire(require.resolve('@stoplight/prism-cli/package.json'));
  const { createServer: createPrismServer } = cli('@stoplight/prism-http-server');
  const { getHttpOperationsFromSpec } = cli('@stoplight/prism-http');
  const { createLogger } = cli('@stoplight/prism-core');
  const operations = (
    await Promise.all(['api-v2010', 'insights-v1'].map((name) => getHttpOperationsFromSpec(require.resolve(`@conference-kit/specs/${name}.json`))))
  ).flat();
  const server = createPrismServer(operations, {
    cors: false,
    config: MOCK_CONFIG,
    components: { logger: createLogger('prism', { level: 'silent' }) },
  });
  const address = await server.listen(0, '127.0.0.1');
  return Number(new URL(address).port);
}

async function mock(mode) {
  const { startMockServer } = await import('../dist/server.js');
  // In sandbox mode the engine answers from its default seeded world (account ACaaaa…, Auth Token
  // `token`), on the real clock, as `conference-kit-mock` runs it.
  const sandbox = mode === 'sandbox' ? (await import('@conference-kit/sandbox')).createSandbox() : undefined;
  const server = await startMockServer({ port: 0, logLevel: 'silent', mode, ...(sandbox && { sandbox }) });
  return Number(new URL(server.url).port);
}

const port = await ({ floor, prism, examples: () => mock('examples'), sandbox: () => mock('sandbox') })[kind]();
process.send({ port, listenMs: Math.round(performance.now()) });
process.on('disconnect', () => process.exit(0));
