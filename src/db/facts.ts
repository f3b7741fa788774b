// Chart facts: per report, the primary value of every metric the four views draw, as numbers
// in typed arrays (no quotes, no notes). A national dataset (~24,000 reports) then loads from
// IndexedDB as one structured clone of a few MB instead of half a million observation rows,
// and a filter change is a scan in memory. Quotes stay in the per-report details rows.
import { CHANNEL_METRICS, OUTCOME_METRICS, STAFFING_METRICS, TREND_METRICS } from '../charts/metric-keys';
import type {
  Check,
  Observation,
  ObservationMethod,
  Report,
  ReportScope,
  ReportTemplate,
} from '../model/types';

/** Every metric a chart, its table or its Sources tab shows, once each. */
export const FACT_METRICS: readonly string[] = [
  ...new Set([...TREND_METRICS, ...OUTCOME_METRICS, ...STAFFING_METRICS, ...CHANNEL_METRICS]),
];

export const METHODS: readonly ObservationMethod[] = ['table', 'text', 'derived'];
export const SCOPES: readonly ReportScope[] = ['county-aggregate', 'office', 'township'];
export const TEMPLATES: readonly ReportTemplate[] = [
  'stat-table-2008',
  'format-2019',
  'format-2021',
  'narrative',
];
/** Set in a flag byte when the value is approximate (余/约/多); the low bits hold the method index. */
export const APPROX_FLAG = 0x10;
export const METHOD_MASK = 0x0f;

export interface FactChecks {
  /** Index into the facts' reports of the report each check belongs to. */
  reportIndex: Int32Array;
  ok: Uint8Array;
  rule: string[];
  detail: string[];
}

export interface ChartFacts {
  /** Column order of `values` and `flags`. */
  metrics: string[];
  reportIds: string[];
  unitIds: string[];
  years: Uint16Array;
  scopes: Uint8Array;
  templates: Uint8Array;
  /** reports x metrics, row-major; NaN where the report does not state the metric. */
  values: Float64Array;
  /** Same layout as values: method index | APPROX_FLAG. */
  flags: Uint8Array;
  checks: FactChecks;
}

export interface FactCell {
  value: number;
  approx: boolean;
  method: ObservationMethod;
}

function indexOrThrow<T>(list: readonly T[], item: T, what: string): number {
  const index = list.indexOf(item);
  if (index < 0) throw new Error(`Unknown ${what}: ${String(item)}`);
  return index;
}

/** Facts of `reports`; a metric stated twice keeps the first primary value, as the charts do. */
export function buildChartFacts(
  reports: readonly Report[],
  observations: readonly Observation[],
  checks: readonly Check[],
  metrics: readonly string[] = FACT_METRICS,
): ChartFacts {
  const width = metrics.length;
  const reportIndex = new Map(reports.map((r, i) => [r.id, i]));
  const metricIndex = new Map(metrics.map((m, i) => [m, i]));
  const values = new Float64Array(reports.length * width).fill(Number.NaN);
  const flags = new Uint8Array(reports.length * width);
  for (const o of observations) {
    if (!o.primary) continue;
    const row = reportIndex.get(o.reportId);
    const column = metricIndex.get(o.metric);
    if (row === undefined || column === undefined) continue;
    const at = row * width + column;
    if (!Number.isNaN(values[at]!)) continue;
    values[at] = o.value;
    flags[at] = indexOrThrow(METHODS, o.method, 'method') | (o.approx ? APPROX_FLAG : 0);
  }
  const ownChecks = checks.filter((c) => reportIndex.has(c.reportId));
  return {
    metrics: [...metrics],
    reportIds: reports.map((r) => r.id),
    unitIds: reports.map((r) => r.unitId),
    years: Uint16Array.from(reports, (r) => r.year),
    scopes: Uint8Array.from(reports, (r) => indexOrThrow(SCOPES, r.scope, 'scope')),
    templates: Uint8Array.from(reports, (r) => indexOrThrow(TEMPLATES, r.template, 'template')),
    values,
    flags,
    checks: {
      reportIndex: Int32Array.from(ownChecks, (c) => reportIndex.get(c.reportId)!),
      ok: Uint8Array.from(ownChecks, (c) => (c.ok ? 1 : 0)),
      rule: ownChecks.map((c) => c.rule),
      detail: ownChecks.map((c) => c.detail),
    },
  };
}

export function emptyFacts(metrics: readonly string[] = FACT_METRICS): ChartFacts {
  return buildChartFacts([], [], [], metrics);
}

