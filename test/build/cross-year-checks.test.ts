import { describe, expect, it } from 'vitest';
import { computeCrossYearChecks } from '../../src/build/cross-year-checks';
import type { Observation, Report } from '../../src/model/types';

function report(unitId: string, year: number): Report {
  return {
    id: `${unitId}-${year}`,
    unitId,
    year,
    scope: 'office',
    template: 'format-2021',
    title: '',
    sourceFile: '',
    sourceSha256: '',
  };
}

function obs(reportId: string, values: Record<string, number>, primary = true): Observation[] {
  return Object.entries(values).map(([metric, value]) => ({
    reportId,
    metric,
    value,
    approx: false,
    method: 'table',
    quote: String(value),
    start: 0,
    end: 1,
    primary,
  }));
}

describe('computeCrossYearChecks', () => {
  const reports = [report('u', 2022), report('u', 2023), report('u', 2025), report('v', 2024)];
  const observations = [
    ...obs('u-2022', { apps_carried_forward: 2, normative_in_force: 5, regulations_in_force: 1 }),
    ...obs('u-2023', {
      apps_carried_over: 2,
      normative_issued: 3,
      normative_repealed: 1,
      normative_in_force: 8,
      regulations_issued: 0,
      regulations_repealed: 0,
      regulations_in_force: 1,
      apps_carried_forward: 4,
    }),
    ...obs('u-2023', { normative_in_force: 7 }, false),
    // 2025 follows no 2024 report of u: nothing to compare.
    ...obs('u-2025', { apps_carried_over: 9 }),
    ...obs('v-2024', { apps_carried_over: 1 }),
  ];
  const checks = computeCrossYearChecks(reports, observations);

  it('checks consecutive years of one unit only, on primary values', () => {
    expect(checks.map((c) => [c.reportId, c.rule, c.ok])).toEqual([
      ['u-2023', 'carried-over-continuity', true],
      ['u-2023', 'in-force-continuity:regulations', true],
      ['u-2023', 'in-force-continuity:normative', false],
    ]);
  });

  it('names both numbers in the detail', () => {
    expect(checks[2]!.detail).toMatch(/^2023 年 8 ≠ 由 2022 年推得 7/);
  });
});
