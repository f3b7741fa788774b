// The charts' hover tooltips are drawn by EChart.svelte, not by ECharts' tooltip component:
// without it (and the axis-pointer code it brings) the chart runtime a first visit compiles is
// ~25 KB smaller, its first draws do less, and a filter change merges no tooltip model per
// chart (the measurements, with the legend's, are in the README's Performance section). The
// builders still describe their tooltips the way ECharts reads them, so each option remains
// the one description of its chart: `tooltip.formatter` at the top (every view uses item
// tooltips) and, for a series with its own text (the 未报告 band), the series' own
// `tooltip.formatter`.
import type { ChartOption } from './option-types';

/** What a formatter is called with: the hovered item, as ECharts' item tooltip passed it. */
export interface TooltipItem {
  seriesIndex: number;
  seriesName: string;
  dataIndex: number;
  data: unknown;
}

type Formatter = (params: TooltipItem) => string;

function formatterOf(tooltip: unknown): Formatter | undefined {
  const formatter = (tooltip as { formatter?: unknown } | undefined)?.formatter;
  return typeof formatter === 'function' ? (formatter as Formatter) : undefined;
}

function seriesList(option: ChartOption): Record<string, unknown>[] {
  return (option.series === undefined ? [] : [option.series].flat()) as Record<string, unknown>[];
}

/** The tooltip HTML for a hovered item (the builders escape every text in it), or none. */
export function tooltipFor(option: ChartOption, item: TooltipItem): string | undefined {
  const own = formatterOf(seriesList(option)[item.seriesIndex]?.tooltip);
  const formatter = own ?? formatterOf(option.tooltip);
  const html = formatter?.(item);
  return html ? html : undefined;
}

/** `option` as ECharts gets it: no tooltip settings, which it would only keep for nothing. */
export function withoutTooltips(option: ChartOption): ChartOption {
  const series = seriesList(option);
  if (option.tooltip === undefined && !series.some((one) => one.tooltip !== undefined)) return option;
  const { tooltip: _dropped, ...rest } = option;
  if (option.series === undefined) return rest;
  return {
    ...rest,
    series: series.map(({ tooltip: _own, ...one }) => one) as ChartOption['series'],
  };
}
