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
    { locale: 'zh', value: 1.005, expected: '1.01' },
    { locale: 'en', value: 123456.789, expected: '123,456.79' },
    { locale: 'zh', value: -1234567.5, expected: '-1,234,567.5' },
    { locale: 'en', value: -0.001, expected: '0' },
    { locale: 'zh', value: 999.999, expected: '1,000' },
    { locale: 'en', value: 1e-7, expected: '0' },
  ];
  for (const { locale, value, expected } of cases) {
    it(`prints ${value} as ${expected} (${locale})`, () => {
      expect(formatNumber(locale, value)).toBe(expected);
    });
  }
});
