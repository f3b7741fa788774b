// Getting the dataset on screen: from IndexedDB at once when it is there (then revalidated
// in the background, after the first screen), from the network otherwise. The download,
// JSON.parse and IndexedDB writes run in a worker where there is one. Anything wrong with
// IndexedDB (missing, private mode, quota, an old tab blocking the upgrade) falls back to
// the network copy in memory; nothing may hang, so opening the database races a timeout.
import type { Dataset } from '../model/types';
import { storeUnlessKnown, type RefreshOutcome } from './dataset-refresh';
import { refreshInWorker } from './dataset-worker-client';
import { DisclosureDb } from './db';
import { DexieRepository, MemoryRepository, type DataRepository } from './repository';
import { setUserDataTarget } from './session';
import { readUsableDatasetVersion, replaceShippedDataset } from './store';

/** Relative to the page: the app is served with base './' from any folder. */
export const DATASET_URL = 'data/dataset.json';
/** Set when the first download is in IndexedDB (the benchmark times the first visit by it). */
export const DB_LOADED_MARK = 'db:loaded';
const OPEN_TIMEOUT_MS = 3000;

export type RevalidateResult = 'unchanged' | 'updated' | 'failed';

export interface LoadResult {
  repo: DataRepository;
  /** False when the data lives only in memory: the UI says so once, quietly. */
  persistent: boolean;
  from: 'cache' | 'network';
  /** Settles when the background check for a newer dataset is done (cache visits only). */
  revalidated: Promise<RevalidateResult>;
}

/** Brings `db` up to the shipped dataset unless `knownVersion` is what it holds. */
export type RefreshDataset = (db: DisclosureDb, knownVersion: string | undefined) => Promise<RefreshOutcome>;

export interface LoadOptions {
  /** The network copy, parsed on this thread (tests; the in-memory fallback). */
  fetchDataset?: () => Promise<Dataset>;
  /** How IndexedDB is filled; by default in a worker, or on this thread with fetchDataset. */
  refreshDataset?: RefreshDataset;
  /** Returns an opened database or throws; injectable so tests can simulate failures. */
  openDb?: () => Promise<DisclosureDb>;
  openTimeoutMs?: number;
  /** Revalidation of a cached dataset waits for this (the first screen comes first). */
  revalidateAfter?: Promise<unknown>;
}

export async function fetchDatasetFromNetwork(url = DATASET_URL): Promise<Dataset> {
  // no-cache: revalidate with the server (the service worker may still answer offline).
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as Dataset;
}

export async function openDatabase(): Promise<DisclosureDb> {
  if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
  const db = new DisclosureDb();
  await db.open();
  return db;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

async function tryOpen(open: () => Promise<DisclosureDb>, timeoutMs: number): Promise<DisclosureDb | null> {
  const opening = open();
  try {
    return await withTimeout(opening, timeoutMs, 'Opening IndexedDB');
  } catch (error) {
    // If the open completes after the timeout, close it so it does not block a later upgrade.
    opening.then((late) => late.close()).catch(() => undefined);
    console.warn('IndexedDB unavailable, using the network copy in memory:', error);
    return null;
  }
}

function defaultRefresh(fetchDataset: (() => Promise<Dataset>) | undefined): RefreshDataset {
  const writeTo = (db: DisclosureDb) => (dataset: Dataset) => replaceShippedDataset(db, dataset);
  if (fetchDataset) return async (db, known) => storeUnlessKnown(writeTo(db), await fetchDataset(), known);
  if (typeof Worker === 'undefined')
    return async (db, known) => storeUnlessKnown(writeTo(db), await fetchDatasetFromNetwork(), known);
  return (db, knownVersion) =>
    refreshInWorker({ dbName: db.name, url: new URL(DATASET_URL, document.baseURI).href, knownVersion });
}

async function revalidate(
  db: DisclosureDb,
  refresh: RefreshDataset,
  knownVersion: string,
  after: Promise<unknown>,
): Promise<RevalidateResult> {
  try {
    await after;
    return (await refresh(db, knownVersion)).kind === 'stored' ? 'updated' : 'unchanged';
  } catch (error) {
    console.warn('Dataset revalidation failed; keeping the cached copy:', error);
    return 'failed';
  }
}

function inMemory(dataset: Dataset): LoadResult {
  const repo = new MemoryRepository(dataset);
  setUserDataTarget({ kind: 'memory', repo });
  return {
    repo,
    persistent: false,
    from: 'network',
    revalidated: Promise.resolve('unchanged'),
  };
}

function markDbLoaded(): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function')
    performance.mark(DB_LOADED_MARK);
}

export async function loadDataset(options: LoadOptions = {}): Promise<LoadResult> {
  const fetchDataset = options.fetchDataset ?? (() => fetchDatasetFromNetwork());
  const refresh = options.refreshDataset ?? defaultRefresh(options.fetchDataset);
  const db = await tryOpen(options.openDb ?? openDatabase, options.openTimeoutMs ?? OPEN_TIMEOUT_MS);
  if (!db) return inMemory(await fetchDataset());

  let cachedVersion: string | undefined;
  try {
    cachedVersion = await readUsableDatasetVersion(db);
  } catch (error) {
    console.warn('Reading IndexedDB failed:', error);
    db.close();
    return inMemory(await fetchDataset());
  }

  if (cachedVersion !== undefined) {
    setUserDataTarget({ kind: 'dexie', db });
    return {
      repo: new DexieRepository(db),
      persistent: true,
      from: 'cache',
      revalidated: revalidate(db, refresh, cachedVersion, options.revalidateAfter ?? Promise.resolve()),
    };
  }

  try {
    await refresh(db, undefined);
  } catch (error) {
    // Quota or a write failure: the data is still good, it just cannot be kept.
    console.warn('Storing the dataset failed:', error);
    db.close();
    return inMemory(await fetchDataset());
  }
  markDbLoaded();
  setUserDataTarget({ kind: 'dexie', db });
  return {
    repo: new DexieRepository(db),
    persistent: true,
    from: 'network',
    revalidated: Promise.resolve('unchanged'),
  };
}
