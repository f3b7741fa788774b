// Realistic data for the view tests: the shipped reports in data/reports run through the
// same build as `npm run data` (into a temporary folder), so quotes and offsets are current.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDataset } from '../../src/build/build-dataset';
import type { ReportRow } from '../../src/charts/rows';
import { toReportRows } from '../../src/charts/rows';
import { MemoryRepository } from '../../src/db/repository';
import type { Dataset } from '../../src/model/types';

export interface ShippedData {
  dataset: Dataset;
  texts: ReadonlyMap<string, string>;
}

let cached: ShippedData | undefined;

export function shippedData(): ShippedData {
  if (cached) return cached;
  const outDir = mkdtempSync(join(tmpdir(), 'views-fixture-'));
  try {
    const { dataset } = buildDataset({ reportsDir: 'data/reports', unitsFile: 'data/units.json', outDir });
    const texts = new Map(
      dataset.reports.map(
        (r) => [r.id, readFileSync(join(outDir, 'reports', r.sourceFile), 'utf8')] as const,
      ),
    );
    cached = { dataset, texts };
    return cached;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** An in-memory repository holding the dataset and, already stored, every report's text. */
export async function repositoryWithTexts(data: ShippedData): Promise<MemoryRepository> {
  const repo = new MemoryRepository(data.dataset);
  for (const [reportId, text] of data.texts) await repo.putSource({ reportId, text, origin: 'shipped' });
  return repo;
}

/** The dashboard's rows (primary values only) for the given reports. */
export function rowsOf(dataset: Dataset, reportIds: readonly string[]): ReportRow[] {
  const units = new Map(dataset.units.map((u) => [u.id, u]));
  const reports = reportIds.map((id) => {
    const report = dataset.reports.find((r) => r.id === id)!;
    return { report, unit: units.get(report.unitId)! };
  });
  return toReportRows(
    reports,
    dataset.observations.filter((o) => reportIds.includes(o.reportId)),
  );
}

/** jsdom has no <dialog> methods; enough of them for components that open one. */
export function installDialogShim(): void {
  const proto = HTMLDialogElement.prototype;
  proto.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  proto.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}

/** The rows as the dashboard first has them: numbers from the chart facts, no quotes or notes. */
export function withoutQuotes(rows: readonly ReportRow[]): ReportRow[] {
  return rows.map((row) => ({
    ...row,
    values: Object.fromEntries(
      Object.entries(row.values).map(([metric, cell]) => [
        metric,
        { value: cell.value, approx: cell.approx, method: cell.method },
      ]),
    ),
  }));
}
