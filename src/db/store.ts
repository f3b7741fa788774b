// Writing the shipped dataset: always in ONE read-write transaction, so a reader never sees
// half an old and half a new dataset, and a failure (quota) leaves the previous data intact.
import type { Dataset } from '../model/types';
import type { DisclosureDb } from './db';
import { META_DATASET_VERSION } from './rows';

const SHIPPED = 'shipped';

export async function readDatasetVersion(db: DisclosureDb): Promise<string | undefined> {
  return (await db.meta.get(META_DATASET_VERSION))?.value;
}

/** Replaces every shipped row with `dataset`; rows with origin 'user' are left alone. */
export async function replaceShippedDataset(db: DisclosureDb, dataset: Dataset): Promise<void> {
  await db.transaction('rw', db.dataTables, async () => {
    await Promise.all([
      db.reports.where('origin').equals(SHIPPED).delete(),
      db.observations.where('origin').equals(SHIPPED).delete(),
      db.units.where('origin').equals(SHIPPED).delete(),
      db.checks.where('origin').equals(SHIPPED).delete(),
      // Shipped texts are re-fetched lazily: the new dataset may come with new texts.
      db.sources.where('origin').equals(SHIPPED).delete(),
      db.metrics.clear(),
    ]);
    await Promise.all([
      db.metrics.bulkPut(dataset.metrics),
      db.units.bulkPut(dataset.units.map((u) => ({ ...u, origin: SHIPPED }))),
      db.reports.bulkPut(dataset.reports.map((r) => ({ ...r, origin: SHIPPED }))),
      db.observations.bulkAdd(dataset.observations.map((o) => ({ ...o, origin: SHIPPED }))),
      db.checks.bulkAdd(dataset.checks.map((c) => ({ ...c, origin: SHIPPED }))),
      db.meta.put({ key: META_DATASET_VERSION, value: dataset.version }),
    ]);
  });
}
