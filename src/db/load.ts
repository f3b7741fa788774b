// Getting the dataset on screen, fastest path first:
// - warm start: the stored chart facts are read with plain IndexedDB calls (fast-read.ts) and
//   drawn; Dexie, user-data wiring and the revalidation come after the first screen;
// - first visit (or no usable cache): the chart facts file (data/facts.json, facts-file.ts) is
//   downloaded and parsed (by the dataset worker when the data is big, see PAGE_PARSE_MAX_BYTES)
//   and the facts are drawn at once; after the first screen the page opens the database with
//   Dexie (creating the schema) and the facts are written, then dataset.json is downloaded and
//   the details written, each in its own transaction. A long download (a national dataset) is
//   idle time for the page: it opens the database meanwhile.
// Anything wrong with IndexedDB (missing, private mode, quota, an old tab blocking the
// upgrade) falls back to the network copy in memory; nothing may hang, so opening races a
// timeout. Nothing here imports Dexie: it is loaded on demand (dexie-session.ts).
import type { Dataset } from '../model/types';
import { fetchShippedInWorker } from './dataset-worker-client';
import type { DisclosureDb } from './db';
import { concatFacts } from './facts';
import { FACTS_FILE_URL } from './facts-file';
import { readStoredFacts, type StoredFacts, type StoredState } from './fast-read';
import {
  DexieRepository,
  MemoryRepository,
  type DataRepository,
  type DetailsGate,
  type LoadedFacts,
} from './repository';
import { DB_NAME } from './rows';
import { setUserDataTarget } from './session';
import {
  fetchShippedFromFiles,
  fetchShippedHere,
  type FetchShipped,
  type ShippedDataset,
} from './shipped-source';

/** Relative to the page: the app is served with base './' from any folder. */
export const DATASET_URL = 'data/dataset.json';
/** Set when a first download's chart facts are in IndexedDB (the benchmark times the first visit by it). */
export const DB_LOADED_MARK = 'db:loaded';
/** Set when its details (quotes, checks) are stored too. */
export const DB_DETAILS_MARK = 'db:details-stored';
const OPEN_TIMEOUT_MS = 3000;

export type RevalidateResult = 'unchanged' | 'updated' | 'failed';

/** The data layer behind the first screen: quotes, report pages, user data, change events. */
export interface DataLayer {
  repo: DataRepository;
  /** False when the data lives only in memory: the UI says so once, quietly. */
  persistent: boolean;
  /** Calls `listener` after the stored data changed (a user import, a newer dataset). */
  onChange(listener: () => void): () => void;
  /** Settles when the background check for a newer dataset is done. */
  revalidated: Promise<RevalidateResult>;
  /** True when the stored data differs from what the first screen drew: read it again. */
  initialOutdated: boolean;
}

export interface LoadResult {
  from: 'cache' | 'network';
  /** What the first screen draws, available before the rest of the data layer. */
  initial: LoadedFacts;
  /** The data layer, up once the first screen is drawn (and the data it serves is stored). */
  data: Promise<DataLayer>;
}

export interface LoadOptions {
  /** The IndexedDB database (tests use fresh names). */
  dbName?: string;
  /** The network copy, parsed on this thread (tests, and where there is no Worker). */
  fetchDataset?: () => Promise<Dataset>;
  /** How the shipped dataset is downloaded; by default in a worker. */
  fetchShipped?: FetchShipped;
  /** Opens (creating or upgrading) the database with Dexie; injectable to simulate failures. */
  openDb?: (name: string) => Promise<DisclosureDb>;
  openTimeoutMs?: number;
  /** Dexie is loaded and a first download stored only after this: the first screen first. */
  afterFirstScreen?: Promise<unknown>;
  /** The revalidation of a cached dataset waits for this as well (the page being idle). */
  revalidateAfter?: Promise<unknown>;
  /**
   * Start the download at once, alongside the read of IndexedDB, because a cache is unlikely
   * (no service worker controls the page: a first visit). Dropped if the cache is usable.
   */
  fetchEarly?: boolean;
  /**
   * A first download still running after this long is a big one (a national dataset takes
   * seconds): the page is idle meanwhile, so it loads Dexie and opens (creates) the database
   * then, instead of after the first screen, where it would delay storing the facts.
   */
  longDownloadMs?: number;
}

const LONG_DOWNLOAD_MS = 500;

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

