// Builds the floor page with Vite's build() API into a temp dir, the way the app is built:
// same Vite, same target, and a generated service worker, so warm loads compare like with like.
// Two builds of the same page: the floor of the budgets (its script a module, as Vite builds
// any page), and the same page with its script built the way the app builds its chart runtime
// (one classic script with the compile-all hint, src/build/charts-runtime-plugin.ts), which the
// bench reports beside it: how much of the app's standing comes from that build technique.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { buildClassicScript } from '../../../src/build/charts-runtime-plugin';

const TARGET = 'es2022';

async function buildPage(root: string, input: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'bench-floor-'));
  await build({
    configFile: false,
    root,
    base: './',
    logLevel: 'error',
    publicDir: join(root, 'public'),
    plugins: [
      VitePWA({
        registerType: 'autoUpdate',
        injectRegister: 'script',
        manifest: false,
        workbox: { globPatterns: ['**/*.{js,css,html}'] },
      }),
    ],
    build: {
      outDir,
      emptyOutDir: true,
      target: TARGET,
      sourcemap: false,
      rollupOptions: { input: join(root, input) },
    },
  });
  return outDir;
}

/** The floor of the budgets: index.html with main.ts as a module. */
export function buildFloor(): Promise<string> {
  return buildPage(import.meta.dirname, 'index.html');
}

/**
 * The same page, main.ts as one classic script. Content-hashed under assets/ like the app's
 * runtime, so the service worker precaches it under its own URL (a revisioned URL is stored
 * under another key, and the page then gets no code cache with it).
 */
export async function buildClassicFloor(): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'bench-floor-classic-src-'));
  mkdirSync(join(root, 'public', 'assets'), { recursive: true });
  const code = await buildClassicScript(join(import.meta.dirname, 'main.ts'), true, TARGET);
  const script = `assets/floor-classic-${createHash('sha256').update(code).digest('hex').slice(0, 8)}.js`;
  writeFileSync(join(root, 'public', script), code);
  const html = readFileSync(join(import.meta.dirname, 'index-classic.html'), 'utf8');
  writeFileSync(join(root, 'index.html'), html.replace('./floor-classic.js', `./${script}`));
  try {
    return await buildPage(root, 'index.html');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
