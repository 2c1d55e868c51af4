// The TwiML vocabulary as the generators read it: parsed strictly (duplicate keys are an error) and checked
// against vocabulary.schema.json, so the sandbox's validator and the client's builder are never generated
// from a vocabulary the contract tests would refuse. One loader for both generators.
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
export const VOCABULARY_PATH = join(here, 'vocabulary.yaml');
const SCHEMA_PATH = join(here, 'vocabulary.schema.json');

/** Reads and checks the vocabulary at `path` (default: the project's); throws an Error saying what is wrong. */
export function loadVocabulary(path = VOCABULARY_PATH) {
  let vocabulary;
  try {
    vocabulary = parse(readFileSync(path, 'utf8'), { uniqueKeys: true, prettyErrors: true });
  } catch (error) {
    throw new Error(`cannot be read (${error.message})`);
  }
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  ajv.addVocabulary(['discriminator']);
  const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')));
  if (!validate(vocabulary)) {
    throw new Error(`does not match vocabulary.schema.json:\n${validate.errors.map((e) => `  ${e.instancePath || '(root)'} ${e.message}`).join('\n')}`);
  }
  return vocabulary;
}

/**
 * For a generator: `{ vocabulary, path }` for the file named by `--vocabulary FILE` (its tests pass broken
 * copies) or the project's; on a problem, one line naming the file and exit 1, so nothing is generated.
 */
export function vocabularyForGenerator(repoRoot) {
  const at = process.argv.indexOf('--vocabulary');
  const path = at === -1 ? VOCABULARY_PATH : process.argv[at + 1];
  try {
    return { vocabulary: loadVocabulary(path), path };
  } catch (error) {
    console.error(`${relative(repoRoot, path)}: ${error.message}`);
    process.exit(1);
  }
}
