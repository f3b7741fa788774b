// The static server shared by the browser tests and the bench: MIME types, 404s, no listing,
// no path escape, cache headers and a second root mounted under a prefix.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  cacheControlFor,
  contentTypeFor,
  resolveRequestPath,
  startStaticServer,
  type RunningServer,
} from '../browser/support/static-server';

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/index-AbC123xy.js', 'text/javascript; charset=utf-8'],
    ['manifest.webmanifest', 'application/manifest+json; charset=utf-8'],
    ['data/dataset.json', 'application/json; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['icon.svg', 'image/svg+xml'],
    ['font.woff2', 'font/woff2'],
    ['blob.bin', 'application/octet-stream'],
  ])('%s -> %s', (path, type) => expect(contentTypeFor(path)).toBe(type));
});

describe('cacheControlFor', () => {
  it.each([
    ['/srv/dist/index.html', 'no-cache'],
    ['/srv/dist/sw.js', 'no-cache'],
    ['/srv/dist/assets/index-B2AOnhJW.js', 'public, max-age=31536000, immutable'],
    ['/srv/dist/data/dataset.json', 'no-cache'],
  ])('%s -> %s', (path, header) => expect(cacheControlFor(path)).toBe(header));
});

describe('resolveRequestPath', () => {
  const mounts = [
    { prefix: '/', root: '/srv/app' },
    { prefix: '/floor/', root: '/srv/floor' },
  ];
  it.each([
    ['/', '/srv/app/index.html'],
    ['/data/dataset.json', '/srv/app/data/dataset.json'],
    ['/floor/', '/srv/floor/index.html'],
    ['/floor/assets/a.js', '/srv/floor/assets/a.js'],
    ['/%E6%95%B0%E6%8D%AE.json', '/srv/app/数据.json'],
    ['/../etc/passwd', undefined],
    ['/%2e%2e/%2e%2e/etc/passwd', undefined],
    ['/%E0%A4%A', undefined],
  ])('%s -> %s', (url, file) => expect(resolveRequestPath(mounts, url)).toBe(file));
});

describe('startStaticServer', () => {
  let server: RunningServer;
  const notFound: string[] = [];
  const app = mkdtempSync(join(tmpdir(), 'server-app-'));
  const floor = mkdtempSync(join(tmpdir(), 'server-floor-'));

  beforeAll(async () => {
    mkdirSync(join(app, 'data'));
    writeFileSync(join(app, 'index.html'), '<h1>app</h1>');
    writeFileSync(join(app, 'sw.js'), 'self.x = 1;');
    writeFileSync(join(app, 'data', 'dataset.json'), '{"ok":true}');
    writeFileSync(join(floor, 'index.html'), '<h1>floor</h1>');
    server = await startStaticServer(
      [
        { prefix: '/', root: app },
        { prefix: '/floor/', root: floor },
      ],
      { onNotFound: (path) => notFound.push(path) },
    );
  });
  afterAll(async () => {
    await server.close();
    for (const dir of [app, floor]) rmSync(dir, { recursive: true, force: true });
  });

  it('binds to loopback on a free port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it.each([
    { path: '', status: 200, body: '<h1>app</h1>', type: 'text/html; charset=utf-8', cache: 'no-cache' },
    {
      path: 'sw.js',
      status: 200,
      body: 'self.x = 1;',
      type: 'text/javascript; charset=utf-8',
      cache: 'no-cache',
    },
    {
      path: 'data/dataset.json',
      status: 200,
      body: '{"ok":true}',
      type: 'application/json; charset=utf-8',
      cache: 'no-cache',
    },
    {
      path: 'floor/',
      status: 200,
      body: '<h1>floor</h1>',
      type: 'text/html; charset=utf-8',
      cache: 'no-cache',
    },
    { path: 'data', status: 404, body: 'Not found', type: 'text/plain; charset=utf-8', cache: null },
    { path: 'missing.js', status: 404, body: 'Not found', type: 'text/plain; charset=utf-8', cache: null },
  ])('GET /$path -> $status', async ({ path, status, body, type, cache }) => {
    const response = await fetch(server.url + path);
    expect(response.status).toBe(status);
    expect(await response.text()).toBe(body);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('cache-control')).toBe(cache);
  });

  it('reports 404 paths and refuses other methods', async () => {
    await fetch(`${server.url}favicon.ico`);
    expect(notFound).toContain('/favicon.ico');
    expect((await fetch(server.url, { method: 'POST' })).status).toBe(405);
  });
});
