// Pieces every option builder shares: the base option (fonts, white background),
// the empty-state option, report category labels, the hatched 未报告 band, and tooltips
// assembled only from escaped text.
import { metricLabel, metricUnit } from '../i18n/metric-label';
import { formatNumber, t, type Locale } from '../i18n/strings';
import { escapeHtml } from './escape-html';
import type { BarSeriesOption, ChartOption, LineSeriesOption } from './option-types';
import { NOT_REPORTED_COLOR } from './palette';
import { largestRows, type ReportRow, type RowList } from './rows';

export const CJK_FONT_STACK =
  '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", sans-serif';

/**
 * Reports drawn per bar chart; the subtitle says how many were cut, and the Table tab lists
 * them all. A view is half the page wide on a desktop: at 40 reports a report got ~14 px, most
 * of their labels were hidden and the value labels collided; at 20 each gets a bar and a label
 * one can read. It is also half the drawing: each bar chart's setOption in a national warm
 * load went from 90-145 ms to 40-77 ms (two runs each, 2-core bench machine).
 */
export const MAX_REPORTS_PER_CHART = 20;

/**
 * No animation: analysts compare numbers, and a chart counts as drawn (its 'finished'
 * event, the benchmark's mark) only after its animation, which would add 300 ms to every
 * filter change. Exports need it off anyway.
 *
 * No ECharts aria: its generated description overwrote the chart's accessible name with raw
 * internals ("2016的数据是0，42704，，NaN，，NaN…": category indexes, stack sums, NaN for every
 * gap), and it was a few ms of every update. The chart's name is ours
 * (view-models.ts describeChart), and the Table tab holds every value as text.
 */
export function baseOption(): ChartOption {
  return {
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: CJK_FONT_STACK },
    animation: false,
  };
}

/** What to draw when there is nothing to draw: a sentence, never an empty axis. */
export function emptyOption(message: string): ChartOption {
  return {
    ...baseOption(),
    title: {
      text: message,
      left: 'center',
      top: 'middle',
      textStyle: { fontSize: 14, fontWeight: 'normal', color: '#555', width: 560, overflow: 'break' },
    },
  };
}

export function reportCategory(row: ReportRow): string {
  return `${row.unitName}\n${row.year}`;
}

/**
 * Caps the number of per-report categories. Up to the cap every report is drawn, in list order
 * (a unit's years side by side); beyond it, the reports with the largest `rankBy` (the view's
 * headline count; the channels view ranks by it in its share mode too), largest first: the
 * first 20 of 21,651 in name order were an arbitrary corner of the data. The subtitle says how
 * they were chosen and how many there are.
 */
export function limitRows(
  rows: RowList,
  locale: Locale,
  rankBy: string,
): { shown: ReportRow[]; subtitle?: string } {
  if (rows.length <= MAX_REPORTS_PER_CHART) return { shown: rows.slice() };
  return {
    shown: largestRows(rows, rankBy, MAX_REPORTS_PER_CHART),
    subtitle: t(locale, 'truncated', {
      shown: MAX_REPORTS_PER_CHART,
      total: rows.length,
      what: metricLabel(locale, rankBy),
      unit: metricUnit(locale, rankBy),
    }),
  };
}

/**
 * Top of the plot: room for the value axis' name (件, 条, 人) above it, and for the
 * truncation note above that when there is one. The legend is not in the canvas (legend.ts).
 */
export function plotTop(subtitle: string | undefined): number {
  return subtitle ? 52 : 32;
}

export function truncatedTitle(subtitle: string | undefined): ChartOption['title'] {
  return subtitle
    ? { subtext: subtitle, left: 'center', top: 0, subtextStyle: { color: '#8a4b00' } }
    : undefined;
}

/**
 * The frame every per-report bar view shares: title (with the truncation note), grid, one
 * category per report, and an item tooltip built from escaped text lines by `describe` for
 * the hovered datum (the datum comes back untyped; the builders' data items are always
 * objects).
 */
export function perReportBarFrame<Datum extends object>(frame: {
  subtitle: string | undefined;
  categories: readonly string[];
  gridLeft: number;
  gridRight: number;
  describe: (datum: Datum, seriesName: string) => string[];
}): ChartOption {
  const { subtitle } = frame;
  return {
    ...baseOption(),
    title: truncatedTitle(subtitle),
    grid: { left: frame.gridLeft, right: frame.gridRight, top: plotTop(subtitle), bottom: 56 },
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const item = Array.isArray(params) ? params[0] : params;
        const datum = item?.data;
        if (!datum || typeof datum !== 'object') return '';
        return tooltipHtml(frame.describe(datum as Datum, item?.seriesName ?? ''));
      },
    },
    xAxis: {
      type: 'category',
      data: [...frame.categories],
      // Long names end in an ellipsis (the tooltip has them whole): a label wider than this
      // could run off the chart's left edge under the first bar (the grid does not measure labels).
      axisLabel: { interval: 0, hideOverlap: true, fontSize: 11, width: 112, overflow: 'truncate' },
    },
  };
}

/** Width of one digit or separator of an axis label, with room to spare (12 px sans-serif). */
const LABEL_CHAR_PX = 7.5;
/** Gap between the axis line and its labels (ECharts' default margin) plus padding. */
const LABEL_GAP_PX = 16;

