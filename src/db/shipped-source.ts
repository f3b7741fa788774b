// A downloaded shipped dataset, held where it was downloaded (the dataset worker, or this thread
// for small data or where there is no Worker): the page gets its chart facts at once, to draw,
// and asks for the two writes (shipped-write.ts) afterwards, when the first screen is on it. The
// details write needs dataset.json, which a download through the facts file fetches only then.
import type { Dataset } from '../model/types';
import { fetchShippedUnlessKnown, type ShippedDownload } from './dataset-refresh';
import type { ChartFacts } from './facts';
import { firstScreenOf, type ShippedFirstScreen } from './facts-file';
import { openExistingDatabase } from './idb';
import type { UnitRow } from './rows';
import { writeShippedDetails, writeShippedFacts } from './shipped-write';

export interface ShippedDataset {
  version: string;
  facts: ChartFacts;
  units: UnitRow[];
  /** Commits the chart facts, units, metrics and version into database `dbName`. */
  storeFacts(dbName: string): Promise<void>;
  /** Then the reports and details rows (quotes), in their own transaction. */
  storeDetails(dbName: string): Promise<void>;
  /** The whole dataset, for the in-memory fallback when IndexedDB cannot be used. */
  dataset(): Promise<Dataset>;
  /** Lets go of the parsed dataset (and its worker). */
  close(): void;
}

export type ShippedFetch = { kind: 'unchanged' } | { kind: 'fetched'; shipped: ShippedDataset };

/** Downloads the shipped dataset unless `knownVersion` is the current one. */
export type FetchShipped = (knownVersion: string | undefined) => Promise<ShippedFetch>;

export function shippedUnits(first: Pick<ShippedFirstScreen, 'units'>): UnitRow[] {
  return first.units.map((u) => ({ ...u, origin: 'shipped' }));
}

/** Runs `write` on an existing database (the page created it with Dexie) and closes it. */
export async function withExistingDatabase(
  dbName: string,
  write: (idb: IDBDatabase) => Promise<void>,
): Promise<void> {
  const idb = await openExistingDatabase(dbName);
  if (!idb) throw new Error(`IndexedDB database ${dbName} does not exist`);
  try {
    await write(idb);
  } finally {
    idb.close();
  }
}

/** A download held where it was made (the dataset worker, or this thread in tests). */
export function heldDataset(download: ShippedDownload): ShippedDataset {
  const { first } = download;
  return {
    version: first.version,
    facts: first.facts,
    units: shippedUnits(first),
    storeFacts: (dbName) => withExistingDatabase(dbName, (idb) => writeShippedFacts(idb, first)),
    storeDetails: async (dbName) => {
      // Downloaded before the database is opened: a long download holds no connection.
      const dataset = await download.dataset();
      await withExistingDatabase(dbName, (idb) => writeShippedDetails(idb, dataset));
    },
    dataset: download.dataset,
    close: () => undefined,
  };
}

/** Fetches the facts file (and, when asked, dataset.json) on this thread: small data, or no Worker. */
export function fetchShippedFromFiles(factsUrl: string, datasetUrl: string): FetchShipped {
  return async (knownVersion) => {
    const download = await fetchShippedUnlessKnown(factsUrl, datasetUrl, knownVersion);
    return download ? { kind: 'fetched', shipped: heldDataset(download) } : { kind: 'unchanged' };
  };
}

/** Fetches with `fetchDataset` on this thread (tests); the version check happens after parsing. */
export function fetchShippedHere(fetchDataset: () => Promise<Dataset>): FetchShipped {
  return async (knownVersion) => {
    const dataset = await fetchDataset();
    if (dataset.version === knownVersion) return { kind: 'unchanged' };
    return {
      kind: 'fetched',
      shipped: heldDataset({ first: firstScreenOf(dataset), dataset: async () => dataset }),
    };
  };
}
