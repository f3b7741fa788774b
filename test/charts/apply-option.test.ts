import { describe, expect, it } from 'vitest';
import { SVGRenderer } from 'echarts/renderers';
import { applyChartOption, withComponentIds } from '../../src/charts/apply-option';
import type { ChartOption } from '../../src/charts/option-types';
import { echarts } from '../../src/charts/setup';

echarts.use(SVGRenderer);

const tooltipSaying = (text: string): ChartOption['tooltip'] => ({ trigger: 'item', formatter: () => text });

const truncated: ChartOption = {
  title: { subtext: '仅显示前 40 份' },
  grid: { left: 56, top: 84 },
  tooltip: tooltipSaying('first'),
  xAxis: { type: 'category', data: ['甲', '乙'] },
  yAxis: { type: 'value' },
  series: [
    { type: 'bar', name: '收到申请', data: [3, 4] },
    { type: 'bar', name: '予以公开', data: [1, 2] },
  ],
};

const whole: ChartOption = {
  grid: { left: 24, top: 64 },
  tooltip: tooltipSaying('second'),
  xAxis: { type: 'category', data: ['丙'] },
  yAxis: { type: 'value' },
  series: [{ type: 'bar', name: '收到申请', data: [7] }],
};

const empty: ChartOption = { title: { text: '未选择地区' } };

type Applied = Record<string, { [key: string]: unknown }[] | undefined>;

function afterApplying(options: readonly ChartOption[]): Applied {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 400, height: 300 });
  options.forEach((option, i) => applyChartOption(chart, option, i === 0));
  const applied = chart.getOption() as Applied;
  chart.dispose();
  return applied;
}

describe('applyChartOption', () => {
  it.each([
    { case: 'a shorter option', options: [truncated, whole], titles: [], series: ['收到申请'], axis: ['丙'] },
    { case: 'the empty state', options: [whole, empty], titles: ['未选择地区'], series: [], axis: undefined },
    {
      case: 'data after the empty state',
      options: [empty, truncated],
      // The new title only (its text is ECharts' default), not the empty state's sentence.
      titles: [''],
      series: ['收到申请', '予以公开'],
      axis: ['甲', '乙'],
    },
  ])('leaves nothing of the previous option: $case', ({ options, titles, series, axis }) => {
    const applied = afterApplying(options);
    expect((applied.title ?? []).map((t) => t.text)).toEqual(titles);
    expect((applied.series ?? []).map((s) => s.name)).toEqual(series);
    expect(applied.xAxis?.[0]?.data).toEqual(axis);
  });

  it('gives ECharts no tooltip settings: EChart.svelte draws the tooltips from the option', () => {
    const withOwn: ChartOption = {
      ...whole,
      series: [{ type: 'bar', name: '未报告', data: [1], tooltip: { formatter: () => 'own' } }],
    };
    const applied = afterApplying([truncated, withOwn]);
    expect(applied.tooltip).toBeUndefined();
    expect(applied.series?.[0]?.tooltip).toBeUndefined();
  });

  it('keeps nothing of a component whose keys changed: a share axis (max 100) back to counts', () => {
    const shares: ChartOption = {
      ...whole,
      yAxis: { type: 'value', name: '%', max: 100 },
      series: [{ type: 'bar', name: '政府网站', data: [60], label: { show: true, position: 'top' } }],
    };
    const counts: ChartOption = {
      ...whole,
      yAxis: { type: 'value', name: '条' },
      series: [{ type: 'bar', name: '政府网站', data: [3163] }],
    };
    const applied = afterApplying([counts, shares, counts]);
    expect(applied.yAxis?.[0]?.max).toBeUndefined();
    expect(applied.yAxis?.[0]?.name).toBe('条');
    expect((applied.series?.[0]?.label as { show?: boolean } | undefined)?.show).not.toBe(true);
    expect(applied.series?.[0]?.data).toEqual([3163]);
  });

  it('keeps a component of the same shape (same id) and takes every value of the new option', () => {
    const next: ChartOption = {
      ...truncated,
      grid: { left: 80, top: 84 },
      xAxis: { type: 'category', data: ['丁', '戊', '己'] },
      series: [
        { type: 'bar', name: '予以公开', data: [5, 6, 7] },
        { type: 'bar', name: '收到申请', data: [8, 9, 10] },
      ],
    };
    const [before, after] = [withComponentIds(truncated), withComponentIds(next)];
    const ids = (option: ChartOption, key: 'grid' | 'series') =>
      [option[key]].flat().map((c) => (c as { id?: unknown }).id);
    expect(ids(after, 'grid')).toEqual(ids(before, 'grid'));
    // Moved series are made anew, in the new order (stacks and legends follow series order).
    expect(ids(after, 'series').some((id) => ids(before, 'series').includes(id))).toBe(false);
    const applied = afterApplying([truncated, next]);
    expect(applied.grid?.[0]?.left).toBe(80);
    expect(applied.xAxis?.[0]?.data).toEqual(['丁', '戊', '己']);
    expect((applied.series ?? []).map((s) => [s.name, s.data])).toEqual([
      ['予以公开', [5, 6, 7]],
      ['收到申请', [8, 9, 10]],
    ]);
  });

  it('gives components of another shape another id', () => {
    const shapes: ChartOption['yAxis'][] = [
      { type: 'value' },
      { type: 'value', max: 100 },
      { type: 'value', axisLabel: { rotate: 30 } },
    ];
    const ids = shapes.map((yAxis) => ([withComponentIds({ yAxis }).yAxis].flat()[0] as { id: string }).id);
    expect(new Set(ids).size).toBe(3);
  });
});
