// User-imported reports: written with origin 'user' so dataset refreshes and schema
// upgrades keep them. A user report may not reuse a shipped report's id (it would be
// silently replaced by the next dataset); re-saving a user report replaces it whole.
import type { Check, Observation, Report, Unit } from '../model/types';
import { encodeDetails } from './details';
import type { UnitRow } from './rows';
import { getUserDataTarget, type UserDataTarget } from './session';

export interface UserReportBundle {
  unit: Unit;
  report: Report;
  observations: Observation[];
  checks: Check[];
  sourceText: string;
}

const USER = 'user';

export class ReportIdTakenError extends Error {
  constructor(reportId: string) {
    super(`Report id "${reportId}" belongs to a shipped report; choose another id`);
    this.name = 'ReportIdTakenError';
  }
}

function assertBelongsToReport(bundle: UserReportBundle): void {
  const stray = [...bundle.observations, ...bundle.checks].find((row) => row.reportId !== bundle.report.id);
  if (stray) throw new Error(`Row for report "${stray.reportId}" in the bundle of "${bundle.report.id}"`);
  if (bundle.report.unitId !== bundle.unit.id) throw new Error('report.unitId must equal unit.id');
}

/** Saves one report (see saveUserReports). */
export function saveUserReport(
  bundle: UserReportBundle,
  target: UserDataTarget = getUserDataTarget(),
): Promise<void> {
  return saveUserReports([bundle], target);
}

/**
 * Saves every bundle or none: one IndexedDB transaction, so a failure half-way rolls everything
 * back, with bulk requests rather than a few awaited requests per report (a CSV of 1,439 reports
 * took ~4.4 s one by one). A later bundle replaces an earlier one of the same report or user unit.
 */
export async function saveUserReports(
  bundles: readonly UserReportBundle[],
  target: UserDataTarget = getUserDataTarget(),
): Promise<void> {
  bundles.forEach(assertBelongsToReport);
  if (target.kind === 'memory') {
    // The in-memory copy cannot roll back, so every bundle is checked before the first is added.
    for (const { report } of bundles) {
      if ((await target.repo.getReport(report.id))?.origin === 'shipped')
        throw new ReportIdTakenError(report.id);
    }
    for (const { unit, report, observations, checks, sourceText } of bundles) {
      target.repo.addUserRows({ ...unit, origin: USER }, { ...report, origin: USER }, observations, checks, {
        reportId: report.id,
        text: sourceText,
        origin: USER,
      });
    }
    return;
  }
  const { db } = target;
  await db.transaction('rw', db.dataTables, async () => {
    const existing = await db.reports.bulkGet(bundles.map((b) => b.report.id));
    const taken = existing.find((row) => row?.origin === 'shipped');
    if (taken) throw new ReportIdTakenError(taken.id);
    // A shipped unit of the same id stays as it is (the import then adds a year to it); a
    // user unit takes the corrections (name, region) of the latest save.
    const unitIds = [...new Set(bundles.map((b) => b.unit.id))];
    const shippedUnits = new Set(
      (await db.units.bulkGet(unitIds)).flatMap((u) => (u?.origin === 'shipped' ? [u.id] : [])),
    );
    const userUnits = new Map<string, UnitRow>(
      bundles
        .filter((b) => !shippedUnits.has(b.unit.id))
        .map((b) => [b.unit.id, { ...b.unit, origin: USER }]),
    );
    await db.units.bulkPut([...userUnits.values()]);
    await db.reports.bulkPut(bundles.map((b) => ({ ...b.report, origin: USER })));
    await db.details.bulkPut(
      bundles.map((b) =>
        encodeDetails(b.report.id, USER, { observations: b.observations, checks: b.checks }),
      ),
    );
    await db.sources.bulkPut(
      bundles.map((b) => ({ reportId: b.report.id, text: b.sourceText, origin: USER })),
    );
  });
}

/** Deletes a user report and its rows (and its unit when no other report uses it). */
export async function deleteUserReport(
  reportId: string,
  target: UserDataTarget = getUserDataTarget(),
): Promise<void> {
  if (target.kind === 'memory') {
    const report = await target.repo.getReport(reportId);
    if (report?.origin !== USER) return;
    target.repo.removeReport(reportId);
    return;
  }
  const { db } = target;
  await db.transaction('rw', db.dataTables, async () => {
    const report = await db.reports.get(reportId);
    if (report?.origin !== USER) return;
    await db.reports.delete(reportId);
    await db.details.delete(reportId);
    await db.sources.delete(reportId);
    const unit = await db.units.get(report.unitId);
    const stillUsed = await db.reports.where('unitId').equals(report.unitId).count();
    if (unit?.origin === USER && stillUsed === 0) await db.units.delete(unit.id);
  });
}
