// Turns report text into table rows, whatever the layout the table arrived in.
//
// The reports' tables come as tab-separated rows, markdown pipes, "label | unit | value" lines,
// one cell per line, or whitespace-aligned `pdftotext -layout` output whose labels wrap across
// lines and whose numbers may sit on a line of their own. Every layout is reduced to the same
// stream of rows: a label (whitespace removed, so "总 计" and "总计" read alike) and the numeric
// cells after it, each with its offsets in the source. The template parsers then match rows by
// the key words of the official row labels, never by line numbers.
//
// Runs in one pass over the lines and keeps at most MAX_LABEL_PARTS label lines in memory, so
// the cost is linear in the text size.
import { parseCell } from './numbers';

/** One numeric cell. `text` is the normalised cell text (digits for run-together recovery). */
export interface GridCell {
  value: number;
  approx: boolean;
  /** Offsets of the number in the source text. */
  start: number;
  end: number;
  text: string;
}

export interface GridRow {
  /** The row's label with all whitespace removed (normalised text: ASCII digits and brackets). */
  label: string;
  /** Offsets of the label's first and last character in the source (equal when there is none). */
  labelStart: number;
  labelEnd: number;
  /** Cells after the label, left to right; null where a cell is empty or a dash ("—"). */
  values: (GridCell | null)[];
}

/** A wrapped label rarely spans more lines than this; older lines are emitted as text rows. */
const MAX_LABEL_PARTS = 4;

const PAGE_MARKER = /^\s*(?:-\s*\d{1,4}\s*-|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?)\s*$/;
const MARKDOWN_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const DASH_CELL = /^-+$/;
const DIGIT_GROUPS = /^\d+(?:\s+\d+)+$/;
const UNIT_CELL = /^(?:条|件|次|篇|人|人次|个|万元|元|项|家|场|期|单位)$/;

/**
 * Row numbering as the templates print it: 一、 (一) 1. 其中. A label line starting with one
 * begins a new row; a line without one continues the label above it.
 */
const ROW_MARKER = /^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十\d]+\)|\d+[.、]|其中)/;

export function hasRowMarker(compactLabel: string): boolean {
  return ROW_MARKER.test(compactLabel);
}

export function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

interface TextPart {
  text: string;
  start: number;
  end: number;
}

/** What one physical line holds once split into cells. */
interface LineCells {
  text: TextPart | null;
  values: (GridCell | null)[];
  /** A tab or pipe line with two or more non-empty cells is a complete row by itself. */
  wholeRow: boolean;
  /** A line holding only a unit (条, 件…) or a dash ends the label above it. */
  endsLabel: boolean;
  /**
   * "谈次数 | | |": a delimited line whose only text is its first cell and whose other cells are
   * empty. Right after a delimited row with numbers it is the second line of that row's label
   * (a converter printing a wrapped cell as two physical lines).
   */
  labelTail: boolean;
  /** Tab or pipe line: it carries its own cell boundaries. */
  delimited: boolean;
}

/** Splits normalised report text into table rows (see the module comment). */
export function buildRows(norm: string): GridRow[] {
  const assembler = new RowAssembler();
  let lineStart = 0;
  while (lineStart <= norm.length) {
    let lineEnd = norm.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = norm.length;
    const line = norm.slice(lineStart, lineEnd).replace(/\r$/, '');
    const cells = splitLine(line, lineStart);
    if (cells) assembler.add(cells);
    else assembler.skip();
    lineStart = lineEnd + 1;
  }
  return assembler.finish();
}

/** Null for lines that carry nothing: blank, page markers, markdown rules. */
function splitLine(line: string, offset: number): LineCells | null {
  if (line.trim() === '' || PAGE_MARKER.test(line) || MARKDOWN_RULE.test(line)) return null;
  if (line.includes('\t')) return splitDelimited(line, offset, '\t');
  if (line.includes('|')) return splitDelimited(line, offset, '|');
  return splitWhitespace(line, offset);
}

interface RawCell {
  text: string;
  start: number;
}

