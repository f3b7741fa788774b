// The live charts' echarts setup: the core plus exactly what the four views use (see
// option-types.ts), drawn on canvas. No legend and no tooltip component: both are HTML
// (legend.ts, chart-tooltip.ts); chart images add ECharts' legend and the SVG renderer on
// demand (io/export-runtime.ts).
// In the production build this module runs as a classic script of its own (runtime-script.ts,
// see load-runtime.ts for why); the dev server, the tests and the image export import it as
// a module.
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, TitleComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GridComponent, TitleComponent, CanvasRenderer]);

export { echarts };
