// The filtered dashboard data computed in memory from the chart facts: reports are put in
// display order once (region, scope, body name, year), so a filter change is one linear scan
// over typed arrays; no IndexedDB read, no sort, no collation. A selection is a list of report
// indices: rows (objects) are made only for what is drawn or listed (the first bars drawn, the
// trend's points, the listed checks), so 24,000 selected reports do not mean 24,000 objects.
import { MAX_TREND_BODIES } from '../charts/build-trend-option';
import type { ReportRow, RowList, TrendInput, TrendPoint } from '../charts/rows';
import { PREV_YEAR_TOTAL, PROACTIVE_TOTAL } from '../charts/metric-keys';
import { compareZh } from '../i18n/collate';
import type { Check } from '../model/types';
import { APPROX_FLAG, factCells, METHOD_MASK, METHODS, SCOPES, TEMPLATES, type ChartFacts } from './facts';
import { orderRegions, type DashboardFilter } from './queries';
import type { UnitRow } from './rows';

/** What the quality panel lists: failed checks first, at most a limit, with their reports' rows. */
export interface ListedChecks {
  checks: Check[];
  /** The rows of the listed checks' reports, in display order. */
  rows: ReportRow[];
  /** All checks of the selection. */
  total: number;
}

/** The reports a filter selects, in display order; rows are made on demand. */
export class DashboardSelection implements RowList {
  private trendInput: TrendInput | undefined;

  constructor(
    private readonly index: DashboardIndex,
    /** Indices into the facts' reports. */
    readonly reports: Int32Array,
    private readonly years: { from: number; to: number },
  ) {}

  get length(): number {
    return this.reports.length;
  }

  slice(start?: number, end?: number): ReportRow[] {
    return Array.from(this.reports.subarray(start, end), (i) => this.index.rowAt(i));
  }

  /** The trend's points of the largest bodies in the selected years, and how many bodies there are. */
  trend(maxBodies = MAX_TREND_BODIES): TrendInput {
    this.trendInput ??= this.index.trendOf(this.reports, this.years.from, this.years.to, maxBodies);
    return this.trendInput;
  }

  /** Failed checks first (in display order), then passed ones, at most `limit`. */
  listChecks(limit: number): ListedChecks {
    const failed: Check[] = [];
    const passed: Check[] = [];
    let total = 0;
    for (const report of this.reports) {
      for (const check of this.index.checkIndicesAt(report)) {
        total += 1;
        const ok = this.index.checkOk(check);
        if (!ok && failed.length < limit) failed.push(this.index.checkAt(check));
        else if (ok && passed.length < limit - failed.length) passed.push(this.index.checkAt(check));
      }
    }
    const checks = [...failed, ...passed].slice(0, limit);
    const listed = new Set(checks.map((c) => c.reportId));
    const rows: ReportRow[] = [];
    for (const report of this.reports) {
      if (listed.has(this.index.reportIdAt(report))) rows.push(this.index.rowAt(report));
    }
    return { checks, rows, total };
  }

  /** Every check of the selected reports, in display order. */
  allChecks(): Check[] {
    return Array.from(this.reports).flatMap((report) =>
      Array.from(this.index.checkIndicesAt(report), (check) => this.index.checkAt(check)),
    );
  }
}

const SCOPE_ORDER = { 'county-aggregate': 0, office: 1, township: 2 } as const;

export class DashboardIndex {
  /** Every region with a unit, in filter order. */
  readonly regions: string[];
  /** Every year with a report, ascending. */
  readonly years: number[];
  private readonly unitOfReport: (UnitRow | undefined)[];
  private readonly regionRank: Map<string, number>;
  /** Report indices in display order; reports of unknown units are left out. */
  private readonly order: Int32Array;
  private readonly rowCache: (ReportRow | undefined)[];
  /** The checks of report r are checkOrder[checkStart[r] .. checkStart[r + 1]). */
  private readonly checkStart: Int32Array;
  private readonly checkOrder: Int32Array;
  private readonly checkCache: (Check | undefined)[];
  private readonly totalColumn: number;
  private readonly previousColumn: number;
  /** Position of each report's unit in `units` (-1: unknown unit). */
  private readonly unitOrdinal: Int32Array;
  private reportIndexById: Map<string, number> | undefined;

