// How a report is named everywhere in the UI: body, year, scope, template.
import type { ReportRow } from '../charts/rows';
import { regionLabel, scopeLabel, templateLabel, type Locale } from '../i18n/strings';

export function reportTitle(row: Pick<ReportRow, 'unitName' | 'year'>): string {
  return `${row.unitName} ${row.year}`;
}

export function reportDetails(locale: Locale, row: Pick<ReportRow, 'region' | 'scope' | 'template'>): string {
  return [
    regionLabel(locale, row.region),
    scopeLabel(locale, row.scope),
    templateLabel(locale, row.template),
  ].join(' · ');
}
