import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { largestRows, toReportRows, toTrendPoints, type ReportRow } from '../../src/charts/rows';
import { buildTrendOption, MAX_TREND_BODIES } from '../../src/charts/build-trend-option';
import { DashboardIndex } from '../../src/db/dashboard-index';
import { buildChartFacts, concatFacts, FACT_METRICS } from '../../src/db/facts';
import { replaceShippedDataset } from '../../src/db/store';
import { queryDashboard } from '../../src/db/queries';
import { DexieRepository, MemoryRepository } from '../../src/db/repository';
import { saveUserReport } from '../../src/db/user-data';
import type { Dataset } from '../../src/model/types';
import { generateNationalDataset } from '../bench/generate-national';
import { freshDbName, openCountingDb, sampleDataset, userBundle } from './helpers';

const ALL_REGIONS = ['平罗', '盐池', '彭阳', '灵沙乡', '洪泽'];

/** What the charts may read from a row built the old way: numbers, flags and method. */
function chartView(rows: readonly ReportRow[], metrics: readonly string[] = FACT_METRICS) {
  return rows.map((row) => ({
    ...row,
    values: Object.fromEntries(
      Object.entries(row.values)
        .filter(([metric]) => metrics.includes(metric))
        .map(([metric, cell]) => [metric, { value: cell.value, approx: cell.approx, method: cell.method }]),
    ),
  }));
}

const filters = [
  { regions: ALL_REGIONS, from: 2016, to: 2023 },
  { regions: ['彭阳', '平罗'], from: 2016, to: 2023 },
  { regions: ALL_REGIONS, from: 2017, to: 2018 },
  { regions: ['洪泽'], from: 2023, to: 2023 },
  { regions: [], from: 2016, to: 2023 },
  // Unit search: names (平罗 is in three units' names, over two regions), ids, case, no match.
  { regions: ALL_REGIONS, from: 2016, to: 2023, unitQuery: '平罗' },
  { regions: ['平罗'], from: 2016, to: 2023, unitQuery: ' PINGLUO ' },
  { regions: ALL_REGIONS, from: 2016, to: 2023, unitQuery: 'hongze' },
  { regions: ALL_REGIONS, from: 2016, to: 2023, unitQuery: '不存在' },
];

describe('chart facts', () => {
  it('keep the first primary value of each chart metric, with its flags', () => {
    const dataset: Dataset = {
      ...sampleDataset(),
      reports: sampleDataset().reports.slice(0, 1),
    };
    const id = dataset.reports[0]!.id;
    const observation = { reportId: id, quote: 'q', start: 0, end: 1 };
    const facts = buildChartFacts(
      dataset.reports,
      [
        { ...observation, metric: 'staff_total', value: 7, approx: false, method: 'text', primary: false },
        { ...observation, metric: 'staff_total', value: 9, approx: true, method: 'table', primary: true },
        { ...observation, metric: 'staff_total', value: 11, approx: false, method: 'table', primary: true },
        { ...observation, metric: 'trainees', value: 40, approx: false, method: 'table', primary: true },
      ],
      [],
    );
    const index = new DashboardIndex(
      facts,
      dataset.units.map((u) => ({ ...u, origin: 'shipped' })),
    );
    const [row] = index.select({ regions: index.regions, from: 2000, to: 2100 }).slice();
    // trainees is no chart metric: it stays in the details rows only.
    expect(row?.values).toEqual({ staff_total: { value: 9, approx: true, method: 'table' } });
  });

  it('let a user report replace a shipped report of the same id when concatenated', () => {
    const dataset = sampleDataset();
    const shipped = buildChartFacts(dataset.reports, dataset.observations, dataset.checks);
    const first = dataset.reports[0]!;
    const mine = buildChartFacts(
      [first],
      [
        {
          reportId: first.id,
          metric: 'staff_total',
          value: 3,
          approx: false,
          method: 'text',
          quote: '3',
          start: 0,
          end: 1,
          primary: true,
        },
      ],
      [{ reportId: first.id, rule: 'mine', ok: true, detail: '' }],
    );
    const both = concatFacts(shipped, mine);
    expect(both.reportIds).toEqual([...dataset.reports.slice(1).map((r) => r.id), first.id]);
    const at = both.reportIds.length - 1;
    expect(both.values[at * both.metrics.length + both.metrics.indexOf('staff_total')]).toBe(3);
    expect(both.checks.rule.filter((_, i) => both.checks.reportIndex[i] === at)).toEqual(['mine']);
  });
});

