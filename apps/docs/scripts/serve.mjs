// Serves the built site for a person to browse: `pnpm run docs` (builds first; bare `pnpm docs` is a pnpm built-in), or
// `node scripts/serve.mjs [--port 4020] [--host 127.0.0.1]` (PORT and HOST work too).
import { parseArgs } from 'node:util';
import { serveDocs } from './static-server.mjs';

const { values } = parseArgs({ options: { port: { type: 'string' }, host: { type: 'string' } } });
const portText = values.port ?? (process.env.PORT || '4020');
if (!/^\d+$/.test(portText) || Number(portText) > 65535) {
  console.error(`docs: port must be an integer from 0 to 65535, got "${portText}"`);
  process.exit(2);
}
const server = await serveDocs({ port: Number(portText), host: values.host ?? (process.env.HOST || '127.0.0.1') }).catch((error) => {
  console.error(`docs: ${error.code === 'EADDRINUSE' ? `port ${portText} is already in use; pick another with --port` : error.message}`);
  process.exit(2);
});
console.log(`conference-kit docs on ${server.url}/`);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close().then(() => process.exit(0)));
