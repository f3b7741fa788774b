// The observation CSV format shared by export (export-csv.ts) and import (import-csv.ts):
// one row per observation, with the report, unit and region it belongs to, so a file can be
// opened in Excel, edited and imported back. Column order is part of the format.
import type { ObservationMethod, ReportScope } from '../model/types';

export const CSV_COLUMNS = [
  'report_id',
  'unit',
  'region',
  'year',
  'scope',
  'metric',
  'metric_zh',
  'value',
  'unit_of_measure',
  'approx',
  'method',
  'primary',
  'quote',
  'start',
  'end',
  'source_file',
  'origin',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Where a row came from: the shipped dataset or the user's own imports. */
export type DataOrigin = 'shipped' | 'user';

/** One observation with the context a flat file needs (the CSV row, typed). */
export interface ObservationRow {
  reportId: string;
  /** The reporting body's name (Unit.name). */
  unit: string;
  region: string;
  year: number;
  scope: ReportScope;
  metric: string;
  value: number;
  approx: boolean;
  method: ObservationMethod;
  primary: boolean;
  quote: string;
  start: number;
  end: number;
  sourceFile: string;
  origin: DataOrigin;
}

export const REPORT_SCOPES: readonly ReportScope[] = ['county-aggregate', 'office', 'township'];
export const OBSERVATION_METHODS: readonly ObservationMethod[] = ['table', 'text', 'derived'];
export const DATA_ORIGINS: readonly DataOrigin[] = ['shipped', 'user'];

/** Excel opens a UTF-8 CSV as GBK unless it starts with a byte-order mark. */
export const UTF8_BOM = '\ufeff';
export const CSV_NEWLINE = '\r\n';

/**
 * Spreadsheet formula injection: a cell starting with = + - @ (or tab/CR, which some
 * spreadsheets skip before reading a formula) is prefixed with an apostrophe. Cells that
 * already start with apostrophes before such a character get one more, so that
 * `restoreCell(neutralizeCell(x)) === x` for every string.
 */
const NEEDS_NEUTRALIZING = /^'*[=+\-@\t\r]/;
const NEUTRALIZED = /^'+[=+\-@\t\r]/;

export function neutralizeCell(cell: string): string {
  return NEEDS_NEUTRALIZING.test(cell) ? `'${cell}` : cell;
}

export function restoreCell(cell: string): string {
  return NEUTRALIZED.test(cell) ? cell.slice(1) : cell;
}
