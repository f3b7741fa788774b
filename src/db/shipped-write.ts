// Writes the shipped dataset with plain IndexedDB calls, so the dataset worker does not ship
// a second copy of Dexie (it is fetched on a first visit, before the charts, and counts as
// first-screen JS). Store names and keys are those db.ts declares; Dexie reads the rows.
// Everything happens in ONE read-write transaction: a reader never sees half an old and half
// a new dataset, and a failure (quota) rolls back to the previous data. Inside it the rows
// go in chunks, each chunk issued when the previous one is written, so no single call
// clones tens of MB at once.
import type { Dataset } from '../model/types';
import { encodeDetails, type ReportDetails } from './details';
import { buildChartFacts } from './facts';
import { META_DATASET_VERSION, SHIPPED_FACTS_KEY, type DetailsRow, type Origin } from './rows';

const SHIPPED: Origin = 'shipped';
/** Reports per chunk: large enough to amortise the calls, small enough to interleave. */
export const WRITE_CHUNK_REPORTS = 2000;
/** Stores holding shipped rows next to user rows, each with an `origin` index. */
const ORIGIN_STORES = ['reports', 'details', 'units', 'sources'] as const;
export const SHIPPED_WRITE_STORES = [...ORIGIN_STORES, 'facts', 'metrics', 'meta'] as const;

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
  store: (typeof SHIPPED_WRITE_STORES)[number];
  rows: readonly unknown[];
}

/** The writes in order; the version row comes last, after everything it vouches for. */
function plannedWrites(dataset: Dataset, chunkSize: number): PendingWrite[] {
  const facts = buildChartFacts(dataset.reports, dataset.observations, dataset.checks);
  const writes: PendingWrite[] = [
    { store: 'metrics', rows: dataset.metrics },
    { store: 'units', rows: dataset.units.map((u) => ({ ...u, origin: SHIPPED })) },
  ];
  const reports = dataset.reports.map((r) => ({ ...r, origin: SHIPPED }));
  for (let i = 0; i < reports.length; i += chunkSize)
    writes.push({ store: 'reports', rows: reports.slice(i, i + chunkSize) });
  const details = detailsRows(dataset);
  for (let i = 0; i < details.length; i += chunkSize)
    writes.push({ store: 'details', rows: details.slice(i, i + chunkSize) });
  writes.push({ store: 'facts', rows: [{ key: SHIPPED_FACTS_KEY, version: dataset.version, ...facts }] });
  writes.push({ store: 'meta', rows: [{ key: META_DATASET_VERSION, value: dataset.version }] });
  return writes;
}

/** Replaces every shipped row with `dataset`; rows with origin 'user' are left alone. */
export function writeShippedDataset(
  idb: IDBDatabase,
  dataset: Dataset,
  chunkSize = WRITE_CHUNK_REPORTS,
): Promise<void> {
  const writes = plannedWrites(dataset, chunkSize);
  return new Promise<void>((resolve, reject) => {
    const tx = idb.transaction([...SHIPPED_WRITE_STORES], 'readwrite');
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error('Writing the dataset was aborted'));
    tx.onerror = (event) => event.preventDefault(); // let onabort report the one real cause

    const fail = (error: unknown) => {
      try {
        tx.abort();
      } catch {
        // already finished or aborting
      }
      reject(error instanceof Error ? error : new Error(String(error)));
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

    tx.objectStore('meta').delete(META_DATASET_VERSION);
    tx.objectStore('metrics').clear();
    let pendingDeletes = ORIGIN_STORES.length;
    for (const name of ORIGIN_STORES) {
      const store = tx.objectStore(name);
      const keys = store.index('origin').getAllKeys(IDBKeyRange.only(SHIPPED));
      keys.onsuccess = () => {
        // Shipped texts go too: they are re-fetched lazily, the new dataset may bring new ones.
        for (const key of keys.result) store.delete(key);
        pendingDeletes -= 1;
        if (pendingDeletes === 0) writeNext();
      };
    }
  });
}
