import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { precacheTotals, readPrecacheUrls, scriptTotals } from './sizes';

describe('readPrecacheUrls', () => {
  it.each([
    {
      name: 'minified',
      source: 'e.precacheAndRoute([{url:"index.html",revision:"1"},{url:"assets/a-1.js",revision:null}])',
    },
    {
      name: 'pretty',
      source:
        'precacheAndRoute([{\n  "url": "index.html",\n  "revision": "1"\n}, {\n  "url": "assets/a-1.js"\n}])',
    },
  ])('reads a $name manifest', ({ source }) => {
    expect(readPrecacheUrls(source)).toEqual(['index.html', 'assets/a-1.js']);
  });
});

describe('byte totals', () => {
  const root = mkdtempSync(join(tmpdir(), 'sizes-test-'));
  mkdirSync(join(root, 'assets'));
  const js = 'export const answer = 42;\n'.repeat(50);
  writeFileSync(join(root, 'assets', 'a-1.js'), js);
  writeFileSync(join(root, 'index.html'), '<!doctype html>');
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  writeFileSync(
    join(root, 'sw.js'),
    'precacheAndRoute([{url:"index.html"},{url:"assets/a-1.js"},{url:"gone.js"}])',
  );

  it('sums raw and gzip sizes of the scripts a page fetched, once each, under a mount prefix', () => {
    const totals = scriptTotals(root, ['/floor/assets/a-1.js', '/floor/assets/a-1.js'], '/floor/');
    expect(totals).toEqual({ raw: js.length, gzip: gzipSync(js).length, files: 1 });
  });

  it('sums the precache manifest and skips entries missing from disk', () => {
    const totals = precacheTotals(root);
    expect(totals?.files).toBe(2);
    expect(totals?.raw).toBe(js.length + '<!doctype html>'.length);
  });

  it('has no precache total without a service worker', () => {
    expect(precacheTotals(join(root, 'assets'))).toBeUndefined();
  });
});
