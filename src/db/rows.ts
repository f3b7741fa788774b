// Row shapes stored in IndexedDB: the dataset contract plus an `origin` marker, so a new
// shipped dataset can replace its own rows without touching reports the user imported.
// Since schema v2 a report's observations and checks live in ONE details row per report
// (read only by the report page, a source dialog or the Sources tab), and the numbers the
// four charts draw live in one columnar facts row that a warm start reads in one go.
import type { Check, MetricDef, Observation, Report, Unit } from '../model/types';
import type { ChartFacts } from './facts';
import type { PackedFacts } from './packed-facts';

/** The app's IndexedDB database (declared in db.ts; read without Dexie by fast-read.ts). */
export const DB_NAME = 'gov-disclosure';

export type Origin = 'shipped' | 'user';

export type ReportRow = Report & { origin: Origin };
export type UnitRow = Unit & { origin: Origin };
/** v1 only (one row per observation / check); kept for the v1 -> v2 upgrade. */
export type ObservationRow = Observation & { origin: Origin; seq?: number };
export type CheckRow = Check & { origin: Origin; seq?: number };
export type MetricRow = MetricDef;

/** Everything a report states, in one row: the report page reads it with one get. */
export interface DetailsRow {
  reportId: string;
  origin: Origin;
  /** JSON of the report's observations and checks (details.ts says why). */
  json: string;
}

/**
 * The shipped dataset's chart facts (user reports are few: their facts are computed on read),
 * with their strings packed (packed-facts.ts); rows of earlier versions hold plain lists.
 */
export type FactsRow = (PackedFacts | ChartFacts) & {
  key: string;
  /** Dataset version the facts were computed from. */
  version: string;
};

export const SHIPPED_FACTS_KEY = 'shipped';

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
/**
 * The dataset version whose reports and details rows are all stored. The chart facts are
 * committed first (the charts need nothing else) and the details after them, in their own
 * transaction; until this equals META_DATASET_VERSION, quotes and report pages wait.
 */
export const META_DETAILS_VERSION = 'detailsVersion';
