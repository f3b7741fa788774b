import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import { classicScriptChunks } from './src/build/classic-chunks-plugin.ts';
import { chartsRuntimeScript } from './src/build/charts-runtime-plugin.ts';
import { shippedDataSize } from './src/build/shipped-data-size-plugin.ts';

/** Same colour as the icons (src/io/icons/icon-shape.ts THEME_COLOR). */
const THEME_COLOR = '#1d4e89';
/** A long report's text can pass Workbox's 2 MiB per-file default; the report page quotes it offline. */
const MAX_PRECACHED_FILE_BYTES = 16 * 1024 * 1024;
/**
 * The data files (facts.json, dataset.json) are precached up to this size. Precached, the first
 * screen and its quotes work offline as soon as the service worker is installed, even if the
 * page had not finished storing them in IndexedDB. Larger (a national dataset: 6.5 + 110 MB),
 * the service worker would download them a second time during the first visit, competing with
 * storing them (measured), while IndexedDB keeps them for offline use anyway.
 */
const MAX_PRECACHED_DATA_BYTES = 2 * 1024 * 1024;

/** Leaves out data files over their limit quietly and any other file over its limit with a warning. */
async function precacheBySize<Entry extends { url: string; size: number }>(entries: Entry[]) {
  const warnings: string[] = [];
  const manifest = entries.filter((entry) => {
    if (/^data\/[^/]+\.json$/.test(entry.url)) return entry.size <= MAX_PRECACHED_DATA_BYTES;
    if (entry.size <= MAX_PRECACHED_FILE_BYTES) return true;
    warnings.push(`${entry.url} (${entry.size} bytes) is not precached: it will not open offline`);
    return false;
  });
  return { manifest, warnings };
}

// Relative base so dist/ works from any static host path (and from a sub-folder).
export default defineConfig({
  base: './',
  publicDir: 'static',
  plugins: [
    svelte(),
    chartsRuntimeScript(),
    shippedDataSize(),
    classicScriptChunks(),
    VitePWA({
      strategies: 'generateSW',
      // The page asks before switching to a new version (src/views/io/UpdateBanner.svelte), so an
      // open import dialog or a half-read chart is never reloaded from under the user.
      registerType: 'prompt',
      // UpdateBanner registers through virtual:pwa-register; nothing is injected into index.html.
      injectRegister: false,
      // The glob below already precaches every icon; listing them again would duplicate entries.
      includeManifestIcons: false,
      manifest: {
        name: '政府信息公开年报看板',
        short_name: '年报看板',
        description:
          '政府信息公开工作年度报告数据看板：主动公开、依申请公开、复议诉讼与工作力量，可离线使用。',
        lang: 'zh-CN',
        start_url: './',
        scope: './',
        display: 'standalone',
        theme_color: THEME_COLOR,
        background_color: '#ffffff',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The app shell, the report texts (the report page quotes them offline) and the data
        // files while they are small (MAX_PRECACHED_DATA_BYTES); the plugin adds
        // manifest.webmanifest itself.
        globPatterns: ['**/*.{js,css,html,json,txt,png,svg}'],
        // Sizes are checked by precacheBySize, not by Workbox's own limit: the plugin fails the
        // build over any file past that limit, and a national dataset.json is meant to be.
        maximumFileSizeToCacheInBytes: Number.MAX_SAFE_INTEGER,
        manifestTransforms: [precacheBySize],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // Hashed build assets need no revision; everything else (data, report texts, icons) is
        // revisioned by content, so it is downloaded again exactly when its bytes change.
        dontCacheBustURLsMatching: /assets\/.+-[\w-]{8,}\.(js|css)$/,
      },
      devOptions: { enabled: false },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  worker: {
    // The report extractor runs in a module worker (src/io/extract.worker.ts).
    format: 'es',
  },
});
