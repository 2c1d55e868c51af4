/**
 * The sandbox inspector's files: an HTML document, its stylesheet and its script, served as they are in
 * `apps/mock/inspector/`. Separate files rather than inline ones, so the page runs under a
 * Content-Security-Policy of `default-src 'self'` with no hashes to keep in step with the source.
 */
import { readFileSync } from 'node:fs';

export interface InspectorFile {
  body: string | Uint8Array;
  contentType: string;
}

/** Where the page's assets are served; the document names them by these absolute paths. */
export const INSPECTOR_ASSET_PREFIX = '/__sandbox/ui/';

const ASSETS: Record<string, string> = {
  'inspector.css': 'text/css; charset=utf-8',
  'inspector.js': 'text/javascript; charset=utf-8',
  'icon.svg': 'image/svg+xml',
};

// src/inspector/ in the repository and dist/inspector/ in the package are both two levels below
// apps/mock/, where inspector/ sits, so one relative URL serves tests and installs alike.
const SOURCE = new URL('../../inspector/', import.meta.url);
const cache = new Map<string, Uint8Array>();
function read(name: string): Uint8Array {
  let bytes = cache.get(name);
  if (!bytes) {
    bytes = readFileSync(new URL(name, SOURCE));
    cache.set(name, bytes);
  }
  return bytes;
}

/** The inspector's HTML document, for `GET /` and `GET /__sandbox/ui`. */
export function inspectorPage(): InspectorFile {
  return { body: read('index.html'), contentType: 'text/html; charset=utf-8' };
}

/**
 * A file the page loads, by its name under `/__sandbox/ui/` (`inspector.js`), or `undefined` for a name
 * it does not have: only the listed files are served, so no name reaches anything else on disk.
 */
export function inspectorAsset(name: string): InspectorFile | undefined {
  const contentType = Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
  return contentType ? { body: read(name), contentType } : undefined;
}
