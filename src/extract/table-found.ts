// Building observations from table cells, cut from `src.raw`.
//
// A table observation quotes its row: from the start of the row's label to the end of the value
// cell ("2.政府网站公开政府信息数\t条\t7970"), so a reader of the Sources tab sees what the number
// is. The value cell always ends the quote: the UI highlights the last number of a quote. When the
// quote holds other value cells too (表二/表三/表四), `where` names the table and column in the note.
// A label wrapped far from its number (a page break or blank lines between, in pdftotext output)
// is quoted from its nearest line that touches the number, and the full label goes in the note.
import type { Found, SourceText } from './found';
import type { GridCell, GridRow } from './table-grid';

/** A label wrapped over four lines, its unit line and its number line. */
const MAX_QUOTE_LINES = 6;
const PAGE_MARKER_LINE = /^\s*(?:-\s*\d{1,4}\s*-|第\s*\d{1,4}\s*页.*)\s*$/;

export interface CellContext {
  /** The row the cell was read from. */
  row: GridRow;
  /** Table and column, bilingual, e.g. "表三 总计列 / 表三, column 总计"; set where the row has several value cells. */
  where?: string;
  /** Quote from the row's first number even if text precedes it (表四: that text is the column headers). */
  numbersOnly?: boolean;
}

export function cellFound(
  src: SourceText,
  metric: string,
  cell: GridCell,
  context?: CellContext,
  note?: string,
): Found {
  const quoted = context
    ? rowQuote(src, context.row, cell, context.numbersOnly ?? false)
    : { start: cell.start, labelNote: undefined };
  const notes = [context?.where, quoted.labelNote, note].filter((n): n is string => Boolean(n));
  const found: Found = {
    metric,
    value: cell.value,
    approx: cell.approx,
    method: 'table',
    quote: src.raw.slice(quoted.start, cell.end),
    start: quoted.start,
    end: cell.end,
  };
  if (notes.length > 0) found.note = notes.join('; ');
  return found;
}

/**
 * Where the quote of `cell` starts: the row's label (or, for a row of numbers only, its first
 * cell) when every line from there to the number is adjacent; else the nearest adjacent line.
 */
function rowQuote(
  src: SourceText,
  row: GridRow,
  cell: GridCell,
  numbersOnly: boolean,
): { start: number; labelNote?: string } {
  const hasLabel = !numbersOnly && row.label !== '' && row.labelStart < cell.start;
  const firstCell = row.values.find((v): v is GridCell => v !== null);
  const wanted = hasLabel ? row.labelStart : Math.min(firstCell?.start ?? cell.start, cell.start);
  const start = nearestAdjacentStart(src.norm, wanted, cell.start);
  const labelCut = hasLabel && start > row.labelStart;
  return labelCut ? { start, labelNote: `行标签 / row label: ${row.label}` } : { start };
}

/**
 * Walks up from the line of `valueStart` towards `wanted`, line by line, and stops at a blank
 * line, a page marker, a page break (form feed) or after MAX_QUOTE_LINES lines. Returns the first
 * non-space character reached, never before `wanted`; `valueStart` when no label text is adjacent.
 */
function nearestAdjacentStart(norm: string, wanted: number, valueStart: number): number {
  let start = valueStart;
  let lineEnd = valueStart;
  let lineStart = norm.lastIndexOf('\n', valueStart - 1) + 1;
  for (let lines = 0; lines < MAX_QUOTE_LINES; lines++) {
    const from = Math.max(lineStart, wanted);
    const text = norm.slice(from, lineEnd);
    const blank = text.trim() === '';
    // The number's own line may hold nothing before it; any other blank line ends the row.
    if (lines > 0 && (blank || PAGE_MARKER_LINE.test(text))) break;
    if (!blank) start = from + (text.length - text.trimStart().length);
    if (from === wanted || norm[lineStart] === '\f') break;
    lineEnd = lineStart - 1;
    lineStart = norm.lastIndexOf('\n', lineEnd - 1) + 1;
  }
  return start;
}

/** "表三 总计列 / 表三, column 总计": which cell of a row with several value cells was read. */
export function columnNote(table: string, column: string): string {
  return `${table} ${column}列 / ${table}, column ${column}`;
}

/** A value the table does not print but its parts determine (e.g. 不予公开 = sub-rows 1-8). */
export function sumFound(src: SourceText, metric: string, parts: readonly GridCell[], note: string): Found {
  const start = Math.min(...parts.map((c) => c.start));
  const end = Math.max(...parts.map((c) => c.end));
  return {
    metric,
    value: sumValues(parts),
    approx: parts.some((c) => c.approx),
    method: 'derived',
    quote: src.raw.slice(start, end),
    start,
    end,
    note,
  };
}

export function sumValues(cells: readonly GridCell[]): number {
  // Rounded like numbers.ts so decimal cells (万元) do not leave float noise.
  return Math.round(cells.reduce((a, c) => a + c.value, 0) * 100) / 100;
}
