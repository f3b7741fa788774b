import { describe, expect, it } from 'vitest';
import type { ReportRow } from '../../src/charts/rows';
import { ariaSort, nextSort, sortRows, type SortState } from '../../src/views/table-sort';

const row = (id: string, staff?: number): ReportRow => ({
  reportId: id,
  unitId: id,
  unitName: id,
  region: '平罗',
  year: 2020,
  scope: 'office',
  template: 'narrative',
  values: staff === undefined ? {} : { staff_total: { value: staff, approx: false, method: 'table' } },
});
const rows = [row('b', 3), row('a'), row('c', 0), row('d', 12)];
const staff = { kind: 'metric', metric: 'staff_total' } as const;

describe('sortRows', () => {
  const cases: { sort: SortState | undefined; expected: string[] }[] = [
    { sort: undefined, expected: ['b', 'a', 'c', 'd'] },
    { sort: { column: staff, direction: 'descending' }, expected: ['d', 'b', 'c', 'a'] },
    { sort: { column: staff, direction: 'ascending' }, expected: ['c', 'b', 'd', 'a'] },
    { sort: { column: { kind: 'report' }, direction: 'ascending' }, expected: ['a', 'b', 'c', 'd'] },
  ];
  for (const { sort, expected } of cases) {
    it(JSON.stringify(sort), () => {
      expect(sortRows(rows, sort).map((r) => r.reportId)).toEqual(expected);
      expect(rows.map((r) => r.reportId)).toEqual(['b', 'a', 'c', 'd']);
    });
  }
  it('cycles directions per column', () => {
    const first = nextSort(undefined, staff);
    expect(first.direction).toBe('descending');
    expect(nextSort(first, staff).direction).toBe('ascending');
    expect(nextSort(first, { kind: 'report' }).direction).toBe('ascending');
    expect(ariaSort(first, staff)).toBe('descending');
    expect(ariaSort(first, { kind: 'report' })).toBe('none');
  });
});
