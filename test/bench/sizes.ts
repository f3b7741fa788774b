// Byte counts the budgets talk about: gzip size of the JS a page needed for its first screen
// (gzipped here, as a static host would serve it) and the size of the service worker's
// precache (what a first visit downloads for offline use).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ByteTotals {
  raw: number;
  gzip: number;
  files: number;
}

function sumFiles(root: string, relativePaths: Iterable<string>): ByteTotals {
  const totals: ByteTotals = { raw: 0, gzip: 0, files: 0 };
  for (const relative of new Set(relativePaths)) {
    const file = join(root, decodeURIComponent(relative));
    if (!existsSync(file) || !statSync(file).isFile()) continue;
    const bytes = readFileSync(file);
    totals.raw += bytes.length;
    totals.gzip += gzipSync(bytes).length;
    totals.files += 1;
  }
  return totals;
}

/** `urlPaths` are request paths such as /floor/assets/index-abc.js; `mountPrefix` is stripped. */
export function scriptTotals(root: string, urlPaths: readonly string[], mountPrefix = '/'): ByteTotals {
  return sumFiles(
    root,
    urlPaths.map((p) => (p.startsWith(mountPrefix) ? p.slice(mountPrefix.length) : p)),
  );
}

/** URLs listed in a Workbox precache manifest inside sw.js ({url:"…",revision:…} entries). */
export function readPrecacheUrls(swSource: string): string[] {
  // Minified (url:"…") or pretty-printed ("url": "…"), depending on the build mode.
  return [...swSource.matchAll(/"?url"?:\s*"([^"]+)"/g)].map((match) => match[1] as string);
}

export function precacheTotals(root: string): ByteTotals | undefined {
  const sw = join(root, 'sw.js');
  if (!existsSync(sw)) return undefined;
  return sumFiles(root, readPrecacheUrls(readFileSync(sw, 'utf8')));
}
