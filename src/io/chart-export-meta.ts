// What a chart's exports are called and which unit and sources they cite, derived from the
// view's name, metrics and rows (so views pass what they already have).
import { getMetric } from '../model/metrics';
import type { ChartSource } from './export-decoration';
import type { Bilingual } from './io-locale';

/** File-name stems of the four views; other charts fall back to their title. */
const FILE_STEMS: Readonly<Record<string, Bilingual>> = {
  trend: { zh: '主动公开趋势', en: 'proactive-trend' },
  outcomes: { zh: '依申请公开办理结果', en: 'application-outcomes' },
  staffing: { zh: '人员与专项经费', en: 'staffing-and-funding' },
  channels: { zh: '公开渠道构成', en: 'disclosure-channels' },
};

export function chartFileStem(name: string, title: string): Bilingual {
  return FILE_STEMS[name] ?? { zh: title, en: name };
}

/** The unit shared by every metric of the chart, or undefined when they differ (人 and 万元). */
export function commonUnit(metrics: readonly string[]): string | undefined {
  const units = new Set(metrics.map((m) => getMetric(m)?.unit).filter((u): u is string => u !== undefined));
  return units.size === 1 ? [...units][0] : undefined;
}

/** One source per report shown, for the image's source line. */
export function chartSources(rows: readonly { unitName: string; year: number }[]): ChartSource[] {
  return rows.map((r) => ({ body: r.unitName, year: r.year }));
}