/** The number a value item holds: a bare number, an object's value, a line point's y. */
function itemValue(item: unknown): number {
  const value = item !== null && typeof item === 'object' && 'value' in item ? item.value : item;
  const y = Array.isArray(value) ? value[1] : value;
  return typeof y === 'number' && Number.isFinite(y) ? y : 0;
}

/** The largest bar stack (or single value) each value axis must show, by axis index. */
function valueAxisMaxima(series: readonly (BarSeriesOption | LineSeriesOption)[]): number[] {
  const maxima: number[] = [];
  const stacks = new Map<string, number[]>();
  series.forEach((one, i) => {
    const axis = one.yAxisIndex ?? 0;
    const key = one.stack === undefined ? `${axis}|#${i}` : `${axis}|${one.stack}`;
    const sums = stacks.get(key) ?? [];
    (Array.isArray(one.data) ? one.data : []).forEach((item, at) => {
      sums[at] = (sums[at] ?? 0) + Math.max(0, itemValue(item));
    });
    stacks.set(key, sums);
    maxima[axis] = Math.max(maxima[axis] ?? 0, ...sums.map((v) => v ?? 0));
  });
  return maxima;
}

/**
 * Grid margins wide enough for the value axes' labels, worked out from the data, with the
 * grid's outer-bounds layout off. ECharts' default ('auto') measures every axis label again on
 * each setOption to keep them inside the chart: a fifth of a national filter change (measured).
 * The widest label is at most the next power of ten above the axis maximum (with 10% headroom),
 * printed with separators: e.g. 94,000 -> "100,000".
 */
export function fitValueAxes(option: ChartOption): ChartOption {
  const series = (option.series === undefined ? [] : [option.series].flat()) as (
    BarSeriesOption | LineSeriesOption
  )[];
  const width = (max: number) => {
    const bound = 10 ** Math.ceil(Math.log10(Math.max(10, max * 1.1)));
    // One character more for a unit suffix such as '%'.
    return Math.ceil(LABEL_GAP_PX + LABEL_CHAR_PX * (formatNumber('zh', bound).length + 1));
  };
  const [left = 0, right] = valueAxisMaxima(series);
  const grid = (Array.isArray(option.grid) ? option.grid[0] : option.grid) ?? {};
  const margin = (current: unknown, needed: number) =>
    Math.max(typeof current === 'number' ? current : 0, needed);
  return {
    ...option,
    grid: {
      ...grid,
      outerBoundsMode: 'none',
      left: margin(grid.left, width(left)),
      ...(right === undefined ? {} : { right: margin(grid.right, width(right)) }),
    },
  };
}

/** Tooltip HTML from plain-text lines: the first is bold; every line is escaped. */
export function tooltipHtml(lines: readonly string[]): string {
  return lines
    .map((line, i) => (i === 0 ? `<strong>${escapeHtml(line)}</strong>` : escapeHtml(line)))
    .join('<br/>');
}

const QUOTE_PREVIEW_CHARS = 60;

/** Shortens in the middle: quotes start with their label and end with their number (table rows). */
export function quotePreview(quote: string): string {
  const flat = quote.replace(/\s+/g, ' ').trim();
  if (flat.length <= QUOTE_PREVIEW_CHARS) return `“${flat}”`;
  const head = Math.floor(QUOTE_PREVIEW_CHARS / 3);
  return `“${flat.slice(0, head)}…${flat.slice(flat.length - (QUOTE_PREVIEW_CHARS - head))}”`;
}

/**
 * A label set along a tall, narrow band: a band is as narrow as a bar (on a phone, "Not
 * reported" set flat ran over the bars beside it) and always as tall as the tallest stack.
 * Chinese stacks its characters one under the other, the way Chinese is set in a narrow
 * column; English is turned to read upwards.
 */
function uprightLabel(locale: Locale, text: string): { formatter: string; rotate?: number } {
  return locale === 'zh' ? { formatter: [...text].join('\n') } : { formatter: text, rotate: 90 };
}

/**
 * A hatched, labelled band for reports that state none of a view's numbers: its height is
 * the plot's, so it reads as "no data here", not as a quantity; the tooltip says so.
 */
export function notReportedSeries(
  locale: Locale,
  categoryCount: number,
  missing: ReadonlySet<number>,
  height: number,
  stack: string,
): BarSeriesOption {
  return {
    type: 'bar',
    name: t(locale, 'notReported'),
    stack,
    silent: false,
    barMaxWidth: 48,
    itemStyle: {
      color: NOT_REPORTED_COLOR,
      borderColor: '#9aa0a6',
      borderType: 'dashed',
      decal: {
        symbol: 'rect',
        dashArrayX: [1, 0],
        dashArrayY: [2, 5],
        rotation: Math.PI / 4,
        color: '#9aa0a6',
      },
    },
    label: {
      show: true,
      position: 'inside',
      color: '#333',
      ...uprightLabel(locale, t(locale, 'notReported')),
    },
    tooltip: { formatter: () => tooltipHtml([t(locale, 'notReported'), t(locale, 'notReportedNote')]) },
    data: Array.from({ length: categoryCount }, (_, i) => (missing.has(i) ? height : null)),
  };
}
