// Deterministic dataset.json: rows sorted, every object's keys in one fixed order, and a version
// that is the SHA-256 of everything else. Same input files -> byte-identical output.
import { createHash } from 'node:crypto';
import type { Check, Dataset, MetricDef, Observation, Report, Unit } from '../model/types';

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Rebuilds `value` with keys in `order` (absent optional keys are left out). */
function ordered<T extends object>(value: T, order: readonly (keyof T)[]): T {
  const out: Partial<T> = {};
  for (const key of order) {
    if (value[key] !== undefined) out[key] = value[key];
  }
  return out as T;
}

const METRIC_KEYS: readonly (keyof MetricDef)[] = ['key', 'group', 'zh', 'en', 'unit'];
const UNIT_KEYS: readonly (keyof Unit)[] = ['id', 'name', 'level', 'parentId', 'region', 'adminCode'];
const REPORT_KEYS: readonly (keyof Report)[] = [
  'id',
  'unitId',
  'year',
  'scope',
  'template',
  'title',
  'sourceFile',
  'sourceSha256',
];
const OBSERVATION_KEYS: readonly (keyof Observation)[] = [
  'reportId',
  'metric',
  'value',
  'approx',
  'method',
  'quote',
  'start',
  'end',
  'primary',
  'note',
];
const CHECK_KEYS: readonly (keyof Check)[] = ['reportId', 'rule', 'ok', 'detail'];

/** Code-unit order, not locale order: the same on every machine. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareObservations(a: Observation, b: Observation): number {
  return (
    compareStrings(a.reportId, b.reportId) ||
    a.start - b.start ||
    a.end - b.end ||
    compareStrings(a.metric, b.metric) ||
    compareStrings(a.method, b.method) ||
    a.value - b.value
  );
}

function compareChecks(a: Check, b: Check): number {
  return (
    compareStrings(a.reportId, b.reportId) ||
    compareStrings(a.rule, b.rule) ||
    compareStrings(a.detail, b.detail)
  );
}

export interface DatasetContent {
  metrics: readonly MetricDef[];
  units: readonly Unit[];
  reports: readonly Report[];
  observations: readonly Observation[];
  checks: readonly Check[];
}

/** The canonical Dataset: sorted, key-ordered, versioned. */
export function canonicalDataset(content: DatasetContent): Dataset {
  const body = {
    metrics: content.metrics.map((m) => ordered(m, METRIC_KEYS)),
    units: [...content.units].sort((a, b) => compareStrings(a.id, b.id)).map((u) => ordered(u, UNIT_KEYS)),
    reports: [...content.reports]
      .sort((a, b) => compareStrings(a.id, b.id))
      .map((r) => ordered(r, REPORT_KEYS)),
    observations: [...content.observations]
      .sort(compareObservations)
      .map((o) => ordered(o, OBSERVATION_KEYS)),
    checks: [...content.checks].sort(compareChecks).map((c) => ordered(c, CHECK_KEYS)),
  };
  return { schemaVersion: 1, version: sha256Hex(JSON.stringify(body)), ...body };
}

export function serializeDataset(dataset: Dataset): string {
  return `${JSON.stringify(dataset)}\n`;
}
