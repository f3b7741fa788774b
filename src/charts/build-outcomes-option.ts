// 依申请公开: per report, applications received beside the stacked outcome buckets of
// OUTCOME_BUCKETS (the mapping across templates is in the view's note; the tooltip lists the
// original categories). A bucket none of whose keys the report states is absent, not 0; a
// report with no outcome at all gets the hatched 未报告 band.
import { OUTCOME_BUCKETS } from '../model/metrics';
import { t, formatNumber, type Locale } from '../i18n/strings';
import { metricLabel, metricUnit } from '../i18n/metric-label';
import {
  emptyOption,
  fitValueAxes,
  limitRows,
  notReportedSeries,
  perReportBarFrame,
  reportCategory,
} from './common';
import { APPS_RECEIVED } from './metric-keys';
import type { BarSeriesOption, ChartOption, SourceRef } from './option-types';
import { OUTCOME_COLORS, STAFF_COLORS } from './palette';
import type { ReportRow, RowList } from './rows';

export interface OutcomesSettings {
  locale: Locale;
}

export interface OutcomeDatum extends SourceRef {
  value: number;
  /** The original categories that make up the bucket, with their values. */
  parts: { metric: string; value: number }[];
  category: string;
}

const STACK = 'outcomes';

/** The bucket's total, or null when the report states none of its categories. */
export function bucketValue(row: ReportRow, keys: readonly string[]): OutcomeDatum['parts'] | null {
  const parts = keys.flatMap((metric) => {
    const cell = row.values[metric];
    return cell ? [{ metric, value: cell.value }] : [];
  });
  return parts.length ? parts : null;
}

function sum(parts: readonly { value: number }[]): number {
  return parts.reduce((total, p) => total + p.value, 0);
}

export function buildOutcomesOption(rows: RowList, settings: OutcomesSettings): ChartOption {
  const { locale } = settings;
  const { shown, subtitle } = limitRows(rows, locale, APPS_RECEIVED);
  if (shown.length === 0) return emptyOption(t(locale, 'noReports'));
  const categories = shown.map(reportCategory);
  const unit = metricUnit(locale, APPS_RECEIVED);

  const bucketSeries: BarSeriesOption[] = OUTCOME_BUCKETS.map((bucket) => ({
    type: 'bar',
    name: bucket[locale],
    stack: STACK,
    color: OUTCOME_COLORS[bucket.id],
    barMaxWidth: 48,
    data: shown.map((row, i) => {
      const parts = bucketValue(row, bucket.keys);
      if (!parts) return null;
      const datum: OutcomeDatum = {
        value: sum(parts),
        parts,
        reportId: row.reportId,
        metric: parts[0]!.metric,
        category: categories[i]!,
      };
      return datum;
    }),
  }));
  const missing = new Set(
    shown.flatMap((row, i) => (OUTCOME_BUCKETS.every((b) => bucketValue(row, b.keys) === null) ? [i] : [])),
  );
  const received: BarSeriesOption = {
    type: 'bar',
    name: t(locale, 'appsReceived'),
    color: STAFF_COLORS.appsReceived,
    barMaxWidth: 24,
    label: { show: true, position: 'top', fontSize: 11 },
    data: shown.map((row, i) => {
      const cell = row.values[APPS_RECEIVED];
      if (!cell) return null;
      const datum: OutcomeDatum = {
        value: cell.value,
        parts: [{ metric: APPS_RECEIVED, value: cell.value }],
        reportId: row.reportId,
        metric: APPS_RECEIVED,
        category: categories[i]!,
      };
      return datum;
    }),
  };
  const stackTotals = shown.map((row) => sum(OUTCOME_BUCKETS.flatMap((b) => bucketValue(row, b.keys) ?? [])));
  const bandHeight = Math.max(1, ...stackTotals, ...shown.map((r) => r.values[APPS_RECEIVED]?.value ?? 0));
  const series = [received, ...bucketSeries];
  if (missing.size) series.push(notReportedSeries(locale, shown.length, missing, bandHeight, STACK));

  return fitValueAxes({
    ...perReportBarFrame<OutcomeDatum>({
      subtitle,
      categories,
      gridLeft: 56,
      gridRight: 24,
      describe: (data, seriesName) => {
        const sep = t(locale, 'labelSeparator');
        return [
          `${seriesName}${sep}${formatNumber(locale, data.value)} ${unit}`,
          data.category.replace('\n', ' '),
          ...data.parts.map((p) => `${metricLabel(locale, p.metric)}${sep}${formatNumber(locale, p.value)}`),
        ];
      },
    }),
    // Headroom so the value labels on the tallest bar stay inside the plot.
    yAxis: { type: 'value', name: unit, minInterval: 1, boundaryGap: [0, '10%'] },
    series,
  });
}
