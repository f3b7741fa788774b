// 公开渠道: per report, items by channel folded into the five buckets of CHANNEL_BUCKET_OF,
// as counts or as shares of the report's stated channels (100 %). A combined figure (微博微信,
// 政务新媒体: COMBINED_CHANNELS) is never split: it is its own segment when the report gives none
// of what it covers apart, otherwise the tooltip notes it beside them (drawing both would count
// those items twice).
import { CHANNEL_BUCKET_OF, CHANNEL_BUCKETS, COMBINED_CHANNELS } from '../model/metrics';
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
import { CH_WEBSITE } from './metric-keys';
import type { BarSeriesOption, ChartOption, SourceRef } from './option-types';
import { CHANNEL_COLORS } from './palette';
import type { ReportRow, RowList } from './rows';

export type ChannelMode = 'count' | 'share';

export interface ChannelMixSettings {
  locale: Locale;
  mode: ChannelMode;
}

export interface ChannelDatum extends SourceRef {
  /** What is drawn: the count, or the share in percent. */
  value: number;
  count: number;
  parts: { metric: string; value: number }[];
  category: string;
  note?: string;
}

const STACK = 'channels';
const PERCENT = 100;
const SEGMENTS = [
  ...CHANNEL_BUCKETS.slice(0, 3),
  ...COMBINED_CHANNELS.map((c) => c.key),
  ...CHANNEL_BUCKETS.slice(3),
];

/** The report's channel figures by segment (absent segments are missing from the map). */
export function channelSegments(row: ReportRow): Map<string, { metric: string; value: number }[]> {
  const segments = new Map<string, { metric: string; value: number }[]>();
  for (const [metric, cell] of Object.entries(row.values)) {
    const bucket = CHANNEL_BUCKET_OF[metric];
    if (bucket) segments.set(bucket, [...(segments.get(bucket) ?? []), { metric, value: cell.value }]);
  }
  for (const { key, covers } of COMBINED_CHANNELS) {
    const combined = row.values[key];
    if (combined && !covers.some((k) => segments.has(k)))
      segments.set(key, [{ metric: key, value: combined.value }]);
  }
  return segments;
}

/** "The report also states …" for each combined figure not drawn because `segment`, which it covers, is. */
function combinedNotes(
  row: ReportRow,
  segment: string,
  segments: ReadonlyMap<string, unknown>,
  locale: Locale,
): string | undefined {
  const notes = COMBINED_CHANNELS.filter(
    ({ key, covers }) => row.values[key] && !segments.has(key) && covers.includes(segment),
  ).map(({ key }) =>
    t(locale, 'combinedAlsoStated', {
      what: metricLabel(locale, key),
      value: formatNumber(locale, row.values[key]!.value),
    }),
  );
  return notes.length > 0 ? notes.join(t(locale, 'listSeparator')) : undefined;
}

function total(parts: readonly { value: number }[]): number {
  return parts.reduce((s, p) => s + p.value, 0);
}

export function buildChannelMixOption(rows: RowList, settings: ChannelMixSettings): ChartOption {
  const { locale, mode } = settings;
  const { shown, subtitle } = limitRows(rows, locale, CH_WEBSITE);
  if (shown.length === 0) return emptyOption(t(locale, 'noReports'));
  const categories = shown.map(reportCategory);
  const segmentsByRow = shown.map(channelSegments);
  const totals = segmentsByRow.map((segments) => total([...segments.values()].flat()));
  const unit = mode === 'share' ? '%' : metricUnit(locale, CH_WEBSITE);

  const series: BarSeriesOption[] = SEGMENTS.filter((segment) =>
    segmentsByRow.some((s) => s.has(segment)),
  ).map((segment) => ({
    type: 'bar',
    name: metricLabel(locale, segment),
    stack: STACK,
    color: CHANNEL_COLORS[segment],
    barMaxWidth: 48,
    data: shown.map((row, i) => {
      const parts = segmentsByRow[i]!.get(segment);
      if (!parts) return null;
      const count = total(parts);
      const notes = combinedNotes(row, segment, segmentsByRow[i]!, locale);
      const datum: ChannelDatum = {
        value: mode === 'share' ? (totals[i] ? (count / totals[i]!) * PERCENT : 0) : count,
        count,
        parts,
        reportId: row.reportId,
        metric: parts[0]!.metric,
        category: categories[i]!,
        ...(notes ? { note: notes } : {}),
      };
      return datum;
    }),
  }));
  const missing = new Set(segmentsByRow.flatMap((s, i) => (s.size === 0 ? [i] : [])));
  if (missing.size) {
    const height = mode === 'share' ? PERCENT : Math.max(1, ...totals);
    series.push(notReportedSeries(locale, shown.length, missing, height, STACK));
  }

  return fitValueAxes({
    ...perReportBarFrame<ChannelDatum>({
      subtitle,
      categories,
      gridLeft: 64,
      gridRight: 24,
      describe: (data, seriesName) => {
        const sep = t(locale, 'labelSeparator');
        const count = `${seriesName}${sep}${formatNumber(locale, data.count)} ${metricUnit(locale, CH_WEBSITE)}`;
        const share = `${t(locale, 'sharePercent')} ${formatNumber(locale, Math.round(data.value * 10) / 10)}%`;
        return [
          mode === 'share' ? t(locale, 'withNote', { text: count, note: share }) : count,
          data.category.replace('\n', ' '),
          ...(data.parts.length > 1
            ? data.parts.map((p) => `${metricLabel(locale, p.metric)}${sep}${formatNumber(locale, p.value)}`)
            : []),
          ...(data.note ? [data.note] : []),
        ];
      },
    }),
    yAxis: { type: 'value', name: unit, ...(mode === 'share' ? { max: PERCENT } : {}) },
    series,
  });
}