  constructor(
    private readonly facts: ChartFacts,
    units: readonly UnitRow[],
  ) {
    const unitById = new Map(units.map((u) => [u.id, u]));
    this.unitOfReport = facts.unitIds.map((id) => unitById.get(id));
    const ordinalById = new Map(units.map((u, i) => [u.id, i]));
    this.unitOrdinal = Int32Array.from(facts.unitIds, (id) => ordinalById.get(id) ?? -1);
    this.regions = orderRegions(units.map((u) => u.region));
    this.regionRank = new Map(this.regions.map((r, i) => [r, i]));
    this.years = [...new Set(facts.years)].sort((a, b) => a - b);
    this.order = this.displayOrder(units);
    this.rowCache = new Array<ReportRow | undefined>(facts.reportIds.length);
    // Checks grouped by report in two typed arrays (counting sort), not 24,000 small arrays.
    const reportCount = facts.reportIds.length;
    this.checkStart = new Int32Array(reportCount + 1);
    for (const report of facts.checks.reportIndex) this.checkStart[report + 1]! += 1;
    for (let r = 0; r < reportCount; r += 1) this.checkStart[r + 1]! += this.checkStart[r]!;
    this.checkOrder = new Int32Array(facts.checks.reportIndex.length);
    const next = this.checkStart.slice(0, reportCount);
    facts.checks.reportIndex.forEach((report, check) => (this.checkOrder[next[report]!++] = check));
    this.checkCache = new Array<Check | undefined>(facts.checks.rule.length);
    this.totalColumn = facts.metrics.indexOf(PROACTIVE_TOTAL);
    this.previousColumn = facts.metrics.indexOf(PREV_YEAR_TOTAL);
  }

  get reportCount(): number {
    return this.order.length;
  }

  /**
   * Collating 3,000 names once is cheap; collating inside a 24,000-report sort is not. Names
   * only decide the order between units of one region and scope, and where no such group has
   * two names the Chinese collator (whose first use costs tens of ms) is not needed at all.
   */
  private displayOrder(units: readonly UnitRow[]): Int32Array {
    const nameRank = this.rankNames(units);
    // One number per report orders it (region, scope, name rank, year: each field fits its
    // bits), so the sort compares floats instead of key arrays (measured 47 -> ~5 ms at 21k).
    const key = new Float64Array(this.facts.reportIds.length);
    const known: number[] = [];
    this.unitOfReport.forEach((unit, i) => {
      if (!unit) return;
      const region = this.regionRank.get(unit.region)!;
      const scope = SCOPE_ORDER[SCOPES[this.facts.scopes[i]!]!];
      const name = nameRank.get(unit.name) ?? 0;
      key[i] = ((region * 4 + scope) * 2 ** 22 + name) * 2 ** 16 + this.facts.years[i]!;
      known.push(i);
    });
    known.sort((a, b) => key[a]! - key[b]! || a - b);
    return Int32Array.from(known);
  }

  /** Rank of each unit name in zh-CN collation, for the names that share a region and scope. */
  private rankNames(units: readonly UnitRow[]): Map<string, number> {
    const namesByGroup = new Map<string, Set<string>>();
    this.facts.reportIds.forEach((_, i) => {
      const unit = this.unitOfReport[i];
      if (!unit) return;
      const group = `${unit.region}\u0000${this.facts.scopes[i]!}`;
      const names = namesByGroup.get(group) ?? new Set<string>();
      names.add(unit.name);
      namesByGroup.set(group, names);
    });
    if (![...namesByGroup.values()].some((names) => names.size > 1)) return new Map();
    const names = [...new Set(units.map((u) => u.name))].sort(compareZh);
    return new Map(names.map((n, i) => [n, i]));
  }

  /** The row of report `index` (made once, then cached). */
  rowAt(index: number): ReportRow {
    const cached = this.rowCache[index];
    if (cached) return cached;
    const unit = this.unitOfReport[index]!;
    const row: ReportRow = {
      reportId: this.facts.reportIds[index]!,
      unitId: unit.id,
      unitName: unit.name,
      region: unit.region,
      year: this.facts.years[index]!,
      scope: SCOPES[this.facts.scopes[index]!]!,
      template: TEMPLATES[this.facts.templates[index]!]!,
      values: factCells(this.facts, index),
    };
    this.rowCache[index] = row;
    return row;
  }

  checkAt(index: number): Check {
    const cached = this.checkCache[index];
    if (cached) return cached;
    const { checks } = this.facts;
    const check: Check = {
      reportId: this.facts.reportIds[checks.reportIndex[index]!]!,
      rule: checks.rule[index]!,
      ok: checks.ok[index] === 1,
      detail: checks.detail[index]!,
    };
    this.checkCache[index] = check;
    return check;
  }

  checkOk(index: number): boolean {
    return this.facts.checks.ok[index] === 1;
  }

  checkIndicesAt(report: number): Int32Array {
    return this.checkOrder.subarray(this.checkStart[report], this.checkStart[report + 1]);
  }

  reportIdAt(index: number): string {
    return this.facts.reportIds[index]!;
  }

