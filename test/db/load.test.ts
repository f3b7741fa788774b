import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SCHEMA_VERSIONS, type SchemaVersion } from '../../src/db/db';
import { decodeDetails } from '../../src/db/details';
import { openDatabase } from '../../src/db/dexie-session';
import { loadDataset, type LoadOptions } from '../../src/db/load';
import { unpackStoredFacts } from '../../src/db/packed-facts';
import { META_DETAILS_VERSION } from '../../src/db/rows';
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

/** Loads `dataset` into database `name` the way a page does, and waits for the data layer. */
async function visit(name: string, dataset: () => Promise<Dataset>, options: LoadOptions = {}) {
  const result = await loadDataset({
    dbName: name,
    fetchDataset: dataset,
    openDb: async () => (await openCountingDb(name)).db,
    ...options,
  });
  return { result, layer: await result.data };
}

function staffTotal(
  facts: { metrics: string[]; reportIds: string[]; values: Float64Array },
  reportId: string,
) {
  const row = facts.reportIds.indexOf(reportId);
  return facts.values[row * facts.metrics.length + facts.metrics.indexOf('staff_total')];
}

describe('loadDataset, first visit', () => {
  it('draws the downloaded facts, then stores facts and details in two transactions', async () => {
    const dataset = sampleDataset();
    const name = freshDbName();
    const { db } = await openCountingDb(name);
    db.close(); // the schema exists; the load opens its own connection
    let releaseFirstScreen: () => void = () => undefined;
    const afterFirstScreen = new Promise<void>((resolve) => (releaseFirstScreen = resolve));
    const result = await loadDataset({
      dbName: name,
      fetchDataset: async () => dataset,
      openDb: async () => (await openCountingDb(name)).db,
      afterFirstScreen,
    });
    expect(result.from).toBe('network');
    expect(result.initial.facts.reportIds).toHaveLength(5);
    expect(result.initial.units).toHaveLength(5);
    // Nothing is written before the first screen is drawn.
    const check = await openCountingDb(name);
    expect(await check.db.facts.count()).toBe(0);
    check.db.close();
    releaseFirstScreen();

    const layer = await result.data;
    expect(layer.persistent).toBe(true);
    const { db: after } = await openCountingDb(name);
    expect(await after.reports.count()).toBe(5);
    const details = (await after.details.toArray()).map(decodeDetails);
    expect(details.flatMap((d) => d.observations)).toHaveLength(dataset.observations.length);
    expect(details.flatMap((d) => d.checks)).toHaveLength(dataset.checks.length);
    expect(unpackStoredFacts((await after.facts.get('shipped'))!).reportIds).toHaveLength(5);
    expect(await after.metrics.count()).toBe(dataset.metrics.length);
    expect(await readDatasetVersion(after)).toBe(dataset.version);
    expect((await after.meta.get(META_DETAILS_VERSION))?.value).toBe(dataset.version);
    expect((await after.reports.get('yanchi-county-2017'))?.origin).toBe('shipped');
    expect(await layer.repo.observationsOfReports(['pengyang-county-2018'])).toHaveLength(
      dataset.observations.filter((o) => o.reportId === 'pengyang-county-2018').length,
    );
  });
});

describe('loadDataset, first visit with a long download', () => {
  it('opens the database while it downloads, and stores the facts after the first screen', async () => {
    const dataset = sampleDataset();
    const name = freshDbName();
    const openDb = vi.fn(async () => (await openCountingDb(name)).db);
    let finishDownload: () => void = () => undefined;
    const downloaded = new Promise<void>((resolve) => (finishDownload = resolve));
    let releaseFirstScreen: () => void = () => undefined;
    const afterFirstScreen = new Promise<void>((resolve) => (releaseFirstScreen = resolve));
    const loading = loadDataset({
      dbName: name,
      fetchDataset: async () => {
        await downloaded;
        return dataset;
      },
      openDb,
      afterFirstScreen,
      longDownloadMs: 20,
    });
    await vi.waitFor(() => expect(openDb).toHaveBeenCalledTimes(1));
    finishDownload();
    const result = await loading;
    expect(result.from).toBe('network');
    const check = await openCountingDb(name);
    expect(await check.db.facts.count()).toBe(0);
    check.db.close();
    releaseFirstScreen();
    const layer = await result.data;
    expect(layer.persistent).toBe(true);
    const { db } = await openCountingDb(name);
    expect(unpackStoredFacts((await db.facts.get('shipped'))!).reportIds).toHaveLength(
      dataset.reports.length,
    );
    expect(openDb).toHaveBeenCalledTimes(1);
  });

  it('waits for the first screen when the download is short', async () => {
    const name = freshDbName();
    const openDb = vi.fn(async () => (await openCountingDb(name)).db);
    const result = await loadDataset({
      dbName: name,
      fetchDataset: async () => sampleDataset(),
      openDb,
      afterFirstScreen: new Promise<never>(() => undefined),
      longDownloadMs: 60_000,
    });
    expect(result.from).toBe('network');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(openDb).not.toHaveBeenCalled();
  });
});

