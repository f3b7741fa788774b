import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { buildChartFacts } from '../../src/db/facts';
import { firstScreenOf } from '../../src/db/facts-file';
import { readStoredFacts } from '../../src/db/fast-read';
import { DexieRepository } from '../../src/db/repository';
import { META_DETAILS_VERSION, SHIPPED_FACTS_KEY } from '../../src/db/rows';
import { DatasetSupersededError, writeShippedDetails, writeShippedFacts } from '../../src/db/shipped-write';
import { readUsableDatasetVersion, replaceShippedDataset } from '../../src/db/store';
import type { Dataset } from '../../src/model/types';
import { freshDbName, openCountingDb, sampleDataset } from './helpers';

function nextVersion(previous: Dataset): Dataset {
  return {
    ...previous,
    version: `${previous.version}-next`,
    observations: previous.observations.map((o) =>
      o.metric === 'staff_total' ? { ...o, value: o.value + 1000 } : o,
    ),
  };
}

async function staffTotals(repo: DexieRepository): Promise<number[]> {
  const { facts } = await repo.loadFacts();
  const column = facts.metrics.indexOf('staff_total');
  return facts.reportIds
    .map((_, i) => facts.values[i * facts.metrics.length + column]!)
    .filter((v) => !Number.isNaN(v));
}

describe('writing the shipped dataset: facts, then details', () => {
  it('never lets a reader see half of a transaction: reads queued during the write see all of it', async () => {
    const { db, counts } = await openCountingDb(freshDbName());
    const first = sampleDataset();
    await replaceShippedDataset(db, first);
    expect(counts.readwrite).toBe(2);
    const repo = new DexieRepository(db);
    const before = await staffTotals(repo);
    const next = nextVersion(first);

    // One report per chunk: the write is many steps, and the reads start in the middle of it.
    const writing = replaceShippedDataset(db, next, 1);
    const readsDuringWrite = await Promise.all([readUsableDatasetVersion(db), staffTotals(repo)]);
    await writing;
    expect(readsDuringWrite).toEqual([next.version, before.map((v) => v + 1000)]);
    expect(counts.readwrite).toBe(4);
    expect((await db.meta.get(META_DETAILS_VERSION))?.value).toBe(next.version);
  });

  it('rolls back to the previous dataset when the facts transaction fails', async () => {
    const { db } = await openCountingDb(freshDbName());
    const first = sampleDataset();
    await replaceShippedDataset(db, first);
    const repo = new DexieRepository(db);
    const before = await staffTotals(repo);
    const broken = nextVersion(first);
    // A unit without an id: its put throws after the metrics were written.
    broken.units = broken.units.map((u, i) => (i === 2 ? { ...u, id: undefined as unknown as string } : u));

    await expect(writeShippedFacts(db.backendDB(), firstScreenOf(broken))).rejects.toThrow();
    expect(await readUsableDatasetVersion(db)).toBe(first.version);
    expect((await db.meta.get(META_DETAILS_VERSION))?.value).toBe(first.version);
    expect(await staffTotals(repo)).toEqual(before);
    expect(await db.units.count()).toBe(first.units.length);
  });

  it('keeps the old details and no details version when the details transaction fails half-way', async () => {
    const { db } = await openCountingDb(freshDbName());
    const first = sampleDataset();
    await replaceShippedDataset(db, first);
    const next = nextVersion(first);
    // The third report has no id: its put throws after two chunks were written.
    const broken = {
      ...next,
      reports: next.reports.map((r, i) => (i === 2 ? { ...r, id: undefined as unknown as string } : r)),
    };

    await writeShippedFacts(db.backendDB(), firstScreenOf(next));
    await expect(writeShippedDetails(db.backendDB(), broken, 1)).rejects.toThrow();
    expect(await readUsableDatasetVersion(db)).toBe(broken.version);
    // Without a details version for it, the new facts' quotes are not read (load.ts rewrites them).
    expect(await db.meta.get(META_DETAILS_VERSION)).toBeUndefined();
    expect(await db.reports.count()).toBe(first.reports.length);
    expect(await db.details.count()).toBe(first.reports.length);
  });

  it('refuses details of a version that is no longer the stored one', async () => {
    const { db } = await openCountingDb(freshDbName());
    const first = sampleDataset();
    await replaceShippedDataset(db, first);
    const next = nextVersion(first);
    await expect(writeShippedDetails(db.backendDB(), next)).rejects.toBeInstanceOf(DatasetSupersededError);
    expect((await db.meta.get(META_DETAILS_VERSION))?.value).toBe(first.version);
  });
});

describe('the stored facts row', () => {
  it('holds its strings packed; both readers get the facts back, from a row of the earlier plain layout too', async () => {
    const dataset = sampleDataset();
    const name = freshDbName();
    const { db } = await openCountingDb(name);
    await replaceShippedDataset(db, dataset);
    const expected = buildChartFacts(dataset.reports, dataset.observations, dataset.checks);
    const stored = await db.facts.get(SHIPPED_FACTS_KEY);
    expect(stored && 'text' in stored.reportIds).toBe(true);

    const bothReaders = async () => {
      const fast = await readStoredFacts(name);
      if (fast.kind !== 'usable') throw new Error(`fast read: ${fast.kind}`);
      return [(await new DexieRepository(db).loadFacts()).facts, fast.stored.facts];
    };
    for (const facts of await bothReaders()) expect(facts).toMatchObject(expected);

    // Written by a version of the app before the strings were packed.
    await db.facts.put({ key: SHIPPED_FACTS_KEY, version: dataset.version, ...expected });
    for (const facts of await bothReaders()) expect(facts).toMatchObject(expected);
  });
});
