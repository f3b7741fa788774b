// The quality panel's order: reports with failed checks first (most failures first), then
// the rest in the order the dashboard lists them; within a report, failed checks first.
// Also, per check, the statements its rule compares, so the panel can quote them.
import type { Cell, ReportRow } from '../charts/rows';
import { ruleMetrics } from '../i18n/check-rules';
import type { Check, Observation } from '../model/types';
import { orderStatements } from './evidence';

export interface CheckGroup {
  reportId: string;
  checks: Check[];
  failed: number;
}

export function groupChecks(checks: readonly Check[], reportOrder: readonly string[]): CheckGroup[] {
  const rank = new Map(reportOrder.map((id, i) => [id, i]));
  const groups = new Map<string, Check[]>();
  for (const check of checks) groups.set(check.reportId, [...(groups.get(check.reportId) ?? []), check]);
  return [...groups]
    .map(([reportId, list]) => ({
      reportId,
      checks: [...list].sort((a, b) => Number(a.ok) - Number(b.ok) || a.rule.localeCompare(b.rule)),
      failed: list.filter((c) => !c.ok).length,
    }))
    .sort(
      (a, b) =>
        Number(b.failed > 0) - Number(a.failed > 0) ||
        b.failed - a.failed ||
        (rank.get(a.reportId) ?? Infinity) - (rank.get(b.reportId) ?? Infinity) ||
        a.reportId.localeCompare(b.reportId),
    );
}

/** A statement quoted under a check: a stored observation, or the charted cell when that is all there is. */
export type InvolvedStatement = Pick<Observation, 'metric' | 'value' | 'approx' | 'method' | 'primary'> & {
  quote: string;
  start?: number;
};

/**
 * The statements a check's rule compares: every stored statement of its metrics when the
 * report's observations are loaded, else the charted cells that carry a quote.
 */
export function involvedStatements(
  check: Check,
  row: ReportRow | undefined,
  observations: readonly Observation[] | undefined,
): InvolvedStatement[] {
  const metrics = ruleMetrics(check.rule);
  if (observations) return orderStatements(observations.filter((o) => metrics.includes(o.metric)));
  if (!row) return [];
  return metrics.flatMap((metric) => {
    const cell: Cell | undefined = row.values[metric];
    return cell?.quote === undefined ? [] : [{ ...cell, quote: cell.quote, metric, primary: true }];
  });
}
