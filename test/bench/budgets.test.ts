import { describe, expect, it } from 'vitest';
import { evaluateRow, formatTable } from './budgets';

describe('evaluateRow', () => {
  it.each([
    { row: { metric: 'js', unit: 'KB' as const, app: 240, limit: 250 }, pass: true, ratio: undefined },
    { row: { metric: 'js', unit: 'KB' as const, app: 251, limit: 250 }, pass: false, ratio: undefined },
    {
      row: { metric: 'cold', unit: 'ms' as const, app: 900, floor: 500, limit: 750 },
      pass: false,
      ratio: 1.8,
    },
    {
      row: { metric: 'warm', unit: 'ms' as const, app: 300, floor: 200, limit: 300 },
      pass: true,
      ratio: 1.5,
    },
    {
      row: { metric: 'never fired', unit: 'ms' as const, app: Number.NaN, limit: 100 },
      pass: false,
      ratio: undefined,
    },
    { row: { metric: 'info only', unit: 'MB' as const, app: 12 }, pass: undefined, ratio: undefined },
  ])('$row.metric: $row.app against $row.limit', ({ row, pass, ratio }) => {
    const evaluated = evaluateRow(row);
    expect(evaluated.pass).toBe(pass);
    expect(evaluated.ratio).toBe(ratio);
  });
});

describe('formatTable', () => {
  it('prints one aligned line per row with the verdict', () => {
    const table = formatTable([
      evaluateRow({
        metric: 'cold load',
        unit: 'ms',
        app: 900,
        floor: 500,
        budget: '<= 1.5x floor',
        limit: 750,
      }),
      evaluateRow({ metric: 'heap', unit: 'MB', app: 12.34 }),
    ]);
    const lines = table.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toMatch(/^cold load\s+900 ms\s+500 ms\s+1\.80x\s+<= 1\.5x floor\s+FAIL$/);
    expect(lines[3]).toMatch(/^heap\s+12\.3 MB$/);
  });
});
