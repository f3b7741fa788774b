import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../src/io/file-names';

describe('exportFileName', () => {
  const date = new Date(2026, 10, 22, 23, 59);
  const cases = [
    {
      stem: { zh: '主动公开趋势', en: 'proactive-trend' },
      locale: 'zh',
      ext: 'png',
      expected: '主动公开趋势_2026-11-22.png',
    },
    {
      stem: { zh: '主动公开趋势', en: 'proactive-trend' },
      locale: 'en',
      ext: 'svg',
      expected: 'proactive-trend_2026-11-22.svg',
    },
    {
      stem: { zh: '渠道/构成: "微博"', en: 'x' },
      locale: 'zh',
      ext: 'csv',
      expected: '渠道_构成_ _微博__2026-11-22.csv',
    },
    { stem: { zh: '   ', en: '' }, locale: 'en', ext: 'json', expected: 'export_2026-11-22.json' },
  ] as const;
  for (const { stem, locale, ext, expected } of cases) {
    it(expected, () => expect(exportFileName(stem, locale, ext, date)).toBe(expected));
  }
});
