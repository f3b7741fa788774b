// What the export and import features read from and write to the dashboard's data, written
// against the db layer's public interface (DataRepository for reading; the CSV's bundles are
// written by src/db/user-data.ts) so the storage details stay in src/db.
import type { DataRepository } from '../db/repository';
import type { ReportRow, UnitRow } from '../db/rows';
import type { UserReportBundle } from '../db/user-data';
import { compareZh } from '../i18n/collate';
import type { Check, Dataset, Observation } from '../model/types';
import { METRICS } from '../model/metrics';
import type { ObservationRow } from './csv-format';
import { datasetToRows } from './export-csv';
import { USER_ID_PREFIX, userUnitId } from './import-report';

interface Everything {
  units: UnitRow[];
  reports: ReportRow[];
  observations: Observation[];
  checks: Check[];
}

async function readEverything(repo: DataRepository): Promise<Everything> {
  const units = await repo.listUnits();
  const reports = await repo.reportsOfUnits(units.map((u) => u.id));
  const ids = reports.map((r) => r.id);
  const [observations, checks] = await Promise.all([
    repo.observationsOfReports(ids),
    repo.checksOfReports(ids),
  ]);
  return { units, reports, observations, checks };
}

/** Every observation, shipped and user, as CSV rows. */
export async function collectAllRows(repo: DataRepository): Promise<ObservationRow[]> {
  const all = await readEverything(repo);
  return datasetToRows(all, 'shipped');
}

/** The primary values of `metrics` in the given reports: the data a chart draws. */
export async function collectChartRows(
  repo: DataRepository,
  reportIds: readonly string[],
  metrics: readonly string[],
): Promise<ObservationRow[]> {
  const wanted = new Set(metrics);
  const reports = (await Promise.all(reportIds.map((id) => repo.getReport(id)))).filter(
    (r): r is ReportRow => r !== undefined,
  );
  const units = (
    await Promise.all([...new Set(reports.map((r) => r.unitId))].map((id) => repo.getUnit(id)))
  ).filter((u): u is UnitRow => u !== undefined);
  const observations = (await repo.observationsOfReports(reportIds)).filter(
    (o) => o.primary && wanted.has(o.metric),
  );
  return datasetToRows({ units, reports, observations }, 'shipped');
}

/** The whole current data in the dataset.json contract, user rows included (marked by origin). */
export async function collectDataset(
  repo: DataRepository,
): Promise<Omit<Dataset, 'version'> & { exportedAt: string }> {
  const all = await readEverything(repo);
  return {
    schemaVersion: 1,
    exportedAt: new Date().toISOString(),
    metrics: [...METRICS],
    units: all.units,
    reports: all.reports,
    observations: all.observations,
    checks: all.checks,
  };
}

export interface UserReportSummary {
  report: ReportRow;
  unitName: string;
  region: string;
}

/** The user's imported reports, newest year first. */
export async function listUserReports(repo: DataRepository): Promise<UserReportSummary[]> {
  const units = await repo.listUnits();
  const unitById = new Map(units.map((u) => [u.id, u]));
  const reports = (await repo.reportsOfUnits(units.map((u) => u.id))).filter((r) => r.origin === 'user');
  return reports
    .map((report) => ({
      report,
      unitName: unitById.get(report.unitId)?.name ?? report.unitId,
      region: unitById.get(report.unitId)?.region ?? '',
    }))
    .sort((a, b) => b.report.year - a.report.year || compareZh(a.unitName, b.unitName));
}

/** CSV rows grouped into one bundle per report, with user- ids (the CSV names bodies, not ids). */
export function bundlesFromCsvRows(rows: readonly ObservationRow[]): UserReportBundle[] {
  const groups = new Map<string, ObservationRow[]>();
  for (const row of rows) {
    const list = groups.get(row.reportId);
    if (list) list.push(row);
    else groups.set(row.reportId, [row]);
  }
  return [...groups].map(([csvReportId, group]) => {
    const first = group[0]!;
    const unitId = userUnitId(first.unit);
    const reportId = csvReportId.startsWith(USER_ID_PREFIX) ? csvReportId : USER_ID_PREFIX + csvReportId;
    return {
      unit: { id: unitId, name: first.unit, level: levelOf(first.scope), region: first.region },
      report: {
        id: reportId,
        unitId,
        year: first.year,
        scope: first.scope,
        // The CSV format has no template column; a flat file carries no table layout either.
        template: 'narrative',
        title: `${first.unit}${first.year}年政府信息公开工作年度报告`,
        sourceFile: first.sourceFile,
        sourceSha256: '',
      },
      observations: group.map((r) => ({
        reportId,
        metric: r.metric,
        value: r.value,
        approx: r.approx,
        method: r.method,
        quote: r.quote,
        start: r.start,
        end: r.end,
        primary: r.primary,
      })),
      checks: [],
      sourceText: '',
    };
  });
}

function levelOf(scope: ObservationRow['scope']): UnitRow['level'] {
  return scope === 'county-aggregate' ? 'county' : scope;
}