function splitDelimited(line: string, offset: number, delimiter: string): LineCells | null {
  const raw: RawCell[] = [];
  let start = 0;
  for (const piece of line.split(delimiter)) {
    raw.push({ text: piece, start: offset + start });
    start += piece.length + 1;
  }
  // "| a | b |" has an empty piece before the first and after the last pipe.
  if (delimiter === '|') {
    if (raw.length > 0 && raw[0]!.text.trim() === '') raw.shift();
    if (raw.length > 0 && raw[raw.length - 1]!.text.trim() === '') raw.pop();
  }
  const nonEmpty = raw.filter((c) => c.text.trim() !== '' && !DASH_CELL.test(c.text.trim()));
  if (nonEmpty.length === 0) return dashOnly(raw);

  let lastText = -1;
  const parsed = raw.map((c, i) => {
    const cells = readCells(c);
    if (cells === 'text') lastText = i;
    return cells;
  });
  const textCells = raw.slice(0, lastText + 1).filter((c) => c.text.trim() !== '');
  // "1.专职人员数 | 人 | 66": the unit cell is not part of the label, so that a label wrapped onto
  // the next line ("…在线访 | 次 | 1" + "谈次数 | |") joins up as "…在线访谈次数".
  const unitCell = textCells.length >= 2 && UNIT_CELL.test(compact(textCells[textCells.length - 1]!.text));
  const labelCells = unitCell ? textCells.slice(0, -1) : textCells;
  const values: (GridCell | null)[] = [];
  for (const p of parsed.slice(lastText + 1)) {
    if (p === 'text') continue;
    if (p.length === 0) values.push(null);
    else values.push(...p);
  }
  const text = labelCells.length > 0 ? joinParts(labelCells) : null;
  const cells = trimNulls(values);
  return {
    text,
    values: cells,
    wholeRow: nonEmpty.length >= 2,
    endsLabel: labelCells.length === 1 && UNIT_CELL.test(compact(labelCells[0]!.text)),
    labelTail:
      text !== null &&
      nonEmpty.length === 1 &&
      raw.length >= 2 &&
      raw[0]!.text.trim() !== '' &&
      cells.length === 0 &&
      !hasRowMarker(text.text),
    delimited: true,
  };
}

/** A line of dashes (yanchi's "—— |" under a section heading) only ends the label above. */
function dashOnly(raw: RawCell[]): LineCells | null {
  if (!raw.some((c) => DASH_CELL.test(c.text.trim()))) return null;
  return { text: null, values: [], wholeRow: false, endsLabel: true, labelTail: false, delimited: true };
}

/** 'text' for a label cell; [] for an empty or dash cell; else its number(s). */
function readCells(cell: RawCell): GridCell[] | 'text' {
  const trimmed = cell.text.trim();
  if (trimmed === '' || DASH_CELL.test(trimmed)) return [];
  const one = toCell(cell.text, cell.start);
  if (one) return [one];
  // "18 0 0 0" inside one pipe cell: several cells whose separators were lost.
  if (DIGIT_GROUPS.test(trimmed)) return tokens(cell.text, cell.start).map((t) => toCell(t.text, t.start)!);
  return 'text';
}

function toCell(text: string, offset: number): GridCell | null {
  const parsed = parseCell(text);
  if (!parsed) return null;
  return {
    value: parsed.value,
    approx: parsed.approx,
    start: offset + parsed.start,
    end: offset + parsed.end,
    text: text.slice(parsed.start, parsed.end),
  };
}

function tokens(text: string, offset: number): RawCell[] {
  const out: RawCell[] = [];
  for (const m of text.matchAll(/\S+/g)) out.push({ text: m[0], start: offset + m.index });
  return out;
}

/** Whitespace-aligned line: the trailing run of number (or dash) tokens are cells, the rest is label. */
function splitWhitespace(line: string, offset: number): LineCells {
  const toks = tokens(line, offset);
  let firstValue = toks.length;
  const values: (GridCell | null)[] = [];
  for (let i = toks.length - 1; i >= 0; i--) {
    const t = toks[i]!;
    const cell = DASH_CELL.test(t.text) ? null : toCell(t.text, t.start);
    if (!cell && !DASH_CELL.test(t.text)) break;
    values.unshift(cell);
    firstValue = i;
  }
  const labelToks = toks.slice(0, firstValue);
  const text = labelToks.length > 0 ? joinParts(labelToks) : null;
  return {
    text,
    values: trimNulls(values),
    wholeRow: false,
    endsLabel: text !== null && UNIT_CELL.test(text.text),
    labelTail: false,
    delimited: false,
  };
}

