/** The global through which the chart runtime's classic script hands ECharts to the page. */
export const CHARTS_RUNTIME_GLOBAL = '__disclosureChartsRuntime';

/** The attribute that marks index.html's preload of that script (charts-runtime-plugin.ts). */
export const CHARTS_RUNTIME_ATTRIBUTE = 'data-charts-runtime';