async function defaultOpenDb(name: string): Promise<DisclosureDb> {
  return (await import('./dexie-session')).openDatabase(name);
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

/**
 * Shipped data files up to this size (both together, known at build time) are downloaded and
 * parsed on the page: starting the dataset worker cost a first visit more than their parse does
 * (shipped data, 28 alternated cold loads: charts drawn ~25 ms sooner without the worker). Bigger
 * data (a national dataset: JSON.parse alone is a long task) goes through the worker.
 */
export const PAGE_PARSE_MAX_BYTES = 1024 * 1024;

function parsedOnThePage(): boolean {
  const bytes = import.meta.env.SHIPPED_DATA_BYTES;
  return typeof Worker === 'undefined' || (bytes !== undefined && bytes <= PAGE_PARSE_MAX_BYTES);
}

function defaultFetchShipped(fetchDataset: (() => Promise<Dataset>) | undefined): FetchShipped {
  if (fetchDataset) return fetchShippedHere(fetchDataset);
  const absolute = (url: string) => new URL(url, document.baseURI).href;
  const [factsUrl, datasetUrl] = [absolute(FACTS_FILE_URL), absolute(DATASET_URL)];
  if (parsedOnThePage()) return fetchShippedFromFiles(factsUrl, datasetUrl);
  return fetchShippedInWorker(factsUrl, datasetUrl);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** `make`'s promise, made on the first call and shared by later ones. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
}

function mark(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name);
}

