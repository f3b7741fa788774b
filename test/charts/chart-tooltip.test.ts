import { describe, expect, it } from 'vitest';
import { buildOutcomesOption } from '../../src/charts/build-outcomes-option';
import { tooltipFor, withoutTooltips } from '../../src/charts/chart-tooltip';
import type { ChartOption } from '../../src/charts/option-types';
import { sampleRows } from './sample-rows';

const option = buildOutcomesOption(sampleRows(), { locale: 'zh' });
const series = [option.series ?? []].flat();

function itemOf(name: string) {
  const seriesIndex = series.findIndex((s) => s.name === name);
  const data = series[seriesIndex]!.data as unknown[];
  const dataIndex = data.findIndex((d) => d !== null);
  return { seriesIndex, seriesName: name, dataIndex, data: data[dataIndex] };
}

describe('tooltipFor', () => {
  it("uses the option's formatter for an ordinary item", () => {
    const html = tooltipFor(option, itemOf('公开'));
    expect(html).toContain('<strong>');
    expect(html).toContain('公开');
  });

  it("uses a series' own formatter first (the 未报告 band explains itself)", () => {
    const html = tooltipFor(option, itemOf('未报告'));
    expect(html).toContain('<strong>未报告</strong>');
    expect(html).not.toEqual(tooltipFor(option, itemOf('公开')));
  });

  it('gives none when the option has no tooltip or the formatter returns nothing', () => {
    const bare: ChartOption = { series: [{ type: 'bar', name: 'a', data: [1] }] };
    expect(tooltipFor(bare, { seriesIndex: 0, seriesName: 'a', dataIndex: 0, data: 1 })).toBeUndefined();
    const silent: ChartOption = { ...bare, tooltip: { formatter: () => '' } };
    expect(tooltipFor(silent, { seriesIndex: 0, seriesName: 'a', dataIndex: 0, data: 1 })).toBeUndefined();
  });
});

describe('withoutTooltips', () => {
  it('drops the tooltip settings of the option and of every series, and nothing else', () => {
    const stripped = withoutTooltips(option);
    expect(stripped.tooltip).toBeUndefined();
    const kept = [stripped.series ?? []].flat();
    expect(kept.map((s) => s.name)).toEqual(series.map((s) => s.name));
    expect(kept.some((s) => 'tooltip' in s)).toBe(false);
    expect(stripped.xAxis).toBe(option.xAxis);
    // The builder's option is not changed: the tooltip still reads it.
    expect(option.tooltip).toBeDefined();
  });

  it('returns an option without tooltips as it is', () => {
    const bare: ChartOption = { series: [{ type: 'bar', name: 'a', data: [1] }] };
    expect(withoutTooltips(bare)).toBe(bare);
  });
});
