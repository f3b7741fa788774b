// Builds the floor page with Vite's build() API into a temp dir, the way the app is built:
// same Vite, same target, and a generated service worker, so warm loads compare like with like.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

export async function buildFloor(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'bench-floor-'));
  await build({
    configFile: false,
    root: import.meta.dirname,
    base: './',
    logLevel: 'error',
    plugins: [
      VitePWA({
        registerType: 'autoUpdate',
        injectRegister: 'script',
        manifest: false,
        workbox: { globPatterns: ['**/*.{js,css,html}'] },
      }),
    ],
    build: { outDir, emptyOutDir: true, target: 'es2022', sourcemap: false },
  });
  return outDir;
}
