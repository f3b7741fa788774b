import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/io/decode-text';
import { NotAReportError } from '../../src/extract/errors';

/** GBK codes of a few characters, taken from the GB2312 code chart (not produced by any decoder). */
const GBK: Readonly<Record<string, readonly [number, number]>> = {
  平: [0xc6, 0xbd],
  罗: [0xc2, 0xde],
  县: [0xcf, 0xd8],
  政: [0xd5, 0xfe],
  府: [0xb8, 0xae],
  信: [0xd0, 0xc5],
  息: [0xcf, 0xa2],
  公: [0xb9, 0xab],
  开: [0xbf, 0xaa],
  年: [0xc4, 0xea],
};

function gbkBytes(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = GBK[ch];
    if (code) bytes.push(...code);
    else if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else throw new Error(`no GBK code for ${ch} in the test table`);
  }
  return Uint8Array.from(bytes);
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const withPrefix = (prefix: number[], bytes: Uint8Array) => Uint8Array.from([...prefix, ...bytes]);

describe('decodeText', () => {
  const cases: { name: string; bytes: Uint8Array; text: string; encoding: string }[] = [
    {
      name: 'UTF-8',
      bytes: utf8('平罗县 2016 年政府信息公开'),
      text: '平罗县 2016 年政府信息公开',
      encoding: 'utf-8',
    },
    {
      name: 'UTF-8 with BOM (BOM removed)',
      bytes: withPrefix([0xef, 0xbb, 0xbf], utf8('政府信息公开')),
      text: '政府信息公开',
      encoding: 'utf-8',
    },
    {
      name: 'GBK',
      bytes: gbkBytes('平罗县 2016 年政府信息公开'),
      text: '平罗县 2016 年政府信息公开',
      encoding: 'gb18030',
    },
    {
      name: 'UTF-16LE with BOM',
      bytes: Uint8Array.from([0xff, 0xfe, 0x73, 0x5e, 0x57, 0x7f]),
      text: '平罗',
      encoding: 'utf-16le',
    },
  ];
  for (const c of cases) {
    it(`decodes ${c.name}`, () => {
      expect(decodeText(c.bytes)).toEqual({ text: c.text, encoding: c.encoding });
    });
  }

  const failures: { name: string; bytes: Uint8Array; reason: string }[] = [
    { name: 'empty input', bytes: new Uint8Array(0), reason: 'empty' },
    { name: 'a BOM alone', bytes: Uint8Array.from([0xef, 0xbb, 0xbf]), reason: 'empty' },
    {
      name: 'bytes with NUL (binary)',
      bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]),
      reason: 'binary',
    },
    {
      name: 'many control bytes (binary)',
      bytes: Uint8Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)),
      reason: 'binary',
    },
    {
      name: 'bytes valid in neither UTF-8 nor GB18030',
      bytes: Uint8Array.from([0x41, 0xff, 0xff, 0xff]),
      reason: 'undecodable',
    },
  ];
  for (const f of failures) {
    it(`rejects ${f.name}`, () => {
      expect(() => decodeText(f.bytes)).toThrow(NotAReportError);
      try {
        decodeText(f.bytes);
      } catch (error) {
        expect((error as NotAReportError).reason).toBe(f.reason);
        expect((error as Error).message).not.toContain('\n');
      }
    });
  }
});