function concatTyped<T extends Uint8Array | Uint16Array | Int32Array | Float64Array>(
  make: (length: number) => T,
  a: T,
  b: T,
): T {
  const out = make(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** `a` followed by `b` (e.g. shipped facts, then the user's); a report id in both keeps `b`'s. */
export function concatFacts(a: ChartFacts, b: ChartFacts): ChartFacts {
  if (a.metrics.join() !== b.metrics.join()) throw new Error('Facts with different metric columns');
  if (b.reportIds.length === 0) return a;
  const replaced = new Set(b.reportIds);
  const kept = a.reportIds.some((id) => replaced.has(id)) ? withoutReports(a, replaced) : a;
  const shift = kept.reportIds.length;
  return {
    metrics: kept.metrics,
    reportIds: [...kept.reportIds, ...b.reportIds],
    unitIds: [...kept.unitIds, ...b.unitIds],
    years: concatTyped((n) => new Uint16Array(n), kept.years, b.years),
    scopes: concatTyped((n) => new Uint8Array(n), kept.scopes, b.scopes),
    templates: concatTyped((n) => new Uint8Array(n), kept.templates, b.templates),
    values: concatTyped((n) => new Float64Array(n), kept.values, b.values),
    flags: concatTyped((n) => new Uint8Array(n), kept.flags, b.flags),
    checks: {
      reportIndex: concatTyped(
        (n) => new Int32Array(n),
        kept.checks.reportIndex,
        b.checks.reportIndex.map((i) => i + shift),
      ),
      ok: concatTyped((n) => new Uint8Array(n), kept.checks.ok, b.checks.ok),
      rule: [...kept.checks.rule, ...b.checks.rule],
      detail: [...kept.checks.detail, ...b.checks.detail],
    },
  };
}

function withoutReports(facts: ChartFacts, drop: ReadonlySet<string>): ChartFacts {
  const keep = facts.reportIds.flatMap((id, i) => (drop.has(id) ? [] : [i]));
  const newIndex = new Int32Array(facts.reportIds.length).fill(-1);
  keep.forEach((old, i) => (newIndex[old] = i));
  const width = facts.metrics.length;
  const values = new Float64Array(keep.length * width);
  const flags = new Uint8Array(keep.length * width);
  keep.forEach((old, i) => {
    values.set(facts.values.subarray(old * width, (old + 1) * width), i * width);
    flags.set(facts.flags.subarray(old * width, (old + 1) * width), i * width);
  });
  const checks = [...facts.checks.reportIndex.keys()].filter(
    (c) => newIndex[facts.checks.reportIndex[c]!]! >= 0,
  );
  return {
    metrics: facts.metrics,
    reportIds: keep.map((i) => facts.reportIds[i]!),
    unitIds: keep.map((i) => facts.unitIds[i]!),
    years: Uint16Array.from(keep, (i) => facts.years[i]!),
    scopes: Uint8Array.from(keep, (i) => facts.scopes[i]!),
    templates: Uint8Array.from(keep, (i) => facts.templates[i]!),
    values,
    flags,
    checks: {
      reportIndex: Int32Array.from(checks, (c) => newIndex[facts.checks.reportIndex[c]!]!),
      ok: Uint8Array.from(checks, (c) => facts.checks.ok[c]!),
      rule: checks.map((c) => facts.checks.rule[c]!),
      detail: checks.map((c) => facts.checks.detail[c]!),
    },
  };
}

/** The cell of report `index` in `column`, or undefined where the report does not state it. */
export function factCell(facts: ChartFacts, index: number, column: number): FactCell | undefined {
  const at = index * facts.metrics.length + column;
  const value = facts.values[at]!;
  if (Number.isNaN(value)) return undefined;
  const flag = facts.flags[at]!;
  return { value, approx: (flag & APPROX_FLAG) !== 0, method: METHODS[flag & METHOD_MASK]! };
}

/** The stated metrics of report `index`, as chart cells (absent metrics are absent, never 0). */
export function factCells(facts: ChartFacts, index: number): Record<string, FactCell> {
  const cells: Record<string, FactCell> = {};
  facts.metrics.forEach((metric, column) => {
    const cell = factCell(facts, index, column);
    if (cell) cells[metric] = cell;
  });
  return cells;
}

/** True when stored facts were computed with the columns this build draws. */
export function factsMatchBuild(facts: Pick<ChartFacts, 'metrics'>): boolean {
  return facts.metrics.join() === FACT_METRICS.join();
}
