import { describe, expect, it } from 'vitest';
import type { EChartsOption } from 'echarts';
import {
  EXPORT_BANDS,
  LEGEND_GAP,
  LEGEND_ROW_HEIGHT,
  decorateOptionForExport,
  formatSourceLine,
  legendRows,
  type ChartExportMeta,
} from '../../src/io/export-decoration';
import { shiftLayoutForFrame } from '../../src/io/export-layout';

const SIZE = { width: 800, height: 400 };
const META: ChartExportMeta = {
  title: '主动公开趋势',
  unit: '条',
  sources: [
    { body: '平罗县', year: 2017 },
    { body: '盐池县', year: 2017 },
    { body: '平罗县', year: 2016 },
  ],
  locale: 'zh',
  exportedAt: new Date(2026, 10, 22, 7, 30),
};

function trendOption(): EChartsOption {
  const formatter = (v: number) => `${v} 条`;
  return {
    animation: true,
    toolbox: { feature: { saveAsImage: {} } },
    title: { text: 'on-screen title' },
    legend: { top: 8 },
    grid: { top: '20%', bottom: 30, left: 50, right: 20 },
    xAxis: { type: 'category', data: ['2016', '2017'] },
    yAxis: { type: 'value', axisLabel: { formatter } },
    series: [{ type: 'line', name: '平罗', data: [42704, 45000], animation: true }],
  };
}

describe('decorateOptionForExport', () => {
  it('adds the title with unit, the source line and the export date', () => {
    const { option } = decorateOptionForExport(trendOption(), SIZE, META);
    const titles = option.title as { text: string; subtext?: string }[];
    expect(titles.map((t) => t.text)).toEqual([
      '主动公开趋势',
      '数据来源：平罗县 2016、2017 年政府信息公开工作年度报告；盐池县 2017 年政府信息公开工作年度报告',
      '导出日期：2026-11-22',
    ]);
    expect(titles[0]?.subtext).toBe('单位：条');
  });

  it('turns animation off everywhere, paints white and drops the toolbox', () => {
    const { option } = decorateOptionForExport(trendOption(), SIZE, META);
    expect(option.animation).toBe(false);
    expect((option.series as { animation: boolean }[])[0]?.animation).toBe(false);
    expect(option.backgroundColor).toBe('#fff');
    expect(option.toolbox).toBeUndefined();
  });

  it('keeps the canvas size, fits the plot between the bands and leaves the live option untouched', () => {
    const live = trendOption();
    const before = JSON.stringify(live);
    const { option, size } = decorateOptionForExport(live, SIZE, META);
    expect(size).toEqual(SIZE);
    const inner = SIZE.height - EXPORT_BANDS.top - EXPORT_BANDS.bottom;
    expect(option.grid).toEqual({
      top: EXPORT_BANDS.top + 0.2 * inner,
      bottom: 30 + EXPORT_BANDS.bottom,
      left: 50,
      right: 20,
    });
    expect(JSON.stringify(live)).toBe(before);
    // Functions survive the clone by reference.
    const axis = option.yAxis as { axisLabel: { formatter: unknown } };
    expect(axis.axisLabel.formatter).toBe(
      (live.yAxis as { axisLabel: { formatter: unknown } }).axisLabel.formatter,
    );
  });

  it('writes the English frame', () => {
    const { option } = decorateOptionForExport(trendOption(), SIZE, {
      ...META,
      locale: 'en',
      sources: [{ body: '彭阳县', year: 2018 }],
    });
    const titles = option.title as { text: string; subtext?: string }[];
    expect(titles[0]?.subtext).toBe('Unit: 条');
    expect(titles[1]?.text).toBe('Source: 彭阳县, government information disclosure annual report 2018');
    expect(titles[2]?.text).toBe('Exported 2026-11-22');
  });

  it('gives a chart without a legend (the live charts: theirs is HTML) a legend under the title', () => {
    const live = { ...trendOption(), legend: undefined, grid: { top: 40, bottom: 30, left: 50, right: 20 } };
    live.series = [
      { type: 'bar', name: '公开', data: [1, 2] },
      { type: 'bar', name: '未报告', data: [null, 2] },
      { type: 'line', name: '公开', data: [1, 2] },
    ];
    const { option } = decorateOptionForExport(live, SIZE, META);
    expect(option.legend).toMatchObject({ type: 'plain', top: EXPORT_BANDS.top, left: 'center' });
    // Two short names fit one row: the plot starts one legend row (and the gap under it) lower.
    const withLegend = (option.grid as { top: number }).top;
    const without = (
      decorateOptionForExport({ ...live, series: [] }, SIZE, META).option.grid as { top: number }
    ).top;
    expect(withLegend - without).toBe(LEGEND_ROW_HEIGHT + LEGEND_GAP);
  });

  it('keeps a legend the option has, and adds none to a chart without named series', () => {
    expect(decorateOptionForExport(trendOption(), SIZE, META).option.legend).toMatchObject({
      top: 8 + EXPORT_BANDS.top,
    });
    const unnamed = {
      ...trendOption(),
      legend: undefined,
      series: [{ type: 'line' as const, data: [1, 2] }],
    };
    expect(decorateOptionForExport(unnamed, SIZE, META).option.legend).toBeUndefined();
  });
});

