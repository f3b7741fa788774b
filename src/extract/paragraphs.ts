// The prose view: what the narrative parser reads instead of the raw report.
//
// Report texts come from PDFs and web pages: sentences are wrapped at random points (even inside
// a phrase such as "在政\n府网站"), page markers ("-1-", "— 2 —") sit between the halves, whole
// paragraphs are pasted twice, and screenshots of admin panels or pasted table rows sit in the
// middle of the prose. The prose view masks the noise and removes the line-wrap whitespace so a
// phrase reads as one string, while keeping, for every character, its offset in the source text:
// quotes are always cut from the source, never from this view.

export interface LineSpan {
  /** Offset of the first character of the line in the text. */
  start: number;
  /** Offset just past the line's last character (before its line break). */
  end: number;
}

export interface ProseView {
  /** Masked text with line-wrap whitespace removed (see buildProseView). */
  text: string;
  /** sourceOffset[i] is the offset in the source text of text[i]. */
  sourceOffset: Int32Array;
}

/** "-1-", "- 2 -", "— 3 —" (normalised to ASCII dashes), "第 4 页", "4/12" alone on a line. */
const PAGE_MARKER =
  /^\s*(?:-+\s*\d{1,4}\s*-+|第\s*\d{1,4}\s*页(?:\s*[,/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})\s*$/;

/** A list item of an admin-panel screenshot: "- 政务公开(1090)". Its number is a column count, not a statistic. */
const SCREENSHOT_ITEM = /^\s*[-*•·]\s*\S{1,30}?\(\d+\)\s*$/;

/** Cells separated by tabs or pipes, or aligned by runs of spaces (pdftotext -layout tables). */
const TABLE_CELL_GAP = /\t|\||\S {3,}\S/;

/** Paragraphs shorter than this (without whitespace) may repeat legitimately ("力。", headings). */
const MIN_DUPLICATE_LENGTH = 20;
/** A repeated tail is looked for in this many preceding paragraphs (PDF extraction repeats the tail next to its source). */
const TAIL_LOOKBACK = 3;

export function isPageMarker(line: string): boolean {
  return PAGE_MARKER.test(line);
}

export function isScreenshotItem(line: string): boolean {
  return SCREENSHOT_ITEM.test(line);
}

export function isTableLikeLine(line: string): boolean {
  return TABLE_CELL_GAP.test(line.trim());
}

/** Splits text into lines (without their \n or \r\n) in one pass. */
export function splitLines(text: string): LineSpan[] {
  const lines: LineSpan[] = [];
  let start = 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const trimmedEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    lines.push({ start, end: trimmedEnd });
    if (newline === -1) return lines;
    start = newline + 1;
  }
}

function withoutWhitespace(line: string): string {
  return line.replace(/\s+/g, '');
}

/**
 * Lines that repeat an earlier paragraph: an exact repeat anywhere before, or a tail (a line
 * contained in one of the few paragraphs just before it), as pengyang and pingluo-2016 have.
 * Hashing keeps this linear in the text length.
 */
export function findDuplicateLines(text: string, lines: readonly LineSpan[] = splitLines(text)): LineSpan[] {
  const seen = new Set<string>();
  const recent: string[] = [];
  const duplicates: LineSpan[] = [];
  for (const line of lines) {
    const key = withoutWhitespace(text.slice(line.start, line.end));
    if (key.length === 0) continue;
    const isRepeat =
      key.length >= MIN_DUPLICATE_LENGTH &&
      (seen.has(key) || recent.some((earlier) => earlier.includes(key)));
    if (isRepeat) {
      duplicates.push(line);
      continue;
    }
    seen.add(key);
    recent.push(key);
    if (recent.length > TAIL_LOOKBACK) recent.shift();
  }
  return duplicates;
}

/** Lines the narrative parser must not read: page markers, screenshots, table rows, repeats. */
export function findNoiseLines(text: string): LineSpan[] {
  const lines = splitLines(text);
  const noise = lines.filter((line) => {
    const content = text.slice(line.start, line.end);
    return isPageMarker(content) || isScreenshotItem(content) || isTableLikeLine(content);
  });
  const noiseStarts = new Set(noise.map((line) => line.start));
  const proseLines = lines.filter((line) => !noiseStarts.has(line.start));
  return [...noise, ...findDuplicateLines(text, proseLines)].sort((a, b) => a.start - b.start);
}

/** Replaces the given spans with spaces; the result has the same length as the input. */
export function maskSpans(text: string, spans: readonly LineSpan[]): string {
  const parts: string[] = [];
  let cursor = 0;
  for (const span of spans) {
    if (span.start < cursor) continue;
    parts.push(text.slice(cursor, span.start), ' '.repeat(span.end - span.start));
    cursor = span.end;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}

/** CJK characters and CJK/full-width punctuation: whitespace next to them is layout, not content. */
function isWideChar(code: number): boolean {
  return code >= 0x2e80;
}

function isWhitespace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11;
}

/**
 * Builds the prose view of normalised text: noise lines masked, whitespace next to a CJK
 * character dropped ("政府 信息", "在政\n府网站", "42704 条"), any other whitespace run reduced
 * to one space ("42 704" stays readable as one number, "21\n080" as "21 080").
 */
export function buildProseView(norm: string): ProseView {
  const masked = maskSpans(norm, findNoiseLines(norm));
  const chars: string[] = [];
  const offsets = new Int32Array(masked.length);
  let length = 0;
  let i = 0;
  while (i < masked.length) {
    const code = masked.charCodeAt(i);
    if (!isWhitespace(code)) {
      chars.push(masked[i]!);
      offsets[length++] = i;
      i++;
      continue;
    }
    const runStart = i;
    while (i < masked.length && isWhitespace(masked.charCodeAt(i))) i++;
    const before = length > 0 ? chars[length - 1]!.charCodeAt(0) : -1;
    const after = i < masked.length ? masked.charCodeAt(i) : -1;
    const bordersText = before !== -1 && after !== -1;
    if (bordersText && !isWideChar(before) && !isWideChar(after)) {
      chars.push(' ');
      offsets[length++] = runStart;
    }
  }
  return { text: chars.join(''), sourceOffset: offsets.slice(0, length) };
}

/** Maps a [start, end) range of the prose view back to the source text. */
export function toSourceSpan(view: ProseView, start: number, end: number): { start: number; end: number } {
  return { start: view.sourceOffset[start]!, end: view.sourceOffset[end - 1]! + 1 };
}
