// A small PNG reader for the export tests: checks the signature, reads IHDR and decodes 8-bit
// non-interlaced images (what canvas.toDataURL and ECharts' getDataURL produce) so a test can
// tell a drawn chart from a blank rectangle.
import { inflateSync } from 'node:zlib';

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlace: number;
}

export interface PngImage extends PngHeader {
  /** RGBA, 4 bytes per pixel, row by row. */
  rgba: Uint8Array;
}

const CHANNELS_BY_COLOR_TYPE: Readonly<Record<number, number>> = { 0: 1, 2: 3, 4: 2, 6: 4 };

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && Buffer.from(bytes.subarray(0, 8)).equals(PNG_SIGNATURE);
}

function* chunks(bytes: Buffer): Generator<{ type: string; data: Buffer }> {
  let offset = PNG_SIGNATURE.length;
  while (offset + 8 <= bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    yield { type, data: bytes.subarray(offset + 8, offset + 8 + length) };
    offset += 12 + length; // length + type + data + CRC
  }
}

export function readPngHeader(input: Uint8Array): PngHeader {
  const bytes = Buffer.from(input);
  if (!isPng(bytes)) throw new Error('not a PNG: bad signature');
  const first = chunks(bytes).next();
  if (first.done || first.value.type !== 'IHDR') throw new Error('not a PNG: IHDR is not the first chunk');
  const ihdr = first.value.data;
  return {
    width: ihdr.readUInt32BE(0),
    height: ihdr.readUInt32BE(4),
    bitDepth: ihdr.readUInt8(8),
    colorType: ihdr.readUInt8(9),
    interlace: ihdr.readUInt8(12),
  };
}

function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const toLeft = Math.abs(estimate - left);
  const toUp = Math.abs(estimate - up);
  const toUpLeft = Math.abs(estimate - upLeft);
  if (toLeft <= toUp && toLeft <= toUpLeft) return left;
  return toUp <= toUpLeft ? up : upLeft;
}

export function decodePng(input: Uint8Array): PngImage {
  const header = readPngHeader(input);
  const channels = CHANNELS_BY_COLOR_TYPE[header.colorType];
  if (header.bitDepth !== 8 || header.interlace !== 0 || channels === undefined) {
    throw new Error(
      `unsupported PNG: depth ${header.bitDepth}, colour type ${header.colorType}, interlace ${header.interlace}`,
    );
  }
  const compressed = Buffer.concat(
    [...chunks(Buffer.from(input))].filter((c) => c.type === 'IDAT').map((c) => c.data),
  );
  const raw = inflateSync(compressed);
  const stride = header.width * channels;
  const pixels = new Uint8Array(stride * header.height);
  for (let y = 0; y < header.height; y += 1) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x += 1) {
      const left = x >= channels ? (pixels[y * stride + x - channels] ?? 0) : 0;
      const up = y > 0 ? (pixels[(y - 1) * stride + x] ?? 0) : 0;
      const upLeft = y > 0 && x >= channels ? (pixels[(y - 1) * stride + x - channels] ?? 0) : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter ?? 0];
      if (predictor === undefined) throw new Error(`bad PNG filter ${filter} on row ${y}`);
      pixels[y * stride + x] = ((line[x] ?? 0) + predictor) & 0xff;
    }
  }
  return { ...header, rgba: toRgba(pixels, channels) };
}

function toRgba(pixels: Uint8Array, channels: number): Uint8Array {
  if (channels === 4) return pixels;
  const count = pixels.length / channels;
  const rgba = new Uint8Array(count * 4);
  for (let i = 0; i < count; i += 1) {
    const source = i * channels;
    const gray = channels <= 2;
    rgba[i * 4] = pixels[source] ?? 0;
    rgba[i * 4 + 1] = pixels[gray ? source : source + 1] ?? 0;
    rgba[i * 4 + 2] = pixels[gray ? source : source + 2] ?? 0;
    rgba[i * 4 + 3] =
      channels === 2 ? (pixels[source + 1] ?? 255) : channels === 4 ? (pixels[source + 3] ?? 255) : 255;
  }
  return rgba;
}

/** Number of distinct RGBA colours; a blank or single-colour export has one or two. */
export function countDistinctColors(image: PngImage): number {
  const seen = new Set<number>();
  const view = new DataView(image.rgba.buffer, image.rgba.byteOffset, image.rgba.byteLength);
  for (let i = 0; i + 4 <= image.rgba.length; i += 4) seen.add(view.getUint32(i));
  return seen.size;
}

/** Share of pixels that differ from the top-left pixel (the background). */
export function nonBackgroundShare(image: PngImage): number {
  const view = new DataView(image.rgba.buffer, image.rgba.byteOffset, image.rgba.byteLength);
  const background = view.getUint32(0);
  let differing = 0;
  for (let i = 0; i + 4 <= image.rgba.length; i += 4) if (view.getUint32(i) !== background) differing += 1;
  return differing / (image.rgba.length / 4);
}
