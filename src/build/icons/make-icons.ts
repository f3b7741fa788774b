// Writes the PWA icons into static/icons/ (run once with `npx tsx src/build/icons/make-icons.ts`;
// the PNGs are committed). Node-only.
import { mkdirSync, writeFileSync } from 'node:fs';
import { encodePng } from './png-encode';
import { rasterizeIcon } from './icon-shape';

export const ICON_FILES = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
  { file: 'apple-touch-icon-180.png', size: 180, maskable: true },
  { file: 'favicon-32.png', size: 32, maskable: false },
] as const;

const OUT_DIR = new URL('../../../static/icons/', import.meta.url);

mkdirSync(OUT_DIR, { recursive: true });
for (const { file, size, maskable } of ICON_FILES) {
  const png = encodePng(size, size, rasterizeIcon(size, maskable));
  writeFileSync(new URL(file, OUT_DIR), png);
  console.log(`${file}: ${png.length} bytes`);
}
