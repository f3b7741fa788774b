// 专职 + 兼职 staff stacked per report, and 专项经费 (万元) as points on a second, labelled
// axis. A report that gives only a total gets a grey "not split" segment; one that gives
// no staff figure at all gets the 未报告 band. Funding absent is simply absent (the table
// says 未报告), never drawn as 0.
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
import { FUNDING, STAFF_FULLTIME, STAFF_PARTTIME, STAFF_TOTAL } from './metric-keys';
import type { BarSeriesOption, ChartOption, LineSeriesOption, SourceRef } from './option-types';
import { STAFF_COLORS } from './palette';
import type { ReportRow, RowList } from './rows';

export interface StaffingSettings {
  locale: Locale;
}

export interface StaffingDatum extends SourceRef {
  value: number;
  category: string;
  approx: boolean;
}

const STACK = 'staff';

function datum(row: ReportRow, metric: string, category: string): StaffingDatum | null {
  const cell = row.values[metric];
  return cell ? { value: cell.value, reportId: row.reportId, metric, category, approx: cell.approx } : null;
}

/** Staff total when the report does not split it into 专职/兼职. */
function unsplitTotal(row: ReportRow, category: string): StaffingDatum | null {
  if (row.values[STAFF_FULLTIME] || row.values[STAFF_PARTTIME]) return null;
  return datum(row, STAFF_TOTAL, category);
}

export function buildStaffingOption(rows: RowList, settings: StaffingSettings): ChartOption {
  const { locale } = settings;
  const { shown, subtitle } = limitRows(rows, locale, STAFF_FULLTIME);
  if (shown.length === 0) return emptyOption(t(locale, 'noReports'));
  const categories = shown.map(reportCategory);
  const personUnit = metricUnit(locale, STAFF_TOTAL);
  const fundingUnit = metricUnit(locale, FUNDING);

  const bar = (
    name: string,
    color: string,
    pick: (row: ReportRow, category: string) => StaffingDatum | null,
  ): BarSeriesOption => ({
    type: 'bar',
    name,
    stack: STACK,
    color,
    barMaxWidth: 48,
    data: shown.map((row, i) => pick(row, categories[i]!)),
  });
  const series: (BarSeriesOption | LineSeriesOption)[] = [
    bar(metricLabel(locale, STAFF_FULLTIME), STAFF_COLORS.fulltime, (r, c) => datum(r, STAFF_FULLTIME, c)),
    bar(metricLabel(locale, STAFF_PARTTIME), STAFF_COLORS.parttime, (r, c) => datum(r, STAFF_PARTTIME, c)),
  ];
  if (shown.some((r, i) => unsplitTotal(r, categories[i]!))) {
    series.push(bar(t(locale, 'staffUnsplit'), STAFF_COLORS.unsplit, unsplitTotal));
  }
  const staffOf = (r: ReportRow) =>
    (r.values[STAFF_FULLTIME]?.value ?? 0) + (r.values[STAFF_PARTTIME]?.value ?? 0) ||
    (r.values[STAFF_TOTAL]?.value ?? 0);
  const missing = new Set(
    shown.flatMap((r, i) =>
      [STAFF_FULLTIME, STAFF_PARTTIME, STAFF_TOTAL].some((k) => r.values[k]) ? [] : [i],
    ),
  );
  if (missing.size) {
    series.push(notReportedSeries(locale, shown.length, missing, Math.max(1, ...shown.map(staffOf)), STACK));
  }
  series.push({
    type: 'line',
    name: metricLabel(locale, FUNDING),
    yAxisIndex: 1,
    color: STAFF_COLORS.funding,
    symbol: 'diamond',
    symbolSize: 12,
    lineStyle: { opacity: 0 },
    // The number alone: the unit is in the right axis' name, the legend note and the
    // tooltip, and "100 10k yuan" beside a point ran into the right axis' labels on a phone.
    label: {
      show: true,
      position: 'right',
      formatter: (p) => formatNumber(locale, Number(p.value)),
    },
    data: shown.map((row, i) => datum(row, FUNDING, categories[i]!)),
  });

  return fitValueAxes({
    ...perReportBarFrame<StaffingDatum>({
      subtitle,
      categories,
      gridLeft: 56,
      gridRight: 64,
      describe: (data) => {
        const unit = data.metric === FUNDING ? fundingUnit : personUnit;
        const value = `${metricLabel(locale, data.metric)}${t(locale, 'labelSeparator')}${formatNumber(locale, data.value)} ${unit}`;
        return [
          data.approx ? t(locale, 'withNote', { text: value, note: t(locale, 'approx') }) : value,
          data.category.replace('\n', ' '),
        ];
      },
    }),
    yAxis: [
      { type: 'value', name: `${t(locale, 'people')}`, minInterval: 1 },
      {
        type: 'value',
        name: t(locale, 'withNote', { text: metricLabel(locale, FUNDING), note: fundingUnit }),
        nameTextStyle: { align: 'right' },
        splitLine: { show: false },
      },
    ],
    series,
  });
}
