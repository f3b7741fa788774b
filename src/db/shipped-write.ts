// Writes the shipped dataset with plain IndexedDB calls, so the dataset worker does not ship
// a second copy of Dexie. Store names and keys are those db.ts declares; Dexie reads the rows.
// Two transactions, each all-or-nothing:
// 1. the chart facts, units, metrics and the dataset version: all the charts need, a few MB
//    even at national scale, so a first visit's data is kept within a second or two;
// 2. the reports and their details rows (quotes, checks: ~100 MB at national scale), then the
//    details version. Until that commits, quotes and report pages wait (rows.ts), so neither
//    a half-written dataset nor details of another version are ever shown.
// Inside a transaction the rows go in chunks, each chunk issued when the previous one is
// written, so no single call clones tens of MB at once.
import type { Dataset } from '../model/types';
import { encodeDetails, type ReportDetails } from './details';
import { firstScreenOf, type ShippedFirstScreen } from './facts-file';
import { requestResult } from './idb';
import { packFacts } from './packed-facts';
import {
  META_DATASET_VERSION,
  META_DETAILS_VERSION,
  SHIPPED_FACTS_KEY,
  type DetailsRow,
  type MetaRow,
  type Origin,
} from './rows';

const SHIPPED: Origin = 'shipped';
/** Reports per chunk: large enough to amortise the calls, small enough to interleave. */
export const WRITE_CHUNK_REPORTS = 2000;
export const FACTS_WRITE_STORES = ['facts', 'units', 'metrics', 'meta'] as const;
export const DETAILS_WRITE_STORES = ['reports', 'details', 'sources', 'meta'] as const;
type StoreName = (typeof FACTS_WRITE_STORES)[number] | (typeof DETAILS_WRITE_STORES)[number];

/** One details row per report, observations and checks in dataset order. */
export function detailsRows(dataset: Pick<Dataset, 'reports' | 'observations' | 'checks'>): DetailsRow[] {
  const byReport = new Map<string, ReportDetails>(
    dataset.reports.map((r) => [r.id, { observations: [], checks: [] }]),
  );
  for (const o of dataset.observations) byReport.get(o.reportId)?.observations.push(o);
  for (const c of dataset.checks) byReport.get(c.reportId)?.checks.push(c);
  return [...byReport].map(([reportId, details]) => encodeDetails(reportId, SHIPPED, details));
}

interface PendingWrite {
  store: StoreName;
  rows: readonly unknown[];
}

function chunked(store: StoreName, rows: readonly unknown[], size: number): PendingWrite[] {
  const writes: PendingWrite[] = [];
  for (let i = 0; i < rows.length; i += size) writes.push({ store, rows: rows.slice(i, i + size) });
  return writes;
}

function abortQuietly(tx: IDBTransaction): void {
  try {
    tx.abort();
  } catch {
    // already finished or aborting
  }
}

/**
 * Runs `prepare` (deletes, checks) and then `writes` in order inside one read-write
 * transaction; resolves when it commits, rejects (and rolls back) on any failure.
 */
function writeInOneTransaction(
  idb: IDBDatabase,
  stores: readonly StoreName[],
  prepare: (tx: IDBTransaction) => Promise<void>,
  writes: readonly PendingWrite[],
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const tx = idb.transaction([...stores], 'readwrite');
    let failure: Error | undefined;
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(failure ?? tx.error ?? new Error('Writing the dataset was aborted'));
    tx.onerror = (event) => event.preventDefault(); // let onabort report the one real cause
    const fail = (error: unknown) => {
      failure = error instanceof Error ? error : new Error(String(error));
      abortQuietly(tx);
    };
    let next = 0;
    const writeNext = () => {
      try {
        const write = writes[next++];
        if (!write) return;
        const store = tx.objectStore(write.store);
        let last: IDBRequest | undefined;
        for (const row of write.rows) last = store.put(row);
        if (last) last.onsuccess = writeNext;
        else writeNext();
      } catch (error) {
        fail(error);
      }
    };
    prepare(tx).then(writeNext, fail);
  });
}

/** Deletes every shipped row of `stores` (each has an `origin` index). */
async function deleteShipped(tx: IDBTransaction, stores: readonly StoreName[]): Promise<void> {
  await Promise.all(
    stores.map(async (name) => {
      const store = tx.objectStore(name);
      const keys = await requestResult(store.index('origin').getAllKeys(IDBKeyRange.only(SHIPPED)));
      for (const key of keys) store.delete(key);
    }),
  );
}

/**
 * Transaction 1: replaces the shipped chart facts, units and metrics and sets the dataset
 * version; the details version is cleared (transaction 2 sets it). User rows are kept.
 */
export function writeShippedFacts(idb: IDBDatabase, first: ShippedFirstScreen): Promise<void> {
  const prepare = async (tx: IDBTransaction) => {
    const meta = tx.objectStore('meta');
    meta.delete(META_DATASET_VERSION);
    meta.delete(META_DETAILS_VERSION);
    tx.objectStore('metrics').clear();
    await deleteShipped(tx, ['units']);
  };
  const version: MetaRow = { key: META_DATASET_VERSION, value: first.version };
  return writeInOneTransaction(idb, FACTS_WRITE_STORES, prepare, [
    { store: 'metrics', rows: first.metrics },
    { store: 'units', rows: first.units.map((u) => ({ ...u, origin: SHIPPED })) },
    { store: 'facts', rows: [{ key: SHIPPED_FACTS_KEY, version: first.version, ...packFacts(first.facts) }] },
    // Last, after everything it vouches for.
    { store: 'meta', rows: [version] },
  ]);
}

export class DatasetSupersededError extends Error {
  constructor(version: string) {
    super(`Dataset ${version} is no longer the stored one; its details are not written`);
    this.name = 'DatasetSupersededError';
  }
}

/**
 * Transaction 2: replaces the shipped reports and details rows (and drops cached shipped
 * texts: the new dataset may bring new ones), then sets the details version. Refuses when
 * the stored facts are of another version (another tab stored a newer dataset meanwhile).
 */
export function writeShippedDetails(
  idb: IDBDatabase,
  dataset: Dataset,
  chunkSize = WRITE_CHUNK_REPORTS,
): Promise<void> {
  const prepare = async (tx: IDBTransaction) => {
    const meta = tx.objectStore('meta');
    const stored = await requestResult(meta.get(META_DATASET_VERSION) as IDBRequest<MetaRow | undefined>);
    if (stored?.value !== dataset.version) throw new DatasetSupersededError(dataset.version);
    meta.delete(META_DETAILS_VERSION);
    await deleteShipped(tx, ['reports', 'details', 'sources']);
  };
  const reports = dataset.reports.map((r) => ({ ...r, origin: SHIPPED }));
  const version: MetaRow = { key: META_DETAILS_VERSION, value: dataset.version };
  return writeInOneTransaction(idb, DETAILS_WRITE_STORES, prepare, [
    ...chunked('reports', reports, chunkSize),
    ...chunked('details', detailsRows(dataset), chunkSize),
    { store: 'meta', rows: [version] },
  ]);
}

/** Both transactions, in order: replaces every shipped row; user rows are left alone. */
export async function writeShippedDataset(
  idb: IDBDatabase,
  dataset: Dataset,
  chunkSize = WRITE_CHUNK_REPORTS,
): Promise<void> {
  await writeShippedFacts(idb, firstScreenOf(dataset));
  await writeShippedDetails(idb, dataset, chunkSize);
}
