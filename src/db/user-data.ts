// User-imported reports: written with origin 'user' so dataset refreshes and schema
// upgrades keep them. A user report may not reuse a shipped report's id (it would be
// silently replaced by the next dataset); re-saving a user report replaces it whole.
import type { Check, Observation, Report, Unit } from '../model/types';
import { encodeDetails } from './details';
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

export async function saveUserReport(
  bundle: UserReportBundle,
  target: UserDataTarget = getUserDataTarget(),
): Promise<void> {
  assertBelongsToReport(bundle);
  const { unit, report, observations, checks, sourceText } = bundle;
  if (target.kind === 'memory') {
    if ((await target.repo.getReport(report.id))?.origin === 'shipped')
      throw new ReportIdTakenError(report.id);
    target.repo.addUserRows({ ...unit, origin: USER }, { ...report, origin: USER }, observations, checks, {
      reportId: report.id,
      text: sourceText,
      origin: USER,
    });
    return;
  }
  const { db } = target;
  await db.transaction('rw', db.dataTables, async () => {
    const existing = await db.reports.get(report.id);
    if (existing?.origin === 'shipped') throw new ReportIdTakenError(report.id);
    // A shipped unit of the same id stays as it is (the import then adds a year to it); a
    // user unit takes the corrections (name, region) of the latest save.
    if ((await db.units.get(unit.id))?.origin !== 'shipped') await db.units.put({ ...unit, origin: USER });
    await db.reports.put({ ...report, origin: USER });
    await db.details.put(encodeDetails(report.id, USER, { observations, checks }));
    await db.sources.put({ reportId: report.id, text: sourceText, origin: USER });
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
