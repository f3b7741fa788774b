// The only echarts import the app bundles: the core plus exactly what the four views use
// (see option-types.ts), drawn on canvas. The SVG renderer is loaded on demand for exports.
// EChart.svelte imports this module dynamically, so it is evaluated in a task of its own.
import { BarChart, LineChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  LineChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  CanvasRenderer,
]);

/** Registers the SVG renderer (for SVG export) the first time it is needed. */
export async function useSvgRenderer(): Promise<void> {
  const { SVGRenderer } = await import('./svg-renderer');
  echarts.use(SVGRenderer);
}

export { echarts };
