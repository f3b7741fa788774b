// What each of the four views shows: its title and note, its option (from the builders) and
// the metrics its Table and Sources tabs list. Pure, so the views stay thin.
import { buildChannelMixOption, type ChannelMode } from '../charts/build-channel-mix-option';
import { buildOutcomesOption } from '../charts/build-outcomes-option';
import { buildStaffingOption } from '../charts/build-staffing-option';
import { buildTrendOption } from '../charts/build-trend-option';
import { emptyOption } from '../charts/common';
import { CHANNEL_METRICS, OUTCOME_METRICS, STAFFING_METRICS, TREND_METRICS } from '../charts/metric-keys';
import type { ChartName, ChartOption } from '../charts/option-types';
import type { ReportRow, RowList, TrendInput } from '../charts/rows';
import { t, type Locale, type StringKey } from '../i18n/strings';

export interface ViewModel {
  name: ChartName;
  title: string;
  /** The chart's accessible name (describeChart). */
  description: string;
  note: string;
  option: ChartOption;
  /** Metrics the table and sources list, in column order. */
  metrics: readonly string[];
}

export interface ViewSettings {
  locale: Locale;
  from: number;
  to: number;
  channelMode: ChannelMode;
  /** Why there is nothing to show, when there is nothing (no region ticked, no report). */
  emptyReason?: StringKey;
}

const TEXT: Record<ChartName, { title: StringKey; note: StringKey; tab: StringKey }> = {
  trend: { title: 'trendTitle', note: 'trendNote', tab: 'viewTrend' },
  outcomes: { title: 'outcomesTitle', note: 'outcomesNote', tab: 'viewOutcomes' },
  staffing: { title: 'staffingTitle', note: 'staffingNote', tab: 'viewStaffing' },
  channels: { title: 'channelsTitle', note: 'channelsNote', tab: 'viewChannels' },
};

const METRICS: Record<ChartName, readonly string[]> = {
  trend: TREND_METRICS,
  outcomes: OUTCOME_METRICS,
  staffing: STAFFING_METRICS,
  channels: CHANNEL_METRICS,
};

export function viewShortName(locale: Locale, name: ChartName): string {
  return t(locale, TEXT[name].tab);
}

/** What the views draw: the selected rows, and the trend's points (of the largest bodies). */
export interface ViewData {
  rows: RowList;
  trend(): TrendInput;
}

function optionFor(name: ChartName, data: ViewData, s: ViewSettings): ChartOption {
  if (s.emptyReason) return emptyOption(t(s.locale, s.emptyReason));
  const { rows } = data;
  switch (name) {
    case 'trend': {
      const { points, bodyCount } = data.trend();
      return buildTrendOption(points, {
        locale: s.locale,
        from: s.from,
        to: s.to,
        ...(bodyCount === undefined ? {} : { bodyCount }),
      });
    }
    case 'outcomes':
      return buildOutcomesOption(rows, { locale: s.locale });
    case 'staffing':
      return buildStaffingOption(rows, { locale: s.locale });
    case 'channels':
      return buildChannelMixOption(rows, { locale: s.locale, mode: s.channelMode });
  }
}

/**
 * A chart's accessible name: its title, what the chart itself says in words (which reports a
 * truncated chart shows, why an empty one is empty), and where its values are as text. A
 * canvas has no text a screen reader could read; the Table tab lists every value.
 */
export function describeChart(locale: Locale, title: string, option: ChartOption): string {
  const titles = option.title === undefined ? [] : [option.title].flat();
  const sentences = titles
    .flatMap((one) => [one.text, one.subtext])
    .filter((text): text is string => typeof text === 'string' && text.trim() !== '')
    .map((text) => text.trim().replace(/[。.!！?？]$/u, ''));
  const detail = sentences.map((text) => (locale === 'zh' ? `${text}。` : `${text}. `)).join('');
  return t(locale, 'chartDescription', { title, detail, tab: t(locale, 'tabTable') });
}

export function buildViewModel(name: ChartName, data: ViewData, settings: ViewSettings): ViewModel {
  const title = t(settings.locale, TEXT[name].title);
  const option = optionFor(name, data, settings);
  return {
    name,
    title,
    description: describeChart(settings.locale, title, option),
    note: t(settings.locale, TEXT[name].note),
    option,
    metrics: METRICS[name],
  };
}

/** Only metrics at least one shown report states get a table column (the rest say why). */
export function statedMetrics(rows: readonly ReportRow[], metrics: readonly string[]): string[] {
  return metrics.filter((m) => rows.some((r) => r.values[m]));
}
