// The extractor's entry point: one report text in, its Report, Observations and Checks out.
// Pure (no I/O): the build step, the extract CLI and the browser's import worker all call it.
//
// Every parser returns Found values; this module decides which value of a metric charts use
// (`primary`) and records the disagreements:
// - table over text over derived; among text values, an exact figure over an approximate one
//   ("514 条" over "900 余条"); then the earlier passage;
// - different values -> a failed 'text-vs-table:<metric>' (table and text) or 'conflict:<metric>'
//   (two passages) check quoting both; equal values -> a passed check when table and text agree;
// - channels are compared per bucket: a table's 其他方式 6965 is the text's 5956 + 客户端 726 +
//   电子屏 283, so finer text channels are summed into their bucket before comparing, and they
//   stop being primary once the table states the bucket (charts would count them twice).
import type { Check, ExtractResult, Observation, Report, ReportTemplate } from '../model/types';
import { CHANNEL_BUCKET_OF } from '../model/metrics';
import type { Found, FoundCheck, SourceText } from './found';
import { computeChecks } from './checks';
import { NotAReportError } from './errors';
import { readMetadata, tidyText, type ReportMeta } from './metadata';
import { parseNarrative } from './narrative';
import { normalizeText, stripBom } from './normalize';
import { parseFormat2021 } from './format-2021';
import { parseStatTable2008 } from './stat-table-2008';
import { buildRows } from './table-grid';

export type { ReportMeta } from './metadata';

export interface TableParsers {
  parseFormat2021: typeof parseFormat2021;
  parseStatTable2008: typeof parseStatTable2008;
}

const DEFAULT_TABLE_PARSERS: TableParsers = { parseFormat2021, parseStatTable2008 };

export interface ExtractOptions {
  sourceFile: string;
  sourceSha256: string;
  /** The registry's unit id, or a function of the detected metadata; default: a slug of the body. */
  unitId?: string | ((meta: ReportMeta) => string);
  /** Replaceable for tests of the orchestration alone. */
  tables?: TableParsers;
}

export interface ReportExtraction extends ExtractResult {
  meta: ReportMeta;
}

/** Stable across runs and machines: FNV-1a over the UTF-16 code units of the body. */
export function slugUnitId(body: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < body.length; i++) {
    hash ^= body.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `unit-${hash.toString(16).padStart(8, '0')}`;
}

export function extractReport(text: string, options: ExtractOptions): ReportExtraction {
  const raw = stripBom(text);
  if (raw.includes('\u0000')) throw new NotAReportError('binary');
  const src: SourceText = { raw, norm: normalizeText(raw) };
  const meta = readMetadata(src.norm);
  const tables = readTables(src, options.tables ?? DEFAULT_TABLE_PARSERS);
  const unitId =
    typeof options.unitId === 'function' ? options.unitId(meta) : (options.unitId ?? slugUnitId(meta.body));
  const report: Report = {
    id: `${unitId}-${meta.year}`,
    unitId,
    year: meta.year,
    scope: meta.scope,
    template: tables.template,
    title: meta.title,
    sourceFile: options.sourceFile,
    sourceSha256: options.sourceSha256,
  };
  const found = [...tables.found, ...parseNarrative(src)];
  const { observations, checks: agreement } = resolvePrimaries(report.id, found);
  const primaryValues = new Map(observations.filter((o) => o.primary).map((o) => [o.metric, o.value]));
  const checks = [
    ...tables.checks,
    ...agreement,
    ...withoutCovered(computeChecks(primaryValues), tables.checks),
  ].map((c): Check => ({ reportId: report.id, ...c }));
  return { meta, reports: [report], observations, checks };
}

/** Generic sums that a table parser's own, per-column checks already make (2021 表三/表四). */
const COVERED_BY: Readonly<Record<string, string>> = {
  'outcomes-sum': 'table3-outcomes-sum',
  'review-sum': 'table4-sum:',
  'litigation-sum': 'table4-sum:',
};

function withoutCovered(checks: readonly FoundCheck[], tableChecks: readonly FoundCheck[]): FoundCheck[] {
  return checks.filter((c) => {
    const cover = COVERED_BY[c.rule];
    return !cover || !tableChecks.some((t) => t.rule.startsWith(cover));
  });
}

function readTables(src: SourceText, parsers: TableParsers) {
  // Splitting into rows is the costly part (about a second on 20 MB): done once for both templates.
  const rows = buildRows(src.norm);
  const format2021 = parsers.parseFormat2021(src, rows);
  if (format2021) return format2021;
  const found = parsers.parseStatTable2008(src, rows);
  const template: ReportTemplate = found.length > 0 ? 'stat-table-2008' : 'narrative';
  return { template, found, checks: [] as FoundCheck[] };
}

