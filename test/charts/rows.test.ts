import { describe, expect, it } from 'vitest';
import { toReportRows, toTrendPoints } from '../../src/charts/rows';
import type { Observation } from '../../src/model/types';
import { rowById, sampleRows } from './sample-rows';

describe('toReportRows', () => {
  it('keeps the primary value and leaves unstated metrics absent (not 0)', () => {
    const rows = sampleRows();
    const pengyang = rowById(rows, 'pengyang-county-2018');
    expect(pengyang.values.proactive_total).toMatchObject({ value: 13230, method: 'table', approx: false });
    expect(rowById(rows, 'pingluo-county-2016').values.funding_wan_yuan).toBeUndefined();
    expect(rowById(rows, 'lingsha-township-2018').values.apps_received?.value).toBe(0);
  });

  it('does not mutate its inputs', () => {
    const obs: Observation[] = [
      {
        reportId: 'r',
        metric: 'staff_total',
        value: 3,
        approx: false,
        method: 'text',
        quote: '3 人',
        start: 0,
        end: 3,
        primary: true,
      },
    ];
    const snapshot = structuredClone(obs);
    const reports = [
      {
        report: {
          id: 'r',
          unitId: 'u',
          year: 2020,
          scope: 'office' as const,
          template: 'narrative' as const,
        },
        unit: { name: 'U', region: 'R' },
      },
    ];
    toReportRows(reports, obs);
    expect(obs).toEqual(snapshot);
  });
});

describe('toTrendPoints', () => {
  it('places the derived previous-year total of pengyang at 2017 and the stated ones at their years', () => {
    const rows = sampleRows();
    const points = toTrendPoints(rows);
    const summary = points.map((p) => [p.unitId, p.year, p.value, p.derived]);
    // Bodies in the order of the rows, years ascending within a body.
    const bodyOrder = [...new Set(rows.map((r) => r.unitId))];
    const expected = [
      ['lingsha-township', 2018, 900, false],
      ['pengyang-county', 2017, 9721, true],
      ['pengyang-county', 2018, 13230, false],
      ['pingluo-county', 2016, 42704, false],
      ['pingluo-office', 2023, 960, false],
      ['yanchi-county', 2017, 10707, false],
    ].sort((a, b) => bodyOrder.indexOf(a[0] as string) - bodyOrder.indexOf(b[0] as string));
    expect(summary).toEqual(expected);
  });

  it('keeps the bodies in row order and sorts only the years within a body', () => {
    const rows = sampleRows();
    const pengyang = rowById(rows, 'pengyang-county-2018');
    const pingluo = rowById(rows, 'pingluo-county-2016');
    const points = toTrendPoints([pingluo, pengyang]);
    expect(points.map((p) => [p.unitId, p.year])).toEqual([
      ['pingluo-county', 2016],
      ['pengyang-county', 2017],
      ['pengyang-county', 2018],
    ]);
  });

  it('prefers a stated value over a derived one for the same unit and year', () => {
    const rows = sampleRows();
    const pengyang = rowById(rows, 'pengyang-county-2018');
    const stated2017 = {
      ...pengyang,
      reportId: 'pengyang-county-2017',
      year: 2017,
      values: { proactive_total: { value: 9800, approx: false, method: 'table' as const, quote: '9800' } },
    };
    const points = toTrendPoints([pengyang, stated2017]).filter((p) => p.year === 2017);
    expect(points).toMatchObject([{ value: 9800, derived: false, reportId: 'pengyang-county-2017' }]);
  });
});
