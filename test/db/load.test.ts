import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SCHEMA_VERSIONS, type SchemaVersion } from '../../src/db/db';
import { decodeDetails } from '../../src/db/details';
import { loadDataset, openDatabase } from '../../src/db/load';
import { readDatasetVersion } from '../../src/db/store';
import { saveUserReport } from '../../src/db/user-data';
import type { Dataset } from '../../src/model/types';
import { freshDbName, openCountingDb, sampleDataset, userBundle } from './helpers';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** A later dataset: one report dropped, one value changed, a new version id. */
function nextDataset(previous: Dataset): Dataset {
  return {
    ...previous,
    version: `${previous.version}-next`,
    reports: previous.reports.filter((r) => r.id !== 'lingsha-township-2018'),
    observations: previous.observations
      .filter((o) => o.reportId !== 'lingsha-township-2018')
      .map((o) =>
        o.reportId === 'yanchi-county-2017' && o.metric === 'staff_total' ? { ...o, value: 100 } : o,
      ),
    checks: previous.checks.filter((c) => c.reportId !== 'lingsha-township-2018'),
  };
}

describe('loadDataset', () => {
  it('stores the first download in exactly one read-write transaction', async () => {
    const dataset = sampleDataset();
    const { db, counts } = await openCountingDb(freshDbName());
    const result = await loadDataset({ fetchDataset: async () => dataset, openDb: async () => db });
    expect(result).toMatchObject({ persistent: true, from: 'network' });
    expect(counts.readwrite).toBe(1);
    expect(await db.reports.count()).toBe(5);
    const details = (await db.details.toArray()).map(decodeDetails);
    expect(details).toHaveLength(5);
    expect(details.flatMap((d) => d.observations)).toHaveLength(dataset.observations.length);
    expect(details.flatMap((d) => d.checks)).toHaveLength(dataset.checks.length);
    expect((await db.facts.get('shipped'))?.reportIds).toHaveLength(5);
    expect(await db.units.count()).toBe(5);
    expect(await db.metrics.count()).toBe(dataset.metrics.length);
    expect(await readDatasetVersion(db)).toBe(dataset.version);
    expect((await db.reports.get('yanchi-county-2017'))?.origin).toBe('shipped');
  });

  it('renders a later visit from the cache and finds the same version unchanged', async () => {
    const name = freshDbName();
    const dataset = sampleDataset();
    await loadDataset({
      fetchDataset: async () => dataset,
      openDb: async () => (await openCountingDb(name)).db,
    });
    const fetchDataset = vi.fn(async () => dataset);
    const { db, counts } = await openCountingDb(name);
    const result = await loadDataset({ fetchDataset, openDb: async () => db });
    expect(result.from).toBe('cache');
    expect(await result.revalidated).toBe('unchanged');
    expect(fetchDataset).toHaveBeenCalledTimes(1);
    expect(counts.readwrite).toBe(0);
  });

  it('replaces only shipped rows, in one transaction, when the dataset version changes', async () => {
    const name = freshDbName();
    const first = sampleDataset();
    const { db: firstDb } = await openCountingDb(name);
    await loadDataset({ fetchDataset: async () => first, openDb: async () => firstDb });
    await saveUserReport(userBundle(), { kind: 'dexie', db: firstDb });
    firstDb.close();

    const { db, counts } = await openCountingDb(name);
    const result = await loadDataset({
      fetchDataset: async () => nextDataset(first),
      openDb: async () => db,
    });
    expect(result.from).toBe('cache');
    expect(await result.revalidated).toBe('updated');
    expect(counts.readwrite).toBe(1);
    expect(await db.reports.get('lingsha-township-2018')).toBeUndefined();
    expect(await db.details.get('lingsha-township-2018')).toBeUndefined();
    const staff = decodeDetails((await db.details.get('yanchi-county-2017'))!).observations.find(
      (o) => o.metric === 'staff_total',
    );
    expect(staff?.value).toBe(100);
    expect((await db.reports.get('user-hongze-2023'))?.origin).toBe('user');
    expect(decodeDetails((await db.details.get('user-hongze-2023'))!).observations).toHaveLength(1);
    expect((await db.sources.get('user-hongze-2023'))?.text).toBe('本年新收申请数量……42 件');
    expect((await db.units.get('hongze-district'))?.origin).toBe('user');
    expect(await readDatasetVersion(db)).toBe(`${first.version}-next`);
  });

  it('keeps the cached copy when revalidation fails (offline)', async () => {
    const name = freshDbName();
    await loadDataset({
      fetchDataset: async () => sampleDataset(),
      openDb: async () => (await openCountingDb(name)).db,
    });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { db } = await openCountingDb(name);
    const result = await loadDataset({
      fetchDataset: () => Promise.reject(new Error('offline')),
      openDb: async () => db,
    });
    expect(await result.revalidated).toBe('failed');
    expect(await db.reports.count()).toBe(5);
  });
});

describe('when IndexedDB cannot be used', () => {
  const cases: { name: string; openDb: () => Promise<never> }[] = [
    { name: 'open throws (private mode)', openDb: () => Promise.reject(new Error('InvalidStateError')) },
    { name: 'open never settles (blocked by an old tab)', openDb: () => new Promise<never>(() => undefined) },
  ];
  for (const { name, openDb } of cases) {
    it(`falls back to the network copy in memory: ${name}`, async () => {
      vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      const dataset = sampleDataset();
      const result = await loadDataset({ fetchDataset: async () => dataset, openDb, openTimeoutMs: 50 });
      expect(result).toMatchObject({ persistent: false, from: 'network' });
      expect((await result.repo.listUnits()).length).toBe(5);
      expect((await result.repo.observationsOfReports(['pengyang-county-2018'])).length).toBe(
        dataset.observations.filter((o) => o.reportId === 'pengyang-county-2018').length,
      );
    });
  }

  it('reports IndexedDB as unavailable when the global is missing', async () => {
    vi.stubGlobal('indexedDB', undefined);
    await expect(openDatabase()).rejects.toThrow('IndexedDB is not available');
  });

  it('falls back when another tab holds an older version open and ignores versionchange', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const name = freshDbName();
    const { db: old } = await openCountingDb(name);
    // A raw connection that, like a stale tab, never closes when asked to.
    const stale = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    stale.onversionchange = () => undefined;
    old.close();
    const upgraded: SchemaVersion = { version: 2, stores: { meta: '&key, value' } };
    const result = await loadDataset({
      fetchDataset: async () => sampleDataset(),
      openDb: async () => (await openCountingDb(name, [...SCHEMA_VERSIONS, upgraded])).db,
      openTimeoutMs: 100,
    });
    expect(result.persistent).toBe(false);
    stale.close();
  });
});
