// The dataset worker: downloads, parses and stores the shipped dataset off the main thread,
// so the page stays responsive while tens of MB are parsed and written (dataset-refresh.ts).
// It writes with plain IndexedDB (shipped-write.ts): this script is fetched before the first
// charts on a first visit, and Dexie would double its size.
import { refreshFromUrl } from '../db/dataset-refresh';
import { writeShippedDataset } from '../db/shipped-write';
import type { DatasetRefreshReply, DatasetRefreshRequest } from './dataset-protocol';

/** Opens the page's database at its current version; the page has created and upgraded it. */
function openExisting(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error(`Cannot open ${name}`));
  });
}

self.onmessage = async (event: MessageEvent<DatasetRefreshRequest>) => {
  const { dbName, url, knownVersion } = event.data;
  let reply: DatasetRefreshReply;
  let idb: IDBDatabase | undefined;
  try {
    idb = await openExisting(dbName);
    const opened = idb;
    reply = {
      ok: true,
      outcome: await refreshFromUrl((dataset) => writeShippedDataset(opened, dataset), url, knownVersion),
    };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  } finally {
    idb?.close();
  }
  self.postMessage(reply);
};
