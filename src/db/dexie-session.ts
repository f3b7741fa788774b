// Everything that needs Dexie on the page, in one module that is loaded after the first
// screen (Dexie is ~30 KB gzip; the first screen reads IndexedDB with plain calls).
import Dexie from 'dexie';
import { DisclosureDb } from './db';
import { DB_NAME } from './rows';

/** Tables whose changes alter what the dashboard draws. */
const DASHBOARD_TABLES = ['facts', 'units', 'reports', 'details'] as const;

export async function openDatabase(name: string = DB_NAME): Promise<DisclosureDb> {
  if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
  const db = new DisclosureDb(name);
  await db.open();
  return db;
}

/**
 * Calls `listener` after a Dexie write to the dashboard's tables commits, in this tab or
 * another one (Dexie broadcasts its mutations). The dataset worker writes without Dexie;
 * load.ts reports those writes itself.
 */
export function watchDashboardTables(db: DisclosureDb, listener: () => void): () => void {
  const prefixes = DASHBOARD_TABLES.map((table) => `idb://${db.name}/${table}/`);
  const onMutated = (parts: Record<string, unknown>) => {
    if (Object.keys(parts).some((part) => prefixes.some((p) => part.startsWith(p)))) listener();
  };
  Dexie.on('storagemutated', onMutated);
  return () => Dexie.on('storagemutated').unsubscribe(onMutated);
}
