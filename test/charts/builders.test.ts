import { describe, expect, it } from 'vitest';
import { buildChannelMixOption } from '../../src/charts/build-channel-mix-option';
import { buildOutcomesOption } from '../../src/charts/build-outcomes-option';
import { buildStaffingOption } from '../../src/charts/build-staffing-option';
import { buildTrendOption, type TrendDatum } from '../../src/charts/build-trend-option';
import type { BarSeriesOption, ChartOption, LineSeriesOption } from '../../src/charts/option-types';
import { fitValueAxes } from '../../src/charts/common';
import { toTrendPoints } from '../../src/charts/rows';
import { renderChartSvg } from '../../src/io/export-image';
import { rowById, sampleRows } from './sample-rows';

function seriesOf(option: ChartOption): (BarSeriesOption | LineSeriesOption)[] {
  const series = option.series;
  return (Array.isArray(series) ? series : series ? [series] : []) as (BarSeriesOption | LineSeriesOption)[];
}

function named(option: ChartOption, name: string) {
  return seriesOf(option).filter((s) => s.name === name);
}

/** The value of each category of a series (null where nothing is drawn). */
function values(series: BarSeriesOption | LineSeriesOption | undefined): (number | null)[] {
  return ((series?.data ?? []) as unknown[]).map((d) => {
    if (d === null || d === undefined) return null;
    if (typeof d === 'number') return d;
    const v = (d as { value: number | [string, number] }).value;
    return Array.isArray(v) ? v[1] : v;
  });
}

/** The chart as its SVG export draws it (with ECharts' legend: on screen the legend is HTML). */
function renderSvg(option: ChartOption): Promise<string> {
  const meta = { title: 'T', sources: [], locale: 'zh' as const, exportedAt: new Date(0) };
  return renderChartSvg(option, { width: 800, height: 400 }, meta);
}

function callTooltip(option: ChartOption, series: BarSeriesOption | LineSeriesOption, index: number): string {
  const tooltip = option.tooltip as { formatter: (p: unknown) => string };
  return tooltip.formatter({ seriesName: series.name, data: (series.data as unknown[])[index] });
}

const rows = sampleRows();
const ORDER = [
  'pingluo-county-2016',
  'yanchi-county-2017',
  'pengyang-county-2018',
  'lingsha-township-2018',
  'pingluo-office-2023',
];
const ordered = ORDER.map((id) => rowById(rows, id));

describe('buildTrendOption', () => {
  const option = buildTrendOption(toTrendPoints(ordered), { locale: 'zh', from: 2016, to: 2023 });

  it('draws one solid series per body with the scope in its name, breaking where years are missing', () => {
    const pengyang = named(option, '彭阳县（县级汇总）');
    expect(pengyang).toHaveLength(2);
    expect(values(pengyang[0])).toEqual([null, null, 13230, null, null, null, null, null]);
    expect(named(option, '平罗县（县级汇总）')[0]?.data).toHaveLength(8);
    expect(values(named(option, '平罗县人民政府办公室（政府办公室）')[0])).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      960,
    ]);
    expect(named(option, '平罗县灵沙乡（乡镇）')).toHaveLength(1);
    expect(
      seriesOf(option).every((s) => s.type === 'line' && (s as LineSeriesOption).connectNulls === false),
    ).toBe(true);
  });

  it('draws the derived 2017 point hollow, dashed and labelled 推算', () => {
    const dashed = named(option, '彭阳县（县级汇总）')[1] as LineSeriesOption;
    expect(dashed.lineStyle?.type).toBe('dashed');
    expect(values(dashed)).toEqual([null, 9721, 13230, null, null, null, null, null]);
    const derived = (dashed.data as TrendDatum[])[1] as unknown as {
      symbol: string;
      label: { formatter: string };
    };
    expect(derived.symbol).toBe('emptyCircle');
    expect(derived.label.formatter).toBe('推算');
  });

  it('escapes text in tooltips', () => {
    const points = toTrendPoints([{ ...ordered[0]!, unitName: '<img src=x onerror=alert(1)>' }]);
    const evil = buildTrendOption(points, { locale: 'zh', from: 2016, to: 2023 });
    const html = callTooltip(evil, seriesOf(evil)[0]!, 0);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
  });

  it('says what is missing instead of drawing an empty axis', () => {
    const empty = buildTrendOption([], { locale: 'en', from: 2016, to: 2023 });
    expect(empty.xAxis).toBeUndefined();
    expect((empty.title as { text: string }).text).toContain('None of the selected reports states');
  });

  it('renders to SVG with the series names and the 推算 label', async () => {
    const svg = await renderSvg(option);
    expect(svg).toContain('彭阳县（县级汇总）');
    expect(svg).toContain('推算');
    expect(svg).toContain('2017');
  });
});

