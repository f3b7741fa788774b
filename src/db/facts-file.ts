// data/facts.json: the chart facts of data/dataset.json, computed at build time and shipped
// beside it, so a first visit downloads what the four charts draw (6 MB at national scale)
// instead of every quote (110 MB), draws and stores that, and fetches dataset.json for the
// quotes afterwards. dataset.json stays the contract and the source of truth: the facts file
// carries its version, and a facts file that is missing, malformed or made for other metric
// columns than this build draws is not used (the facts are then computed from dataset.json).
import type { Dataset, MetricDef, Unit } from '../model/types';
import { buildChartFacts, FACT_METRICS, SCOPES, TEMPLATES, type ChartFacts } from './facts';

/** The file's name in the data folder, beside dataset.json. */
export const FACTS_FILE_NAME = 'facts.json';
/** Relative to the page, like DATASET_URL. */
export const FACTS_FILE_URL = `data/${FACTS_FILE_NAME}`;

/** What a first screen needs of a shipped dataset, and what the facts transaction stores. */
export interface ShippedFirstScreen {
  version: string;
  metrics: MetricDef[];
  units: Unit[];
  facts: ChartFacts;
}

/** ChartFacts in JSON: typed arrays as number arrays, NaN ("not stated") as null. */
interface EncodedFacts {
  metrics: string[];
  reportIds: string[];
  unitIds: string[];
  years: number[];
  scopes: number[];
  templates: number[];
  values: (number | null)[];
  flags: number[];
  checks: { reportIndex: number[]; ok: number[]; rule: string[]; detail: string[] };
}

/** schemaVersion and version come first, like dataset.json's, so the version can be peeked. */
interface FactsFile {
  schemaVersion: 1;
  version: string;
  metrics: MetricDef[];
  units: Unit[];
  facts: EncodedFacts;
}

export function factsFileOf(dataset: Dataset): FactsFile {
  const facts = buildChartFacts(dataset.reports, dataset.observations, dataset.checks);
  return {
    schemaVersion: 1,
    version: dataset.version,
    metrics: dataset.metrics,
    units: dataset.units,
    facts: {
      metrics: facts.metrics,
      reportIds: facts.reportIds,
      unitIds: facts.unitIds,
      years: Array.from(facts.years),
      scopes: Array.from(facts.scopes),
      templates: Array.from(facts.templates),
      values: Array.from(facts.values, (v) => (Number.isNaN(v) ? null : v)),
      flags: Array.from(facts.flags),
      checks: {
        reportIndex: Array.from(facts.checks.reportIndex),
        ok: Array.from(facts.checks.ok),
        rule: facts.checks.rule,
        detail: facts.checks.detail,
      },
    },
  };
}

export function serializeFactsFile(dataset: Dataset): string {
  return `${JSON.stringify(factsFileOf(dataset))}\n`;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `value` as a typed array of `length` numbers in [0, below), or undefined. Plain loops: a national file has 630k cells. */
function typed<T extends Uint8Array | Uint16Array | Int32Array>(
  make: (length: number) => T,
  value: unknown,
  length: number,
  below: number,
): T | undefined {
  if (!Array.isArray(value) || value.length !== length) return undefined;
  const out = make(length);
  for (let i = 0; i < length; i += 1) {
    const n: unknown = value[i];
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n >= below) return undefined;
    out[i] = n;
  }
  return out;
}

/** Values with null for "not stated", as a Float64Array with NaN there. */
function values(value: unknown, length: number): Float64Array | undefined {
  if (!Array.isArray(value) || value.length !== length) return undefined;
  const out = new Float64Array(length);
  for (let i = 0; i < length; i += 1) {
    const n: unknown = value[i];
    if (n === null) out[i] = Number.NaN;
    else if (typeof n === 'number') out[i] = n;
    else return undefined;
  }
  return out;
}

function strings(value: unknown, length: number): string[] | undefined {
  if (!Array.isArray(value) || value.length !== length) return undefined;
  for (const s of value) if (typeof s !== 'string') return undefined;
  return value as string[];
}

const arrayLength = (value: unknown) => (Array.isArray(value) ? value.length : -1);

/**
 * The first screen of a parsed facts file, or undefined when it cannot be trusted to be what
 * this build draws (wrong shape, lengths or codes, other metric columns): the caller then
 * computes the facts from dataset.json instead.
 */
export function decodeFactsFile(json: unknown): ShippedFirstScreen | undefined {
  if (!isObject(json) || json.schemaVersion !== 1 || typeof json.version !== 'string') return undefined;
  const { facts } = json;
  if (!Array.isArray(json.metrics) || !Array.isArray(json.units) || !isObject(facts)) return undefined;
  const metrics = strings(facts.metrics, FACT_METRICS.length);
  if (!metrics || metrics.join() !== FACT_METRICS.join()) return undefined;
  const reportIds = strings(facts.reportIds, arrayLength(facts.reportIds));
  if (!reportIds) return undefined;
  const n = reportIds.length;
  const cells = n * metrics.length;
  const checks = isObject(facts.checks) ? facts.checks : {};
  const checkCount = arrayLength(checks.ok);
  const decoded = {
    metrics,
    reportIds,
    unitIds: strings(facts.unitIds, n),
    years: typed((k) => new Uint16Array(k), facts.years, n, 0x10000),
    scopes: typed((k) => new Uint8Array(k), facts.scopes, n, SCOPES.length),
    templates: typed((k) => new Uint8Array(k), facts.templates, n, TEMPLATES.length),
    values: values(facts.values, cells),
    flags: typed((k) => new Uint8Array(k), facts.flags, cells, 0x100),
    checks: {
      reportIndex: typed((k) => new Int32Array(k), checks.reportIndex, checkCount, n),
      ok: typed((k) => new Uint8Array(k), checks.ok, checkCount, 2),
      rule: strings(checks.rule, checkCount),
      detail: strings(checks.detail, checkCount),
    },
  };
  const { unitIds, years, scopes, templates, flags } = decoded;
  const { reportIndex, ok, rule, detail } = decoded.checks;
  if (!unitIds || !years || !scopes || !templates || !decoded.values || !flags) return undefined;
  if (!reportIndex || !ok || !rule || !detail) return undefined;
  return {
    version: json.version,
    metrics: json.metrics as MetricDef[],
    units: json.units as Unit[],
    facts: {
      metrics,
      reportIds,
      unitIds,
      years,
      scopes,
      templates,
      values: decoded.values,
      flags,
      checks: { reportIndex, ok, rule, detail },
    },
  };
}

/** The first screen of a dataset in hand (dataset.json itself, or the fallback). */
export function firstScreenOf(dataset: Dataset): ShippedFirstScreen {
  return {
    version: dataset.version,
    metrics: dataset.metrics,
    units: dataset.units,
    facts: buildChartFacts(dataset.reports, dataset.observations, dataset.checks),
  };
}