const METHOD_RANK: Readonly<Record<Found['method'], number>> = { table: 0, text: 1, derived: 2 };

function preference(a: Found, b: Found): number {
  return (
    METHOD_RANK[a.method] - METHOD_RANK[b.method] || Number(a.approx) - Number(b.approx) || a.start - b.start
  );
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Channel metrics that the table states per bucket: their text values are compared per bucket. */
function tableBuckets(found: readonly Found[]): Set<string> {
  return new Set(
    found
      .filter((f) => f.method === 'table' && f.metric in CHANNEL_BUCKET_OF)
      .map((f) => CHANNEL_BUCKET_OF[f.metric]!),
  );
}

export function resolvePrimaries(
  reportId: string,
  found: readonly Found[],
): { observations: Observation[]; checks: FoundCheck[] } {
  const buckets = tableBuckets(found);
  const bucketOf = (metric: string) => CHANNEL_BUCKET_OF[metric];
  const isBucketed = (f: Found) => f.method !== 'table' && buckets.has(bucketOf(f.metric) ?? '');
  const observations: Observation[] = [];
  const checks: FoundCheck[] = [];
  for (const [metric, group] of groupBy(found, (f) => f.metric)) {
    const ranked = [...group].sort(preference);
    ranked.forEach((f, i) => observations.push({ reportId, ...f, primary: i === 0 && !isBucketed(f) }));
    const compared = ranked.filter((f) => !isBucketed(f));
    const check = agreementCheck(metric, compared);
    if (check) checks.push(check);
  }
  for (const bucket of [...buckets].sort()) {
    const check = bucketCheck(bucket, found);
    if (check) checks.push(check);
  }
  observations.sort((a, b) => a.start - b.start || a.metric.localeCompare(b.metric));
  return { observations, checks };
}

const QUOTE_IN_DETAIL = 60;

function describe(f: Found): string {
  const source = f.method === 'table' ? '表格' : f.method === 'text' ? '正文' : '推算';
  const quote = tidyText(f.quote);
  // A table quote is its row and ends with the value: shorten it from the front.
  const shortQuote =
    quote.length <= QUOTE_IN_DETAIL
      ? quote
      : f.method === 'table'
        ? `…${quote.slice(-QUOTE_IN_DETAIL)}`
        : `${quote.slice(0, QUOTE_IN_DETAIL)}…`;
  return `${source} ${f.value}${f.approx ? '（约）' : ''}「${shortQuote}」`;
}

/** A detail names a few values; a text stating one metric a thousand times must not make it huge. */
const MAX_VALUES_IN_DETAIL = 4;

function firstOfEachValue(ranked: readonly Found[]): Found[] {
  const seen = new Set<number>();
  return ranked.filter((f) => !seen.has(f.value) && seen.add(f.value));
}

function agreementCheck(metric: string, ranked: readonly Found[]): FoundCheck | null {
  if (ranked.length < 2) return null;
  const hasTable = ranked.some((f) => f.method === 'table');
  const hasText = ranked.some((f) => f.method !== 'table');
  const distinct = new Set(ranked.map((f) => f.value));
  const ok = distinct.size === 1;
  if (ok && !(hasTable && hasText)) return null;
  const rule = hasTable && hasText ? `text-vs-table:${metric}` : `conflict:${metric}`;
  const shown = ok ? ranked.slice(0, 2) : firstOfEachValue(ranked);
  const listed = shown
    .slice(0, MAX_VALUES_IN_DETAIL)
    .map(describe)
    .join(ok ? ' = ' : ' ≠ ');
  const more =
    shown.length > MAX_VALUES_IN_DETAIL ? ` …（共 ${shown.length} 个不同数值 / ${shown.length} values）` : '';
  return { rule, ok, detail: listed + more };
}

/** The table's bucket value against the sum of the text's figures in that bucket (best one per key). */
function bucketCheck(bucket: string, found: readonly Found[]): FoundCheck | null {
  const inBucket = found.filter((f) => CHANNEL_BUCKET_OF[f.metric] === bucket);
  const table = inBucket.filter((f) => f.method === 'table').sort(preference)[0];
  const textByKey = groupBy(
    inBucket.filter((f) => f.method !== 'table'),
    (f) => f.metric,
  );
  if (!table || textByKey.size === 0) return null;
  const textBest = [...textByKey.values()]
    .map((g) => [...g].sort(preference)[0]!)
    .sort((a, b) => a.start - b.start);
  const textSum = textBest.reduce((s, f) => s + f.value, 0);
  const ok = textSum === table.value;
  const textPart = textBest.map(describe).join(' + ');
  return {
    rule: `text-vs-table:${bucket}`,
    ok,
    detail: `${describe(table)} ${ok ? '=' : '≠'} ${textPart}${textBest.length > 1 ? ` = ${textSum}` : ''}`,
  };
}
