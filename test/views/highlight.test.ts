import { describe, expect, it } from 'vitest';
import { buildSegments, segmentIndexAt, type EvidenceSpan } from '../../src/views/highlight';

describe('buildSegments', () => {
  const text = '1.政府网站\t条\t7970\n2.政务微博\t条\t149\n合计 8119';
  /** The span of a table row quote: from its label to its value cell, value marked. */
  const rowSpan = (id: number, label: string, value: string): EvidenceSpan => {
    const start = text.indexOf(label);
    const valueStart = text.indexOf(value, start);
    return {
      id,
      start,
      end: valueStart + value.length,
      value: { start: valueStart, end: valueStart + value.length },
    };
  };
  const row1 = rowSpan(0, '1.政府网站', '7970');
  const row2 = rowSpan(1, '2.政务微博', '149');
  const sum: EvidenceSpan = { id: 2, start: row1.start, end: row2.end };
  const strong = (ids: number[]) => ids;

  const cases: { name: string; spans: EvidenceSpan[]; expected: [string, number[], number[]][] }[] = [
    { name: 'no spans', spans: [], expected: [[text, [], []]] },
    {
      name: 'quote lightly, value strongly, order of input irrelevant',
      spans: [row2, row1],
      expected: [
        ['1.政府网站\t条\t', [0], []],
        ['7970', [0], strong([0])],
        ['\n', [], []],
        ['2.政务微博\t条\t', [1], []],
        ['149', [1], strong([1])],
        ['\n合计 8119', [], []],
      ],
    },
    {
      name: 'an overlapping derived quote keeps the row quotes',
      spans: [sum, row1, row2],
      expected: [
        ['1.政府网站\t条\t', [0, 2], []],
        ['7970', [0, 2], [0]],
        ['\n', [2], []],
        ['2.政务微博\t条\t', [1, 2], []],
        ['149', [1, 2], [1]],
        ['\n合计 8119', [], []],
      ],
    },
    {
      name: 'spans outside the text are ignored',
      spans: [
        { id: 5, start: 40, end: 99 },
        { id: 6, start: 3, end: 3 },
      ],
      expected: [[text, [], []]],
    },
  ];
  for (const { name, spans, expected } of cases) {
    it(name, () => {
      const segments = buildSegments(text, spans);
      expect(segments.map((s) => [s.text, s.quoteIds, s.valueIds])).toEqual(expected);
      expect(segments.map((s) => s.text).join('')).toBe(text);
      for (const s of segments) expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
    });
  }

  it('finds the segment that starts at a span boundary', () => {
    const segments = buildSegments(text, [sum, row1, row2]);
    expect(segments[segmentIndexAt(segments, row2.value!.start)]?.text).toBe('149');
    expect(segmentIndexAt(segments, row2.value!.start + 1)).toBe(-1);
  });

  it('builds a long report in one pass', () => {
    const long = '主动公开政府信息 42704 条。'.repeat(2000);
    const step = '主动公开政府信息 42704 条。'.length;
    const spans = Array.from({ length: 500 }, (_, i) => ({
      id: i,
      start: i * step,
      end: i * step + 15,
      value: { start: i * step + 9, end: i * step + 14 },
    }));
    const started = performance.now();
    const segments = buildSegments(long, spans);
    expect(performance.now() - started).toBeLessThan(100);
    expect(segments.filter((s) => s.valueIds.length).length).toBe(500);
  });
});
