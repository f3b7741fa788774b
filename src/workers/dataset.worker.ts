// The dataset worker: downloads and parses the shipped chart facts (data/facts.json, or
// computed from dataset.json) off the main thread (JSON.parse of a national dataset is a long
// task), hands them to the page to draw, and then writes them and, with dataset.json fetched
// then, the details to IndexedDB when the page asks (shipped-write.ts, plain IndexedDB: this
// script is fetched before the first charts of a first visit, and Dexie would double its size).
import { fetchShippedUnlessKnown } from '../db/dataset-refresh';
import { heldDataset, type ShippedDataset } from '../db/shipped-source';
import type { DatasetWorkerReply, DatasetWorkerRequest } from './dataset-protocol';
import { packFacts } from '../db/packed-facts';

let held: ShippedDataset | undefined;

function heldOrThrow(): ShippedDataset {
  if (!held) throw new Error('No dataset fetched yet');
  return held;
}

async function answer(request: DatasetWorkerRequest): Promise<DatasetWorkerReply> {
  const { id } = request;
  switch (request.type) {
    case 'fetch': {
      const download = await fetchShippedUnlessKnown(request.factsUrl, request.url, request.knownVersion);
      if (!download) return { id, type: 'unchanged' };
      held = heldDataset(download);
      return { id, type: 'fetched', version: held.version, facts: packFacts(held.facts), units: held.units };
    }
    case 'store-facts':
      await heldOrThrow().storeFacts(request.dbName);
      return { id, type: 'stored' };
    case 'store-details':
      await heldOrThrow().storeDetails(request.dbName);
      return { id, type: 'stored' };
    case 'send-dataset':
      return { id, type: 'dataset', dataset: await heldOrThrow().dataset() };
  }
}

self.onmessage = async (event: MessageEvent<DatasetWorkerRequest>) => {
  let reply: DatasetWorkerReply;
  try {
    reply = await answer(event.data);
  } catch (error) {
    reply = {
      id: event.data.id,
      type: 'error',
      message: error instanceof Error ? error.message : String(error),
    };
  }
  self.postMessage(reply);
};
