// workerd (Cloudflare Workers), run by `workerd test`: the input is the INPUT text binding (see
// worker.capnp); one line `RESULT {json}` out. A throw fails the test and workerd exits non-zero.
import { run } from './client.bundle.mjs';

export default {
  async test(_controller, env) {
    const result = await run(JSON.parse(env.INPUT));
    console.log(`RESULT ${JSON.stringify({ runtime: 'workerd', userAgent: navigator.userAgent, ...result })}`);
  },
};
