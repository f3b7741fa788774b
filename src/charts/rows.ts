// Plain rows the option builders take: one per report, with the primary value of each
// metric it states (absent metrics are absent, never 0), plus the trend's yearly points.
// Built from the query result here so the builders stay free of database types. Rows drawn
// from the chart facts carry no quote until `withQuotes` adds them from the report details.
import type { Observation, ReportScope, ReportTemplate } from '../model/types';
import { PREV_YEAR_TOTAL, PROACTIVE_TOTAL } from './metric-keys';

export interface Cell {
  value: number;
  approx: boolean;
  method: Observation['method'];
  /** The source substring; absent until the report's details have been read. */
  quote?: string;
  note?: string;
}

export interface ReportRow {
  reportId: string;
  unitId: string;
  unitName: string;
  region: string;
  year: number;
  scope: ReportScope;
  template: ReportTemplate;
  values: Readonly<Record<string, Cell>>;
}

export interface TrendPoint {
  unitId: string;
  unitName: string;
  region: string;
  scope: ReportScope;
  year: number;
  value: number;
  derived: boolean;
  approx: boolean;
  /** Where to find the quote: the report and metric the value came from. */
  reportId: string;
  metric: string;
  quote?: string;
}

export interface ReportSource {
  report: { id: string; unitId: string; year: number; scope: ReportScope; template: ReportTemplate };
  unit: { name: string; region: string };
}

function toCell(o: Observation): Cell {
  return {
    value: o.value,
    approx: o.approx,
    method: o.method,
    quote: o.quote,
    ...(o.note ? { note: o.note } : {}),
  };
}

function cellsByReport(observations: readonly Observation[]): Map<string, Record<string, Cell>> {
  const byReport = new Map<string, Record<string, Cell>>();
  for (const o of observations) {
    if (!o.primary) continue;
    const values = byReport.get(o.reportId) ?? {};
    values[o.metric] ??= toCell(o);
    byReport.set(o.reportId, values);
  }
  return byReport;
}

/** One row per report; when a report states a metric twice, the first primary one is used. */
export function toReportRows(
  reports: readonly ReportSource[],
  observations: readonly Observation[],
): ReportRow[] {
  const byReport = cellsByReport(observations);
  return reports.map(({ report, unit }) => ({
    reportId: report.id,
    unitId: report.unitId,
    unitName: unit.name,
    region: unit.region,
    year: report.year,
    scope: report.scope,
    template: report.template,
    values: byReport.get(report.id) ?? {},
  }));
}

/**
 * `rows` with the quotes and notes of `observations` (the reports' details) filled in; only
 * metrics a row already has are touched, so the numbers stay those the charts drew.
 */
export function withQuotes(rows: readonly ReportRow[], observations: readonly Observation[]): ReportRow[] {
  const byReport = cellsByReport(observations);
  return rows.map((row) => {
    const full = byReport.get(row.reportId);
    if (!full) return row;
    const values: Record<string, Cell> = {};
    for (const [metric, cell] of Object.entries(row.values)) values[metric] = { ...cell, ...full[metric] };
    return { ...row, values };
  });
}

/** What the option builders read of a list of rows: its length and a slice (materialized). */
export interface RowList {
  readonly length: number;
  slice(start?: number, end?: number): ReportRow[];
  /** As `largestRows`, without making a row for every report (the dashboard's selection). */
  largest?(metric: string, count: number): ReportRow[];
}

/**
 * The `count` rows that state the largest `metric`, largest first (ties keep list order); when
 * fewer state it, rows that do not follow in list order, so a chart still shows `count`
 * reports and marks the missing value as missing.
 */
export function largestRows(rows: RowList, metric: string, count: number): ReportRow[] {
  if (rows.largest) return rows.largest(metric, count);
  const all = rows.slice();
  const stating = all.filter((row) => row.values[metric] !== undefined);
  // Array.prototype.sort is stable: equal values keep their list order.
  stating.sort((a, b) => b.values[metric]!.value - a.values[metric]!.value);
  const ranked = stating.slice(0, count);
  for (const row of all) {
    if (ranked.length >= count) break;
    if (row.values[metric] === undefined) ranked.push(row);
  }
  return ranked;
}

/** The trend's points, and how many bodies they come from when they are only the largest. */
export interface TrendInput {
  points: readonly TrendPoint[];
  /** Bodies with a point in range, when `points` holds only some of them. */
  bodyCount?: number;
}

/**
 * The trend's points: each report's proactive_total at its year, plus derived previous-year
 * totals at year - 1. A stated value always wins over a derived one for the same unit and year.
 * Grouped by body in the order the rows come (no collation: a locale compare's first use costs
 * tens of ms on a cold load), each body's points by year. This is the definition; the
 * dashboard computes the same off its typed arrays, for the largest bodies only
 * (DashboardIndex.trendOf, tested against this).
 */
export function toTrendPoints(rows: readonly ReportRow[]): TrendPoint[] {
  const points = new Map<string, TrendPoint>();
  const offer = (point: TrendPoint) => {
    const key = `${point.unitId}|${point.year}`;
    const existing = points.get(key);
    if (!existing || (existing.derived && !point.derived)) points.set(key, point);
  };
  for (const row of rows) {
    const base = {
      unitId: row.unitId,
      unitName: row.unitName,
      region: row.region,
      scope: row.scope,
      reportId: row.reportId,
    };
    const total = row.values[PROACTIVE_TOTAL];
    if (total) {
      offer({
        ...base,
        year: row.year,
        value: total.value,
        derived: total.method === 'derived',
        approx: total.approx,
        metric: PROACTIVE_TOTAL,
        ...(total.quote === undefined ? {} : { quote: total.quote }),
      });
    }
    const previous = row.values[PREV_YEAR_TOTAL];
    if (previous) {
      offer({
        ...base,
        year: row.year - 1,
        value: previous.value,
        derived: true,
        approx: previous.approx,
        metric: PREV_YEAR_TOTAL,
        ...(previous.quote === undefined ? {} : { quote: previous.quote }),
      });
    }
  }
  const byUnit = new Map<string, TrendPoint[]>();
  for (const point of points.values()) {
    const list = byUnit.get(point.unitId);
    if (list) list.push(point);
    else byUnit.set(point.unitId, [point]);
  }
  return [...byUnit.values()].flatMap((list) => list.sort((a, b) => a.year - b.year));
}
