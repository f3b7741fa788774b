// Shared wording and links for the evidence trail: how a value was obtained, how it is
// labelled, and the report-page link that scrolls to the exact mark a value came from.
import type { Observation, ObservationMethod } from '../model/types';
import { metricLabel, metricUnit } from '../i18n/metric-label';
import { formatNumber, t, type Locale, type StringKey } from '../i18n/strings';
import type { ReportAnchor } from '../state/url-state';

/** Where on the report page to land; the router reads it back (state/url-state.ts). */
export type { ReportAnchor };

const METHOD_KEYS: Record<ObservationMethod, StringKey> = {
  table: 'methodTable',
  text: 'methodText',
  derived: 'methodDerived',
};

export function methodLabel(locale: Locale, method: ObservationMethod): string {
  return t(locale, METHOD_KEYS[method]);
}

/** "主动公开政府信息数：13,230 条（表格）", the tooltip and list text of one observation. */
export function describeObservation(
  locale: Locale,
  o: Pick<Observation, 'metric' | 'value' | 'method' | 'approx'>,
): string {
  const approx = o.approx ? `${t(locale, 'approxMark')} ` : '';
  const unit = metricUnit(locale, o.metric);
  const value = `${approx}${formatNumber(locale, o.value)}${unit ? ` ${unit}` : ''}`;
  return t(locale, 'observationLabel', {
    metric: metricLabel(locale, o.metric),
    value,
    method: methodLabel(locale, o.method),
  });
}

/** Primary statement first, then the others in reading order. */
export function orderStatements<T extends Pick<Observation, 'primary' | 'start'>>(
  statements: readonly T[],
): T[] {
  return [...statements].sort((a, b) => Number(b.primary) - Number(a.primary) || a.start - b.start);
}

/** Adds the anchor to a report link built by the app (which may already carry ?lang=en). */
export function withReportAnchor(href: string, anchor: ReportAnchor): string {
  const params: string[] = [];
  if (anchor.at !== undefined) params.push(`at=${anchor.at}`);
  if (anchor.metric !== undefined) params.push(`metric=${encodeURIComponent(anchor.metric)}`);
  if (params.length === 0) return href;
  return `${href}${href.includes('?') ? '&' : '?'}${params.join('&')}`;
}
