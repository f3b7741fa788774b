// The dataset worker: downloads and parses the shipped dataset and computes its chart facts
// off the main thread (JSON.parse of a national dataset is a long task), hands the facts to
// the page to draw, and then writes it to IndexedDB when the page asks (shipped-write.ts,
// plain IndexedDB: this script is fetched before the first charts of a first visit, and
// Dexie would double its size).
import { fetchDatasetUnlessKnown } from '../db/dataset-refresh';
import { buildChartFacts, type ChartFacts } from '../db/facts';
import { shippedUnits, withExistingDatabase } from '../db/shipped-source';
import { writeShippedDetails, writeShippedFacts } from '../db/shipped-write';
import type { Dataset } from '../model/types';
import type { DatasetWorkerReply, DatasetWorkerRequest } from './dataset-protocol';

let held: { dataset: Dataset; facts: ChartFacts } | undefined;

function heldOrThrow(): { dataset: Dataset; facts: ChartFacts } {
  if (!held) throw new Error('No dataset fetched yet');
  return held;
}

async function answer(request: DatasetWorkerRequest): Promise<DatasetWorkerReply> {
  const { id } = request;
  switch (request.type) {
    case 'fetch': {
      const dataset = await fetchDatasetUnlessKnown(request.url, request.knownVersion);
      if (!dataset) return { id, type: 'unchanged' };
      const facts = buildChartFacts(dataset.reports, dataset.observations, dataset.checks);
      held = { dataset, facts };
      return { id, type: 'fetched', version: dataset.version, facts, units: shippedUnits(dataset) };
    }
    case 'store-facts': {
      const { dataset, facts } = heldOrThrow();
      await withExistingDatabase(request.dbName, (idb) => writeShippedFacts(idb, dataset, facts));
      return { id, type: 'stored' };
    }
    case 'store-details': {
      const { dataset } = heldOrThrow();
      await withExistingDatabase(request.dbName, (idb) => writeShippedDetails(idb, dataset));
      return { id, type: 'stored' };
    }
    case 'send-dataset':
      return { id, type: 'dataset', dataset: heldOrThrow().dataset };
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
