// The export frame drawn into every chart image: the chart's title and unit on top, the
// reports it comes from and the export date below. Built on a clone of the chart's option,
// so the live chart on screen is never changed.
import type { EChartsOption } from 'echarts';
import { legendEntries } from '../charts/legend';
import type { ChartOption } from '../charts/option-types';
import { cloneOption, isPlainObject, type OptionRecord } from './clone-option';
import { shiftLayoutForFrame, type FrameBands } from './export-layout';
import { localDateStamp } from './file-names';
import type { IoLocale } from './io-locale';

/** One report a chart draws on, named as its source line cites it. */
export interface ChartSource {
  body: string;
  year: number;
}

export interface ChartExportMeta {
  /** The chart's title in the export's language. */
  title: string;
  /** Unit of measure of the values (条, 件, 万元 …), when the chart has one. */
  unit?: string;
  sources: readonly ChartSource[];
  locale: IoLocale;
  exportedAt: Date;
}

export interface ChartSize {
  width: number;
  height: number;
}

export const EXPORT_BANDS: FrameBands = { top: 56, bottom: 36 };
export const EXPORT_BACKGROUND = '#fff';
const SIDE_MARGIN = 16;
const FOOTER_TEXT_COLOR = '#555';
const FOOTER_FONT_SIZE = 11;
/** Room kept on the footer line for the export date on the right. */
const DATE_WIDTH = 150;
/** Height of one row of the legend an image gets below its title (ECharts' plain legend, 12 px text). */
export const LEGEND_ROW_HEIGHT = 22;
/** Space between that legend and the axis names above the plot. */
export const LEGEND_GAP = 12;
/** A legend item besides its text: the icon (25 px), the gap to the text (5) and to the next item (10). */
const LEGEND_ITEM_EXTRA = 40;

const TEXT = {
  zh: {
    unit: (u: string) => `单位：${u}`,
    source: (groups: string[]) => `数据来源：${groups.join('；')}`,
    group: (body: string, years: number[]) => `${body} ${years.join('、')} 年政府信息公开工作年度报告`,
    exported: (d: string) => `导出日期：${d}`,
  },
  en: {
    unit: (u: string) => `Unit: ${u}`,
    source: (groups: string[]) => `Source: ${groups.join('; ')}`,
    group: (body: string, years: number[]) =>
      `${body}, government information disclosure annual report${years.length > 1 ? 's' : ''} ${years.join(', ')}`,
    exported: (d: string) => `Exported ${d}`,
  },
} as const;

/** "平罗县 2016、2017 年政府信息公开工作年度报告；盐池县 2017 年…", bodies in first-seen order. */
export function formatSourceLine(sources: readonly ChartSource[], locale: IoLocale): string {
  const years = new Map<string, Set<number>>();
  for (const { body, year } of sources) {
    const set = years.get(body) ?? new Set<number>();
    set.add(year);
    years.set(body, set);
  }
  const text = TEXT[locale];
  return text.source(
    [...years].map(([body, ys]) =>
      text.group(
        body,
        [...ys].sort((a, b) => a - b),
      ),
    ),
  );
}

/** Rough text width at 12 px: CJK and full-width characters 12 px, others 7. */
function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.codePointAt(0)! > 0x2e7f ? 12 : 7;
  return width;
}

/** Rows the legend wraps into in `width` px (items are laid out left to right, as ECharts does). */
export function legendRows(names: readonly string[], width: number): number {
  let rows = names.length ? 1 : 0;
  let used = 0;
  for (const name of names) {
    const item = textWidth(name) + LEGEND_ITEM_EXTRA;
    if (used > 0 && used + item > width) {
      rows += 1;
      used = 0;
    }
    used += item;
  }
  return rows;
}

/**
 * Returns the option to render for export on a canvas of the live chart's size (so a PNG is
 * exactly pixelRatio times what the user sees). The input is not mutated. Animation is off (an export must show the final frame), the background is white
 * (PNG defaults to transparent), and the toolbox is dropped (its icons are not content).
 */
export function decorateOptionForExport(
  option: EChartsOption | OptionRecord,
  size: ChartSize,
  meta: ChartExportMeta,
): { option: EChartsOption; size: ChartSize } {
  const decorated = cloneOption(option) as OptionRecord;
  delete decorated.toolbox;
  // The live charts' legends are HTML (charts/legend.ts): an image gets ECharts' own, under
  // its title, in a band of its own (the chart area keeps the rest of the live chart's size).
  const legendNames =
    decorated.legend === undefined ? legendEntries(decorated as ChartOption).map((e) => e.name) : [];
  const innerWidth = size.width - 2 * SIDE_MARGIN;
  const rows = legendRows(legendNames, innerWidth);
  const legendHeight = rows > 0 ? rows * LEGEND_ROW_HEIGHT + LEGEND_GAP : 0;
  shiftLayoutForFrame(decorated, size, { ...EXPORT_BANDS, top: EXPORT_BANDS.top + legendHeight });
  if (legendHeight > 0) {
    decorated.legend = {
      type: 'plain',
      top: EXPORT_BANDS.top,
      left: 'center',
      width: innerWidth,
      itemGap: 10,
      textStyle: { fontSize: 12 },
    };
  }
  const text = TEXT[meta.locale];
  const footerWidth = innerWidth - DATE_WIDTH;
  const footerStyle = { color: FOOTER_TEXT_COLOR, fontSize: FOOTER_FONT_SIZE, fontWeight: 'normal' };
  const footerTop = size.height - EXPORT_BANDS.bottom / 2 - FOOTER_FONT_SIZE / 2;

  decorated.title = [
    {
      text: meta.title,
      subtext: meta.unit ? text.unit(meta.unit) : '',
      left: 'center',
      top: 8,
      itemGap: 4,
      textStyle: { fontSize: 16, fontWeight: 'bold', color: '#222' },
      subtextStyle: { fontSize: 12, color: FOOTER_TEXT_COLOR },
    },
    {
      text: formatSourceLine(meta.sources, meta.locale),
      left: SIDE_MARGIN,
      top: footerTop,
      textStyle: { ...footerStyle, width: footerWidth, overflow: 'truncate' },
    },
    {
      text: text.exported(localDateStamp(meta.exportedAt)),
      right: SIDE_MARGIN,
      top: footerTop,
      textStyle: footerStyle,
    },
  ];
  decorated.animation = false;
  // A series-level `animation: true` would override the root switch.
  for (const series of Array.isArray(decorated.series) ? decorated.series : [decorated.series]) {
    if (isPlainObject(series)) series.animation = false;
  }
  decorated.backgroundColor = EXPORT_BACKGROUND;
  return { option: decorated as EChartsOption, size };
}
