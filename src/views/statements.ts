// Every statement a report makes of one metric (the primary one charts use and any others),
// for the source dialog: when a report states a figure twice, both quotes are shown.
import type { DataRepository } from '../db/repository';
import type { Observation } from '../model/types';
import { orderStatements } from './evidence';

export async function loadStatements(
  repo: Pick<DataRepository, 'observationsOfReports'>,
  reportId: string,
  metric: string,
): Promise<Observation[]> {
  const all = await repo.observationsOfReports([reportId]);
  return orderStatements(all.filter((o) => o.metric === metric));
}

/** True when the statements do not all give the same value. */
export function statementsDisagree(statements: readonly Pick<Observation, 'value'>[]): boolean {
  return new Set(statements.map((s) => s.value)).size > 1;
}

/** Statements keyed by `reportId|metric`, primary first; only the wanted metrics when given. */
export function groupStatements(
  observations: readonly Observation[],
  wanted?: ReadonlySet<string>,
): Map<string, Observation[]> {
  const grouped = new Map<string, Observation[]>();
  for (const o of observations) {
    if (wanted && !wanted.has(o.metric)) continue;
    const key = statementKey(o.reportId, o.metric);
    grouped.set(key, [...(grouped.get(key) ?? []), o]);
  }
  for (const [key, list] of grouped) grouped.set(key, orderStatements(list));
  return grouped;
}

export function statementKey(reportId: string, metric: string): string {
  return `${reportId}|${metric}`;
}

/** Observations per report. */
export function groupByReport(observations: readonly Observation[]): Map<string, Observation[]> {
  const grouped = new Map<string, Observation[]>();
  for (const o of observations) grouped.set(o.reportId, [...(grouped.get(o.reportId) ?? []), o]);
  return grouped;
}
