import { beforeAll, describe, expect, it } from 'vitest';
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsOption } from 'echarts';
import { exportChartSvg, renderChartSvg } from '../../src/io/export-image';
import type { ChartExportMeta } from '../../src/io/export-decoration';
import { dataUrlToBlob } from '../../src/io/download';

const META: ChartExportMeta = {
  title: '依申请公开办理结果',
  unit: '件',
  sources: [{ body: '<script>alert(1)</script>县', year: 2023 }],
  locale: 'zh',
  exportedAt: new Date(2026, 10, 22),
};

function outcomeOption(): EChartsOption {
  return {
    legend: {},
    grid: { top: 40 },
    xAxis: { type: 'category', data: ['公开', '不予公开'] },
    yAxis: { type: 'value' },
    series: [{ type: 'bar', name: '<b>平罗</b>', data: [5, 1] }],
  };
}

beforeAll(() => {
  // For the test's own live chart, drawn as SVG (Node has no canvas).
  echarts.use([BarChart, LineChart, GridComponent, LegendComponent, SVGRenderer]);
});

describe('renderChartSvg', () => {
  it('draws the title, unit, source line and date into the SVG', async () => {
    const svg = await renderChartSvg(outcomeOption(), { width: 640, height: 360 }, META);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('依申请公开办理结果');
    expect(svg).toContain('单位：件');
    expect(svg).toContain('导出日期：2026-11-22');
    expect(svg).toMatch(/width="640" height="360"/); // the live chart's size: PNGs are exactly 2x it
  });

  it('escapes markup in names instead of emitting it', async () => {
    const svg = await renderChartSvg(outcomeOption(), { width: 640, height: 360 }, META);
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('&lt;b&gt;平罗&lt;/b&gt;');
  });

  it('exports from a live instance without changing its option', async () => {
    const live = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 500, height: 300 });
    live.setOption(outcomeOption());
    const before = JSON.stringify(live.getOption());
    const svg = await exportChartSvg(live, { ...META, locale: 'en' });
    expect(svg).toContain('Unit: 件');
    expect(svg).toMatch(/width="500"/);
    expect(JSON.stringify(live.getOption())).toBe(before);
    live.dispose();
  });
});

describe('dataUrlToBlob', () => {
  it('decodes base64 payloads byte for byte', async () => {
    const blob = dataUrlToBlob('data:image/png;base64,iVBORw0KGgo=');
    expect(blob.type).toBe('image/png');
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
    ]);
  });
});
