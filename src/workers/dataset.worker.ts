// The dataset worker: downloads, parses and stores the shipped dataset off the main thread,
// so the page stays responsive while tens of MB are parsed and written (see dataset-refresh.ts).
import { refreshFromUrl } from '../db/dataset-refresh';
import { DisclosureDb } from '../db/db';
import type { DatasetRefreshReply, DatasetRefreshRequest } from './dataset-protocol';

self.onmessage = async (event: MessageEvent<DatasetRefreshRequest>) => {
  const { dbName, url, knownVersion } = event.data;
  const db = new DisclosureDb(dbName);
  let reply: DatasetRefreshReply;
  try {
    reply = { ok: true, outcome: await refreshFromUrl(db, url, knownVersion) };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  } finally {
    db.close();
  }
  self.postMessage(reply);
};
