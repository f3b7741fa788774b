// Import of observations in the export's own CSV format (csv-format.ts).
//
// The text is parsed in chunks of CHUNK_SIZE characters; after each chunk the parser pauses
// and yields to the event loop, so a 50 MB file never freezes the page and progress can be
// drawn. (Papa's own File streaming decodes each byte slice separately, which corrupts
// Chinese characters cut at a slice boundary, so a File is read whole with Blob.text().)
// Every row is validated; errors carry the spreadsheet row number (header = 1), which is what
// Excel shows even when a quoted cell spans several physical lines. Nothing is returned for
// saving unless the whole file is valid: the caller saves all rows or none.
import Papa from 'papaparse';
import { isMetricKey } from '../model/metrics';
import type { ReportScope } from '../model/types';
import {
  CSV_COLUMNS,
  OBSERVATION_METHODS,
  REPORT_SCOPES,
  restoreCell,
  type CsvColumn,
  type ObservationRow,
} from './csv-format';

export const CHUNK_SIZE = 1024 * 1024;
/** Only this many errors are kept for display; the total is still counted. */
export const MAX_REPORTED_ERRORS = 100;
/** Text larger than this is refused before parsing (a whole county's data is a few MB). */
export const MAX_CSV_CHARS = 200 * 1024 * 1024;
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;
const HEADER_LINE = 1;

export const REQUIRED_COLUMNS: readonly CsvColumn[] = ['unit', 'region', 'year', 'scope', 'metric', 'value'];

export type CsvErrorCode =
  | 'too-large'
  | 'missing-column'
  | 'malformed-row'
  | 'missing-value'
  | 'unknown-metric'
  | 'bad-number'
  | 'bad-year'
  | 'bad-scope'
  | 'bad-method'
  | 'bad-boolean'
  | 'bad-offset'
  | 'inconsistent-report';

export interface CsvRowError {
  /** Spreadsheet row number: the header is row 1, the first observation row 2. */
  line: number;
  code: CsvErrorCode;
  column?: string;
  /** The offending cell as read (for the message). */
  value?: string;
}

export interface CsvImportResult {
  /** All rows when the file is valid; empty when there is any error (nothing half-saved). */
  rows: ObservationRow[];
  /** The first MAX_REPORTED_ERRORS errors. */
  errors: CsvRowError[];
  errorCount: number;
  /** Data rows read (empty rows excluded). */
  rowCount: number;
}

export interface CsvImportOptions {
  /** Called after each chunk with the fraction of the text parsed, 0..1. */
  onProgress?: (fraction: number) => void;
  chunkSize?: number;
  /** How the parser yields between chunks; the default is a macrotask (setTimeout 0). */
  yieldControl?: () => Promise<void>;
}

type RawRow = Record<string, string | undefined>;

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Parses and validates CSV text or a File/Blob holding it. */
export async function parseObservationCsv(
  input: string | Blob,
  options: CsvImportOptions = {},
): Promise<CsvImportResult> {
  if (typeof input !== 'string' && input.size > MAX_CSV_CHARS) return tooLarge();
  const text = typeof input === 'string' ? input : await input.text();
  if (text.length > MAX_CSV_CHARS) return tooLarge();
  return parseText(text, options);
}

function tooLarge(): CsvImportResult {
  return { rows: [], errors: [{ line: 0, code: 'too-large' }], errorCount: 1, rowCount: 0 };
}

function parseText(text: string, options: CsvImportOptions): Promise<CsvImportResult> {
  const validator = new RowValidator();
  const yieldControl = options.yieldControl ?? yieldToEventLoop;
  let recordIndex = 0;
  let headerChecked = false;

  return new Promise((resolve, reject) => {
    // Papa streams strings in chunks too; its typings only describe chunking for files.
    const config: Papa.ParseLocalConfig<RawRow, never> & { worker: false } = {
      worker: false,
      header: true,
      skipEmptyLines: false,
      chunkSize: options.chunkSize ?? CHUNK_SIZE,
      transformHeader: (h) => h.replace(/^\ufeff/, '').trim(),
      chunk(results, parser) {
        if (!headerChecked) {
          headerChecked = true;
          const missing = REQUIRED_COLUMNS.filter((c) => !(results.meta.fields ?? []).includes(c));
          for (const column of missing)
            validator.report({ line: HEADER_LINE, code: 'missing-column', column });
          if (missing.length > 0) {
            parser.abort();
            return;
          }
        }
        const malformed = new Set(
          results.errors.map((e) => e.row).filter((r): r is number => r !== undefined),
        );
        results.data.forEach((raw, i) => {
          const line = HEADER_LINE + 1 + recordIndex + i;
          if (isEmptyRow(raw)) return;
          if (malformed.has(i)) validator.report({ line, code: 'malformed-row' });
          else validator.accept(raw, line);
        });
        recordIndex += results.data.length;
        options.onProgress?.(Math.min(1, results.meta.cursor / Math.max(1, text.length)));
        parser.pause();
        yieldControl().then(() => parser.resume(), reject);
      },
      complete: () => {
        options.onProgress?.(1);
        resolve(validator.result());
      },
    };
    Papa.parse<RawRow>(text, config);
  });
}

