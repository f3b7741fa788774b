// Metric names and units in the current language, from the catalogue.
import { getMetric } from '../model/metrics';
import type { Locale } from './strings';

/** English renderings of the units the reports print (条, 件, 次, …). */
const UNIT_EN: Readonly<Record<string, string>> = {
  条: 'items',
  件: 'cases',
  次: 'times',
  篇: 'articles',
  人: 'persons',
  人次: 'person-times',
  个: '',
  万元: '10k yuan',
};

export function metricLabel(locale: Locale, key: string): string {
  const def = getMetric(key);
  return def ? def[locale] : key;
}

export function metricUnit(locale: Locale, key: string): string {
  const unit = getMetric(key)?.unit ?? '';
  return locale === 'zh' ? unit : (UNIT_EN[unit] ?? unit);
}
