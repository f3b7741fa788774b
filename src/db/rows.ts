// Row shapes stored in IndexedDB: the dataset contract plus an `origin` marker, so a new
// shipped dataset can replace its own rows without touching reports the user imported.
import type { Check, MetricDef, Observation, Report, Unit } from '../model/types';

export type Origin = 'shipped' | 'user';

export type ReportRow = Report & { origin: Origin };
export type UnitRow = Unit & { origin: Origin };
export type ObservationRow = Observation & { origin: Origin; seq?: number };
export type CheckRow = Check & { origin: Origin; seq?: number };
export type MetricRow = MetricDef;

/** Full text of one report, for the report page (shipped texts are fetched lazily). */
export interface SourceRow {
  reportId: string;
  text: string;
  origin: Origin;
}

export interface MetaRow {
  key: string;
  value: string;
}

export const META_DATASET_VERSION = 'datasetVersion';
