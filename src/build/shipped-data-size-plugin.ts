// Tells the page at build time how big the shipped data files are (static/data/facts.json and
// dataset.json of the build's public dir, together), as import.meta.env.SHIPPED_DATA_BYTES. The
// page parses small data itself and big data in its dataset worker (src/db/load.ts says why).
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

export const SHIPPED_DATA_FILES = ['data/facts.json', 'data/dataset.json'] as const;

function fileBytes(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

export function shippedDataSize(): Plugin {
  return {
    name: 'shipped-data-size',
    config(config) {
      // The config file's public dir, or the one a caller's inline config put in its place
      // (the benchmark builds the app over a generated national dataset that way).
      const root = resolve(config.root ?? process.cwd());
      const publicDir = resolve(root, typeof config.publicDir === 'string' ? config.publicDir : 'public');
      const bytes = SHIPPED_DATA_FILES.reduce((sum, file) => sum + fileBytes(resolve(publicDir, file)), 0);
      return { define: { 'import.meta.env.SHIPPED_DATA_BYTES': JSON.stringify(bytes) } };
    },
  };
}
