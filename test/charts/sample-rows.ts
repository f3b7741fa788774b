// Report rows from the sample dataset fixture, as the views build them.
import { readFileSync } from 'node:fs';
import type { Dataset } from '../../src/model/types';
import { toReportRows, type ReportRow } from '../../src/charts/rows';

export function sampleRows(): ReportRow[] {
  const dataset = JSON.parse(
    readFileSync(new URL('../fixtures/dataset-sample.json', import.meta.url), 'utf8'),
  ) as Dataset;
  const units = new Map(dataset.units.map((u) => [u.id, u]));
  return toReportRows(
    dataset.reports.map((report) => ({ report, unit: units.get(report.unitId)! })),
    dataset.observations,
  );
}

export function rowById(rows: readonly ReportRow[], id: string): ReportRow {
  const row = rows.find((r) => r.reportId === id);
  if (!row) throw new Error(`no row ${id}`);
  return row;
}
