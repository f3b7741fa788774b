// Chart images for download: PNG from an offscreen canvas instance, SVG from a server-side
// style SVG instance. Both render the decorated clone (export-decoration.ts) on a fresh
// instance, so the live chart keeps its option, size and animation state. Both use ECharts
// imported as a module with the legend and the SVG renderer (export-runtime.ts): an image
// draws its legend in the canvas, the screen does not (charts/legend.ts), and neither weighs
// on the first screen. This module is itself imported on demand (ExportMenu).
import type { EChartsOption } from 'echarts';
import type { OptionRecord } from './clone-option';
import { dataUrlToBlob } from './download';
import {
  EXPORT_BACKGROUND,
  decorateOptionForExport,
  type ChartExportMeta,
  type ChartSize,
} from './export-decoration';

/** What the export needs of a live chart; an ECharts instance satisfies it. */
export interface ExportableChart {
  getOption(): unknown;
  getWidth(): number;
  getHeight(): number;
}

export const PNG_PIXEL_RATIO = 2;

async function exportRuntime() {
  return (await import('./export-runtime')).echarts;
}

/** Fonts drawn into a canvas must be loaded first, or the image shows fallback glyphs. */
async function fontsReady(): Promise<void> {
  if (typeof document !== 'undefined' && 'fonts' in document) await document.fonts.ready;
}

function readChart(chart: ExportableChart): { option: OptionRecord; size: ChartSize } {
  return {
    option: chart.getOption() as OptionRecord,
    size: { width: chart.getWidth(), height: chart.getHeight() },
  };
}

/** SVG markup of the decorated chart. Works without a DOM (Node, workers). */
export async function renderChartSvg(
  option: EChartsOption | OptionRecord,
  size: ChartSize,
  meta: ChartExportMeta,
): Promise<string> {
  await fontsReady();
  const echarts = await exportRuntime();
  const framed = decorateOptionForExport(option, size, meta);
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, ...framed.size });
  try {
    instance.setOption(framed.option);
    return instance.renderToSVGString();
  } finally {
    instance.dispose();
  }
}

/** PNG of the decorated chart at PNG_PIXEL_RATIO (browser only: needs a canvas). */
export async function renderChartPng(
  option: EChartsOption | OptionRecord,
  size: ChartSize,
  meta: ChartExportMeta,
): Promise<Blob> {
  await fontsReady();
  const echarts = await exportRuntime();
  const framed = decorateOptionForExport(option, size, meta);
  const host = document.createElement('div');
  const instance = echarts.init(host, null, { renderer: 'canvas', ...framed.size });
  try {
    instance.setOption(framed.option);
    const dataUrl = instance.getDataURL({
      type: 'png',
      pixelRatio: PNG_PIXEL_RATIO,
      backgroundColor: EXPORT_BACKGROUND,
      excludeComponents: ['toolbox'],
    });
    return dataUrlToBlob(dataUrl);
  } finally {
    instance.dispose();
  }
}

export function exportChartSvg(chart: ExportableChart, meta: ChartExportMeta): Promise<string> {
  const { option, size } = readChart(chart);
  return renderChartSvg(option, size, meta);
}

export function exportChartPng(chart: ExportableChart, meta: ChartExportMeta): Promise<Blob> {
  const { option, size } = readChart(chart);
  return renderChartPng(option, size, meta);
}
