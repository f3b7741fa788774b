import { describe, expect, it } from 'vitest';
import { buildOutcomesOption } from '../../src/charts/build-outcomes-option';
import { buildStaffingOption } from '../../src/charts/build-staffing-option';
import { buildTrendOption } from '../../src/charts/build-trend-option';
import { legendEntries, renamedHidden, withoutSeries } from '../../src/charts/legend';
import type { ChartOption } from '../../src/charts/option-types';
import { toTrendPoints } from '../../src/charts/rows';
import { OUTCOME_COLORS, STAFF_COLORS, regionColor } from '../../src/charts/palette';
import { sampleRows } from './sample-rows';

const rows = sampleRows();

function seriesNames(option: ChartOption): string[] {
  return [option.series ?? []].flat().map((s) => String(s.name));
}

describe('legendEntries', () => {
  it('lists each series name once, in series order, drawn like its series', () => {
    const option = buildOutcomesOption(rows, { locale: 'zh' });
    const entries = legendEntries(option);
    expect(entries.map((e) => e.name)).toEqual([...new Set(seriesNames(option))]);
    expect(entries.find((e) => e.name === '公开')).toEqual({
      name: '公开',
      color: OUTCOME_COLORS.public,
      kind: 'bar',
      hatched: false,
    });
    // The 未报告 band is hatched, its colour taken from its item style.
    expect(entries.find((e) => e.name === '未报告')).toMatchObject({ kind: 'bar', hatched: true });
  });

  it('gives a trend body one entry for its solid line and dashed companion, with its symbol', () => {
    const option = buildTrendOption(toTrendPoints(rows), { locale: 'zh', from: 2016, to: 2023 });
    const names = seriesNames(option);
    const pengyang = '彭阳县（县级汇总）';
    expect(names.filter((n) => n === pengyang)).toHaveLength(2);
    const entries = legendEntries(option).filter((e) => e.name === pengyang);
    expect(entries).toEqual([
      { name: pengyang, color: regionColor('彭阳'), kind: 'line', symbol: 'circle', hatched: false },
    ]);
  });

  it('draws the funding points without a line (the series hides its line)', () => {
    const entries = legendEntries(buildStaffingOption(rows, { locale: 'zh' }));
    expect(entries.find((e) => e.name === '政府信息公开专项经费')).toEqual({
      name: '政府信息公开专项经费',
      color: STAFF_COLORS.funding,
      kind: 'points',
      symbol: 'diamond',
      hatched: false,
    });
  });

  it('has no entries for an option without series (the empty-state sentence)', () => {
    expect(legendEntries(buildStaffingOption([], { locale: 'zh' }))).toEqual([]);
  });
});

describe('withoutSeries', () => {
  it('leaves out every series of a hidden name and keeps the rest in order', () => {
    const option = buildTrendOption(toTrendPoints(rows), { locale: 'zh', from: 2016, to: 2023 });
    const names = seriesNames(option);
    const hidden = new Set(['彭阳县（县级汇总）']);
    expect(seriesNames(withoutSeries(option, hidden))).toEqual(names.filter((n) => !hidden.has(n)));
    // Everything but the series is the option's own.
    expect(withoutSeries(option, hidden).yAxis).toBe(option.yAxis);
  });

  it('returns the same option when nothing is hidden (the chart is not redrawn)', () => {
    const option = buildOutcomesOption(rows, { locale: 'zh' });
    expect(withoutSeries(option, new Set())).toBe(option);
  });
});

describe('renamedHidden', () => {
  it('carries hidden series over to their names in the other language', () => {
    const zh = legendEntries(buildOutcomesOption(rows, { locale: 'zh' }));
    const en = legendEntries(buildOutcomesOption(rows, { locale: 'en' }));
    expect([...renamedHidden(new Set(['公开', '未报告']), zh, en)].sort()).toEqual([
      'Disclosed',
      'Not reported',
    ]);
  });

  it('keeps only the names still listed when the entries do not line up', () => {
    const zh = legendEntries(buildOutcomesOption(rows, { locale: 'zh' }));
    const staffing = legendEntries(buildStaffingOption(rows, { locale: 'zh' }));
    expect([...renamedHidden(new Set(['公开', '未报告']), zh, staffing)]).toEqual(['未报告']);
  });
});
