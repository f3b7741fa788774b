// Observation rows used by the CSV tests: awkward on purpose (formula-like quotes,
// embedded quotes, commas and newlines, negative-looking text, Chinese everywhere).
import type { ObservationRow } from '../../src/io/csv-format';

export function sampleRows(): ObservationRow[] {
  const base = {
    reportId: 'pingluo-county-2016',
    unit: '平罗县',
    region: '平罗',
    year: 2016,
    scope: 'county-aggregate' as const,
    approx: false,
    method: 'text' as const,
    primary: true,
    sourceFile: 'data/reports/pingluo-county-2016.txt',
    origin: 'shipped' as const,
  };
  return [
    {
      ...base,
      metric: 'proactive_total',
      value: 42704,
      quote: '主动公开政府信息 42704 条',
      start: 120,
      end: 137,
    },
    {
      ...base,
      metric: 'ch_weibo',
      value: 3646,
      quote: '=HYPERLINK("http://x","微博")',
      start: 200,
      end: 230,
    },
    {
      ...base,
      metric: 'website_visits',
      value: 1240000,
      approx: true,
      quote: '约124万次',
      start: 300,
      end: 306,
    },
    {
      ...base,
      metric: 'staff_fulltime',
      value: 15,
      quote: '-1-\n其中专职人员 15 名，兼职',
      start: 400,
      end: 420,
    },
    {
      ...base,
      metric: 'staff_parttime',
      value: 54,
      primary: false,
      quote: "'@已有撇号",
      start: 421,
      end: 430,
    },
    {
      ...base,
      reportId: 'user-abc-2023',
      unit: '某县"一中心"，测试',
      region: '新区域',
      year: 2023,
      scope: 'office',
      method: 'table',
      origin: 'user',
      metric: 'funding_wan_yuan',
      value: 7730.28,
      quote: '+7730.28\t万元',
      start: 0,
      end: 12,
      sourceFile: '',
    },
  ];
}
