// The page's side of the dataset worker: one request per refresh, a fresh worker each time
// (a refresh is rare; an idle worker would only hold memory).
import type { DatasetRefreshReply, DatasetRefreshRequest } from '../workers/dataset-protocol';
import type { RefreshOutcome } from './dataset-refresh';

export function refreshInWorker(request: DatasetRefreshRequest): Promise<RefreshOutcome> {
  const worker = new Worker(new URL('../workers/dataset.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<RefreshOutcome>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<DatasetRefreshReply>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.outcome);
      else reject(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The dataset worker failed'));
    };
    worker.postMessage(request);
  });
}
