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
