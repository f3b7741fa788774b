import { describe, expect, it } from 'vitest';
import { median, percentile } from './stats';

describe('median', () => {
  it.each([
    { samples: [5], expected: 5 },
    { samples: [3, 1, 2], expected: 2 },
    { samples: [4, 1, 3, 2], expected: 2.5 },
    { samples: [10, Number.NaN, 30], expected: 20 },
    { samples: [], expected: Number.NaN },
  ])('median($samples) = $expected', ({ samples, expected }) => {
    expect(median(samples)).toBe(expected);
  });

  it('does not reorder its input', () => {
    const samples = [3, 1, 2];
    median(samples);
    expect(samples).toEqual([3, 1, 2]);
  });
});

describe('percentile (nearest rank)', () => {
  const twenty = Array.from({ length: 20 }, (_, i) => (i + 1) * 10); // 10 … 200
  it.each([
    { p: 50, expected: 100 },
    { p: 95, expected: 190 },
    { p: 100, expected: 200 },
    { p: 1, expected: 10 },
  ])('p$p of 10..200 = $expected', ({ p, expected }) => {
    expect(percentile(twenty, p)).toBe(expected);
  });
});
