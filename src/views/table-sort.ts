// Sorting the data table by a column. Reports that do not state a metric sort last in both
// directions: "not reported" is not a small number.
import type { ReportRow } from '../charts/rows';
import { compareZh } from '../i18n/collate';
import { reportTitle } from './report-label';

export type SortDirection = 'ascending' | 'descending';

/** The report column, or a metric key. */
export type SortColumn = { kind: 'report' } | { kind: 'metric'; metric: string };

export interface SortState {
  column: SortColumn;
  direction: SortDirection;
}

function compareByColumn(column: SortColumn, a: ReportRow, b: ReportRow): number {
  if (column.kind === 'report') return compareZh(reportTitle(a), reportTitle(b));
  return a.values[column.metric]!.value - b.values[column.metric]!.value;
}

export function sortRows(rows: readonly ReportRow[], sort: SortState | undefined): ReportRow[] {
  if (!sort) return [...rows];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const { column } = sort;
  const stated = (r: ReportRow) => column.kind === 'report' || r.values[column.metric] !== undefined;
  const present = rows.filter(stated);
  const absent = rows.filter((r) => !stated(r));
  // Array.prototype.sort is stable, so ties keep the query's order (region, scope, name, year).
  return [...present.sort((a, b) => sign * compareByColumn(column, a, b)), ...absent];
}

function columnKey(column: SortColumn): string {
  return column.kind === 'report' ? 'report' : `metric:${column.metric}`;
}

function sameColumn(a: SortColumn, b: SortColumn): boolean {
  return columnKey(a) === columnKey(b);
}

/** A click on a header: a new column sorts descending for numbers (largest first), ascending for names; the same column flips. */
export function nextSort(current: SortState | undefined, column: SortColumn): SortState {
  if (current && sameColumn(current.column, column))
    return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { column, direction: column.kind === 'report' ? 'ascending' : 'descending' };
}

export function ariaSort(current: SortState | undefined, column: SortColumn): SortDirection | 'none' {
  return current && sameColumn(current.column, column) ? current.direction : 'none';
}