describe('buildOutcomesOption', () => {
  const option = buildOutcomesOption(ordered, { locale: 'zh' });

  const cases = [
    { bucket: '公开', expected: [null, 3, 2, null, 3] },
    { bucket: '部分公开', expected: [null, 0, 0, null, 7] },
    { bucket: '不予公开', expected: [null, 0, 0, null, 1] },
    { bucket: '无法提供', expected: [null, 0, null, null, 7] },
    { bucket: '不予处理/其他', expected: [null, null, null, null, 0] },
    { bucket: '收到申请', expected: [5, 3, 2, 0, 18] },
  ];
  for (const { bucket, expected } of cases) {
    it(`sums ${bucket} per report, absent (null) when the report states none of its categories`, () => {
      expect(values(named(option, bucket)[0])).toEqual(expected);
    });
  }

  it('stacks the buckets but not applications received', () => {
    expect(named(option, '公开')[0]?.stack).toBe('outcomes');
    expect(named(option, '收到申请')[0]?.stack).toBeUndefined();
  });

  it('marks reports without outcomes with a hatched 未报告 band, not 0', () => {
    const band = named(option, '未报告')[0] as BarSeriesOption;
    expect(values(band)).toEqual([18, null, null, 18, null]);
    expect(band.itemStyle?.decal).toBeDefined();
  });

  it('sets the band label upright, to fit a band as narrow as a bar', () => {
    const zh = named(option, '未报告')[0] as BarSeriesOption;
    expect(zh.label).toMatchObject({ show: true, formatter: '未\n报\n告' });
    expect(zh.label?.rotate).toBeUndefined();
    const en = named(buildOutcomesOption(ordered, { locale: 'en' }), 'Not reported')[0] as BarSeriesOption;
    expect(en.label).toMatchObject({ show: true, formatter: 'Not reported', rotate: 90 });
  });

  it('lists the original categories in the tooltip', () => {
    const publicBucket = named(option, '公开')[0]!;
    const html = callTooltip(option, publicBucket, 4);
    expect(html).toContain('予以公开/同意公开：3');
  });

  it('renders to SVG with the bucket and 未报告 labels', async () => {
    const svg = await renderSvg(option);
    for (const label of ['公开', '无法提供', '未报告', '盐池县']) expect(svg).toContain(label);
  });
});

describe('buildStaffingOption', () => {
  const option = buildStaffingOption(ordered, { locale: 'zh' });

  it('stacks 专职 and 兼职 and shows an unsplit total apart', () => {
    expect(values(named(option, '专职人员数')[0])).toEqual([15, 66, 3, null, null]);
    expect(values(named(option, '兼职人员数')[0])).toEqual([54, 33, 47, null, null]);
    expect(values(named(option, '人员（未区分专兼职）')[0])).toEqual([null, null, null, 2, null]);
    expect(values(named(option, '未报告')[0])).toEqual([null, null, null, null, 99]);
  });

  it('puts 专项经费 on a second, labelled axis and leaves unreported funding out', () => {
    const funding = named(option, '政府信息公开专项经费')[0] as LineSeriesOption;
    expect(funding.yAxisIndex).toBe(1);
    expect(values(funding)).toEqual([null, 5, 100, null, null]);
    const axes = option.yAxis as { name: string }[];
    expect(axes[1]?.name).toBe('政府信息公开专项经费（万元）');
  });

  it('renders to SVG with the funding axis name', async () => {
    expect(await renderSvg(option)).toContain('政府信息公开专项经费（万元）');
  });
});

