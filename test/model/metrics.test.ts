import { describe, expect, it } from 'vitest';
import { CHANNEL_BUCKET_OF, METRICS, OUTCOME_BUCKETS, getMetric } from '../../src/model/metrics';

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

  it('maps every channel key to one of the five buckets and buckets only name known metrics', () => {
    for (const m of METRICS.filter((m) => m.group === 'channels' && m.key !== 'ch_weibo_wechat')) {
      expect(CHANNEL_BUCKET_OF[m.key], m.key).toBeDefined();
    }
    for (const b of OUTCOME_BUCKETS) for (const k of b.keys) expect(getMetric(k), k).toBeDefined();
  });
});
