// Building observations from table cells: the quote is always the source text of the number
// itself (for sums: the span from the first to the last number added), cut from `src.raw`.
import type { Found, SourceText } from './found';
import type { GridCell } from './table-grid';

export function cellFound(src: SourceText, metric: string, cell: GridCell, note?: string): Found {
  const found: Found = {
    metric,
    value: cell.value,
    approx: cell.approx,
    method: 'table',
    quote: src.raw.slice(cell.start, cell.end),
    start: cell.start,
    end: cell.end,
  };
  if (note) found.note = note;
  return found;
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
