// Writing the shipped dataset: always in ONE read-write transaction, so a reader never sees
// half an old and half a new dataset, and a failure (quota) leaves the previous data intact.
// Inside it the rows go in chunks, so a national dataset is not one giant bulkPut (the
// caller, the dataset worker, stays responsive to messages between chunks).
import type { Dataset } from '../model/types';
import type { DisclosureDb } from './db';
import { buildChartFacts, factsMatchBuild } from './facts';
import { META_DATASET_VERSION, SHIPPED_FACTS_KEY, type DetailsRow } from './rows';

const SHIPPED = 'shipped';
/** Reports per bulkPut: large enough to amortise the calls, small enough to interleave. */
export const WRITE_CHUNK_REPORTS = 2000;

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
    return version !== undefined && facts?.version === version && factsMatchBuild(facts) ? version : undefined;
  });
}

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/** One details row per report, observations and checks in dataset order. */
export function detailsRows(dataset: Pick<Dataset, 'reports' | 'observations' | 'checks'>): DetailsRow[] {
  const byReport = new Map<string, DetailsRow>(
    dataset.reports.map((r) => [r.id, { reportId: r.id, origin: SHIPPED, observations: [], checks: [] }]),
  );
  for (const o of dataset.observations) byReport.get(o.reportId)?.observations.push(o);
  for (const c of dataset.checks) byReport.get(c.reportId)?.checks.push(c);
  return [...byReport.values()];
}

/** Replaces every shipped row with `dataset`; rows with origin 'user' are left alone. */
export async function replaceShippedDataset(
  db: DisclosureDb,
  dataset: Dataset,
  chunkSize = WRITE_CHUNK_REPORTS,
): Promise<void> {
  const facts = buildChartFacts(dataset.reports, dataset.observations, dataset.checks);
  const details = detailsRows(dataset);
  await db.transaction('rw', db.dataTables, async () => {
    // The version goes first and comes back last: a transaction that dies half-way rolls
    // back whole, and nothing inside it ever reads as a finished dataset of the new version.
    await db.meta.delete(META_DATASET_VERSION);
    await Promise.all([
      db.reports.where('origin').equals(SHIPPED).delete(),
      db.details.where('origin').equals(SHIPPED).delete(),
      db.units.where('origin').equals(SHIPPED).delete(),
      // Shipped texts are re-fetched lazily: the new dataset may come with new texts.
      db.sources.where('origin').equals(SHIPPED).delete(),
      db.metrics.clear(),
    ]);
    await db.metrics.bulkPut(dataset.metrics);
    await db.units.bulkPut(dataset.units.map((u) => ({ ...u, origin: SHIPPED })));
    for (const part of chunks(dataset.reports, chunkSize))
      await db.reports.bulkPut(part.map((r) => ({ ...r, origin: SHIPPED })));
    for (const part of chunks(details, chunkSize)) await db.details.bulkPut(part);
    await db.facts.put({ key: SHIPPED_FACTS_KEY, version: dataset.version, ...facts });
    await db.meta.put({ key: META_DATASET_VERSION, value: dataset.version });
  });
}
