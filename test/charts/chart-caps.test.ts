import { describe, expect, it } from 'vitest';
import { buildTrendOption, MAX_TREND_BODIES } from '../../src/charts/build-trend-option';
import { buildStaffingOption } from '../../src/charts/build-staffing-option';
import { MAX_REPORTS_PER_CHART } from '../../src/charts/common';
import { largestRows, type ReportRow, type TrendPoint } from '../../src/charts/rows';

function point(i: number, year: number): TrendPoint {
  return {
    unitId: `unit-${i}`,
    unitName: `第${i}县`,
    region: '平罗',
    scope: 'county-aggregate',
    year,
    // Body i has total 1000 + i, so the smallest bodies are the ones left out.
    value: 1000 + i,
    derived: false,
    approx: false,
    reportId: `unit-${i}-${year}`,
    metric: 'proactive_total',
  };
}

function seriesNames(option: ReturnType<typeof buildTrendOption>): string[] {
  const series = option.series as { name: string }[];
  return [...new Set(series.map((s) => s.name))];
}

describe('buildTrendOption at scale', () => {
  it.each([
    { bodies: MAX_TREND_BODIES, capped: false },
    { bodies: MAX_TREND_BODIES + 1, capped: true },
    { bodies: 3000, capped: true },
  ])('draws at most the cap of bodies ($bodies bodies)', ({ bodies, capped }) => {
    const points = Array.from({ length: bodies }, (_, i) => [point(i, 2020), point(i, 2021)]).flat();
    const option = buildTrendOption(points, { locale: 'zh', from: 2016, to: 2023 });
    const names = seriesNames(option);
    expect(names).toHaveLength(Math.min(bodies, MAX_TREND_BODIES));
    const title = option.title as { subtext?: string } | undefined;
    if (capped) {
      expect(title?.subtext).toContain(String(bodies));
      // The largest totals are kept: the body with the smallest total is not drawn.
      expect(names.some((n) => n.startsWith('第0县'))).toBe(false);
      expect(names.some((n) => n.startsWith(`第${bodies - 1}县`))).toBe(true);
    } else {
      expect(title?.subtext).toBeUndefined();
    }
  });
});

describe('bar charts at scale', () => {
  function row(i: number): ReportRow {
    return {
      reportId: `r-${i}`,
      unitId: `unit-${i}`,
      unitName: `第${i}县`,
      region: '平罗',
      year: 2020,
      scope: 'county-aggregate',
      template: 'format-2021',
      values: { staff_fulltime: { value: i + 1, approx: false, method: 'table' } },
    };
  }

  it.each([MAX_REPORTS_PER_CHART, MAX_REPORTS_PER_CHART + 1, 3000])(
    'draws %i reports: all in list order up to the cap, else the largest by the headline count',
    (count) => {
      const rows = Array.from({ length: count }, (_, i) => row(i));
      const option = buildStaffingOption(rows, { locale: 'zh' });
      const categories = (option.xAxis as { data: unknown[] }).data;
      const subtext = (option.title as { subtext?: string } | undefined)?.subtext;
      if (count > MAX_REPORTS_PER_CHART) {
        // Row i states i + 1 full-time staff: the last rows, largest first.
        expect(categories).toEqual(
          Array.from({ length: MAX_REPORTS_PER_CHART }, (_, k) => `第${count - 1 - k}县\n2020`),
        );
        expect(subtext).toBe(
          `按“专职人员数”（人）从大到小，仅显示前 ${MAX_REPORTS_PER_CHART} 份报告（共 ${count} 份）`,
        );
      } else {
        expect(categories).toEqual(rows.map((_, i) => `第${i}县\n2020`));
        expect(subtext).toBeUndefined();
      }
    },
  );

  it('ranks ties in list order and fills with reports that do not state the count, in list order', () => {
    const staff = [5, undefined, 9, 5, undefined, 9, 1];
    const rows = staff.map((value, i): ReportRow => ({
      ...row(i),
      values:
        value === undefined ? {} : { staff_fulltime: { value, approx: false, method: 'table' as const } },
    }));
    const order = (count: number) => largestRows(rows, 'staff_fulltime', count).map((r) => r.reportId);
    expect(order(3)).toEqual(['r-2', 'r-5', 'r-0']);
    expect(order(7)).toEqual(['r-2', 'r-5', 'r-0', 'r-3', 'r-6', 'r-1', 'r-4']);
    expect(order(10)).toHaveLength(7);
  });
});
