import { describe, expect, it } from 'vitest';
import { formatNumber, type Locale } from '../../src/i18n/strings';

describe('formatNumber', () => {
  const cases: { locale: Locale; value: number; expected: string }[] = [
    { locale: 'zh', value: 42704, expected: '42,704' },
    { locale: 'en', value: 1240000, expected: '1,240,000' },
    { locale: 'zh', value: 1.375, expected: '1.38' },
    { locale: 'en', value: 0.5, expected: '0.5' },
    { locale: 'zh', value: -12, expected: '-12' },
    { locale: 'en', value: 0, expected: '0' },
  ];
  for (const { locale, value, expected } of cases) {
    it(`prints ${value} as ${expected} (${locale})`, () => {
      expect(formatNumber(locale, value)).toBe(expected);
    });
  }
});
