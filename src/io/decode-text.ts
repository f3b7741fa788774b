// Bytes -> text for report files, shared by the build step, the extract CLI and the browser
// import. Reports arrive as UTF-8 (with or without BOM) or as GBK/GB18030 exported from older
// Windows tools; TextDecoder (Node and browsers alike) does both, so no encoding library is needed.
import { NotAReportError } from '../extract/errors';

export type TextEncodingName = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  /** The decoded text without any byte-order mark: dataset offsets are relative to it. */
  text: string;
  encoding: TextEncodingName;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;
const UTF16LE_BOM = [0xff, 0xfe] as const;
const UTF16BE_BOM = [0xfe, 0xff] as const;

/** Control bytes other than tab, LF, FF, CR (and ESC) never occur in report text. */
function isControlByte(byte: number): boolean {
  return byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b;
}

/** How many control bytes in the sample make a file binary: one NUL is enough, stray others are tolerated. */
const BINARY_SAMPLE_BYTES = 8192;
const MAX_CONTROL_RATIO = 0.01;

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, BINARY_SAMPLE_BYTES);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (isControlByte(byte)) controls++;
  }
  return controls > sample.length * MAX_CONTROL_RATIO;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function tryDecode(bytes: Uint8Array, encoding: TextEncodingName): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Decodes a report file. UTF-8 is tried first because valid multi-byte UTF-8 Chinese is
 * practically never valid-looking GBK by accident the other way round: GBK byte pairs almost
 * always break UTF-8's continuation-byte rules, so a fatal UTF-8 failure is the GBK signal.
 * Throws NotAReportError for empty, binary or undecodable input.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new NotAReportError('empty');
  if (startsWith(bytes, UTF16LE_BOM)) return decodeWithBom(bytes, 'utf-16le', UTF16LE_BOM.length);
  if (startsWith(bytes, UTF16BE_BOM)) return decodeWithBom(bytes, 'utf-16be', UTF16BE_BOM.length);
  if (startsWith(bytes, UTF8_BOM)) return decodeWithBom(bytes, 'utf-8', UTF8_BOM.length);
  if (looksBinary(bytes)) throw new NotAReportError('binary');
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const gbk = tryDecode(bytes, 'gb18030');
  if (gbk !== null) return { text: gbk, encoding: 'gb18030' };
  throw new NotAReportError('undecodable');
}

function decodeWithBom(bytes: Uint8Array, encoding: TextEncodingName, bomLength: number): DecodedText {
  const text = tryDecode(bytes.subarray(bomLength), encoding);
  if (text === null) throw new NotAReportError('undecodable');
  if (text.trim() === '') throw new NotAReportError('empty');
  return { text, encoding };
}
