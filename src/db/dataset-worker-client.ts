// The page's side of the dataset worker (workers/dataset.worker.ts): one worker per download,
// requests answered in order, terminated by `close` (an idle worker would only hold memory).
import type { DatasetWorkerReply, DatasetWorkerRequest } from '../workers/dataset-protocol';
import { unpackFacts } from './packed-facts';
import type { FetchShipped, ShippedDataset } from './shipped-source';

type RequestBody = DatasetWorkerRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

function startWorker() {
  const worker = new Worker(new URL('../workers/dataset.worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<
    number,
    { resolve: (reply: DatasetWorkerReply) => void; reject: (e: Error) => void }
  >();
  let nextId = 0;
  const failAll = (error: Error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  worker.onmessage = (event: MessageEvent<DatasetWorkerReply>) => {
    const waiting = pending.get(event.data.id);
    pending.delete(event.data.id);
    if (event.data.type === 'error') waiting?.reject(new Error(event.data.message));
    else waiting?.resolve(event.data);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    failAll(new Error(event.message || 'The dataset worker failed'));
  };
  const request = (body: RequestBody) =>
    new Promise<DatasetWorkerReply>((resolve, reject) => {
      nextId += 1;
      pending.set(nextId, { resolve, reject });
      worker.postMessage({ ...body, id: nextId } as DatasetWorkerRequest);
    });
  const close = () => {
    worker.terminate();
    failAll(new Error('The dataset worker was closed'));
  };
  return { request, close };
}

function unexpected(reply: DatasetWorkerReply): Error {
  return new Error(`Unexpected reply from the dataset worker: ${reply.type}`);
}

/** Fetches the facts file at `factsUrl` and, when asked, the dataset at `url` (absolute) in a worker. */
export function fetchShippedInWorker(factsUrl: string, url: string): FetchShipped {
  return async (knownVersion) => {
    const worker = startWorker();
    try {
      const reply = await worker.request({ type: 'fetch', factsUrl, url, knownVersion });
      if (reply.type === 'unchanged') {
        worker.close();
        return { kind: 'unchanged' };
      }
      if (reply.type !== 'fetched') throw unexpected(reply);
      const stored = async (body: RequestBody) => {
        const answer = await worker.request(body);
        if (answer.type !== 'stored') throw unexpected(answer);
      };
      const shipped: ShippedDataset = {
        version: reply.version,
        facts: unpackFacts(reply.facts),
        units: reply.units,
        storeFacts: (dbName) => stored({ type: 'store-facts', dbName }),
        storeDetails: (dbName) => stored({ type: 'store-details', dbName }),
        dataset: async () => {
          const answer = await worker.request({ type: 'send-dataset' });
          if (answer.type !== 'dataset') throw unexpected(answer);
          return answer.dataset;
        },
        close: worker.close,
      };
      return { kind: 'fetched', shipped };
    } catch (error) {
      worker.close();
      throw error;
    }
  };
}
