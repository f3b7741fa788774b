// Messages between the page and the dataset worker (one request, one reply, then it exits).
import type { RefreshOutcome } from '../db/dataset-refresh';

export interface DatasetRefreshRequest {
  /** The IndexedDB database to write (the worker opens its own connection). */
  dbName: string;
  /** Absolute URL of dataset.json (a worker resolves relative URLs against its own script). */
  url: string;
  /** The version already stored; the worker then stops after peeking the file's version. */
  knownVersion: string | undefined;
}

export type DatasetRefreshReply = { ok: true; outcome: RefreshOutcome } | { ok: false; message: string };