  /** The row of a report by id (any report of the facts, selected or not). */
  rowById(reportId: string): ReportRow | undefined {
    this.reportIndexById ??= new Map(this.facts.reportIds.map((id, i) => [id, i]));
    const index = this.reportIndexById.get(reportId);
    return index === undefined || !this.unitOfReport[index] ? undefined : this.rowAt(index);
  }

  /**
   * The trend's points of `reports` (display order) in from..to, as toTrendPoints makes them
   * from rows (a stated total wins over a derived one for a unit and year; bodies in order of
   * first appearance, years ascending), but for the `maxBodies` bodies with the highest peak
   * only: at national scale that is 320 point objects instead of 20,000 (measured ~100 ms).
   */
  trendOf(reports: Int32Array, from: number, to: number, maxBodies: number): TrendInput {
    const { facts } = this;
    const width = facts.metrics.length;
    // One slot per unit and year, in order of first offer; parallel arrays, no objects.
    const slotByKey = new Map<number, number>();
    const slotReport: number[] = [];
    const slotColumn: number[] = [];
    const slotDerived: boolean[] = [];
    const slotUnit: number[] = [];
    const slotYear: number[] = [];
    const offer = (report: number, column: number, year: number, derived: boolean) => {
      if (column < 0 || Number.isNaN(facts.values[report * width + column]!)) return;
      const unit = this.unitOrdinal[report]!;
      const key = unit * 65536 + year;
      const slot = slotByKey.get(key);
      if (slot === undefined) {
        slotByKey.set(key, slotReport.length);
        slotReport.push(report);
        slotColumn.push(column);
        slotDerived.push(derived);
        slotUnit.push(unit);
        slotYear.push(year);
      } else if (slotDerived[slot] && !derived) {
        slotReport[slot] = report;
        slotColumn[slot] = column;
        slotDerived[slot] = false;
      }
    };
    const derivedMethod = METHODS.indexOf('derived');
    for (const report of reports) {
      const year = facts.years[report]!;
      const totalFlag = facts.flags[report * width + this.totalColumn];
      offer(report, this.totalColumn, year, ((totalFlag ?? 0) & METHOD_MASK) === derivedMethod);
      offer(report, this.previousColumn, year - 1, true);
    }
    // Each body's peak over its points in range; bodies in order of first offer.
    const peakOfUnit = new Map<number, number>();
    slotReport.forEach((report, slot) => {
      const year = slotYear[slot]!;
      if (year < from || year > to) return;
      const value = facts.values[report * width + slotColumn[slot]!]!;
      const unit = slotUnit[slot]!;
      peakOfUnit.set(unit, Math.max(peakOfUnit.get(unit) ?? -Infinity, value));
    });
    const bodies = [...peakOfUnit.keys()];
    const kept = new Set(
      bodies.length <= maxBodies
        ? bodies
        : [...bodies].sort((a, b) => peakOfUnit.get(b)! - peakOfUnit.get(a)!).slice(0, maxBodies),
    );
    const slotsOfUnit = new Map<number, number[]>(bodies.filter((u) => kept.has(u)).map((u) => [u, []]));
    slotReport.forEach((_, slot) => {
      const year = slotYear[slot]!;
      if (year >= from && year <= to) slotsOfUnit.get(slotUnit[slot]!)?.push(slot);
    });
    const points: TrendPoint[] = [];
    for (const slots of slotsOfUnit.values()) {
      slots.sort((a, b) => slotYear[a]! - slotYear[b]!);
      for (const slot of slots) {
        const report = slotReport[slot]!;
        const column = slotColumn[slot]!;
        const unit = this.unitOfReport[report]!;
        points.push({
          unitId: unit.id,
          unitName: unit.name,
          region: unit.region,
          scope: SCOPES[facts.scopes[report]!]!,
          reportId: facts.reportIds[report]!,
          year: slotYear[slot]!,
          value: facts.values[report * width + column]!,
          derived: slotDerived[slot]!,
          approx: (facts.flags[report * width + column]! & APPROX_FLAG) !== 0,
          metric: facts.metrics[column]!,
        });
      }
    }
    return { points, bodyCount: bodies.length };
  }

  /** The reports the filter selects, in display order. */
  select(filter: DashboardFilter): DashboardSelection {
    const wanted = new Set(filter.regions.flatMap((r) => this.regionRank.get(r) ?? []));
    const selected = new Int32Array(this.order.length);
    let count = 0;
    for (const index of this.order) {
      const year = this.facts.years[index]!;
      if (year < filter.from || year > filter.to) continue;
      if (!wanted.has(this.regionRank.get(this.unitOfReport[index]!.region)!)) continue;
      selected[count++] = index;
    }
    return new DashboardSelection(this, selected.slice(0, count), { from: filter.from, to: filter.to });
  }
}