describe('loadDataset, later visits', () => {
  it('draws from the cache and finds the same version unchanged', async () => {
    const name = freshDbName();
    const dataset = sampleDataset();
    await visit(name, async () => dataset);
    const fetchDataset = vi.fn(async () => dataset);
    const { result, layer } = await visit(name, fetchDataset);
    expect(result.from).toBe('cache');
    expect(result.initial.facts.reportIds).toHaveLength(5);
    expect(await layer.revalidated).toBe('unchanged');
    expect(fetchDataset).toHaveBeenCalledTimes(1);
  });

  it('draws the cached facts before the dataset is fetched at all', async () => {
    const name = freshDbName();
    await visit(name, async () => sampleDataset());
    const fetchDataset = vi.fn(async () => sampleDataset());
    const result = await loadDataset({
      dbName: name,
      fetchDataset,
      afterFirstScreen: new Promise<never>(() => undefined),
    });
    expect(result.from).toBe('cache');
    expect(result.initial.units).toHaveLength(5);
    expect(fetchDataset).not.toHaveBeenCalled();
  });

  it('replaces only shipped rows when the dataset version changes, and says so', async () => {
    const name = freshDbName();
    const first = sampleDataset();
    const { layer: firstLayer } = await visit(name, async () => first);
    const { db: firstDb } = await openCountingDb(name);
    await saveUserReport(userBundle(), { kind: 'dexie', db: firstDb });
    firstDb.close();
    void firstLayer;

    const { result, layer } = await visit(name, async () => nextDataset(first));
    const changes = vi.fn();
    layer.onChange(changes);
    expect(result.from).toBe('cache');
    // The first screen already shows the user's report beside the cached shipped ones.
    expect(result.initial.facts.reportIds).toContain('user-hongze-2023');
    expect(result.initial.units.map((u) => u.region)).toContain('洪泽');
    expect(await layer.revalidated).toBe('updated');
    const { db } = await openCountingDb(name);
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
    const { facts } = await layer.repo.loadFacts();
    expect(staffTotal(facts, 'yanchi-county-2017')).toBe(100);
    expect(facts.reportIds).toContain('user-hongze-2023');
  });

  it('stores the details again when a visit ended before they were written', async () => {
    const name = freshDbName();
    const dataset = sampleDataset();
    await visit(name, async () => dataset);
    const { db } = await openCountingDb(name);
    // What a tab closed between the facts and the details transactions leaves behind.
    await db.meta.delete(META_DETAILS_VERSION);
    await db.details.clear();
    db.close();

    const { result, layer } = await visit(name, async () => dataset);
    expect(result.from).toBe('cache');
    expect(await layer.revalidated).toBe('unchanged');
    expect(await layer.repo.observationsOfReports(['yanchi-county-2017'])).toHaveLength(
      dataset.observations.filter((o) => o.reportId === 'yanchi-county-2017').length,
    );
  });

  it('keeps the cached copy when revalidation fails (offline)', async () => {
    const name = freshDbName();
    await visit(name, async () => sampleDataset());
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { layer } = await visit(name, () => Promise.reject(new Error('offline')));
    expect(await layer.revalidated).toBe('failed');
    expect(await layer.repo.reportsOfUnits(['yanchi-county'])).toHaveLength(
      sampleDataset().reports.filter((r) => r.unitId === 'yanchi-county').length,
    );
  });

  it('reports a user import to change listeners', async () => {
    const name = freshDbName();
    const { layer } = await visit(name, async () => sampleDataset());
    const changed = new Promise<void>((resolve) => layer.onChange(resolve));
    const { db } = await openCountingDb(name);
    await saveUserReport(userBundle(), { kind: 'dexie', db });
    await changed;
    expect((await layer.repo.loadFacts()).units.map((u) => u.region)).toContain('洪泽');
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
      const result = await loadDataset({
        dbName: freshDbName(),
        fetchDataset: async () => dataset,
        openDb,
        openTimeoutMs: 50,
      });
      expect(result.from).toBe('network');
      expect(result.initial.facts.reportIds).toHaveLength(5);
      const layer = await result.data;
      expect(layer.persistent).toBe(false);
      expect((await layer.repo.listUnits()).length).toBe(5);
      expect((await layer.repo.observationsOfReports(['pengyang-county-2018'])).length).toBe(
        dataset.observations.filter((o) => o.reportId === 'pengyang-county-2018').length,
      );
    });
  }

  it('falls back when the global is missing', async () => {
    vi.stubGlobal('indexedDB', undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(openDatabase()).rejects.toThrow('IndexedDB is not available');
    const result = await loadDataset({ dbName: freshDbName(), fetchDataset: async () => sampleDataset() });
    expect(result.initial.units).toHaveLength(5);
    expect((await result.data).persistent).toBe(false);
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
    const upgraded: SchemaVersion = { version: 3, stores: { meta: '&key, value' } };
    const result = await loadDataset({
      dbName: name,
      fetchDataset: async () => sampleDataset(),
      openDb: async () => (await openCountingDb(name, [...SCHEMA_VERSIONS, upgraded])).db,
      openTimeoutMs: 100,
    });
    expect((await result.data).persistent).toBe(false);
    stale.close();
  });
});
