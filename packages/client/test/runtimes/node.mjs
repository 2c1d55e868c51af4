// Node (20 and 24): the input is argv[2]; one JSON line out.
import { run } from './client.bundle.mjs';

const result = await run(JSON.parse(process.argv[2]));
console.log(JSON.stringify({ runtime: 'node', version: process.versions.node, ...result }));
