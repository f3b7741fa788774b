// 勾稽关系 across the reports of one unit in consecutive years: the continuity rules that no
// single report can check. They are attached to the later report.
import type { Check, Observation, Report } from '../model/types';

interface ContinuityRule {
  rule: string;
  /** Computes this year's expected value from last year's and this year's primary values. */
  expected: (
    previous: ReadonlyMap<string, number>,
    current: ReadonlyMap<string, number>,
  ) => number | undefined;
  actual: string;
  explain: string;
}

function inForceRule(kind: 'regulations' | 'normative', zh: string): ContinuityRule {
  return {
    rule: `in-force-continuity:${kind}`,
    actual: `${kind}_in_force`,
    explain: `${zh}：上年现行有效 + 本年制发 − 本年废止 / last year's in force + issued − repealed`,
    expected: (previous, current) => {
      const before = previous.get(`${kind}_in_force`);
      const issued = current.get(`${kind}_issued`);
      const repealed = current.get(`${kind}_repealed`);
      if (before === undefined || issued === undefined || repealed === undefined) return undefined;
      return before + issued - repealed;
    },
  };
}

const RULES: readonly ContinuityRule[] = [
  {
    rule: 'carried-over-continuity',
    actual: 'apps_carried_over',
    explain: '上年结转 = 上年报告的结转下年度继续办理 / carried over = last year’s carried forward',
    expected: (previous) => previous.get('apps_carried_forward'),
  },
  inForceRule('regulations', '规章'),
  inForceRule('normative', '行政规范性文件'),
];

function primaryValues(observations: readonly Observation[]): Map<string, Map<string, number>> {
  const byReport = new Map<string, Map<string, number>>();
  for (const o of observations) {
    if (!o.primary) continue;
    const values = byReport.get(o.reportId) ?? new Map<string, number>();
    values.set(o.metric, o.value);
    byReport.set(o.reportId, values);
  }
  return byReport;
}

export function computeCrossYearChecks(
  reports: readonly Report[],
  observations: readonly Observation[],
): Check[] {
  const values = primaryValues(observations);
  const byUnitYear = new Map(reports.map((r) => [`${r.unitId}@${r.year}`, r]));
  const checks: Check[] = [];
  for (const report of reports) {
    const previous = byUnitYear.get(`${report.unitId}@${report.year - 1}`);
    if (!previous) continue;
    const before = values.get(previous.id) ?? new Map<string, number>();
    const now = values.get(report.id) ?? new Map<string, number>();
    for (const rule of RULES) {
      const expected = rule.expected(before, now);
      const actual = now.get(rule.actual);
      if (expected === undefined || actual === undefined) continue;
      const ok = expected === actual;
      checks.push({
        reportId: report.id,
        rule: rule.rule,
        ok,
        detail: `${report.year} 年 ${actual} ${ok ? '=' : '≠'} 由 ${previous.year} 年推得 ${expected}（${rule.explain}）`,
      });
    }
  }
  return checks;
}