describe('buildChannelMixOption', () => {
  it('folds finer channels into the five buckets and keeps counts', () => {
    const option = buildChannelMixOption(ordered, { locale: 'zh', mode: 'count' });
    expect(values(named(option, '政府网站')[0])).toEqual([21080, 3163, 7970, 130, 13000]);
    // lingsha's 公示栏 (ch_bulletin) lands in 其他方式.
    expect(values(named(option, '其他方式')[0])).toEqual([14489, 6965, 2819, 312, null]);
    expect(values(named(option, '政府公报')[0])).toEqual([null, 0, 132, null, null]);
  });

  it('does not split or double-count a combined 微博微信 figure', () => {
    const option = buildChannelMixOption(ordered, { locale: 'zh', mode: 'count' });
    // pengyang states both the table's 149 + 2160 and the text's combined 2309: no combined segment.
    expect(named(option, '政务微博微信（合计）')).toHaveLength(0);
    const weibo = named(option, '政务微博')[0]!;
    expect(callTooltip(option, weibo, 2)).toContain('报告另给出政务微博微信（合计）：2,309 条');
    const onlyCombined = { ...rowById(rows, 'pengyang-county-2018') };
    const { ch_weibo: _w, ch_wechat: _c, ...rest } = onlyCombined.values;
    const combinedOption = buildChannelMixOption([{ ...onlyCombined, values: rest }], {
      locale: 'zh',
      mode: 'count',
    });
    expect(values(named(combinedOption, '政务微博微信（合计）')[0])).toEqual([2309]);
  });

  it('draws 政务新媒体 as a segment of its own, or notes it beside the 微博/微信 it covers', () => {
    const base = rowById(rows, 'pengyang-county-2018');
    const cell = { value: 4154, approx: false, method: 'text' as const, quote: '政务新媒体公开4154条' };
    const { ch_weibo: weiboCell, ch_wechat: _c, ch_weibo_wechat: _w, ...noSocial } = base.values;
    const alone = buildChannelMixOption([{ ...base, values: { ...noSocial, ch_new_media: cell } }], {
      locale: 'zh',
      mode: 'count',
    });
    expect(values(named(alone, '政务新媒体（合计）')[0])).toEqual([4154]);
    const beside = buildChannelMixOption(
      [{ ...base, values: { ...noSocial, ch_weibo: weiboCell!, ch_new_media: cell } }],
      { locale: 'zh', mode: 'count' },
    );
    expect(named(beside, '政务新媒体（合计）')).toHaveLength(0);
    expect(callTooltip(beside, named(beside, '政务微博')[0]!, 0)).toContain(
      '报告另给出政务新媒体（合计）：4,154 条',
    );
  });

  it('turns counts into shares that add up to 100 per report', () => {
    const option = buildChannelMixOption(ordered, { locale: 'zh', mode: 'share' });
    const bySegment = seriesOf(option)
      .filter((s) => s.name !== '未报告')
      .map(values);
    for (let i = 0; i < ORDER.length; i++) {
      const sum = bySegment.reduce((s, v) => s + (v[i] ?? 0), 0);
      expect(sum).toBeCloseTo(100, 6);
    }
    expect(values(named(option, '政府网站')[0])[4]).toBe(100);
  });

  it('does not mutate the rows', () => {
    const snapshot = structuredClone(ordered);
    buildChannelMixOption(ordered, { locale: 'en', mode: 'share' });
    buildOutcomesOption(ordered, { locale: 'en' });
    buildStaffingOption(ordered, { locale: 'en' });
    buildTrendOption(toTrendPoints(ordered), { locale: 'en', from: 2016, to: 2023 });
    expect(ordered).toEqual(snapshot);
  });

  it('renders to SVG in English with channel names', async () => {
    const svg = await renderSvg(buildChannelMixOption(ordered, { locale: 'en', mode: 'count' }));
    for (const label of ['Government website', 'Government Weibo', 'Other channels'])
      expect(svg).toContain(label);
  });
});

