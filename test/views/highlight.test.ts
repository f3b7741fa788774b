import { describe, expect, it } from 'vitest';
import { highlightSegments } from '../../src/views/highlight';

describe('highlightSegments', () => {
  const text = '主动公开政府信息 42704 条，受理申请5件。http://x.cn/?a=<b>';
  const cases = [
    { name: 'no spans', spans: [], expected: [{ text }] },
    {
      name: 'two spans, unordered',
      spans: [
        { start: 21, end: 22, label: 'apps' },
        { start: 9, end: 14, label: 'total' },
      ],
      expected: [
        { text: '主动公开政府信息 ' },
        { text: '42704', label: 'total' },
        { text: ' 条，受理申请' },
        { text: '5', label: 'apps' },
        { text: text.slice(22) },
      ],
    },
    {
      name: 'overlapping and out-of-range spans are skipped',
      spans: [
        { start: 9, end: 14, label: 'total' },
        { start: 12, end: 16, label: 'overlap' },
        { start: 90, end: 95, label: 'outside' },
      ],
      expected: [{ text: '主动公开政府信息 ' }, { text: '42704', label: 'total' }, { text: text.slice(14) }],
    },
  ];
  for (const { name, spans, expected } of cases) {
    it(name, () => {
      const segments = highlightSegments(text, spans);
      expect(segments).toEqual(expected);
      expect(segments.map((s) => s.text).join('')).toBe(text);
    });
  }
});
