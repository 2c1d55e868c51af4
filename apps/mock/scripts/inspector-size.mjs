// The inspector's weight budget: what a browser downloads to open it (the document, its stylesheet and
// its script), raw and gzipped. Prints the figures; exits 1 when either total is over budget.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = { raw: 40 * 1024, gzip: 12 * 1024 };
const FILES = ['index.html', 'inspector.css', 'inspector.js', 'icon.svg'];

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
let raw = 0;
let gzip = 0;
for (const name of FILES) {
  const bytes = readFileSync(new URL(`../inspector/${name}`, import.meta.url));
  const zipped = gzipSync(bytes, { level: 9 }).length;
  raw += bytes.length;
  gzip += zipped;
  console.log(`inspector/${name.padEnd(14)} ${kB(bytes.length).padStart(8)} raw ${kB(zipped).padStart(8)} gzip`);
}
console.log(`inspector total          ${kB(raw).padStart(8)} raw ${kB(gzip).padStart(8)} gzip (budget ${kB(BUDGET.raw)} raw, ${kB(BUDGET.gzip)} gzip)`);
const over = [raw > BUDGET.raw && `raw ${kB(raw)} > ${kB(BUDGET.raw)}`, gzip > BUDGET.gzip && `gzip ${kB(gzip)} > ${kB(BUDGET.gzip)}`].filter(Boolean);
if (over.length > 0) {
  console.error(`the inspector is over its budget: ${over.join(', ')}`);
  process.exit(1);
}