describe('English text', () => {
  // Full-width punctuation (：（），) belongs to the Chinese interface only.
  const FULL_WIDTH = /[：（），]/;
  const english = {
    trend: buildTrendOption(toTrendPoints(ordered), { locale: 'en', from: 2016, to: 2023 }),
    outcomes: buildOutcomesOption(ordered, { locale: 'en' }),
    staffing: buildStaffingOption(ordered, { locale: 'en' }),
    counts: buildChannelMixOption(ordered, { locale: 'en', mode: 'count' }),
    shares: buildChannelMixOption(ordered, { locale: 'en', mode: 'share' }),
  };

  it('names the funding axis with ASCII parentheses', () => {
    const axes = english.staffing.yAxis as { name: string }[];
    expect(axes[1]?.name).toBe('Dedicated funding (10k yuan)');
  });

  for (const [name, option] of Object.entries(english)) {
    it(`${name}: tooltips use English punctuation`, () => {
      let shown = 0;
      for (const series of seriesOf(option)) {
        (series.data as unknown[]).forEach((datum, index) => {
          if (datum === null || datum === undefined) return;
          const html = callTooltip(option, series, index);
          // Quotes from the source reports are Chinese text and keep their punctuation.
          const ours = html.replace(/「[^」]*」|“[^”]*”/g, '');
          if (ours === '') return;
          shown += 1;
          expect(ours, `${String(series.name)} #${index}`).not.toMatch(FULL_WIDTH);
        });
      }
      expect(shown).toBeGreaterThan(0);
    });
  }
});

describe('fitValueAxes', () => {
  const bars = (values: number[], extra: Partial<BarSeriesOption> = {}): BarSeriesOption => ({
    type: 'bar',
    data: values,
    ...extra,
  });
  const marginsOf = (option: ChartOption) => {
    const grid = option.grid as { left: number; right?: number; outerBoundsMode: string };
    return grid;
  };

  it('turns the measuring layout off and makes room for the widest label the data needs', () => {
    const small = marginsOf(fitValueAxes({ grid: { left: 40 }, series: [bars([3, 50])] }));
    const large = marginsOf(fitValueAxes({ grid: { left: 40 }, series: [bars([3, 1_240_000])] }));
    expect(small.outerBoundsMode).toBe('none');
    expect(small.left).toBeGreaterThanOrEqual(40);
    // "10,000,000" (10 characters) needs more room than "100".
    expect(large.left).toBeGreaterThan(small.left);
    expect(large.left).toBeGreaterThanOrEqual(10 * 7);
  });

  it('sums stacked bars, and sizes the right axis from the series on it', () => {
    const stacked = marginsOf(
      fitValueAxes({
        grid: { left: 0, right: 24 },
        series: [
          bars([60_000], { stack: 's' }),
          bars([50_000], { stack: 's' }),
          bars([9], { yAxisIndex: 1 }),
        ],
      }),
    );
    const single = marginsOf(fitValueAxes({ grid: { left: 0 }, series: [bars([60_000])] }));
    // 110,000 stacked -> up to "1,000,000"; 60,000 alone -> "100,000".
    expect(stacked.left).toBeGreaterThan(single.left);
    expect(stacked.right).toBeGreaterThanOrEqual(24);
    expect(stacked.right).toBeLessThan(stacked.left);
  });

  it('reads line points given as [category, value] pairs and data objects', () => {
    const line: LineSeriesOption = { type: 'line', data: [{ value: ['2020', 2_000_000] }, null] };
    const grid = marginsOf(fitValueAxes({ grid: { left: 0 }, series: [line] }));
    const plain = marginsOf(fitValueAxes({ grid: { left: 0 }, series: [bars([2_000_000])] }));
    expect(grid.left).toBe(plain.left);
  });

  it('is applied by every builder that draws axes', () => {
    const rows = ordered;
    const options = [
      buildOutcomesOption(rows, { locale: 'zh' }),
      buildStaffingOption(rows, { locale: 'zh' }),
      buildChannelMixOption(rows, { locale: 'zh', mode: 'count' }),
      buildTrendOption(toTrendPoints(rows), { locale: 'zh', from: 2016, to: 2023 }),
    ];
    for (const option of options) expect(marginsOf(option).outerBoundsMode).toBe('none');
  });
});
