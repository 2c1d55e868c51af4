/**
 * The inspector's files as the server hands them out: a document whose every asset is one the page module
 * serves with the right type, nothing inline that a `default-src 'self'` policy would block, nothing from
 * another host, and no path that reaches a file outside the list.
 */
import { describe, expect, it } from 'vitest';
import { INSPECTOR_ASSET_PREFIX, inspectorAsset, inspectorPage } from '../src/inspector/page.js';

const assetAt = (path: string) => inspectorAsset(path.slice(INSPECTOR_ASSET_PREFIX.length));

const text = (body: string | Uint8Array) => (typeof body === 'string' ? body : Buffer.from(body).toString('utf8'));
const html = text(inspectorPage().body);
const assetPaths = [...html.matchAll(/(?:src|href)="([^"#]+)"/g)].map((m) => m[1]!);

describe('the inspector page module', () => {
  it('serves an HTML document whose assets it also serves, each with its type', () => {
    expect(inspectorPage().contentType).toBe('text/html; charset=utf-8');
    expect(assetPaths.sort()).toEqual(['/__sandbox/ui/icon.svg', '/__sandbox/ui/inspector.css', '/__sandbox/ui/inspector.js']);
    const types = assetPaths.map((path) => assetAt(path)?.contentType);
    expect(types).toEqual(['image/svg+xml', 'text/css; charset=utf-8', 'text/javascript; charset=utf-8']);
  });

  it("has nothing inline that default-src 'self' blocks, and names no other host", () => {
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>|<style|\sstyle=|\son[a-z]+=/i);
    for (const file of [html, ...assetPaths.map((path) => text(assetAt(path)!.body))]) {
      // The SVG namespace is a name, not a request.
      expect(file.replaceAll('xmlns="http://www.w3.org/2000/svg"', '')).not.toMatch(/https?:\/\/|url\(|@import|['"]\/\/[a-z]/i);
    }
  });

  it('serves only its listed files: no traversal, no other name', () => {
    for (const name of ['../package.json', '%2e%2e/package.json', 'index.html', 'tsconfig.json', '', 'constructor', '__proto__', 'inspector.js/', '/inspector.js', '../src/inspector/page.ts']) {
      expect(inspectorAsset(name), name).toBeUndefined();
    }
  });
});
