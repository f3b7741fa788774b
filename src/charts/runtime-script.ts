// Entry of the chart runtime's classic script (built by src/build/charts-runtime-plugin.ts):
// ECharts as set up in setup.ts, handed to the page through one global. Nothing else.
import { echarts } from './setup';
import { CHARTS_RUNTIME_GLOBAL } from './runtime-global';

(globalThis as Record<string, unknown>)[CHARTS_RUNTIME_GLOBAL] = echarts;
