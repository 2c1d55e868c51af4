// `pnpm spec:diff [BASE_REF]`: what changed in the specs between BASE_REF (default: the merge base
// with main) and the working tree, per operation and webhook, breaking or not, and the semver bump it
// calls for. Both sides are bundled here, into a temporary directory, with the same Redocly bundle
// that scripts/bundle.mjs runs, so specs/dist/ is neither needed nor touched.
//
// With --check (the `check:spec-diff` task that `pnpm test` runs), it exits 1 on a breaking change
// unless a changeset added since the base declares a major bump for every published package. With no
// BASE_REF, --check passes saying "no base to compare" on main, when the merge base with main is HEAD,
// or when there is no main branch at all (a shallow clone).
//
// The rules live in src/diff.ts, which is transpiled in memory with the workspace's TypeScript: one
// source for the tests and the CLI, and no build step to forget.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import ts from 'typescript';

const specsPackage = join(dirname(fileURLToPath(import.meta.url)), '..');
const redocly = join(specsPackage, 'node_modules', '.bin', 'redocly');

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log('usage: spec-diff [BASE_REF] [--to REF] [--check]\n  BASE_REF  a git ref; default: the merge base of HEAD with main\n  --to REF  compare with REF instead of the working tree (the docs\' Changes page compares releases)\n  --check   exit 1 on a breaking change without a major changeset');
  process.exit(0);
}
// `--to REF` takes the place of the working tree as the side compared with the base.
const toAt = args.indexOf('--to');
const toRef = toAt >= 0 ? args.splice(toAt, 2)[1] : undefined;
if (toAt >= 0 && !toRef) fail('--to needs a git ref');
const check = args.includes('--check');
const unknown = args.filter((a) => a.startsWith('-') && a !== '--check');
const refs = args.filter((a) => !a.startsWith('-'));
if (unknown.length > 0 || refs.length > 1) fail(`unexpected arguments: ${[...unknown, ...refs.slice(1)].join(' ')} (see --help)`);

const root = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim();
const git = (...a) => execFileSync('git', a, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 }).trim();
const tryGit = (...a) => {
  try {
    return git(...a);
  } catch {
    return null;
  }
};
const commitOf = (ref) => tryGit('rev-parse', '--verify', '--quiet', `${ref}^{commit}`);

function fail(message) {
  console.error(`spec:diff: ${message}`);
  process.exit(2);
}
function noBase(reason) {
  console.log(`spec:diff: no base to compare (${reason}); nothing to check.`);
  process.exit(0);
}

// ---- The base

let base;
let baseLabel;
if (refs[0]) {
  base = commitOf(refs[0]) ?? fail(`${refs[0]} is not a commit`);
  baseLabel = refs[0];
} else {
  const main = ['main', 'origin/main'].find((ref) => commitOf(ref));
  if (!main) noBase('there is no main or origin/main branch');
  base = tryGit('merge-base', 'HEAD', main) ?? noBase(`HEAD has no merge base with ${main}`);
  if (check && base === commitOf('HEAD')) {
    noBase(tryGit('rev-parse', '--abbrev-ref', 'HEAD') === 'main' ? 'on main' : `the merge base with ${main} is HEAD`);
  }
  baseLabel = `the merge base with ${main}`;
}
const to = toRef === undefined ? undefined : commitOf(toRef) ?? fail(`${toRef} is not a commit`);
console.log(`spec:diff: ${toRef ?? 'the working tree'} against ${baseLabel} (${base.slice(0, 12)})`);

// What the bundles are made of: everything under specs/ but the package's own code, and redocly.yaml.
const specSources = ['redocly.yaml', 'specs', ...['src', 'test', 'scripts', 'package.json', 'tsconfig.json', 'vitest.config.ts'].map((p) => `:(exclude)specs/${p}`)];
const changed = tryGit('diff', '--quiet', base, ...(to ? [to] : []), '--', ...specSources) === null;
const untracked = to ? '' : tryGit('ls-files', '--others', '--exclude-standard', '--', ...specSources);
if (!changed && !untracked) {
  console.log('No changes to the spec sources since the base. Suggested bump: none');
  process.exit(0);
}

// ---- Bundle both sides

const rulesSource = readFileSync(join(specsPackage, 'src', 'diff.ts'), 'utf8');
const { outputText } = ts.transpileModule(rulesSource, {
  fileName: 'diff.ts',
  compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
});
const { diffApis, formatReport, gate, parseChangeset, suggestBump } = await import(
  `data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`
);

