// What the views may ask of the data, behind one interface with two backings: IndexedDB
// (Dexie) normally, and a plain in-memory copy of the network dataset when IndexedDB is
// unavailable (private mode, quota, blocked upgrade). Queries are written once against this.
// The dashboard reads only `loadFacts` (numbers, no quotes); quotes and checks come per
// report from the details rows when a dialog, a Sources tab or the report page needs them.
import type { Check, Dataset, MetricDef, Observation } from '../model/types';
import type { DisclosureDb } from './db';
import { decodeDetails, type ReportDetails } from './details';
import { buildChartFacts, concatFacts, factsMatchBuild, type ChartFacts } from './facts';
import { unpackStoredFacts } from './packed-facts';
import { SHIPPED_FACTS_KEY, type DetailsRow, type ReportRow, type SourceRow, type UnitRow } from './rows';
import { factsOfUserReports } from './user-facts';

/** What the dashboard draws from: every report's chart numbers and every unit. */
export interface LoadedFacts {
  facts: ChartFacts;
  units: UnitRow[];
}

export interface DataRepository {
  /** True when the data survives a reload (IndexedDB); false for the in-memory fallback. */
  readonly persistent: boolean;
  loadFacts(): Promise<LoadedFacts>;
  listUnits(): Promise<UnitRow[]>;
  listMetrics(): Promise<MetricDef[]>;
  reportsOfUnits(unitIds: readonly string[]): Promise<ReportRow[]>;
  getReport(id: string): Promise<ReportRow | undefined>;
  getUnit(id: string): Promise<UnitRow | undefined>;
  observationsOfReports(reportIds: readonly string[]): Promise<Observation[]>;
  checksOfReports(reportIds: readonly string[]): Promise<Check[]>;
  getSource(reportId: string): Promise<SourceRow | undefined>;
  putSource(row: SourceRow): Promise<void>;
  /** Calls `listener` after every change to the data; returns the unsubscribe function. */
  onChange?(listener: () => void): () => void;
}

/**
 * Open while the shipped details rows are being replaced (shipped-write.ts, transaction 2):
 * reads of reports and details wait for it, so no quote of another version is shown.
 */
export interface DetailsGate {
  pending: boolean;
  settled: Promise<unknown>;
}

const OPEN_GATE: DetailsGate = { pending: false, settled: Promise.resolve() };

export class DexieRepository implements DataRepository {
  readonly persistent = true;
  constructor(
    private readonly db: DisclosureDb,
    private readonly detailsGate: DetailsGate = OPEN_GATE,
  ) {}

  /** Only awaits when a write is under way: a live query stays inside Dexie's own promises. */
  private async throughGate(): Promise<void> {
    if (this.detailsGate.pending) await this.detailsGate.settled.catch(() => undefined);
  }

  loadFacts(): Promise<LoadedFacts> {
    const { db } = this;
    return db.transaction('r', [db.facts, db.units, db.reports, db.details], async () => {
      const [shipped, units, userReports] = await Promise.all([
        db.facts.get(SHIPPED_FACTS_KEY),
        db.units.toArray(),
        db.reports.where('origin').equals('user').toArray(),
      ]);
      const details = await db.details.bulkGet(userReports.map((r) => r.id));
      const mine = factsOfUserReports(userReports, details);
      const base = shipped && factsMatchBuild(shipped) ? unpackStoredFacts(shipped) : undefined;
      return { facts: base ? concatFacts(base, mine) : mine, units };
    });
  }
  listUnits() {
    return this.db.units.toArray();
  }
  listMetrics() {
    return this.db.metrics.toArray();
  }
  async reportsOfUnits(unitIds: readonly string[]) {
    await this.throughGate();
    return this.db.reports
      .where('unitId')
      .anyOf([...unitIds])
      .toArray();
  }
  async getReport(id: string) {
    await this.throughGate();
    return this.db.reports.get(id);
  }
  getUnit(id: string) {
    return this.db.units.get(id);
  }
  private async detailsOf(reportIds: readonly string[]): Promise<ReportDetails[]> {
    await this.throughGate();
    const rows = await this.db.details.bulkGet([...reportIds]);
    return rows.filter((d): d is DetailsRow => d !== undefined).map(decodeDetails);
  }
  async observationsOfReports(reportIds: readonly string[]) {
    return (await this.detailsOf(reportIds)).flatMap((d) => d.observations);
  }
  async checksOfReports(reportIds: readonly string[]) {
    return (await this.detailsOf(reportIds)).flatMap((d) => d.checks);
  }
  getSource(reportId: string) {
    return this.db.sources.get(reportId);
  }
  async putSource(row: SourceRow) {
    await this.db.sources.put(row);
  }
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** The fallback: the network dataset held in memory, indexed the way the Dexie tables are. */
export class MemoryRepository implements DataRepository {
  readonly persistent = false;
  private units = new Map<string, UnitRow>();
  private reports = new Map<string, ReportRow>();
  private reportsByUnit = new Map<string, ReportRow[]>();
  private observationsByReport = new Map<string, Observation[]>();
  private checksByReport = new Map<string, Check[]>();
  private sources = new Map<string, SourceRow>();
  private metrics: MetricDef[] = [];
  private listeners = new Set<() => void>();
  private facts: LoadedFacts | undefined;

