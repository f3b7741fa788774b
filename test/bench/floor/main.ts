// The benchmark's floor: the least a page on this stack must do to show one chart from
// IndexedDB (tree-shaken ECharts bar chart + Dexie: store a small dataset, read it back, draw).
// The app's load times are judged against this page's, measured the same way.
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { Dexie, type EntityTable } from 'dexie';

echarts.use([BarChart, GridComponent, CanvasRenderer]);

interface YearValue {
  year: number;
  value: number;
}

const SAMPLE: YearValue[] = [
  { year: 2016, value: 18200 },
  { year: 2017, value: 21400 },
  { year: 2018, value: 25900 },
  { year: 2019, value: 31200 },
  { year: 2020, value: 36800 },
  { year: 2021, value: 40100 },
  { year: 2022, value: 42700 },
  { year: 2023, value: 44300 },
];

const db = new Dexie('floor') as Dexie & { values: EntityTable<YearValue, 'year'> };
db.version(1).stores({ values: 'year' });

async function draw(): Promise<void> {
  if ((await db.values.count()) === 0) await db.values.bulkPut(SAMPLE);
  const rows = await db.values.orderBy('year').toArray();
  const container = document.getElementById('chart');
  if (!container) throw new Error('#chart is missing');
  const chart = echarts.init(container);
  chart.on('finished', () => {
    performance.mark('chart:floor:rendered');
  });
  chart.setOption({
    animation: false,
    xAxis: { type: 'category', data: rows.map((r) => String(r.year)) },
    yAxis: { type: 'value' },
    series: [{ type: 'bar', data: rows.map((r) => r.value) }],
  });
}

void draw();
