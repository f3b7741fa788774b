// The only echarts setup the app has: the core plus exactly what the four views use (see
// option-types.ts), drawn on canvas. In the production build this module runs as a classic
// script of its own (runtime-script.ts, see load-runtime.ts for why); the dev server, the
// tests and the SVG export import it as a module.
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export { echarts };