/** Listeners of one page's data changes: Dexie's own events plus the worker's writes. */
class ChangeListeners {
  private listeners = new Set<() => void>();
  add(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  notify(): void {
    for (const listener of this.listeners) listener();
  }
}

/** A gate that is open unless a details write is under way (repository.ts). */
class DetailsWrites implements DetailsGate {
  pending = false;
  settled: Promise<unknown> = Promise.resolve();
  run(write: Promise<void>): Promise<void> {
    this.pending = true;
    this.settled = write.finally(() => (this.pending = false));
    return write;
  }
}

interface Context {
  name: string;
  fetchShipped: FetchShipped;
  open: () => Promise<DisclosureDb | null>;
  afterFirstScreen: Promise<unknown>;
  revalidateAfter: Promise<unknown>;
}

function memoryLayer(dataset: Dataset): DataLayer {
  const repo = new MemoryRepository(dataset);
  setUserDataTarget({ kind: 'memory', repo });
  return {
    repo,
    persistent: false,
    onChange: (listener) => repo.onChange(listener),
    revalidated: Promise.resolve('unchanged'),
    initialOutdated: false,
  };
}

async function dexieLayer(
  db: DisclosureDb,
  changes: ChangeListeners,
  gate: DetailsGate,
  revalidated: Promise<RevalidateResult>,
  initialOutdated = false,
): Promise<DataLayer> {
  const { watchDashboardTables } = await import('./dexie-session');
  watchDashboardTables(db, () => changes.notify());
  setUserDataTarget({ kind: 'dexie', db });
  return {
    repo: new DexieRepository(db, gate),
    persistent: true,
    onChange: (listener) => changes.add(listener),
    revalidated,
    initialOutdated,
  };
}

/** Fetches a newer dataset (or the missing details of this one) and stores it. */
async function revalidate(
  context: Context,
  stored: StoredFacts,
  changes: ChangeListeners,
  details: DetailsWrites,
): Promise<RevalidateResult> {
  let shipped: ShippedDataset | undefined;
  try {
    await context.revalidateAfter;
    // Without its details the stored version is incomplete: fetch it again even if current.
    const fetched = await context.fetchShipped(stored.detailsStored ? stored.version : undefined);
    if (fetched.kind === 'unchanged') return 'unchanged';
    shipped = fetched.shipped;
    const updated = shipped.version !== stored.version;
    if (updated) {
      await shipped.storeFacts(context.name);
      changes.notify();
    }
    await details.run(shipped.storeDetails(context.name));
    return updated ? 'updated' : 'unchanged';
  } catch (error) {
    console.warn('Dataset revalidation failed; keeping the cached copy:', error);
    return 'failed';
  } finally {
    shipped?.close();
  }
}

/** Warm start: the data layer over the stored dataset, then a background revalidation. */
async function cachedLayer(context: Context, stored: StoredFacts): Promise<DataLayer> {
  await context.afterFirstScreen;
  const db = await context.open();
  if (!db) {
    const fetched = await context.fetchShipped(undefined);
    if (fetched.kind === 'unchanged') throw new Error('The dataset download came back empty');
    const layer = memoryLayer(await fetched.shipped.dataset());
    fetched.shipped.close();
    return layer;
  }
  const changes = new ChangeListeners();
  const details = new DetailsWrites();
  const revalidated = revalidate(context, stored, changes, details);
  // Quotes of a version whose details are missing would be wrong: wait until they are written.
  if (!stored.detailsStored) await revalidated;
  return dexieLayer(db, changes, details, revalidated);
}

/**
 * First visit: store the downloaded dataset (facts, then details) and serve it from there,
 * after the first screen: writing while the page draws made its tasks half again as long on
 * two cores (the worker's structured clone and IndexedDB compete for them; measured).
 */
async function storedLayer(
  context: Context,
  shipped: ShippedDataset,
  state: StoredState,
): Promise<DataLayer> {
  try {
    await context.afterFirstScreen;
    const db = await context.open();
    if (!db) return memoryLayer(await shipped.dataset());
    // Imports may start now: IndexedDB runs their transactions after the dataset's writes.
    setUserDataTarget({ kind: 'dexie', db });
    try {
      await shipped.storeFacts(context.name);
      mark(DB_LOADED_MARK);
      await shipped.storeDetails(context.name);
      mark(DB_DETAILS_MARK);
    } catch (error) {
      // Quota or a write failure: the data is still good, it just cannot be kept.
      console.warn('Storing the dataset failed:', error);
      db.close();
      return memoryLayer(await shipped.dataset());
    }
    // Dexie's upgrade moved older user rows the first screen could not read: draw them now.
    const upgraded = state.kind === 'unusable' && state.upgradeNeeded;
    return await dexieLayer(
      db,
      new ChangeListeners(),
      new DetailsWrites(),
      Promise.resolve('unchanged'),
      upgraded,
    );
  } finally {
    shipped.close();
  }
}

/** The downloaded facts with the user's reports that were readable before the download. */
function withUserFacts(shipped: ShippedDataset, state: StoredState): LoadedFacts {
  if (state.kind !== 'unusable' || !state.userFacts || state.userFacts.reportIds.length === 0)
    return { facts: shipped.facts, units: shipped.units };
  const shippedUnitIds = new Set(shipped.units.map((u) => u.id));
  return {
    facts: concatFacts(shipped.facts, state.userFacts),
    units: [...shipped.units, ...state.userUnits.filter((u) => !shippedUnitIds.has(u.id))],
  };
}

export async function loadDataset(options: LoadOptions = {}): Promise<LoadResult> {
  const name = options.dbName ?? DB_NAME;
  const timeoutMs = options.openTimeoutMs ?? OPEN_TIMEOUT_MS;
  const openDb = options.openDb ?? defaultOpenDb;
  const afterFirstScreen = options.afterFirstScreen ?? Promise.resolve();
  const context: Context = {
    name,
    fetchShipped: options.fetchShipped ?? defaultFetchShipped(options.fetchDataset),
    open: once(() => tryOpen(() => openDb(name), timeoutMs)),
    afterFirstScreen,
    revalidateAfter: Promise.all([afterFirstScreen, options.revalidateAfter]),
  };
  const early = options.fetchEarly ? context.fetchShipped(undefined) : undefined;
  // An early download that fails is only reported if it is needed.
  early?.catch(() => undefined);
  const state = await withTimeout(readStoredFacts(name), timeoutMs, 'Reading IndexedDB').catch(
    (error: unknown): StoredState => {
      console.warn(error);
      return { kind: 'unavailable' };
    },
  );
  if (state.kind === 'usable') {
    early?.then(
      (unused) => unused.kind === 'fetched' && unused.shipped.close(),
      () => undefined,
    );
    const { facts, units } = state.stored;
    return { from: 'cache', initial: { facts, units }, data: cachedLayer(context, state.stored) };
  }
  const download = early ?? context.fetchShipped(undefined);
  const long = await Promise.race([
    download.then(() => false),
    delay(options.longDownloadMs ?? LONG_DOWNLOAD_MS).then(() => true),
  ]).catch(() => false);
  // Not awaited: a failure to open shows as a memory-only data layer, later.
  if (long) void context.open();
  const fetched = await download;
  if (fetched.kind === 'unchanged') throw new Error('The dataset download came back empty');
  return {
    from: 'network',
    initial: withUserFacts(fetched.shipped, state),
    data: storedLayer(context, fetched.shipped, state),
  };
}
