// The first read of a warm start, with plain IndexedDB: the stored chart facts, the units and
// the user's reports, in one read-only transaction, before Dexie is even loaded. It never
// creates or upgrades the database; anything unexpected (no database, an older schema, facts
// for other chart columns) answers "no usable cache" and the caller takes the network path.
import { concatFacts, factsMatchBuild, type ChartFacts } from './facts';
import { hasStores, openExistingDatabase, requestResult } from './idb';
import { unpackStoredFacts } from './packed-facts';
import {
  META_DATASET_VERSION,
  META_DETAILS_VERSION,
  SHIPPED_FACTS_KEY,
  type DetailsRow,
  type FactsRow,
  type MetaRow,
  type ReportRow,
  type UnitRow,
} from './rows';
import { factsOfUserReports } from './user-facts';

/** Stores of the current schema (db.ts, v2) that the first screen reads. */
const FIRST_SCREEN_STORES = ['meta', 'facts', 'units', 'reports', 'details'] as const;

export interface StoredFacts {
  /** The shipped dataset version the facts belong to. */
  version: string;
  /** Shipped facts followed by the user's. */
  facts: ChartFacts;
  units: UnitRow[];
  /** True when the shipped details rows (quotes) of this version are stored as well. */
  detailsStored: boolean;
}

/** What the database holds, as far as the first screen cares. */
export type StoredState =
  | { kind: 'usable'; stored: StoredFacts }
  /** No shipped facts this build can draw; user facts (possibly empty) are still shown. */
  | { kind: 'unusable'; userFacts: ChartFacts | undefined; userUnits: UnitRow[]; upgradeNeeded: boolean }
  | { kind: 'unavailable' };

async function readStores(idb: IDBDatabase): Promise<StoredState> {
  const tx = idb.transaction([...FIRST_SCREEN_STORES], 'readonly');
  const meta = tx.objectStore('meta');
  const [version, detailsVersion, shipped, units, userReports] = await Promise.all([
    requestResult(meta.get(META_DATASET_VERSION) as IDBRequest<MetaRow | undefined>),
    requestResult(meta.get(META_DETAILS_VERSION) as IDBRequest<MetaRow | undefined>),
    requestResult(tx.objectStore('facts').get(SHIPPED_FACTS_KEY) as IDBRequest<FactsRow | undefined>),
    requestResult(tx.objectStore('units').getAll() as IDBRequest<UnitRow[]>),
    requestResult(
      tx.objectStore('reports').index('origin').getAll(IDBKeyRange.only('user')) as IDBRequest<ReportRow[]>,
    ),
  ]);
  const details = tx.objectStore('details');
  const userDetails = await Promise.all(
    userReports.map((r) => requestResult(details.get(r.id) as IDBRequest<DetailsRow | undefined>)),
  );
  const mine = factsOfUserReports(userReports, userDetails);
  const usable = version !== undefined && shipped?.version === version.value && factsMatchBuild(shipped);
  if (!usable) {
    const userUnitIds = new Set(userReports.map((r) => r.unitId));
    return {
      kind: 'unusable',
      userFacts: mine,
      userUnits: units.filter((u) => userUnitIds.has(u.id)),
      upgradeNeeded: false,
    };
  }
  const { key: _key, version: _version, ...shippedFacts } = shipped;
  return {
    kind: 'usable',
    stored: {
      version: version.value,
      facts: concatFacts(unpackStoredFacts(shippedFacts), mine),
      units,
      detailsStored: detailsVersion?.value === version.value,
    },
  };
}

/** Reads what the first screen needs from database `name`; never throws. */
export async function readStoredFacts(name: string): Promise<StoredState> {
  if (typeof indexedDB === 'undefined') return { kind: 'unavailable' };
  let idb: IDBDatabase | undefined;
  try {
    idb = await openExistingDatabase(name);
    if (!idb) return { kind: 'unusable', userFacts: undefined, userUnits: [], upgradeNeeded: false };
    if (!hasStores(idb, FIRST_SCREEN_STORES))
      return { kind: 'unusable', userFacts: undefined, userUnits: [], upgradeNeeded: true };
    return await readStores(idb);
  } catch (error) {
    console.warn('Reading IndexedDB failed:', error);
    return { kind: 'unavailable' };
  } finally {
    idb?.close();
  }
}
