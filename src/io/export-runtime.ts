// ECharts for chart images: the live charts' setup (charts/setup.ts) plus what only an image
// needs, ECharts' legend (on screen the legend is HTML, charts/legend.ts) and the SVG renderer.
// Imported with the export code, on demand, as a module of its own: nothing here weighs on
// the first screen, and the live charts' runtime is never changed by an export.
import { LegendComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { echarts } from '../charts/setup';

echarts.use([LegendComponent, SVGRenderer]);

export { echarts };
