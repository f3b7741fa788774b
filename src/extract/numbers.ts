// Reading one number as Chinese reports print it, on normalised text (see normalize.ts):
// "42704", "42 704", "1.3 万", "900 余", "约124万", "5 万余", "13230余", "1,136".
// Shared by the table parsers (cells) and the prose parser (phrases).

export interface ParsedNumber {
  value: number;
  /** 余/约/多/以上/近/逾 around the number: a lower bound or an estimate. */
  approx: boolean;
  /** Offsets of the whole number expression (including 约/万/余) within the string searched. */
  start: number;
  end: number;
}

/**
 * A number with optional spaces between digit groups (pdftotext and OCR insert them),
 * an optional decimal part, optional 万/亿 multiplier and 余/多/以上 suffix, optional 约/近/逾 prefix.
 * Digits separated by a space are joined only when the pieces look like one number
 * (the later group has exactly three digits, or the first is a single digit run split by OCR);
 * "3 5" in a table row is two cells, and cells are parsed one at a time by the table code.
 */
export const NUMBER_SOURCE =
  '(?:(约|近|逾|超过|大约)\\s*)?(\\d{1,3}(?:[,，]\\d{3})+|\\d+(?: \\d{3})*)(?:\\.(\\d+))?\\s*(万|亿)?\\s*(余|多|以上)?';

const WAN = 10_000;
const YI = 100_000_000;

/** Parses the number that starts at or after `from` in `text`; null when there is none. */
export function readNumber(text: string, from = 0): ParsedNumber | null {
  const re = new RegExp(NUMBER_SOURCE, 'g');
  re.lastIndex = from;
  const m = re.exec(text);
  if (!m) return null;
  return toParsed(m);
}

/** Parses a whole table cell such as "13230", "7730.28", "1.3万" or "—"; null for empty/dash cells. */
export function parseCell(cell: string): ParsedNumber | null {
  const trimmed = cell.trim();
  if (trimmed === '') return null;
  const re = new RegExp(`^${NUMBER_SOURCE}$`);
  const m = re.exec(trimmed);
  if (!m) return null;
  const lead = cell.indexOf(trimmed);
  const parsed = toParsed(m);
  return { ...parsed, start: parsed.start + lead, end: parsed.end + lead };
}

function toParsed(m: RegExpExecArray): ParsedNumber {
  const [whole, prefix, intPart, frac, mult, suffix] = m;
  const digits = intPart!.replace(/[ ,，]/g, '');
  let value = Number(frac ? `${digits}.${frac}` : digits);
  if (mult === '万') value *= WAN;
  if (mult === '亿') value *= YI;
  // Multiplying decimals (1.3万) must not leave float noise such as 12999.999999999998.
  value = Math.round(value * 100) / 100;
  // Trailing whitespace matched before an absent suffix is not part of the number.
  const trimmedLength = whole.replace(/\s+$/, '').length;
  return {
    value,
    approx: Boolean(prefix || suffix),
    start: m.index,
    end: m.index + trimmedLength,
  };
}
