import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DisclosureDb } from '../../src/db/db';
import { DexieRepository, MemoryRepository } from '../../src/db/repository';
import type { UserDataTarget } from '../../src/db/session';
import { replaceShippedDataset } from '../../src/db/store';
import type { Dataset } from '../../src/model/types';
import { observationsToCsv } from '../../src/io/export-csv';
import { parseObservationCsv } from '../../src/io/import-csv';
import {
  bundlesFromCsvRows,
  collectAllRows,
  collectChartRows,
  collectDataset,
  listUserReports,
} from '../../src/io/user-data-io';
import { ReportIdTakenError, saveUserReports } from '../../src/db/user-data';

function sampleDataset(): Dataset {
  return JSON.parse(
    readFileSync(new URL('../fixtures/dataset-sample.json', import.meta.url), 'utf8'),
  ) as Dataset;
}

let db: DisclosureDb;
let repo: DexieRepository;
let target: UserDataTarget;
let dbCount = 0;

beforeEach(async () => {
  db = new DisclosureDb(`io-test-${process.pid}-${++dbCount}`);
  await db.open();
  await replaceShippedDataset(db, sampleDataset());
  repo = new DexieRepository(db);
  target = { kind: 'dexie', db };
});

afterEach(async () => {
  db.close();
  await db.delete();
});

describe('whole-dataset export', () => {
  it('exports every shipped observation once, marked shipped', async () => {
    const dataset = sampleDataset();
    const rows = await collectAllRows(repo);
    expect(rows).toHaveLength(dataset.observations.length);
    expect(new Set(rows.map((r) => r.origin))).toEqual(new Set(['shipped']));
    const yanchi = rows.find((r) => r.reportId === 'yanchi-county-2017');
    expect(yanchi).toMatchObject({ unit: '盐池县', region: '盐池', year: 2017, scope: 'county-aggregate' });
  });

  it('JSON export keeps the dataset contract', async () => {
    const json = await collectDataset(repo);
    expect(json.schemaVersion).toBe(1);
    expect(json.reports.map((r) => r.id).sort()).toEqual(
      sampleDataset()
        .reports.map((r) => r.id)
        .sort(),
    );
    expect(json.observations).toHaveLength(sampleDataset().observations.length);
  });

  it('chart export keeps only primary values of the chart’s metrics in the shown reports', async () => {
    const rows = await collectChartRows(
      repo,
      ['pingluo-county-2016', 'yanchi-county-2017'],
      ['proactive_total'],
    );
    const expected = sampleDataset().observations.filter(
      (o) =>
        o.primary &&
        o.metric === 'proactive_total' &&
        ['pingluo-county-2016', 'yanchi-county-2017'].includes(o.reportId),
    );
    expect(rows.map((r) => [r.reportId, r.value]).sort()).toEqual(
      expected.map((o) => [o.reportId, o.value]).sort(),
    );
    expect(rows.length).toBeGreaterThan(0);
  });
});

describe('CSV import into the database', () => {
  it('export -> CSV -> import saves the same observations as user reports with user- ids', async () => {
    const exported = await collectAllRows(repo);
    const parsed = await parseObservationCsv(observationsToCsv(exported));
    expect(parsed.errorCount).toBe(0);
    await saveUserReports(bundlesFromCsvRows(parsed.rows), target);

    const mine = await listUserReports(repo);
    expect(mine.map((m) => m.report.id).sort()).toEqual(
      sampleDataset()
        .reports.map((r) => `user-${r.id}`)
        .sort(),
    );
    expect(mine.every((m) => m.report.unitId.startsWith('user-'))).toBe(true);

    const after = await collectAllRows(repo);
    const strip = (r: (typeof after)[number]) => ({
      ...r,
      reportId: r.reportId.replace(/^user-/, ''),
      origin: 'x',
    });
    const users = after.filter((r) => r.origin === 'user').map(strip);
    const shipped = after.filter((r) => r.origin === 'shipped').map(strip);
    const key = (r: ReturnType<typeof strip>) => JSON.stringify(r);
    expect(users.map(key).sort()).toEqual(shipped.map(key).sort());
  });

  it('saves all reports or none: a failing bundle rolls back the ones before it', async () => {
    const parsed = await parseObservationCsv(observationsToCsv(await collectAllRows(repo)));
    const bundles = bundlesFromCsvRows(parsed.rows);
    const broken = {
      ...bundles[1]!,
      observations: [{ ...bundles[1]!.observations[0]!, reportId: 'someone-else' }],
    };
    await expect(saveUserReports([bundles[0]!, broken, bundles[2]!], target)).rejects.toThrow();
    expect(await listUserReports(repo)).toEqual([]);
  });

  it('refuses the whole batch, writing nothing, when one report id belongs to a shipped report', async () => {
    const parsed = await parseObservationCsv(observationsToCsv(await collectAllRows(repo)));
    const [first, second] = bundlesFromCsvRows(parsed.rows);
    const taken = { ...second!, report: { ...second!.report, id: 'yanchi-county-2017' } };
    taken.observations = taken.observations.map((o) => ({ ...o, reportId: 'yanchi-county-2017' }));
    await expect(saveUserReports([first!, taken], target)).rejects.toBeInstanceOf(ReportIdTakenError);
    expect(await listUserReports(repo)).toEqual([]);
    expect((await repo.getReport('yanchi-county-2017'))?.origin).toBe('shipped');
  });

  it('ends as saving the bundles one by one would: the last of a report or unit wins, shipped units stay', async () => {
    const parsed = await parseObservationCsv(observationsToCsv(await collectAllRows(repo)));
    const [first] = bundlesFromCsvRows(parsed.rows);
    const corrected = {
      ...first!,
      unit: { ...first!.unit, region: '别处' },
      observations: first!.observations.slice(0, 1),
    };
    const shippedUnit = await repo.getUnit('pengyang-county');
    const intoShipped = {
      ...corrected,
      unit: { ...corrected.unit, id: 'pengyang-county', name: '改名' },
      report: { ...corrected.report, id: 'user-into-shipped', unitId: 'pengyang-county' },
      observations: corrected.observations.map((o) => ({ ...o, reportId: 'user-into-shipped' })),
    };
    await saveUserReports([first!, corrected, intoShipped], target);
    expect(await repo.observationsOfReports([first!.report.id])).toHaveLength(1);
    expect((await repo.getUnit(first!.unit.id))?.region).toBe('别处');
    expect(await repo.getUnit('pengyang-county')).toEqual(shippedUnit);
    expect((await repo.getReport('user-into-shipped'))?.origin).toBe('user');
  });

  it('the in-memory fallback refuses before adding anything when an id is taken', async () => {
    const memory = new MemoryRepository(sampleDataset());
    const parsed = await parseObservationCsv(observationsToCsv(await collectAllRows(repo)));
    const [first] = bundlesFromCsvRows(parsed.rows);
    const taken = { ...first!, report: { ...first!.report, id: 'yanchi-county-2017' } };
    taken.observations = taken.observations.map((o) => ({ ...o, reportId: 'yanchi-county-2017' }));
    await expect(saveUserReports([first!, taken], { kind: 'memory', repo: memory })).rejects.toBeInstanceOf(
      ReportIdTakenError,
    );
    expect(await listUserReports(memory)).toEqual([]);
  });
});
