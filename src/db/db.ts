// The one Dexie database of the app. Every schema version lives in SCHEMA_VERSIONS, in order,
// with its upgrade; never edit a published entry, append a new one. `origin` is indexed on
// every table that can hold user rows so a dataset refresh deletes only shipped rows.
import Dexie, { type Table, type Transaction } from 'dexie';
import type { CheckRow, MetaRow, MetricRow, ObservationRow, ReportRow, SourceRow, UnitRow } from './rows';

export const DB_NAME = 'gov-disclosure';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
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
];

export class DisclosureDb extends Dexie {
  reports!: Table<ReportRow, string>;
  observations!: Table<ObservationRow, number>;
  units!: Table<UnitRow, string>;
  metrics!: Table<MetricRow, string>;
  checks!: Table<CheckRow, number>;
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
    return [this.reports, this.observations, this.units, this.metrics, this.checks, this.sources, this.meta];
  }
}
