// The PNG reader the export tests rely on, checked against PNGs encoded here with every row
// filter, so a decoding bug cannot hide behind a real export that happens to use one filter.
import { describe, expect, it } from 'vitest';
import { deflateSync } from 'node:zlib';
import {
  countDistinctColors,
  decodePng,
  isPng,
  nonBackgroundShare,
  readPngHeader,
  PNG_SIGNATURE,
} from '../browser/support/png';

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  return Buffer.concat([length, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]); // CRC unchecked
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Encodes RGBA rows, using filter (row % 5) so every filter type is exercised. */
function encodeRgba(width: number, height: number, pixel: (x: number, y: number) => number[]): Buffer {
  const stride = width * 4;
  const raw: number[][] = [];
  for (let y = 0; y < height; y += 1) {
    const row: number[] = [];
    for (let x = 0; x < width; x += 1) row.push(...pixel(x, y));
    raw.push(row);
  }
  const out: number[] = [];
  raw.forEach((row, y) => {
    const filter = y % 5;
    out.push(filter);
    for (let i = 0; i < stride; i += 1) {
      const left = i >= 4 ? (row[i - 4] ?? 0) : 0;
      const up = y > 0 ? (raw[y - 1]?.[i] ?? 0) : 0;
      const upLeft = y > 0 && i >= 4 ? (raw[y - 1]?.[i - 4] ?? 0) : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter] ?? 0;
      out.push(((row[i] ?? 0) - predictor) & 0xff);
    }
  });
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.from(out))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const gradient = (x: number, y: number): number[] => [
  (x * 20) & 0xff,
  (y * 30) & 0xff,
  (x * y * 7) & 0xff,
  255,
];

describe('PNG reader', () => {
  it('reads the signature and the IHDR size', () => {
    const png = encodeRgba(12, 7, gradient);
    expect(isPng(png)).toBe(true);
    expect(readPngHeader(png)).toEqual({ width: 12, height: 7, bitDepth: 8, colorType: 6, interlace: 0 });
    expect(isPng(Buffer.from('GIF89a'))).toBe(false);
  });

  it('undoes all five row filters', () => {
    const decoded = decodePng(encodeRgba(12, 10, gradient));
    for (const [x, y] of [
      [0, 0],
      [11, 9],
      [5, 3],
      [7, 4],
    ] as const) {
      const offset = (y * 12 + x) * 4;
      expect([...decoded.rgba.subarray(offset, offset + 4)], `pixel ${x},${y}`).toEqual(gradient(x, y));
    }
  });

  it.each([
    { name: 'a blank image', pixel: () => [255, 255, 255, 255], colors: 1, share: 0 },
    {
      name: 'a half-drawn image',
      pixel: (x: number) => (x < 5 ? [255, 255, 255, 255] : [30, 90, 160, 255]),
      colors: 2,
      share: 0.5,
    },
  ])('measures $name', ({ pixel, colors, share }) => {
    const decoded = decodePng(encodeRgba(10, 4, pixel));
    expect(countDistinctColors(decoded)).toBe(colors);
    expect(nonBackgroundShare(decoded)).toBe(share);
  });
});