describe('shiftLayoutForFrame', () => {
  // Canvas 800 x 400 with bands 60 / 40: the chart lives in an inner area 300 high.
  const bands = { top: 60, bottom: 40 };
  const cases: { name: string; option: Record<string, unknown>; expected: Record<string, unknown> }[] = [
    {
      name: 'px top and bottom',
      option: { grid: { top: 40, bottom: 30 } },
      expected: { grid: { top: 100, bottom: 70 } },
    },
    {
      name: 'percentages resolve on the inner height',
      option: { grid: { top: '20%', bottom: '10%' } },
      expected: { grid: { top: 120, bottom: 70 } },
    },
    {
      name: 'grid defaults (65/80) made explicit',
      option: { grid: {} },
      expected: { grid: { top: 125, bottom: 120 } },
    },
    {
      name: 'legend default sits at the bottom',
      option: { legend: {} },
      expected: { legend: { bottom: 55 } },
    },
    { name: 'legend keyword top', option: { legend: { top: 'top' } }, expected: { legend: { top: 60 } } },
    {
      name: 'fixed-height grid keeps its share of the inner height',
      option: { grid: [{ top: 10, height: '50%' }] },
      expected: { grid: [{ top: 70, height: 150 }] },
    },
    {
      name: 'pie centre and radius resolve on the inner area',
      option: { series: [{ type: 'pie', center: ['50%', '50%'], radius: ['40%', '70%'] }] },
      expected: { series: [{ type: 'pie', center: [400, 210], radius: [60, 105] }] },
    },
    {
      name: 'pie defaults (centre 50%, radius 0-50%)',
      option: { series: { type: 'pie' } },
      expected: { series: { type: 'pie', center: [400, 210], radius: [0, 75] } },
    },
    {
      name: 'line series untouched',
      option: { series: [{ type: 'line' }] },
      expected: { series: [{ type: 'line' }] },
    },
  ];
  for (const { name, option, expected } of cases) {
    it(name, () => {
      shiftLayoutForFrame(option, SIZE, bands);
      expect(option).toEqual(expected);
    });
  }
});

describe('formatSourceLine', () => {
  it('groups years per body in first-seen order', () => {
    expect(
      formatSourceLine(
        [
          { body: 'A', year: 2020 },
          { body: 'B', year: 2019 },
          { body: 'A', year: 2018 },
        ],
        'en',
      ),
    ).toBe(
      'Source: A, government information disclosure annual reports 2018, 2020; B, government information disclosure annual report 2019',
    );
  });
});

describe('legendRows', () => {
  it('wraps names into rows as wide as the image (CJK 12 px, others 7 px, 40 px per item besides)', () => {
    expect(legendRows([], 800)).toBe(0);
    expect(legendRows(['公开', '部分公开'], 800)).toBe(1);
    // Ten names of 7 CJK characters and a digit, 84 + 7 + 40 = 131 px each: five fit in 768 px, two in 300.
    const names = Array.from({ length: 10 }, (_, i) => `平罗县人民政府${i}`);
    expect(legendRows(names, 768)).toBe(2);
    expect(legendRows(names, 300)).toBe(5);
  });
});
