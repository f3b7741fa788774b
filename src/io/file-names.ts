// Export file names say what and when: 主动公开趋势_2026-11-22.png / proactive-trend_2026-11-22.png.
import type { Bilingual, IoLocale } from './io-locale';

/** Characters Windows, macOS or a browser refuse or rewrite in a download name (plus control characters). */
const RESERVED_IN_FILE_NAME = new Set('\\/:*?"<>|');
const FIRST_PRINTABLE = 0x20;
const DELETE = 0x7f;

function isUnsafeInFileName(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return RESERVED_IN_FILE_NAME.has(ch) || code < FIRST_PRINTABLE || code === DELETE;
}
const MAX_STEM_LENGTH = 80;

/** The calendar date of the user's clock (not UTC: a Beijing user exporting at 07:00 wants today). */
export function localDateStamp(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function exportFileName(stem: Bilingual, locale: IoLocale, extension: string, date: Date): string {
  const replaced = [...stem[locale]].map((ch) => (isUnsafeInFileName(ch) ? '_' : ch)).join('');
  const safe = replaced.trim().slice(0, MAX_STEM_LENGTH) || 'export';
  return `${safe}_${localDateStamp(date)}.${extension}`;
}
