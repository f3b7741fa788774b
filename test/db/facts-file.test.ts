import { describe, expect, it } from 'vitest';
import { decodeFactsFile, factsFileOf, firstScreenOf, serializeFactsFile } from '../../src/db/facts-file';
import { buildChartFacts, FACT_METRICS, SCOPES } from '../../src/db/facts';
import { sampleDataset } from './helpers';

const dataset = sampleDataset();
const parsed = () => JSON.parse(serializeFactsFile(dataset)) as ReturnType<typeof factsFileOf>;

describe('the facts file', () => {
  it('starts with schemaVersion and version, so the version can be peeked like dataset.json', () => {
    expect(serializeFactsFile(dataset).startsWith(`{"schemaVersion":1,"version":"${dataset.version}"`)).toBe(
      true,
    );
  });

  it('decodes to exactly the facts computed from dataset.json, "not stated" still NaN', () => {
    const decoded = decodeFactsFile(parsed());
    const computed = buildChartFacts(dataset.reports, dataset.observations, dataset.checks);
    expect(decoded).toEqual(firstScreenOf(dataset));
    expect(decoded?.facts).toEqual(computed);
    expect(decoded?.units).toEqual(dataset.units);
    // The sample has reports that do not state every metric: those cells must stay NaN, not 0.
    const notStated = computed.values.filter((v) => Number.isNaN(v)).length;
    expect(notStated).toBeGreaterThan(0);
    expect(decoded!.facts.values.filter((v) => Number.isNaN(v)).length).toBe(notStated);
    expect(decoded!.facts.values).toBeInstanceOf(Float64Array);
  });

  it('is refused when made for other metric columns than this build draws', () => {
    const file = parsed();
    file.facts.metrics = [...FACT_METRICS].reverse();
    expect(decodeFactsFile(file)).toBeUndefined();
    file.facts.metrics = FACT_METRICS.slice(1);
    expect(decodeFactsFile(file)).toBeUndefined();
  });

  it('is refused when lengths, codes or types do not fit', () => {
    const cases: [string, (file: ReturnType<typeof parsed>) => void][] = [
      ['a value missing', (f) => f.facts.values.pop()],
      ['a value that is a string', (f) => ((f.facts.values as unknown[])[0] = '12')],
      ['an unknown scope code', (f) => (f.facts.scopes[0] = SCOPES.length)],
      [
        'a check of a report that is not there',
        (f) => (f.facts.checks.reportIndex[0] = f.facts.reportIds.length),
      ],
      ['a year that is not an integer', (f) => (f.facts.years[0] = 2020.5)],
      ['another schema version', (f) => ((f as { schemaVersion: number }).schemaVersion = 2)],
    ];
    expect(parsed().facts.checks.reportIndex.length).toBeGreaterThan(0);
    for (const [what, spoil] of cases) {
      const file = parsed();
      spoil(file);
      expect(decodeFactsFile(file), what).toBeUndefined();
    }
    expect(decodeFactsFile(null)).toBeUndefined();
    expect(decodeFactsFile('facts')).toBeUndefined();
  });
});
