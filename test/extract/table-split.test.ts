import { describe, expect, it } from 'vitest';
import type { GridCell } from '../../src/extract/table-grid';
import { groupTotalsRule, rowTotalRule, splitRunTogether } from '../../src/extract/table-split';

/** Cells as printed, laid out one space apart from offset 0. */
function printed(...texts: string[]): GridCell[] {
  let at = 0;
  return texts.map((text) => {
    const cell = { value: Number(text), approx: false, start: at, end: at + text.length, text };
    at += text.length + 1;
    return cell;
  });
}

describe('splitRunTogether with a row total (表三)', () => {
  const cases = [
    { cells: ['5010006'], expected: { kind: 'unique', values: [5, 0, 1, 0, 0, 0, 6] } },
    { cells: ['100000212'], expected: { kind: 'unique', values: [10, 0, 0, 0, 0, 2, 12] } },
    { cells: ['18', '00000', '18'], expected: { kind: 'unique', values: [18, 0, 0, 0, 0, 0, 18] } },
    { cells: ['0000000'], expected: { kind: 'unique', values: [0, 0, 0, 0, 0, 0, 0] } },
    // 10+1+0+0+0+0 = 11 and 1+0+10+0+0+0 = 11: two splits, so neither is taken.
    { cells: ['101000011'], expected: { kind: 'ambiguous' } },
    { cells: ['1111111'], expected: { kind: 'none' } },
    { cells: ['18'], expected: { kind: 'none' } },
    { cells: ['1', '2', '3', '4', '5', '6', '7', '8'], expected: { kind: 'none' } },
  ];
  it.each(cases)('$cells', ({ cells, expected }) => {
    const result = splitRunTogether(printed(...cells), rowTotalRule(7));
    expect(result.kind).toBe(expected.kind);
    if (result.kind === 'unique') expect(result.cells.map((c) => c.value)).toEqual(expected.values);
  });

  it('gives each part the offsets of its own digits', () => {
    const result = splitRunTogether(printed('1', '100000213'), rowTotalRule(8));
    expect(result.kind).toBe('unique');
    if (result.kind !== 'unique') return;
    expect(result.cells.map((c) => [c.text, c.start, c.end])).toEqual([
      ['1', 0, 1],
      ['10', 2, 4],
      ['0', 4, 5],
      ['0', 5, 6],
      ['0', 6, 7],
      ['0', 7, 8],
      ['2', 8, 9],
      ['13', 9, 11],
    ]);
  });

  it('leaves cells that are not plain digit runs whole', () => {
    const cells = [{ value: 1.5, approx: false, start: 0, end: 3, text: '1.5' }, ...printed('05')];
    const anySplit = (parts: number) => splitRunTogether(cells, { parts, accept: () => true });
    const three = anySplit(3);
    expect(three.kind === 'unique' && three.cells.map((c) => c.value)).toEqual([1.5, 0, 5]);
    expect(anySplit(4).kind).toBe('none');
  });
});

describe('splitRunTogether with group totals (表四)', () => {
  it('recovers three groups of five', () => {
    const result = splitRunTogether(printed('11002', '00000', '21003'), groupTotalsRule(3, 5));
    expect(result.kind === 'unique' && result.cells.map((c) => c.value)).toEqual([
      1, 1, 0, 0, 2, 0, 0, 0, 0, 0, 2, 1, 0, 0, 3,
    ]);
  });

  it('stays fast on a long digit run and answers without guessing', () => {
    const started = performance.now();
    const result = splitRunTogether(printed('1'.repeat(60)), groupTotalsRule(3, 5));
    expect(['none', 'ambiguous', 'too-many']).toContain(result.kind);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
