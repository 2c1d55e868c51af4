// Deno, with --allow-net for the mock only: the input is Deno.args[0]; one JSON line out.
import { run } from './client.bundle.mjs';

const result = await run(JSON.parse(Deno.args[0]));
console.log(JSON.stringify({ runtime: 'deno', version: Deno.version.deno, ...result }));
