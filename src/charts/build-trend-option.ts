// 主动公开 totals by year, one line per reporting body. The scope is part of each series'
// name, so a county aggregate is never silently compared with one office's figure. Lines
// join consecutive years only; derived (推算) points are hollow, labelled and reached by a
// dashed segment drawn in a companion series of the same name (the legend toggles both).
// Thousands of lines are unreadable and slow: at most MAX_TREND_BODIES bodies are drawn, those
// with the largest totals in the range, and the subtitle says how many were left out.
import { t, formatNumber, regionLabel, scopeLabel, type Locale } from '../i18n/strings';
import { metricUnit } from '../i18n/metric-label';
import {
  baseOption,
  emptyOption,
  fitValueAxes,
  plotTop,
  quotePreview,
  tooltipHtml,
  truncatedTitle,
} from './common';
import { PROACTIVE_TOTAL } from './metric-keys';
import type { ChartOption, LineSeriesOption, SourceRef } from './option-types';
import { regionColor } from './palette';
import type { TrendPoint } from './rows';

export interface TrendSettings {
  locale: Locale;
  from: number;
  to: number;
  /**
   * How many bodies have a point in range, when `points` holds only the largest of them (the
   * dashboard index picks those without making every point); counted from `points` otherwise.
   */
  bodyCount?: number;
}

/** One data item: null where the year has no value, so the line breaks there. */
export type TrendDatum = (SourceRef & { value: [string, number]; point: TrendPoint }) | null;

const SCOPE_SYMBOL = { 'county-aggregate': 'circle', office: 'rect', township: 'triangle' } as const;
const SYMBOL_SIZE = 8;
/**
 * Bodies (lines) drawn at most. Ten region-coloured lines are about what one can still tell
 * apart (twenty were not, and needed a paged legend), and each body can be two series (its
 * dashed companion): the trend was the slowest chart of a national load (200-235 ms at 20
 * bodies, 120-145 ms at 10, in a national warm load on the 2-core bench machine).
 */
export const MAX_TREND_BODIES = 10;

export function trendSeriesName(point: Pick<TrendPoint, 'unitName' | 'scope'>, locale: Locale): string {
  return t(locale, 'withNote', { text: point.unitName, note: scopeLabel(locale, point.scope) });
}

function datum(point: TrendPoint): TrendDatum {
  return { value: [String(point.year), point.value], reportId: point.reportId, metric: point.metric, point };
}

function tooltipFor(point: TrendPoint, locale: Locale): string {
  const flags = [point.approx ? t(locale, 'approx') : '', point.derived ? t(locale, 'derived') : ''].filter(
    Boolean,
  );
  const value = `${formatNumber(locale, point.value)} ${metricUnit(locale, PROACTIVE_TOTAL)}`;
  return tooltipHtml([
    trendSeriesName(point, locale),
    `${regionLabel(locale, point.region)} · ${point.year}`,
    flags.length
      ? t(locale, 'withNote', { text: value, note: flags.join(t(locale, 'listSeparator')) })
      : value,
    ...(point.derived ? [t(locale, 'derivedFrom')] : []),
    ...(point.quote === undefined ? [] : [quotePreview(point.quote)]),
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

/** The bodies to draw: all when few, else the largest by their highest total, in input order. */
function largestBodies(
  bodies: readonly (readonly TrendPoint[])[],
  locale: Locale,
  bodyCount = bodies.length,
): { shown: (readonly TrendPoint[])[]; subtitle?: string } {
  const subtitle =
    bodyCount > MAX_TREND_BODIES
      ? t(locale, 'trendTruncated', { shown: MAX_TREND_BODIES, total: bodyCount })
      : undefined;
  if (bodies.length <= MAX_TREND_BODIES) return { shown: [...bodies], ...(subtitle ? { subtitle } : {}) };
  // Each body's peak once (not inside the comparator): 3,000 bodies are sorted in a few ms.
  const peaks = new Map(bodies.map((b) => [b, bodyPeak(b)]));
  const kept = new Set([...bodies].sort((a, b) => peaks.get(b)! - peaks.get(a)!).slice(0, MAX_TREND_BODIES));
  return { shown: bodies.filter((b) => kept.has(b)), ...(subtitle ? { subtitle } : {}) };
}

function bodyPeak(points: readonly TrendPoint[]): number {
  let peak = -Infinity;
  for (const p of points) if (p.value > peak) peak = p.value;
  return peak;
}

export function buildTrendOption(points: readonly TrendPoint[], settings: TrendSettings): ChartOption {
  const { locale, from, to } = settings;
  const inRange = points.filter((p) => p.year >= from && p.year <= to);
  if (inRange.length === 0) return emptyOption(t(locale, 'noValues', { what: t(locale, 'trendTitle') }));
  const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const byUnit = new Map<string, TrendPoint[]>();
  for (const p of inRange) {
    const list = byUnit.get(p.unitId);
    if (list) list.push(p);
    else byUnit.set(p.unitId, [p]);
  }
  const { shown, subtitle } = largestBodies([...byUnit.values()], locale, settings.bodyCount);
  const series = shown.flatMap((unitPoints) => seriesFor(unitPoints, years, locale));
  return fitValueAxes({
    ...baseOption(),
    title: truncatedTitle(subtitle),
    grid: { left: 64, right: 24, top: plotTop(subtitle), bottom: 40, containLabel: false },
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
  });
}
