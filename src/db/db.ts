// The one Dexie database of the app. Every schema version lives in SCHEMA_VERSIONS, in order,
// with its upgrade; never edit a published entry, append a new one. `origin` is indexed on
// every table that can hold user rows so a dataset refresh deletes only shipped rows.
import Dexie, { type Table, type Transaction } from 'dexie';
import type { Check, Observation } from '../model/types';
import type {
  CheckRow,
  DetailsRow,
  FactsRow,
  MetaRow,
  MetricRow,
  ObservationRow,
  ReportRow,
  SourceRow,
  UnitRow,
} from './rows';
import { DB_NAME, META_DATASET_VERSION } from './rows';
import { encodeDetails, type ReportDetails } from './details';

export { DB_NAME };

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

function withoutStorageFields<T extends { origin?: unknown; seq?: unknown }>(
  row: T,
): Omit<T, 'origin' | 'seq'> {
  const { origin: _origin, seq: _seq, ...rest } = row;
  return rest;
}

/**
 * v1 -> v2: one row per observation/check becomes one details row per report. User rows are
 * moved; shipped rows are dropped with the stored dataset version, so the next start
 * downloads the dataset again and writes it in the new layout (with its chart facts).
 */
async function moveToDetailsRows(tx: Transaction): Promise<void> {
  const userReports = await tx.table<ReportRow>('reports').where('origin').equals('user').toArray();
  const observations = await tx
    .table<ObservationRow>('observations')
    .where('origin')
    .equals('user')
    .toArray();
  const checks = await tx.table<CheckRow>('checks').where('origin').equals('user').toArray();
  const details = new Map<string, ReportDetails>(
    userReports.map((r) => [r.id, { observations: [], checks: [] }]),
  );
  for (const o of observations)
    details.get(o.reportId)?.observations.push(withoutStorageFields(o) as Observation);
  for (const c of checks) details.get(c.reportId)?.checks.push(withoutStorageFields(c) as Check);
  await tx
    .table<DetailsRow>('details')
    .bulkPut([...details].map(([reportId, d]) => encodeDetails(reportId, 'user', d)));
  await tx.table('reports').where('origin').equals('shipped').delete();
  await tx.table('units').where('origin').equals('shipped').delete();
  await tx.table('sources').where('origin').equals('shipped').delete();
  await tx.table('meta').delete(META_DATASET_VERSION);
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      reports: '&id, unitId, year, origin',
      observations: '++seq, reportId, metric, [reportId+metric], origin',
      units: '&id, region, origin',
      metrics: '&key',
      checks: '++seq, reportId, origin',
      sources: '&reportId, origin',
      meta: '&key',
    },
  },
  {
    version: 2,
    stores: {
      details: '&reportId, origin',
      facts: '&key',
      // Dexie deletes these after the upgrade below has read them.
      observations: null,
      checks: null,
    },
    upgrade: moveToDetailsRows,
  },
];

export class DisclosureDb extends Dexie {
  reports!: Table<ReportRow, string>;
  details!: Table<DetailsRow, string>;
  facts!: Table<FactsRow, string>;
  units!: Table<UnitRow, string>;
  metrics!: Table<MetricRow, string>;
  sources!: Table<SourceRow, string>;
  meta!: Table<MetaRow, string>;

  constructor(name: string = DB_NAME, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS) {
    super(name);
    for (const v of versions) {
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
    // Another tab opening a newer version must not wait on us: close and let it proceed.
    this.on('versionchange', () => {
      this.close();
      return false;
    });
  }

  /** Every table a dataset refresh or a user import writes, for one atomic transaction. */
  get dataTables() {
    return [this.reports, this.details, this.facts, this.units, this.metrics, this.sources, this.meta];
  }
}
