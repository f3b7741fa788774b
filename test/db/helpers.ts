// Shared test helpers for the database tests: the sample dataset and fresh database names.
import { readFileSync } from 'node:fs';
import type { Dataset } from '../../src/model/types';
import { DisclosureDb, SCHEMA_VERSIONS, type SchemaVersion } from '../../src/db/db';
import type { UserReportBundle } from '../../src/db/user-data';

export function sampleDataset(): Dataset {
  return JSON.parse(
    readFileSync(new URL('../fixtures/dataset-sample.json', import.meta.url), 'utf8'),
  ) as Dataset;
}

let counter = 0;
export function freshDbName(): string {
  counter += 1;
  return `test-db-${process.pid}-${counter}`;
}

/**
 * Opens a database and counts the read-write IndexedDB transactions started on it, by Dexie
 * or by plain IndexedDB calls (the shipped dataset is written without Dexie).
 */
export async function openCountingDb(name: string, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS) {
  const db = new DisclosureDb(name, versions);
  const counts = { readwrite: 0 };
  await db.open();
  const idb = db.backendDB();
  const transaction = idb.transaction.bind(idb);
  idb.transaction = ((
    stores: string | string[],
    mode?: IDBTransactionMode,
    options?: IDBTransactionOptions,
  ) => {
    if (mode === 'readwrite') counts.readwrite += 1;
    return transaction(stores, mode, options);
  }) as IDBDatabase['transaction'];
  return { db, counts };
}

export function userBundle(id = 'user-hongze-2023', region = '洪泽'): UserReportBundle {
  return {
    unit: { id: 'hongze-district', name: '淮安市洪泽区', level: 'county', region },
    report: {
      id,
      unitId: 'hongze-district',
      year: 2023,
      scope: 'county-aggregate',
      template: 'format-2021',
      title: '淮安市洪泽区人民政府2023年政府信息公开工作年度报告',
      sourceFile: 'hongze.txt',
      sourceSha256: '0'.repeat(64),
    },
    observations: [
      {
        reportId: id,
        metric: 'apps_received',
        value: 42,
        approx: false,
        method: 'table',
        quote: '42',
        start: 10,
        end: 12,
        primary: true,
      },
    ],
    checks: [{ reportId: id, rule: 'staff-sum', ok: false, detail: '<img src=x onerror=alert(1)>' }],
    sourceText: '本年新收申请数量……42 件',
  };
}
