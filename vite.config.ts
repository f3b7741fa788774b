import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// Relative base so dist/ works from any static host path (and from a sub-folder).
export default defineConfig({
  base: './',
  publicDir: 'static',
  plugins: [svelte()],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
});
