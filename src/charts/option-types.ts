// The option type for exactly the chart kinds and components setup.ts registers, so a
// builder that uses anything not registered fails the type check instead of rendering blank;
// and the tooltip, which EChart.svelte draws from the option's formatters (chart-tooltip.ts).
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TitleComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

export type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | TooltipComponentOption | TitleComponentOption
>;
export type { BarSeriesOption, LineSeriesOption };

/** Extra fields every data item carries, so a click can open the quote behind the number. */
export interface SourceRef {
  reportId: string;
  metric: string;
}

/** The chart views, also the names in `performance.mark('chart:<name>:rendered')`. */
export const CHART_NAMES = ['trend', 'outcomes', 'staffing', 'channels'] as const;
export type ChartName = (typeof CHART_NAMES)[number];
