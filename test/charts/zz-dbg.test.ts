import { it } from 'vitest';
import { sampleRows } from '/work/main/test/charts/sample-rows';
import { toTrendPoints } from '/work/main/src/charts/rows';
import { buildTrendOption } from '/work/main/src/charts/build-trend-option';
it('dbg', () => {
  const rows = sampleRows().filter((r) => r.region === '平罗' || r.region === '彭阳');
  const o = buildTrendOption(toTrendPoints(rows), { locale: 'en', from: 2016, to: 2023 });
  console.log(JSON.stringify((o.series as any[]).map((s) => [s.name, s.data.map((d: any) => d && d.value)])));
});
