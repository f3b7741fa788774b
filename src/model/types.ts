// Domain types shared by the extractor, the build step, the database and the views.
// This is the dataset contract of DESIGN.md; every other module imports these with `import type`.

export type MetricGroup =
  'proactive' | 'channels' | 'responses' | 'applications' | 'outcomes' | 'review' | 'regulatory' | 'capacity';

export interface MetricDef {
  key: string;
  group: MetricGroup;
  zh: string;
  en: string;
  /** Unit of measure as the reports print it: 条, 件, 次, 篇, 人, 人次, 个, 万元. */
  unit: string;
}

export type UnitLevel = 'county' | 'township' | 'office';

export interface Unit {
  id: string;
  name: string;
  level: UnitLevel;
  parentId?: string;
  /** One of the dashboard's filter regions (平罗, 盐池, 彭阳, 灵沙乡) or, for imported units, the user's choice. */
  region: string;
  adminCode?: string;
}

export type ReportScope = 'county-aggregate' | 'office' | 'township';
export type ReportTemplate = 'stat-table-2008' | 'format-2019' | 'format-2021' | 'narrative';

export interface Report {
  id: string;
  unitId: string;
  year: number;
  scope: ReportScope;
  template: ReportTemplate;
  title: string;
  sourceFile: string;
  sourceSha256: string;
}

export type ObservationMethod = 'table' | 'text' | 'derived';

export interface Observation {
  reportId: string;
  metric: string;
  value: number;
  /** 余/约/多/以上 in the source: the number is a lower bound or an estimate. */
  approx: boolean;
  method: ObservationMethod;
  /** Exact substring of the source text holding the number (for derived values: the span their inputs cover). */
  quote: string;
  /** Offsets of quote in the source text, in UTF-16 code units, after the BOM is removed. */
  start: number;
  end: number;
  /** The value charts use when a report states a metric more than once. */
  primary: boolean;
  note?: string;
}

export interface Check {
  reportId: string;
  /** Stable rule id, e.g. 'channels-sum', 'staff-sum', 'table3-balance:自然人', 'text-vs-table:proactive_total'. */
  rule: string;
  ok: boolean;
  /** Human-readable detail naming both numbers and quoting the source where it can. */
  detail: string;
}

export interface Dataset {
  schemaVersion: 1;
  /** Content hash of everything below; same input gives the same bytes. */
  version: string;
  metrics: MetricDef[];
  units: Unit[];
  reports: Report[];
  observations: Observation[];
  checks: Check[];
}

/** What the pure extractor returns for one report text. */
export interface ExtractResult {
  reports: Report[];
  observations: Observation[];
  checks: Check[];
}
