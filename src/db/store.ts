// The stored dataset's version, and replacing the shipped rows (shipped-write.ts does the
// writing, facts then details, with plain IndexedDB so the worker can share it without Dexie).
import type { Dataset } from '../model/types';
import type { DisclosureDb } from './db';
import { factsMatchBuild } from './facts';
import { META_DATASET_VERSION, SHIPPED_FACTS_KEY } from './rows';
import { writeShippedDataset } from './shipped-write';

export async function readDatasetVersion(db: DisclosureDb): Promise<string | undefined> {
  return (await db.meta.get(META_DATASET_VERSION))?.value;
}

/**
 * The cached dataset's version when it can be drawn as it is: its facts exist and have the
 * columns this build's charts need (an app update that draws a new metric needs new facts).
 */
export async function readUsableDatasetVersion(db: DisclosureDb): Promise<string | undefined> {
  return db.transaction('r', [db.meta, db.facts], async () => {
    const [version, facts] = await Promise.all([readDatasetVersion(db), db.facts.get(SHIPPED_FACTS_KEY)]);
    return version !== undefined && facts?.version === version && factsMatchBuild(facts)
      ? version
      : undefined;
  });
}

/** Replaces every shipped row with `dataset` (facts, then details); user rows are left alone. */
export async function replaceShippedDataset(
  db: DisclosureDb,
  dataset: Dataset,
  chunkSize?: number,
): Promise<void> {
  if (!db.isOpen()) await db.open();
  await writeShippedDataset(db.backendDB(), dataset, chunkSize);
}
