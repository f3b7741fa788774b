// The questions the views ask, written once against DataRepository (IndexedDB or memory).
import { compareZh } from '../i18n/collate';
import type { Check, Observation } from '../model/types';
import type { DataRepository } from './repository';
import type { ReportRow, UnitRow } from './rows';

/** The four regions the shipped reports cover, in the order the filters list them. */
export const KNOWN_REGIONS = ['平罗', '盐池', '彭阳', '灵沙乡'] as const;

export interface DashboardFilter {
  regions: readonly string[];
  from: number;
  to: number;
  /** Only units whose name or id contains this (unitMatcher); empty or absent: every unit. */
  unitQuery?: string;
  /** Charts use only the primary value of a metric; the report page shows all of them. */
  primaryOnly?: boolean;
}

export interface ReportWithUnit {
  report: ReportRow;
  unit: UnitRow;
}

export interface DashboardData {
  reports: ReportWithUnit[];
  observations: Observation[];
  checks: Check[];
}

/** Display order of scopes within a region: the county's own figures first. */
export const SCOPE_ORDER = { 'county-aggregate': 0, office: 1, township: 2 } as const;

/** Known regions first in their fixed order, then any others (user imports) by name. */
export function orderRegions(regions: Iterable<string>): string[] {
  const known: readonly string[] = KNOWN_REGIONS;
  const rank = (r: string) => (known.includes(r) ? known.indexOf(r) : known.length);
  return [...new Set(regions)].sort((a, b) => rank(a) - rank(b) || compareZh(a, b));
}

export async function listRegions(repo: DataRepository): Promise<string[]> {
  return orderRegions((await repo.listUnits()).map((u) => u.region));
}

export async function listYears(repo: DataRepository): Promise<number[]> {
  const units = await repo.listUnits();
  const reports = await repo.reportsOfUnits(units.map((u) => u.id));
  return [...new Set(reports.map((r) => r.year))].sort((a, b) => a - b);
}

function compareReports(regionOrder: readonly string[]) {
  return (a: ReportWithUnit, b: ReportWithUnit) =>
    regionOrder.indexOf(a.unit.region) - regionOrder.indexOf(b.unit.region) ||
    SCOPE_ORDER[a.report.scope] - SCOPE_ORDER[b.report.scope] ||
    compareZh(a.unit.name, b.unit.name) ||
    a.report.year - b.report.year;
}

/**
 * Whether a unit answers a search: its name (平罗) or its id (pingluo-county) contains the
 * query, ignoring case and the spaces around it. An empty query matches every unit.
 */
export function unitMatcher(query: string): (unit: Pick<UnitRow, 'id' | 'name'>) => boolean {
  const wanted = query.trim().toLowerCase();
  return (unit) =>
    wanted === '' || unit.name.toLowerCase().includes(wanted) || unit.id.toLowerCase().includes(wanted);
}

export async function queryDashboard(repo: DataRepository, filter: DashboardFilter): Promise<DashboardData> {
  const wanted = new Set(filter.regions);
  const matches = unitMatcher(filter.unitQuery ?? '');
  const units = (await repo.listUnits()).filter((u) => wanted.has(u.region) && matches(u));
  const unitById = new Map(units.map((u) => [u.id, u]));
  const reports = (await repo.reportsOfUnits([...unitById.keys()]))
    .filter((r) => r.year >= filter.from && r.year <= filter.to)
    .map((report) => ({ report, unit: unitById.get(report.unitId)! }))
    .sort(compareReports(orderRegions(filter.regions)));
  const reportIds = reports.map((r) => r.report.id);
  const observations = await repo.observationsOfReports(reportIds);
  const checks = await repo.checksOfReports(reportIds);
  return {
    reports,
    observations: filter.primaryOnly === false ? observations : observations.filter((o) => o.primary),
    checks,
  };
}

export interface ReportPageData {
  report: ReportRow;
  unit: UnitRow | undefined;
  observations: Observation[];
  checks: Check[];
}

export async function queryReportPage(
  repo: DataRepository,
  reportId: string,
): Promise<ReportPageData | null> {
  const report = await repo.getReport(reportId);
  if (!report) return null;
  const [unit, observations, checks] = await Promise.all([
    repo.getUnit(report.unitId),
    repo.observationsOfReports([reportId]),
    repo.checksOfReports([reportId]),
  ]);
  return { report, unit, observations: observations.sort((a, b) => a.start - b.start), checks };
}

export type FetchText = (url: string) => Promise<string>;

async function fetchTextFromNetwork(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

/**
 * The full source text of a report: stored for user imports, fetched on first view for
 * shipped reports (from data/reports/<sourceFile>, relative to the page) and then kept.
 */
export async function loadSourceText(
  repo: DataRepository,
  report: ReportRow,
  fetchText: FetchText = fetchTextFromNetwork,
): Promise<string> {
  const stored = await repo.getSource(report.id);
  if (stored) return stored.text;
  const raw = await fetchText(`data/reports/${encodeURIComponent(report.sourceFile)}`);
  // Offsets in the dataset are relative to the text without its byte-order mark.
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  await repo.putSource({ reportId: report.id, text, origin: report.origin }).catch(() => undefined);
  return text;
}