const run = promisify(execFile);
const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
const apisIn = (specsDir) =>
  existsSync(specsDir) ? readdirSync(specsDir).filter((d) => existsSync(join(specsDir, d, 'openapi.yaml'))).sort() : [];

async function bundleAll(treeRoot, outDir) {
  const docs = {};
  await Promise.all(apisIn(join(treeRoot, 'specs')).map(async (api) => {
    const output = join(outDir, `${api}.json`);
    try {
      await run(redocly, [
        'bundle', join(treeRoot, 'specs', api, 'openapi.yaml'),
        '--config', join(treeRoot, 'redocly.yaml'),
        '--output', output,
        '--component-renaming-conflicts-severity', 'error',
      ], { cwd: join(treeRoot, 'specs'), env });
    } catch (error) {
      throw new Error(`bundling ${api} in ${treeRoot} failed:\n${error.stderr || error.message}`);
    }
    docs[api] = JSON.parse(readFileSync(output, 'utf8'));
  }));
  return docs;
}

const tmp = mkdtempSync(join(tmpdir(), 'spec-diff-'));
let changes;
try {
  const treeAt = (commit, name) => {
    const tree = join(tmp, name);
    const tar = execFileSync('git', ['archive', '--format=tar', commit, '--', 'redocly.yaml', 'specs'], { cwd: root, maxBuffer: 256 << 20 });
    execFileSync('mkdir', ['-p', tree]);
    execFileSync('tar', ['-x', '-C', tree], { input: tar });
    return tree;
  };
  const baseTree = treeAt(base, 'base');
  const headTree = to ? treeAt(to, 'head') : root;
  execFileSync('mkdir', ['-p', join(tmp, 'out-base'), join(tmp, 'out-head')]);
  const [before, after] = await Promise.all([bundleAll(baseTree, join(tmp, 'out-base')), bundleAll(headTree, join(tmp, 'out-head'))]);
  changes = diffApis(before, after);
} catch (error) {
  fail(error.message);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

console.log(formatReport(changes));
if (!check) process.exit(0);

// ---- The gate: breaking changes need a major changeset for every published package

function publishedPackages() {
  const workspace = existsSync(join(root, 'pnpm-workspace.yaml')) ? readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8') : '';
  const patterns = [...workspace.matchAll(/^\s*-\s*['"]?([^'"\s#]+)['"]?\s*$/gm)].map((m) => m[1]);
  const dirs = patterns.flatMap((p) =>
    p.endsWith('/*') ? (existsSync(join(root, p.slice(0, -2))) ? readdirSync(join(root, p.slice(0, -2))).map((d) => `${p.slice(0, -2)}/${d}`) : []) : [p]);
  const config = existsSync(join(root, '.changeset', 'config.json')) ? JSON.parse(readFileSync(join(root, '.changeset', 'config.json'), 'utf8')) : {};
  const ignored = new Set(config.ignore ?? []);
  return dirs
    .map((d) => join(root, d, 'package.json'))
    .filter((file) => existsSync(file))
    .map((file) => JSON.parse(readFileSync(file, 'utf8')))
    .filter((pkg) => !pkg.private && !ignored.has(pkg.name))
    .map((pkg) => pkg.name)
    .sort();
}

function changesetsSinceBase() {
  const dir = join(root, '.changeset');
  if (!existsSync(dir)) return [];
  const inBase = new Set((tryGit('ls-tree', '--name-only', base, '.changeset/') ?? '').split('\n').map((p) => p.replace(/^\.changeset\//, '')));
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f !== 'README.md' && !inBase.has(f))
    .map((f) => parseChangeset(readFileSync(join(dir, f), 'utf8')));
}

const verdict = gate(changes, changesetsSinceBase(), publishedPackages());
if (verdict.ok) {
  console.log(suggestBump(changes) === 'major' ? 'spec:diff: breaking, and a changeset declares the major bump.' : 'spec:diff: no breaking change.');
  process.exit(0);
}
console.error(
  `spec:diff: breaking changes need a major bump. Add a changeset (\`pnpm changeset\`) that declares major for ${verdict.missing.join(', ')},\n` +
  'or make the change additive (see "Releasing" in the README).',
);
process.exit(1);
