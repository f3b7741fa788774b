// CSV and JSON export of observations: UTF-8 with BOM and CRLF for Excel, formula
// injection neutralised, one row per observation in the CSV_COLUMNS order.
import Papa from 'papaparse';
import { getMetric } from '../model/metrics';
import type { Observation, Report, Unit } from '../model/types';
import {
  CSV_COLUMNS,
  CSV_NEWLINE,
  UTF8_BOM,
  neutralizeCell,
  type CsvColumn,
  type DataOrigin,
  type ObservationRow,
} from './csv-format';

type CsvRecord = Record<CsvColumn, string>;

/** Numbers are written as plain decimals so they are never mistaken for formulas. */
function toRecord(row: ObservationRow): CsvRecord {
  const metric = getMetric(row.metric);
  return {
    report_id: row.reportId,
    unit: row.unit,
    region: row.region,
    year: String(row.year),
    scope: row.scope,
    metric: row.metric,
    metric_zh: metric?.zh ?? '',
    value: String(row.value),
    unit_of_measure: metric?.unit ?? '',
    approx: String(row.approx),
    method: row.method,
    primary: String(row.primary),
    quote: row.quote,
    start: String(row.start),
    end: String(row.end),
    source_file: row.sourceFile,
    origin: row.origin,
  };
}

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

function neutralizeRecord(record: CsvRecord): string[] {
  // A negative number is data, not a formula; only text cells need the apostrophe.
  return CSV_COLUMNS.map((col) =>
    PLAIN_NUMBER.test(record[col]) ? record[col] : neutralizeCell(record[col]),
  );
}

/** Every record, the last one included, ends with CRLF (RFC 4180), whatever Papa does for empty data. */
function unparse(rows: string[][]): string {
  const body = Papa.unparse(
    { fields: [...CSV_COLUMNS], data: rows },
    { newline: CSV_NEWLINE, escapeFormulae: false },
  );
  return UTF8_BOM + (body.endsWith(CSV_NEWLINE) ? body : body + CSV_NEWLINE);
}

/** Observations as a CSV file body (BOM, CRLF, neutralised cells). */
export function observationsToCsv(rows: readonly ObservationRow[]): string {
  return unparse(rows.map((row) => neutralizeRecord(toRecord(row))));
}

/** A header-only CSV users can fill in and import. */
export function csvTemplate(): string {
  return unparse([]);
}

/**
 * Flattens a dataset (shipped or user) into rows; observations of unknown reports are skipped.
 * A report that says where it came from (a stored row) keeps its own origin.
 */
export function datasetToRows(
  dataset: {
    units: readonly Unit[];
    reports: readonly (Report & { origin?: DataOrigin })[];
    observations: readonly Observation[];
  },
  origin: DataOrigin,
): ObservationRow[] {
  const units = new Map(dataset.units.map((u) => [u.id, u]));
  const reports = new Map(dataset.reports.map((r) => [r.id, r]));
  const rows: ObservationRow[] = [];
  for (const obs of dataset.observations) {
    const report = reports.get(obs.reportId);
    if (!report) continue;
    const unit = units.get(report.unitId);
    rows.push({
      reportId: report.id,
      unit: unit?.name ?? report.unitId,
      region: unit?.region ?? '',
      year: report.year,
      scope: report.scope,
      metric: obs.metric,
      value: obs.value,
      approx: obs.approx,
      method: obs.method,
      primary: obs.primary,
      quote: obs.quote,
      start: obs.start,
      end: obs.end,
      sourceFile: report.sourceFile,
      origin: report.origin ?? origin,
    });
  }
  return rows;
}

/** The dataset as pretty JSON (same contract as static/data/dataset.json). */
export function datasetToJson(dataset: unknown): string {
  return JSON.stringify(dataset, null, 2) + '\n';
}