describe('the in-memory dashboard index', () => {
  const backings = [
    {
      name: 'IndexedDB',
      make: async () => {
        const { db } = await openCountingDb(freshDbName());
        await replaceShippedDataset(db, sampleDataset());
        await saveUserReport(userBundle(), { kind: 'dexie', db });
        return new DexieRepository(db);
      },
    },
    {
      name: 'memory',
      make: async () => {
        const repo = new MemoryRepository(sampleDataset());
        await saveUserReport(userBundle(), { kind: 'memory', repo });
        return repo;
      },
    },
  ];
  for (const backing of backings) {
    for (const filter of filters) {
      it(`selects what the per-observation query gave (${backing.name}, ${filter.regions.join('/') || 'none'}, ${filter.from}-${filter.to}${filter.unitQuery === undefined ? '' : `, “${filter.unitQuery}”`})`, async () => {
        const repo = await backing.make();
        const { facts, units } = await repo.loadFacts();
        const selection = new DashboardIndex(facts, units).select(filter);
        const old = await queryDashboard(repo, filter);
        const oldRows = toReportRows(old.reports, old.observations);
        const rows = selection.slice();
        expect(selection.length).toBe(rows.length);
        expect(chartView(rows)).toEqual(chartView(oldRows));
        if (filter.unitQuery === '平罗') expect(new Set(rows.map((r) => r.unitId)).size).toBe(3);
        if (filter.unitQuery === '不存在') expect(rows).toEqual([]);
        const key = (c: { reportId: string; rule: string; ok: boolean; detail: string }) =>
          `${c.reportId}|${c.rule}|${c.ok}|${c.detail}`;
        expect(selection.allChecks().map(key).sort()).toEqual(old.checks.map(key).sort());
        expect(rows.every((row) => Object.values(row.values).every((cell) => cell.quote === undefined))).toBe(
          true,
        );
        // The trend's points read off the facts are those of the rows.
        const inRange = toTrendPoints(oldRows).filter((p) => p.year >= filter.from && p.year <= filter.to);
        expect(selection.trend(Infinity).points).toEqual(inRange.map(({ quote: _, ...p }) => p));
      });
    }
  }

  it('lists failed checks first, at most the limit, with the rows of their reports in display order', async () => {
    const repo = new MemoryRepository(sampleDataset());
    await saveUserReport(userBundle(), { kind: 'memory', repo });
    const { facts, units } = await repo.loadFacts();
    const index = new DashboardIndex(facts, units);
    const selection = index.select({ regions: index.regions, from: 2000, to: 2100 });
    const all = selection.allChecks();
    const failedFirst = [...all.filter((c) => !c.ok), ...all.filter((c) => c.ok)];
    expect(all.some((c) => !c.ok) && all.some((c) => c.ok)).toBe(true);
    for (const limit of [1, 3, all.length, all.length + 5]) {
      const listed = selection.listChecks(limit);
      expect(listed.total).toBe(all.length);
      expect(listed.checks).toEqual(failedFirst.slice(0, limit));
      const ids = new Set(listed.checks.map((c) => c.reportId));
      expect(listed.rows.map((r) => r.reportId)).toEqual(
        selection
          .slice()
          .map((r) => r.reportId)
          .filter((id) => ids.has(id)),
      );
    }
  });

  it('tells which regions a selection covers, in filter order (where a search found units)', async () => {
    const repo = new MemoryRepository(sampleDataset());
    const { facts, units } = await repo.loadFacts();
    const index = new DashboardIndex(facts, units);
    const all = { regions: index.regions, from: 2000, to: 2100 };
    expect(index.select({ ...all, unitQuery: '平罗' }).regions()).toEqual(['平罗', '灵沙乡']);
    expect(index.select({ ...all, unitQuery: 'yanchi' }).regions()).toEqual(['盐池']);
    expect(index.select({ ...all, unitQuery: '不存在' }).regions()).toEqual([]);
  });

  it('finds any row by report id, and selects rows lazily in display order', async () => {
    const repo = new MemoryRepository(sampleDataset());
    const { facts, units } = await repo.loadFacts();
    const index = new DashboardIndex(facts, units);
    const selection = index.select({ regions: index.regions, from: 2000, to: 2100 });
    const rows = selection.slice();
    expect(selection.slice(1, 3)).toEqual(rows.slice(1, 3));
    for (const row of rows) expect(index.rowById(row.reportId)).toBe(row);
    expect(index.rowById('no-such-report')).toBeUndefined();
  });

  it('draws the same trend from the largest bodies as from every row (many bodies, gaps, derived totals)', () => {
    const dataset = generateNationalDataset({ units: 120, seed: 7 });
    const facts = buildChartFacts(dataset.reports, dataset.observations, dataset.checks);
    const units = dataset.units.map((u) => ({ ...u, origin: 'shipped' as const }));
    const index = new DashboardIndex(facts, units);
    for (const [from, to] of [
      [index.years[0]!, index.years.at(-1)!],
      [2019, 2021],
      // Wider than the data: no year outside it may be read.
      [2000, 2100],
    ] as const) {
      const selection = index.select({ regions: index.regions, from, to });
      const rows = selection.slice();
      const trend = selection.trend();
      expect(trend.bodyCount).toBeGreaterThan(MAX_TREND_BODIES);
      expect(trend.points.length).toBeLessThan(toTrendPoints(rows).length);
      const settings = { locale: 'zh' as const, from, to };
      // JSON drops the tooltip functions; everything drawn (series, names, subtitle) must match.
      expect(
        JSON.stringify(buildTrendOption(trend.points, { ...settings, bodyCount: trend.bodyCount! })),
      ).toBe(JSON.stringify(buildTrendOption(toTrendPoints(rows), settings)));
    }
  });

  it('ranks the reports of a selection by a metric as the plain rows would be ranked', () => {
    const dataset = generateNationalDataset({ units: 120, seed: 7 });
    const facts = buildChartFacts(dataset.reports, dataset.observations, dataset.checks);
    const units = dataset.units.map((u) => ({ ...u, origin: 'shipped' as const }));
    const index = new DashboardIndex(facts, units);
    const selection = index.select({ regions: index.regions, from: 2016, to: 2023 });
    const rows = selection.slice();
    for (const metric of ['apps_received', 'staff_fulltime', 'ch_website', 'no_such_metric'])
      for (const count of [1, 20, rows.length + 5]) {
        const ids = (list: ReportRow[]) => list.map((r) => r.reportId);
        // The array path (plain rows, a stable sort) is the reference for the one-pass index.
        expect(ids(selection.largest(metric, count)), `${metric} x ${count}`).toEqual(
          ids(largestRows(rows, metric, count)),
        );
      }
    // The generated data leaves some reports without a value: they come after, never before.
    const ranked = selection.largest('staff_fulltime', rows.length);
    const stated = ranked.findIndex((r) => r.values.staff_fulltime === undefined);
    expect(stated).toBeGreaterThan(0);
    expect(ranked.slice(stated).every((r) => r.values.staff_fulltime === undefined)).toBe(true);
  });

  it('prefers a stated total over a derived one for the same unit and year, whichever comes first', () => {
    const dataset = sampleDataset();
    const [report] = dataset.reports;
    const twin = (id: string, method: 'derived' | 'table', value: number) => ({
      report: { ...report!, id, year: 2030 },
      observation: {
        reportId: id,
        metric: 'proactive_total',
        value,
        approx: false,
        method,
        quote: String(value),
        start: 0,
        end: 1,
        primary: true,
      },
    });
    const derivedFirst = [twin('a-derived', 'derived', 900), twin('b-stated', 'table', 700)];
    for (const pair of [derivedFirst, [...derivedFirst].reverse()]) {
      const facts = buildChartFacts(
        pair.map((p) => p.report),
        pair.map((p) => p.observation),
        [],
      );
      const index = new DashboardIndex(
        facts,
        dataset.units.map((u) => ({ ...u, origin: 'shipped' as const })),
      );
      const { points } = index.select({ regions: index.regions, from: 2030, to: 2030 }).trend();
      expect(points).toMatchObject([{ reportId: 'b-stated', value: 700, derived: false }]);
    }
  });

  it('lists regions in filter order and the years with reports', async () => {
    const repo = new MemoryRepository(sampleDataset());
    await saveUserReport(userBundle(), { kind: 'memory', repo });
    const { facts, units } = await repo.loadFacts();
    const index = new DashboardIndex(facts, units);
    expect(index.regions).toEqual(['平罗', '盐池', '彭阳', '灵沙乡', '洪泽']);
    expect(index.years).toEqual([2016, 2017, 2018, 2023]);
  });
});
