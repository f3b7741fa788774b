import { describe, expect, it } from 'vitest';
import { METRICS } from '../../src/model/metrics';
import { generateNationalDataset, splitByWeights } from './generate-national';
import { createRandom } from './prng';

describe('createRandom', () => {
  it('repeats its sequence for the same seed and differs for another', () => {
    const a = createRandom(7);
    const b = createRandom(7);
    const c = createRandom(8);
    const first = [a.next(), a.next(), a.next()];
    expect([b.next(), b.next(), b.next()]).toEqual(first);
    expect(c.next()).not.toBe(first[0]);
  });
});

describe('splitByWeights', () => {
  it.each([
    { total: 100, weights: [0.7, 0.2, 0.1] },
    { total: 7, weights: [1, 1, 1] },
    { total: 0, weights: [0.5, 0.5] },
  ])('splits $total into integer parts that add up', ({ total, weights }) => {
    const parts = splitByWeights(total, weights, createRandom(1));
    expect(parts).toHaveLength(weights.length);
    expect(parts.every(Number.isInteger)).toBe(true);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
  });
});

describe('generateNationalDataset', () => {
  const small = { units: 120, seed: 42 };
  const dataset = generateNationalDataset(small);

  it('is deterministic for a seed', () => {
    expect(JSON.stringify(generateNationalDataset(small))).toBe(JSON.stringify(dataset));
    expect(generateNationalDataset({ ...small, seed: 43 }).version).not.toBe(dataset.version);
  });

  it('follows the dataset contract', () => {
    expect(dataset.schemaVersion).toBe(1);
    expect(dataset.metrics).toEqual([...METRICS]);
    expect(dataset.units).toHaveLength(120);
    const unitIds = new Set(dataset.units.map((u) => u.id));
    const reportIds = new Set(dataset.reports.map((r) => r.id));
    expect(reportIds.size).toBe(dataset.reports.length);
    expect(dataset.reports.every((r) => unitIds.has(r.unitId) && r.year >= 2016 && r.year <= 2023)).toBe(
      true,
    );
    const metricKeys = new Set(METRICS.map((m) => m.key));
    for (const o of dataset.observations) {
      expect(reportIds.has(o.reportId)).toBe(true);
      expect(metricKeys.has(o.metric)).toBe(true);
      expect(o.quote).toContain(String(o.value));
      expect(o.end - o.start).toBe(o.quote.length);
    }
  });

  it('has gaps: missing years and unstated metrics', () => {
    expect(dataset.reports.length).toBeLessThan(120 * 8);
    expect(dataset.reports.length).toBeGreaterThan(120 * 8 * 0.8);
    const perReport = dataset.observations.length / dataset.reports.length;
    expect(perReport).toBeGreaterThan(15);
    expect(perReport).toBeLessThan(27); // 27 metrics are written when nothing is left out
  });

  it('keeps parts consistent with totals where a report states them all', () => {
    const byReport = new Map<string, typeof dataset.observations>();
    for (const o of dataset.observations) byReport.set(o.reportId, [...(byReport.get(o.reportId) ?? []), o]);
    let checked = 0;
    for (const observations of byReport.values()) {
      const value = (key: string) => observations.find((o) => o.metric === key)?.value;
      const [total, full, part] = [value('staff_total'), value('staff_fulltime'), value('staff_parttime')];
      if (total === undefined || full === undefined || part === undefined) continue;
      expect(full + part).toBe(total);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('spreads units over provinces as regions', () => {
    expect(new Set(dataset.units.map((u) => u.region)).size).toBe(31);
  });
});
