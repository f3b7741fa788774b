import { describe, expect, it } from 'vitest';
import {
  CHANNEL_BUCKET_OF,
  COMBINED_CHANNELS,
  METRICS,
  OUTCOME_BUCKETS,
  getMetric,
} from '../../src/model/metrics';

describe('metric catalogue', () => {
  it('has unique keys, both labels and a unit for every metric', () => {
    const keys = METRICS.map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const m of METRICS) {
      expect(m.zh.length, m.key).toBeGreaterThan(0);
      expect(m.en.length, m.key).toBeGreaterThan(0);
      expect(m.unit.length, m.key).toBeGreaterThan(0);
    }
  });

  it('maps every channel key to one of the five buckets (or names it a combined figure) and buckets only name known metrics', () => {
    const combined = new Set(COMBINED_CHANNELS.map((c) => c.key));
    for (const m of METRICS.filter((m) => m.group === 'channels')) {
      expect(CHANNEL_BUCKET_OF[m.key] !== undefined || combined.has(m.key), m.key).toBe(true);
      expect(CHANNEL_BUCKET_OF[m.key] !== undefined && combined.has(m.key), m.key).toBe(false);
    }
    for (const c of COMBINED_CHANNELS) for (const k of c.covers) expect(getMetric(k), k).toBeDefined();
    for (const b of OUTCOME_BUCKETS) for (const k of b.keys) expect(getMetric(k), k).toBeDefined();
  });
});
