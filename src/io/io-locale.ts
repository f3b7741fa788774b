// The io features speak the app's two languages (src/i18n/strings.ts owns the Locale type).
import type { Locale } from '../i18n/strings';

export type IoLocale = Locale;

/** A label in both languages, as the metric catalogue keeps them. */
export interface Bilingual {
  zh: string;
  en: string;
}
