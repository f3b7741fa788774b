import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DexieRepository } from '../../src/db/repository';
import { writeShippedDataset } from '../../src/db/shipped-write';
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

describe('writing the shipped dataset in chunks', () => {
  it('never lets a reader see a half-written dataset: reads queued during the write see all of it', async () => {
    const { db, counts } = await openCountingDb(freshDbName());
    const first = sampleDataset();
    await replaceShippedDataset(db, first);
    const repo = new DexieRepository(db);
    const before = await staffTotals(repo);
    const next = nextVersion(first);

    // One report per chunk: the write is many steps, and the reads start in the middle of it.
    const writing = replaceShippedDataset(db, next, 1);
    const readsDuringWrite = await Promise.all([readUsableDatasetVersion(db), staffTotals(repo)]);
    await writing;
    expect(readsDuringWrite).toEqual([next.version, before.map((v) => v + 1000)]);
    expect(counts.readwrite).toBe(2);
  });

  it('rolls back to the previous dataset when a chunk fails half-way', async () => {
    const { db } = await openCountingDb(freshDbName());
    const first = sampleDataset();
    await replaceShippedDataset(db, first);
    const repo = new DexieRepository(db);
    const before = await staffTotals(repo);
    const broken = nextVersion(first);
    // The third report has no id: its put throws after two chunks were written.
    broken.reports = broken.reports.map((r, i) =>
      i === 2 ? { ...r, id: undefined as unknown as string } : r,
    );

    await expect(writeShippedDataset(db.backendDB(), broken, 1)).rejects.toThrow();
    expect(await readUsableDatasetVersion(db)).toBe(first.version);
    expect(await staffTotals(repo)).toEqual(before);
    expect(await db.reports.count()).toBe(first.reports.length);
    expect(await db.details.count()).toBe(first.reports.length);
  });
});
