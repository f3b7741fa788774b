import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSIONS } from '../../src/db/db';
import { decodeDetails } from '../../src/db/details';
import { loadDataset } from '../../src/db/load';
import { DexieRepository } from '../../src/db/repository';
import { readDatasetVersion, readUsableDatasetVersion } from '../../src/db/store';
import type { Dataset } from '../../src/model/types';
import { freshDbName, openCountingDb, sampleDataset, userBundle } from './helpers';

const V1 = SCHEMA_VERSIONS.filter((v) => v.version === 1);

/** Writes `dataset` and one user report the way the v1 app did: one row per observation and check. */
async function fillV1(name: string, dataset: Dataset) {
  const { db } = await openCountingDb(name, V1);
  const bundle = userBundle();
  await db.transaction('rw', db.tables, async () => {
    await db.table('metrics').bulkPut(dataset.metrics);
    await db
      .table('units')
      .bulkPut([
        ...dataset.units.map((u) => ({ ...u, origin: 'shipped' })),
        { ...bundle.unit, origin: 'user' },
      ]);
    await db
      .table('reports')
      .bulkPut([
        ...dataset.reports.map((r) => ({ ...r, origin: 'shipped' })),
        { ...bundle.report, origin: 'user' },
      ]);
    await db
      .table('observations')
      .bulkAdd([
        ...dataset.observations.map((o) => ({ ...o, origin: 'shipped' })),
        ...bundle.observations.map((o) => ({ ...o, origin: 'user' })),
      ]);
    await db
      .table('checks')
      .bulkAdd([
        ...dataset.checks.map((c) => ({ ...c, origin: 'shipped' })),
        ...bundle.checks.map((c) => ({ ...c, origin: 'user' })),
      ]);
    await db.table('sources').put({ reportId: bundle.report.id, text: bundle.sourceText, origin: 'user' });
    await db.table('meta').put({ key: 'datasetVersion', value: dataset.version });
  });
  db.close();
  return bundle;
}

describe('schema v1 -> v2', () => {
  it('moves user rows into details rows and drops the shipped rows, which are then downloaded again', async () => {
    const name = freshDbName();
    const dataset = sampleDataset();
    const bundle = await fillV1(name, dataset);

    const { db } = await openCountingDb(name);
    expect(db.verno).toBe(2);
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      ['details', 'facts', 'meta', 'metrics', 'reports', 'sources', 'units'].sort(),
    );
    expect(await db.reports.toArray()).toEqual([{ ...bundle.report, origin: 'user' }]);
    const moved = await db.details.get(bundle.report.id);
    expect(moved?.origin).toBe('user');
    expect(decodeDetails(moved!)).toEqual({ observations: bundle.observations, checks: bundle.checks });
    expect((await db.units.toArray()).map((u) => u.id)).toEqual([bundle.unit.id]);
    expect((await db.sources.get(bundle.report.id))?.text).toBe(bundle.sourceText);
    expect(await readDatasetVersion(db)).toBeUndefined();

    const result = await loadDataset({
      dbName: name,
      fetchDataset: async () => dataset,
      openDb: async () => db,
    });
    expect(result.from).toBe('network');
    // The first screen already draws the moved user report beside the downloaded ones.
    expect(result.initial.facts.reportIds).toContain(bundle.report.id);
    await result.data;
    expect(await readUsableDatasetVersion(db)).toBe(dataset.version);
    const { facts } = await new DexieRepository(db).loadFacts();
    expect(facts.reportIds).toEqual([...dataset.reports.map((r) => r.id), bundle.report.id]);
    expect(decodeDetails((await db.details.get(bundle.report.id))!).observations).toEqual(
      bundle.observations,
    );
    db.close();
  });
});

describe('a first screen over a v1 database', () => {
  it('draws the download, then upgrades with Dexie and says the first screen is outdated', async () => {
    const name = freshDbName();
    const dataset = sampleDataset();
    const bundle = await fillV1(name, dataset);
    const result = await loadDataset({ dbName: name, fetchDataset: async () => dataset });
    expect(result.initial.facts.reportIds).toEqual(dataset.reports.map((r) => r.id));
    const layer = await result.data;
    expect(layer.initialOutdated).toBe(true);
    const { facts } = await layer.repo.loadFacts();
    expect(facts.reportIds).toEqual([...dataset.reports.map((r) => r.id), bundle.report.id]);
  });
});