function joinParts(cells: RawCell[]): TextPart {
  const first = cells[0]!;
  const last = cells[cells.length - 1]!;
  const lead = first.text.length - first.text.trimStart().length;
  const trail = last.text.length - last.text.trimEnd().length;
  return {
    text: compact(cells.map((c) => c.text).join('')),
    start: first.start + lead,
    end: last.start + last.text.length - trail,
  };
}

function trimNulls(values: (GridCell | null)[]): (GridCell | null)[] {
  let from = 0;
  let to = values.length;
  while (from < to && values[from] === null) from++;
  while (to > from && values[to - 1] === null) to--;
  return values.slice(from, to);
}

/** Joins label lines, unit lines and number lines into rows (see buildRows). */
class RowAssembler {
  private readonly rows: GridRow[] = [];
  private open: TextPart[] = [];
  private openEnded = false;
  /** The open label's first line was a tab or pipe line. */
  private openDelimited = false;
  /** The last row with numbers, while only number lines have followed it. */
  private lastValueRow: GridRow | null = null;
  /** The row made by the physical line just before, when that line was delimited and had numbers. */
  private previousDelimitedRow: GridRow | null = null;

  add(line: LineCells): void {
    const previous = this.previousDelimitedRow;
    this.previousDelimitedRow = null;
    if (line.labelTail && line.text && previous) {
      this.extendLabel(previous, line.text);
      return;
    }
    if (line.values.length === 0) this.addText(line);
    else this.addValues(line);
    if (line.values.length > 0 && line.text && this.rows.length > 0 && line.delimited) {
      this.previousDelimitedRow = this.rows[this.rows.length - 1]!;
    }
  }

  /** A blank line, page marker or markdown rule: the next line is not adjacent to this one. */
  skip(): void {
    this.previousDelimitedRow = null;
  }

  finish(): GridRow[] {
    this.flushOpen();
    return this.rows;
  }

  private addText(line: LineCells): void {
    this.lastValueRow = null;
    if (!line.text) {
      if (line.endsLabel) this.openEnded = true;
      return;
    }
    if (line.wholeRow) {
      this.flushOpen();
      this.emit([line.text], []);
      return;
    }
    const startsRow = this.open.length === 0 || this.openEnded || hasRowMarker(line.text.text);
    if (startsRow && !line.endsLabel) this.flushOpen();
    if (this.open.length === 0) this.openDelimited = line.delimited;
    this.open.push(line.text);
    if (this.open.length > MAX_LABEL_PARTS) this.emit([this.open.shift()!], []);
    this.openEnded = line.endsLabel;
  }

  private addValues(line: LineCells): void {
    if (!line.text) {
      if (this.open.length > 0) {
        this.lastValueRow = this.emit(this.open, line.values);
        this.clearOpen();
      } else if (this.lastValueRow) {
        this.lastValueRow.values.push(...line.values);
      } else {
        this.lastValueRow = this.emit([], line.values);
      }
      return;
    }
    // pdftotext centres the numbers vertically: "（二）部分公开（区分处理的，只计这一情形，不"
    // may be followed by "计其他情形）   4  0 …", whose text continues the label above. The same
    // holds for an unnumbered label wrapped in its cell ("危及国家安全…和社" + "会稳定 | 件 | 0").
    // A complete tab/pipe row joins only a label line that had no cells of its own.
    const continuesOpen =
      (!line.wholeRow || !this.openDelimited) &&
      this.open.length === 1 &&
      !this.openEnded &&
      !hasRowMarker(line.text.text);
    const parts = continuesOpen ? [...this.open, line.text] : [line.text];
    if (continuesOpen) this.clearOpen();
    else this.flushOpen();
    this.lastValueRow = this.emit(parts, line.values);
  }

  private extendLabel(row: GridRow, tail: TextPart): void {
    row.label += tail.text;
    row.labelEnd = tail.end;
  }

  private flushOpen(): void {
    if (this.open.length > 0) this.emit(this.open, []);
    this.clearOpen();
  }

  private clearOpen(): void {
    this.open = [];
    this.openEnded = false;
  }

  private emit(parts: TextPart[], values: (GridCell | null)[]): GridRow {
    const first = parts[0];
    const last = parts[parts.length - 1];
    const anchor = values.find((v) => v !== null)?.start ?? 0;
    const row: GridRow = {
      label: parts.map((p) => p.text).join(''),
      labelStart: first?.start ?? anchor,
      labelEnd: last?.end ?? anchor,
      values: [...values],
    };
    this.rows.push(row);
    return row;
  }
}
