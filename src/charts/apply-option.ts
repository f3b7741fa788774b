// How a chart takes a new option. The builders return complete options, so each component
// type they declare is replaced, not merged, and nothing of the previous option lingers, with
// one exception: the tooltip is kept and merged (every builder sets the same keys). Replacing
// it rebuilds its HTML layer, which reads offsetLeft and so forces a page layout per chart per
// filter change (measured: about a fifth of a national-scale filter change).
import type { ChartOption } from './option-types';
import type { echarts } from './setup';

/** Every component type the options use (option-types.ts) except the tooltip. */
export const REPLACED_COMPONENTS = ['title', 'legend', 'grid', 'xAxis', 'yAxis', 'series'] as const;

/** Applies `next`; `first` is whether the chart has had no option yet. */
export function applyChartOption(chart: echarts.ECharts, next: ChartOption, first: boolean): void {
  chart.setOption(next, first ? { notMerge: true } : { replaceMerge: [...REPLACED_COMPONENTS] });
}
