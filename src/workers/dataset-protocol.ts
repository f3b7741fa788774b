// Messages between the page and the dataset worker. One worker per download: the page asks
// it to fetch; the worker answers 'unchanged' (and is done) or with the chart facts; then the
// page asks, one request at a time, for the writes or the whole dataset, and finally closes it.
import type { UnitRow } from '../db/rows';
import type { Dataset } from '../model/types';
import type { PackedFacts } from '../db/packed-facts';

export type DatasetWorkerRequest =
  /** URLs are absolute: a worker resolves relative URLs against its own script. */
  | { id: number; type: 'fetch'; factsUrl: string; url: string; knownVersion: string | undefined }
  | { id: number; type: 'store-facts'; dbName: string }
  | { id: number; type: 'store-details'; dbName: string }
  | { id: number; type: 'send-dataset' };

export type DatasetWorkerReply =
  | { id: number; type: 'unchanged' }
  /** The facts with their strings packed (packed-facts.ts). */
  | { id: number; type: 'fetched'; version: string; facts: PackedFacts; units: UnitRow[] }
  | { id: number; type: 'stored' }
  | { id: number; type: 'dataset'; dataset: Dataset }
  | { id: number; type: 'error'; message: string };