  constructor(dataset: Dataset) {
    this.replaceShipped(dataset);
  }

  /** Swaps in a newer shipped dataset; user rows (added through addUserRows) are kept. */
  replaceShipped(dataset: Dataset): void {
    const userUnits = [...this.units.values()].filter((u) => u.origin === 'user');
    const userReports = [...this.reports.values()].filter((r) => r.origin === 'user');
    const keptObservations = userReports.flatMap((r) => this.observationsByReport.get(r.id) ?? []);
    const keptChecks = userReports.flatMap((r) => this.checksByReport.get(r.id) ?? []);
    this.metrics = [...dataset.metrics];
    this.units = new Map([
      ...userUnits.map((u) => [u.id, u] as const),
      ...dataset.units.map((u) => [u.id, { ...u, origin: 'shipped' as const }] as const),
    ]);
    this.reports = new Map([
      ...dataset.reports.map((r) => [r.id, { ...r, origin: 'shipped' as const }] as const),
      ...userReports.map((r) => [r.id, r] as const),
    ]);
    this.reindex([...dataset.observations, ...keptObservations], [...dataset.checks, ...keptChecks]);
    for (const [id, row] of this.sources) if (row.origin === 'shipped') this.sources.delete(id);
    this.notify();
  }

  addUserRows(
    unit: UnitRow,
    report: ReportRow,
    observations: Observation[],
    checks: Check[],
    source: SourceRow,
  ) {
    if (this.units.get(unit.id)?.origin !== 'shipped') this.units.set(unit.id, unit);
    this.reports.set(report.id, report);
    this.sources.set(report.id, source);
    this.reindex(
      [...this.allObservations().filter((o) => o.reportId !== report.id), ...observations],
      [...this.allChecks().filter((c) => c.reportId !== report.id), ...checks],
    );
    this.notify();
  }

  removeReport(reportId: string) {
    const unitId = this.reports.get(reportId)?.unitId;
    this.reports.delete(reportId);
    const orphan = unitId === undefined ? undefined : this.units.get(unitId);
    const stillUsed = [...this.reports.values()].some((r) => r.unitId === unitId);
    if (orphan?.origin === 'user' && !stillUsed) this.units.delete(orphan.id);
    this.sources.delete(reportId);
    this.reindex(
      this.allObservations().filter((o) => o.reportId !== reportId),
      this.allChecks().filter((c) => c.reportId !== reportId),
    );
    this.notify();
  }

  private allObservations() {
    return [...this.observationsByReport.values()].flat();
  }
  private allChecks() {
    return [...this.checksByReport.values()].flat();
  }
  private reindex(observations: Observation[], checks: Check[]) {
    this.reportsByUnit = groupBy([...this.reports.values()], (r) => r.unitId);
    this.observationsByReport = groupBy(observations, (o) => o.reportId);
    this.checksByReport = groupBy(checks, (c) => c.reportId);
    this.facts = undefined;
  }
  private notify() {
    for (const listener of this.listeners) listener();
  }

  async loadFacts() {
    this.facts ??= {
      facts: buildChartFacts([...this.reports.values()], this.allObservations(), this.allChecks()),
      units: [...this.units.values()],
    };
    return this.facts;
  }
  async listUnits() {
    return [...this.units.values()];
  }
  async listMetrics() {
    return this.metrics;
  }
  async reportsOfUnits(unitIds: readonly string[]) {
    return unitIds.flatMap((id) => this.reportsByUnit.get(id) ?? []);
  }
  async getReport(id: string) {
    return this.reports.get(id);
  }
  async getUnit(id: string) {
    return this.units.get(id);
  }
  async observationsOfReports(reportIds: readonly string[]) {
    return reportIds.flatMap((id) => this.observationsByReport.get(id) ?? []);
  }
  async checksOfReports(reportIds: readonly string[]) {
    return reportIds.flatMap((id) => this.checksByReport.get(id) ?? []);
  }
  async getSource(reportId: string) {
    return this.sources.get(reportId);
  }
  async putSource(row: SourceRow) {
    this.sources.set(row.reportId, row);
  }
  onChange(listener: () => void) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
