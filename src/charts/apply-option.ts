// How a chart takes a new option. The builders return complete options, so each component
// type they declare is replaced, not merged, and nothing of the previous option lingers. Their
// tooltip settings are not ECharts' business: EChart.svelte draws the tooltips
// (chart-tooltip.ts), and ECharts gets the option without them.
//
// Replacing a component used to mean making it anew: replaceMerge keeps only components whose
// id matches, and the builders set none, so every filter change rebuilt every axis, grid,
// and series with its view. Each component now gets an id made of its position, its
// series type and name, and its shape (every key path outside arrays): a component of the same
// shape at the same position is kept and its option merged, which overwrites every key it had
// (arrays, such as data, are replaced whole), so it ends as a new one would; one whose keys
// changed (an axis that gains or loses `max` when the channel view switches between counts and
// shares) gets a new id and is made anew.
import { withoutTooltips } from './chart-tooltip';
import type { ChartOption } from './option-types';
import type { echarts } from './setup';

/** Every component type ECharts draws of the options (option-types.ts). */
export const REPLACED_COMPONENTS = ['title', 'grid', 'xAxis', 'yAxis', 'series'] as const;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Every key path of `value` outside arrays, sorted: equal shapes merge as a replace would. */
export function optionShape(value: Record<string, unknown>): string {
  return Object.keys(value)
    .sort()
    .map((key) => {
      const child = value[key];
      return isPlainObject(child) ? `${key}{${optionShape(child)}}` : key;
    })
    .join(',');
}

type Component = Record<string, unknown> & { id?: unknown };

/** `option` with an id on every replaced component that has none (see above). */
export function withComponentIds(option: ChartOption): ChartOption {
  const out: Record<string, unknown> = { ...option };
  for (const key of REPLACED_COMPONENTS) {
    const value: unknown = (option as Record<string, unknown>)[key];
    if (value === undefined) continue;
    const list = (Array.isArray(value) ? value : [value]) as Component[];
    out[key] = list.map((component, index) => {
      if (!isPlainObject(component) || component.id !== undefined) return component;
      // The position is part of the id: a kept component keeps its place in the chart, so a
      // series that moved (a trend body ranked differently) is made anew where it now belongs.
      const name = key === 'series' ? `|${String(component.type)}|${String(component.name)}` : '';
      return { ...component, id: `${key}${index}${name}|${optionShape(component)}` };
    });
  }
  return out as ChartOption;
}

/** Applies `next`; `first` is whether the chart has had no option yet. */
export function applyChartOption(chart: echarts.ECharts, next: ChartOption, first: boolean): void {
  const option = withComponentIds(withoutTooltips(next));
  chart.setOption(option, first ? { notMerge: true } : { replaceMerge: [...REPLACED_COMPONENTS] });
}
