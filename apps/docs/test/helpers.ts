/** What the docs tests share: the built pages, a TypeScript type-check, and the maintainer-note phrases. */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const appDir = fileURLToPath(new URL('..', import.meta.url));
export const distDir = join(appDir, 'dist');
export const outputDir = join(appDir, 'test-output');

export function builtPage(file: string): string {
  try {
    return readFileSync(join(distDir, file), 'utf8');
  } catch {
    throw new Error(`apps/docs/dist/${file} is missing: build the site first (pnpm docs:build).`);
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
export const unescapeHtml = (html: string) => html.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name]!);

/**
 * The `<pre><code>` blocks of a built page, in page order, with their language class, text and, for code
 * cut from guide/, the module it was cut from (`data-file`).
 */
export function codeBlocks(html: string): Array<{ language: string | undefined; file: string | undefined; text: string }> {
  return [...html.matchAll(/<pre(?: data-file="([a-z.-]+)")?><code(?: class="language-([a-z]+)")?>([\s\S]*?)<\/code><\/pre>/g)].map((m) => ({
    file: m[1],
    language: m[2],
    text: unescapeHtml(m[3]!),
  }));
}

/** The OpenAPI document a built reference page renders (Redoc embeds it as `__redoc_definition`). */
export function renderedDefinition(file: string): OpenApiDocument {
  const match = /const __redoc_definition = (\{[\s\S]*?\});\s*const __redoc_options/.exec(builtPage(file));
  if (!match) throw new Error(`${file}: no __redoc_definition found; has build-docs changed its page?`);
  return JSON.parse(match[1]!) as OpenApiDocument;
}

export interface CodeSample { lang: string; label?: string; source: string }
export interface OpenApiOperation { operationId?: string; summary?: string; 'x-codeSamples'?: CodeSample[] }
export interface OpenApiDocument {
  servers?: Array<{ url: string; description?: string }>;
  paths: Record<string, Record<string, unknown>>;
}
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'] as const;
export function operations(document: OpenApiDocument): Array<{ path: string; method: string; operation: OpenApiOperation }> {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    HTTP_METHODS.filter((m) => item[m]).map((method) => ({ path, method, operation: item[method] as OpenApiOperation })),
  );
}

/**
 * Type-checks TypeScript files the way this package's own sources are checked (tsconfig.json: strict,
 * exactOptionalPropertyTypes, NodeNext, Node's types), resolving `@conference-kit/client` to the
 * workspace's built client. The files are written under test-output/<folder>/ so they can be read after a
 * failure. Returns the diagnostics as `file:line:col message` lines; none means they compile.
 */
export function typecheck(folder: string, files: Record<string, string>): string[] {
  const dir = join(outputDir, folder);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const rootNames = Object.entries(files).map(([name, text]) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  });
  const config = ts.getParsedCommandLineOfConfigFile(join(appDir, 'tsconfig.json'), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  if (!config) throw new Error('apps/docs/tsconfig.json could not be read');
  const program = ts.createProgram({ rootNames, options: { ...config.options, noEmit: true, sourceMap: false, declaration: false } });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    if (!d.file || d.start === undefined) return message;
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${d.file.fileName.replace(`${appDir}/`, '')}:${line + 1}:${character + 1} ${message}`;
  });
}

/**
 * Phrases of notes written for the specs' maintainers — where Twilio's documentation pages disagree and
 * which one the spec follows — that readers of the reference should not see. Chosen from the descriptions
 * the specs carried: "The update page types this parameter as a plain string; the fetch page …", "The
 * generated reference page marks every property nullable; … so it is not followed", "the resource page",
 * "The documentation's fetch example", "the seed pages", "twilio-oai".
 */
export const MAINTAINER_PHRASES: RegExp[] = [
  /\bthe (update|fetch|list|resource|reference|seed) pages?\b/i,
  /\breference pages?\b/i,
  /\bseed\b/i,
  /twilio-oai/i,
  /\bthe documentation(?:'s| gives| types| says| lists)\b/i,
  /\b(?:is|are) not followed\b/i,
  /\bmore specific\b/i,
  /\bdisagree/i,
];
/**
 * The phrases for the sandbox's control API: it loads seeds (worlds to start from), so there a bare
 * "seed" is its subject, not a note about Twilio's seed pages.
 */
export const CONTROL_API_PHRASES: RegExp[] = MAINTAINER_PHRASES.filter((phrase) => phrase.source !== '\\bseed\\b');
export function maintainerNotes(text: string, phrases: RegExp[] = MAINTAINER_PHRASES): string[] {
  return phrases.flatMap((phrase) => {
    const found = phrase.exec(text);
    if (!found) return [];
    const at = found.index;
    return [`"${found[0]}" in …${text.slice(Math.max(0, at - 60), at + 60).replace(/\s+/g, ' ')}…`];
  });
}
