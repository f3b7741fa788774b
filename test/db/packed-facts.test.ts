import { describe, expect, it } from 'vitest';
import { buildChartFacts } from '../../src/db/facts';
import { packFacts, packStrings, unpackFacts, unpackStrings } from '../../src/db/packed-facts';
import { sampleDataset } from './helpers';

describe('facts packed for the worker message', () => {
  it('come back equal after a structured clone, strings and typed arrays alike', () => {
    const dataset = sampleDataset();
    const facts = buildChartFacts(dataset.reports, dataset.observations, dataset.checks);
    expect(facts.checks.detail.length).toBeGreaterThan(0);
    const unpacked = unpackFacts(structuredClone(packFacts(facts)));
    expect(unpacked).toEqual(facts);
    expect(unpacked.values).toBeInstanceOf(Float64Array);
  });

  it('keep any string whole: empty, separators, NUL, CJK and surrogate pairs', () => {
    const list = ['', 'a', '', '\u0000', '平罗县（2017）', 'x\ny,z|', '𠀀𝟘', ''];
    const packed = packStrings(list);
    expect(Array.from(packed.ends)).toEqual([0, 1, 1, 2, 11, 17, 21, 21]);
    expect(unpackStrings(structuredClone(packed))).toEqual(list);
    expect(unpackStrings(packStrings([]))).toEqual([]);
  });
});