function isEmptyRow(raw: RawRow): boolean {
  return Object.values(raw).every((v) => v === undefined || v.trim() === '');
}

interface ReportIdentity {
  unit: string;
  region: string;
  year: number;
  scope: ReportScope;
}

class RowValidator {
  private readonly rows: ObservationRow[] = [];
  private readonly errors: CsvRowError[] = [];
  private errorCount = 0;
  private rowCount = 0;
  private readonly reports = new Map<string, ReportIdentity>();

  report(error: CsvRowError): void {
    this.errorCount++;
    if (this.errors.length < MAX_REPORTED_ERRORS) this.errors.push(error);
  }

  accept(raw: RawRow, line: number): void {
    this.rowCount++;
    const before = this.errorCount;
    const cell = (c: CsvColumn): string => restoreCell((raw[c] ?? '').trim());
    const fail = (column: CsvColumn, code: CsvErrorCode): undefined => {
      this.report({ line, code, column, value: raw[column] ?? '' });
      return undefined;
    };

    for (const column of REQUIRED_COLUMNS) if (cell(column) === '') fail(column, 'missing-value');
    if (this.errorCount > before) return;

    const metric = cell('metric');
    if (!isMetricKey(metric)) fail('metric', 'unknown-metric');
    const value = readNumber(cell('value')) ?? fail('value', 'bad-number');
    const year = readYear(cell('year')) ?? fail('year', 'bad-year');
    const scope = oneOf(cell('scope'), REPORT_SCOPES) ?? fail('scope', 'bad-scope');
    const method = oneOf(cell('method') || 'table', OBSERVATION_METHODS) ?? fail('method', 'bad-method');
    const approx = readBoolean(cell('approx'), false) ?? fail('approx', 'bad-boolean');
    const primary = readBoolean(cell('primary'), true) ?? fail('primary', 'bad-boolean');
    const start = readOffset(cell('start')) ?? fail('start', 'bad-offset');
    const end = readOffset(cell('end')) ?? fail('end', 'bad-offset');
    if (
      value === undefined ||
      year === undefined ||
      scope === undefined ||
      method === undefined ||
      approx === undefined ||
      primary === undefined ||
      start === undefined ||
      end === undefined ||
      this.errorCount > before
    )
      return;

    const identity: ReportIdentity = { unit: cell('unit'), region: cell('region'), year, scope };
    // A blank report_id (hand-filled template) means one report per body, year and scope.
    const reportId = cell('report_id') || `${identity.unit}-${year}-${scope}`;
    const known = this.reports.get(reportId);
    if (!known) this.reports.set(reportId, identity);
    else if (!sameIdentity(known, identity)) return void fail('report_id', 'inconsistent-report');

    this.rows.push({
      reportId,
      ...identity,
      metric,
      value,
      approx,
      method,
      primary,
      // Quotes are source text: kept exactly (untrimmed) apart from the export's apostrophe.
      quote: restoreCell(raw.quote ?? ''),
      start,
      end,
      sourceFile: cell('source_file'),
      origin: 'user',
    });
  }

  result(): CsvImportResult {
    const valid = this.errorCount === 0;
    return {
      rows: valid ? this.rows : [],
      errors: this.errors,
      errorCount: this.errorCount,
      rowCount: this.rowCount,
    };
  }
}

function sameIdentity(a: ReportIdentity, b: ReportIdentity): boolean {
  return a.unit === b.unit && a.region === b.region && a.year === b.year && a.scope === b.scope;
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

function readNumber(cell: string): number | undefined {
  // Excel may add thousands separators when a user edits the file.
  const plain = cell.replace(/,/g, '');
  return DECIMAL.test(plain) ? Number(plain) : undefined;
}

function readYear(cell: string): number | undefined {
  const year = /^\d{4}$/.test(cell) ? Number(cell) : NaN;
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : undefined;
}

function readOffset(cell: string): number | undefined {
  if (cell === '') return 0;
  return /^\d+$/.test(cell) ? Number(cell) : undefined;
}

const TRUE_WORDS = ['true', '1', '是'];
const FALSE_WORDS = ['false', '0', '否'];

function readBoolean(cell: string, fallback: boolean): boolean | undefined {
  const word = cell.toLowerCase();
  if (word === '') return fallback;
  if (TRUE_WORDS.includes(word)) return true;
  if (FALSE_WORDS.includes(word)) return false;
  return undefined;
}

function oneOf<T extends string>(cell: string, allowed: readonly T[]): T | undefined {
  return (allowed as readonly string[]).includes(cell) ? (cell as T) : undefined;
}

/** The columns the importer reads, for the template and the dialog's help text. */
export const IMPORTED_COLUMNS: readonly CsvColumn[] = CSV_COLUMNS.filter(
  (c) => c !== 'metric_zh' && c !== 'unit_of_measure' && c !== 'origin',
);
