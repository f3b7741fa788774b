// A tiny static file server for the browser tests and the benchmark. It serves the built app
// (dist/) exactly as a static host would: correct MIME types (the service worker and the
// manifest are refused or misread otherwise), no directory listing, plain 404s, and
// `no-cache` on the entry points so a reload always revalidates index.html and sw.js.
// Several roots can be mounted under URL prefixes (the bench's floor page sits beside the app).
import { createServer, type Server } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

export interface Mount {
  /** URL prefix, starting and ending with '/': '/' for the app, '/floor/' for the floor page. */
  prefix: string;
  /** Directory served under the prefix. */
  root: string;
}

export interface RunningServer {
  /** Origin plus trailing slash, e.g. http://127.0.0.1:41234/ */
  url: string;
  close(): Promise<void>;
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
};

/** Files the browser must revalidate on every load, or a new deploy never reaches the user. */
const ALWAYS_REVALIDATE = new Set(['index.html', 'sw.js']);
/** Vite names bundled files by content hash (assets/index-3f2a1b.js), so a host may cache them forever. */
const HASHED_ASSET = /\/assets\/[^/]+-[\w-]{8,}\.\w+$/;

/** The Cache-Control a sensible static host sends: revalidate entry points, keep hashed files. */
export function cacheControlFor(path: string): string {
  const name = basename(path);
  if (ALWAYS_REVALIDATE.has(name)) return 'no-cache';
  return HASHED_ASSET.test(path.split(sep).join('/')) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

export function contentTypeFor(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a request path to a file inside one of the mounts, or undefined when the path escapes
 * its root or matches no mount. The longest prefix wins, so '/floor/' beats '/'.
 */
export function resolveRequestPath(mounts: readonly Mount[], urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const mount = [...mounts]
    .sort((a, b) => b.prefix.length - a.prefix.length)
    .find((m) => decoded.startsWith(m.prefix) || decoded === m.prefix.slice(0, -1));
  if (!mount) return undefined;
  let relative = decoded.slice(mount.prefix.length);
  if (relative === '' || relative.endsWith('/')) relative += 'index.html';
  const root = resolve(mount.root);
  const file = resolve(root, normalize(relative));
  return file === root || file.startsWith(root + sep) ? file : undefined;
}

async function findFile(path: string | undefined): Promise<{ path: string; size: number } | undefined> {
  if (!path) return undefined;
  try {
    const info = await stat(path);
    if (info.isFile()) return { path, size: info.size };
    // A directory without a trailing slash: serve its index, never a listing.
    if (info.isDirectory()) return findFile(join(path, 'index.html'));
  } catch {
    // missing file: fall through to 404
  }
  return undefined;
}

export interface ServerOptions {
  /** Called with the path of every request that gets a 404 (browsers hide some, e.g. icons). */
  onNotFound?: (urlPath: string) => void;
}

export async function startStaticServer(
  mounts: readonly Mount[],
  options: ServerOptions = {},
): Promise<RunningServer> {
  const server: Server = createServer((request, response) => {
    void (async () => {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
      const file = await findFile(resolveRequestPath(mounts, urlPath));
      if (!file) {
        options.onNotFound?.(urlPath);
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      response.writeHead(200, {
        'Content-Type': contentTypeFor(file.path),
        'Content-Length': file.size,
        'Cache-Control': cacheControlFor(file.path),
      });
      if (request.method === 'HEAD') {
        response.end();
        return;
      }
      createReadStream(file.path).pipe(response);
    })();
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    // Port 0: the OS picks a free port, so parallel runs never collide.
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
