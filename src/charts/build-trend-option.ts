// 主动公开 totals by year, one line per reporting body. The scope is part of each series'
// name, so a county aggregate is never silently compared with one office's figure. Lines
// join consecutive years only; derived (推算) points are hollow, labelled and reached by a
// dashed segment drawn in a companion series of the same name (the legend toggles both).
import { t, formatNumber, regionLabel, scopeLabel, type Locale } from '../i18n/strings';
import { metricUnit } from '../i18n/metric-label';
import { baseOption, emptyOption, quotePreview, tooltipHtml } from './common';
import { PROACTIVE_TOTAL } from './metric-keys';
import type { ChartOption, LineSeriesOption, SourceRef } from './option-types';
import { regionColor } from './palette';
import type { TrendPoint } from './rows';

export interface TrendSettings {
  locale: Locale;
  from: number;
  to: number;
}

/** One data item: null where the year has no value, so the line breaks there. */
export type TrendDatum = (SourceRef & { value: [string, number]; point: TrendPoint }) | null;

const SCOPE_SYMBOL = { 'county-aggregate': 'circle', office: 'rect', township: 'triangle' } as const;
const SYMBOL_SIZE = 8;

export function trendSeriesName(point: Pick<TrendPoint, 'unitName' | 'scope'>, locale: Locale): string {
  return locale === 'zh'
    ? `${point.unitName}（${scopeLabel(locale, point.scope)}）`
    : `${point.unitName} (${scopeLabel(locale, point.scope)})`;
}

function datum(point: TrendPoint): TrendDatum {
  return { value: [String(point.year), point.value], reportId: point.reportId, metric: point.metric, point };
}

function tooltipFor(point: TrendPoint, locale: Locale): string {
  const flags = [point.approx ? t(locale, 'approx') : '', point.derived ? t(locale, 'derived') : ''].filter(
    Boolean,
  );
  return tooltipHtml([
    trendSeriesName(point, locale),
    `${regionLabel(locale, point.region)} · ${point.year}`,
    `${formatNumber(locale, point.value)} ${metricUnit(locale, PROACTIVE_TOTAL)}${flags.length ? `（${flags.join('，')}）` : ''}`,
    ...(point.derived ? [t(locale, 'derivedFrom')] : []),
    quotePreview(point.quote),
  ]);
}

function seriesFor(
  points: readonly TrendPoint[],
  years: readonly number[],
  locale: Locale,
): LineSeriesOption[] {
  const first = points[0]!;
  const name = trendSeriesName(first, locale);
  const color = regionColor(first.region);
  const byYear = new Map(points.map((p) => [p.year, p]));
  const stated = years.map((y) => {
    const p = byYear.get(y);
    return p && !p.derived ? datum(p) : null;
  });
  // The dashed companion holds each derived point and its consecutive stated neighbours.
  const touchesDerived = (y: number) => byYear.get(y)?.derived === true;
  const dashed = years.map((y) => {
    const p = byYear.get(y);
    if (!p) return null;
    return p.derived || touchesDerived(y - 1) || touchesDerived(y + 1) ? datum(p) : null;
  });
  const common = {
    type: 'line' as const,
    name,
    connectNulls: false,
    color,
    symbol: SCOPE_SYMBOL[first.scope],
    symbolSize: SYMBOL_SIZE,
  };
  const series: LineSeriesOption[] = [{ ...common, data: stated, lineStyle: { width: 2, type: 'solid' } }];
  if (points.some((p) => p.derived)) {
    series.push({
      ...common,
      data: dashed.map((d) =>
        d?.point.derived
          ? {
              ...d,
              symbol: `empty${SCOPE_SYMBOL[first.scope][0]!.toUpperCase()}${SCOPE_SYMBOL[first.scope].slice(1)}`,
              symbolSize: SYMBOL_SIZE + 2,
              label: { show: true, position: 'top' as const, formatter: t(locale, 'derived'), color },
            }
          : d,
      ),
      lineStyle: { width: 2, type: 'dashed' },
      z: 3,
    });
  }
  return series;
}

export function buildTrendOption(points: readonly TrendPoint[], settings: TrendSettings): ChartOption {
  const { locale, from, to } = settings;
  const inRange = points.filter((p) => p.year >= from && p.year <= to);
  if (inRange.length === 0) return emptyOption(t(locale, 'noValues', { what: t(locale, 'trendTitle') }));
  const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const byUnit = new Map<string, TrendPoint[]>();
  for (const p of inRange) byUnit.set(p.unitId, [...(byUnit.get(p.unitId) ?? []), p]);
  const series = [...byUnit.values()].flatMap((unitPoints) => seriesFor(unitPoints, years, locale));
  return {
    ...baseOption(),
    grid: { left: 64, right: 24, top: 56, bottom: 40, containLabel: false },
    legend: { type: 'scroll', top: 0, left: 'center' },
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const data = (Array.isArray(params) ? params[0] : params)?.data as TrendDatum | undefined;
        return data ? tooltipFor(data.point, locale) : '';
      },
    },
    xAxis: { type: 'category', data: years.map(String), boundaryGap: false },
    yAxis: {
      type: 'value',
      name: metricUnit(locale, PROACTIVE_TOTAL),
      nameTextStyle: { align: 'right' },
      axisLabel: { formatter: (v: number) => formatNumber(locale, v) },
    },
    series,
  };
}
