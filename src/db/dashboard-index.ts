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
import { orderRegions, SCOPE_ORDER, unitMatcher, type DashboardFilter } from './queries';
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

  /** The regions its reports are in, in filter order. */
  regions(): string[] {
    return this.index.regionsOf(this.reports);
  }

  /** See largestRows (rows.ts): ranked on the facts' values, rows made for the result only. */
  largest(metric: string, count: number): ReportRow[] {
    return Array.from(this.index.largestOf(this.reports, metric, count), (i) => this.index.rowAt(i));
  }

  /** The trend's points of the largest bodies in the selected years, and how many bodies there are. */
  trend(maxBodies = MAX_TREND_BODIES): TrendInput {
    this.trendInput ??= this.index.trendOf(this.reports, this.years.from, this.years.to, maxBodies);
    return this.trendInput;
  }

  /** Failed checks first (in display order), then passed ones, at most `limit`. */
  listChecks(limit: number): ListedChecks {
    return this.index.listChecks(this.reports, limit);
  }

  /** Every check of the selected reports, in display order. */
  allChecks(): Check[] {
    return Array.from(this.reports).flatMap((report) =>
      Array.from(this.index.checkIndicesAt(report), (check) => this.index.checkAt(check)),
    );
  }
}

/** trendOf's slots, indexed unit ordinal * span + (year - base). */
interface TrendSlots {
  base: number;
  span: number;
  /** The report whose value fills the slot, -1 when empty. */
  report: Int32Array;
  /** The metric column of that value (this year's total or the next report's 上年). */
  column: Int32Array;
  derived: Uint8Array;
  /** Slots in the order they were first filled. */
  created: Int32Array;
  /** Per unit: its peak in range, and whether it has a point in range. */
  peak: Float64Array;
  seen: Uint8Array;
}

export class DashboardIndex {
  /** Every region with a unit, in filter order. */
  readonly regions: string[];
  /** Every year with a report, ascending. */
  readonly years: number[];
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
  /** Rank of each report's region in `regions` (reports of unknown units are not in `order`). */
  private readonly regionOfReport: Int32Array;
  private slots: TrendSlots | undefined;
  private reportIndexById: Map<string, number> | undefined;

  constructor(
    private readonly facts: ChartFacts,
    private readonly units: readonly UnitRow[],
  ) {
    // Indexed loops throughout: this runs once per load, in code not yet optimized, where
    // Int32Array.from with a mapping function and for-of over typed arrays took 8-10 ms
    // each at national scale (Node, first run).
    const ordinalById = new Map(units.map((u, i) => [u.id, i]));
    this.regions = orderRegions(units.map((u) => u.region));
    this.regionRank = new Map(this.regions.map((r, i) => [r, i]));
    const regionOfUnit = units.map((u) => this.regionRank.get(u.region)!);
    const reportCount = facts.reportIds.length;
    this.unitOrdinal = new Int32Array(reportCount);
    this.regionOfReport = new Int32Array(reportCount);
    const years = new Set<number>();
    for (let i = 0; i < reportCount; i += 1) {
      const ordinal = ordinalById.get(facts.unitIds[i]!) ?? -1;
      this.unitOrdinal[i] = ordinal;
      this.regionOfReport[i] = ordinal < 0 ? -1 : regionOfUnit[ordinal]!;
      years.add(facts.years[i]!);
    }
    this.years = [...years].sort((a, b) => a - b);
    this.order = this.displayOrder();
    this.rowCache = new Array<ReportRow | undefined>(reportCount);
    // Checks grouped by report in two typed arrays (counting sort), not 24,000 small arrays.
    const checkReport = facts.checks.reportIndex;
    this.checkStart = new Int32Array(reportCount + 1);
    for (let c = 0; c < checkReport.length; c += 1) this.checkStart[checkReport[c]! + 1]! += 1;
    for (let r = 0; r < reportCount; r += 1) this.checkStart[r + 1]! += this.checkStart[r]!;
    this.checkOrder = new Int32Array(checkReport.length);
    const next = this.checkStart.slice(0, reportCount);
    for (let c = 0; c < checkReport.length; c += 1) this.checkOrder[next[checkReport[c]!]!++] = c;
    this.checkCache = new Array<Check | undefined>(facts.checks.rule.length);
    this.totalColumn = facts.metrics.indexOf(PROACTIVE_TOTAL);
    this.previousColumn = facts.metrics.indexOf(PREV_YEAR_TOTAL);
  }

  get reportCount(): number {
    return this.order.length;
  }

  /** Reports of known units in display order: region, scope, unit name (zh-CN), year. */
  private displayOrder(): Int32Array {
    const nameRank = this.rankNames();
    const scopeOrder = SCOPES.map((scope) => SCOPE_ORDER[scope]);
    // One number per report orders it (region, scope, name rank, year: each field fits its
    // bits), so the sort compares floats instead of key arrays (measured 47 -> ~5 ms at 21k).
    const key = new Float64Array(this.unitOrdinal.length);
    const known: number[] = [];
    for (let i = 0; i < this.unitOrdinal.length; i += 1) {
      const unit = this.unitOrdinal[i]!;
      if (unit < 0) continue;
      const scope = this.facts.scopes[i]!;
      const name = nameRank[unit * SCOPES.length + scope]!;
      key[i] =
        ((this.regionOfReport[i]! * 4 + scopeOrder[scope]!) * 2 ** 22 + name) * 2 ** 16 +
        this.facts.years[i]!;
      known.push(i);
    }
    known.sort((a, b) => key[a]! - key[b]! || a - b);
    return Int32Array.from(known);
  }

  /**
   * The rank of each unit's name among the names of its region and scope, in zh-CN
   * collation, indexed unit ordinal * SCOPES.length + scope. Names only order the units of
   * one region and scope, so each such group is collated on its own (at national scale
   * fewer comparisons than one sort of all 3,000 names), and a group of one name needs no
   * collator (whose first use costs tens of ms).
   */
  private rankNames(): Int32Array {
    const { units } = this;
    const scopes = SCOPES.length;
    const rank = new Int32Array(units.length * scopes).fill(-1);
    /** Units of each (region, scope) group, keyed region rank * scopes + scope. */
    const groups = new Map<number, number[]>();
    for (let i = 0; i < this.unitOrdinal.length; i += 1) {
      const unit = this.unitOrdinal[i]!;
      if (unit < 0) continue;
      const scope = this.facts.scopes[i]!;
      if (rank[unit * scopes + scope] !== -1) continue;
      rank[unit * scopes + scope] = 0;
      const group = this.regionOfReport[i]! * scopes + scope;
      const members = groups.get(group);
      if (members) members.push(unit);
      else groups.set(group, [unit]);
    }
    for (const [group, members] of groups) {
      const names = [...new Set(members.map((unit) => units[unit]!.name))];
      if (names.length < 2) continue;
      const rankOfName = new Map(names.sort(compareZh).map((name, r) => [name, r]));
      const scope = group % scopes;
      for (const unit of members) rank[unit * scopes + scope] = rankOfName.get(units[unit]!.name)!;
    }
    return rank;
  }

  /**
   * The reports of `reports` (display order) with the `count` largest stated values of
   * `metric`, largest first, ties in display order; then, if fewer state it, reports that do
   * not, in display order. One pass keeping a sorted top list: at national scale 21,651 reports
   * for 20 places.
   */
  largestOf(reports: Int32Array, metric: string, count: number): number[] {
    const { values, metrics } = this.facts;
    const width = metrics.length;
    const column = metrics.indexOf(metric);
    const top: number[] = [];
    const topValues: number[] = [];
    const missing: number[] = [];
    for (let r = 0; r < reports.length; r += 1) {
      const report = reports[r]!;
      const value = column < 0 ? NaN : values[report * width + column]!;
      if (Number.isNaN(value)) {
        if (missing.length < count) missing.push(report);
        continue;
      }
      if (top.length === count && value <= topValues[count - 1]!) continue;
      // After every equal value: an earlier report keeps its place on a tie.
      let at = top.length;
      while (at > 0 && topValues[at - 1]! < value) at -= 1;
      top.splice(at, 0, report);
      topValues.splice(at, 0, value);
      if (top.length > count) {
        top.pop();
        topValues.pop();
      }
    }
    return [...top, ...missing.slice(0, count - top.length)];
  }

  /** The last search's answer per unit ordinal: typing a year range keeps the same query. */
  private lastSearch: { query: string; matching: Uint8Array | undefined } | undefined;

  /** 1 for each unit (by ordinal) that answers `query`; undefined when every unit does. */
  private unitsMatching(query: string): Uint8Array | undefined {
    if (this.lastSearch?.query === query) return this.lastSearch.matching;
    const matches = unitMatcher(query);
    const matching =
      query.trim() === '' ? undefined : Uint8Array.from(this.units, (u) => (matches(u) ? 1 : 0));
    this.lastSearch = { query, matching };
    return matching;
  }

  /** The regions of `reports`, in filter order. */
  regionsOf(reports: Int32Array): string[] {
    const seen = new Uint8Array(this.regions.length);
    for (let r = 0; r < reports.length; r += 1) seen[this.regionOfReport[reports[r]!]!] = 1;
    return this.regions.filter((_, rank) => seen[rank] === 1);
  }

  /** How many units the data has (the filters offer a search when there are many). */
  get unitCount(): number {
    return this.units.length;
  }

  /** The row of report `index` (made once, then cached). */
  rowAt(index: number): ReportRow {
    const cached = this.rowCache[index];
    if (cached) return cached;
    const unit = this.units[this.unitOrdinal[index]!]!;
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

  /**
   * What the quality panel lists for `reports` (see DashboardSelection.listChecks). Indexed
   * loops over the typed arrays: for-of over 24,000 reports allocated an iterator result per
   * report (and a subarray per report's checks) in every filter change.
   */
  listChecks(reports: Int32Array, limit: number): ListedChecks {
    const failed: Check[] = [];
    const passed: Check[] = [];
    const ok = this.facts.checks.ok;
    let total = 0;
    for (let r = 0; r < reports.length; r += 1) {
      const report = reports[r]!;
      const end = this.checkStart[report + 1]!;
      for (let at = this.checkStart[report]!; at < end; at += 1) {
        const check = this.checkOrder[at]!;
        total += 1;
        if (ok[check] !== 1 && failed.length < limit) failed.push(this.checkAt(check));
        else if (ok[check] === 1 && passed.length < limit - failed.length) passed.push(this.checkAt(check));
      }
    }
    const checks = [...failed, ...passed].slice(0, limit);
    const listed = new Set(checks.map((c) => c.reportId));
    const rows: ReportRow[] = [];
    for (let r = 0; r < reports.length; r += 1) {
      const report = reports[r]!;
      if (listed.has(this.facts.reportIds[report]!)) rows.push(this.rowAt(report));
    }
    return { checks, rows, total };
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

  checkIndicesAt(report: number): Int32Array {
    return this.checkOrder.subarray(this.checkStart[report], this.checkStart[report + 1]);
  }

  /** The row of a report by id (any report of the facts, selected or not). */
  rowById(reportId: string): ReportRow | undefined {
    this.reportIndexById ??= new Map(this.facts.reportIds.map((id, i) => [id, i]));
    const index = this.reportIndexById.get(reportId);
    return index === undefined || this.unitOrdinal[index]! < 0 ? undefined : this.rowAt(index);
  }

  /**
   * The trend's points of `reports` (display order) in from..to, as toTrendPoints makes them
   * from rows (a stated total wins over a derived one for a unit and year; bodies in order of
   * first appearance, years ascending), but for the `maxBodies` bodies with the highest peak
   * only: at national scale that is 320 point objects instead of 20,000 (measured ~100 ms).
   * The (unit, year) slots live in typed arrays kept between calls: with a Map and five arrays
   * made per call it took 9 ms of a national filter change in the CPU profile (now 3.5), and
   * left its garbage for the collector to find in the next one.
   */
  trendOf(reports: Int32Array, from: number, to: number, maxBodies: number): TrendInput {
    const { facts } = this;
    const width = facts.metrics.length;
    const slots = this.trendSlots();
    const { base, span } = slots;
    slots.report.fill(-1);
    let created = 0;
    const offer = (report: number, column: number, year: number, derived: boolean) => {
      if (column < 0 || Number.isNaN(facts.values[report * width + column]!)) return;
      const slot = this.unitOrdinal[report]! * span + (year - base);
      if (slots.report[slot]! < 0) {
        slots.created[created++] = slot;
      } else if (!(slots.derived[slot] && !derived)) {
        return;
      }
      slots.report[slot] = report;
      slots.column[slot] = column;
      slots.derived[slot] = derived ? 1 : 0;
    };
    const derivedMethod = METHODS.indexOf('derived');
    for (let r = 0; r < reports.length; r += 1) {
      const report = reports[r]!;
      const year = facts.years[report]!;
      const totalFlag = facts.flags[report * width + this.totalColumn];
      offer(report, this.totalColumn, year, ((totalFlag ?? 0) & METHOD_MASK) === derivedMethod);
      offer(report, this.previousColumn, year - 1, true);
    }
    // Each body's peak over its points in range; bodies in the order their first point in
    // range was offered.
    const { peak, seen } = slots;
    seen.fill(0);
    const bodies: number[] = [];
    for (let i = 0; i < created; i += 1) {
      const slot = slots.created[i]!;
      const year = base + (slot % span);
      if (year < from || year > to) continue;
      const unit = (slot - (year - base)) / span;
      const value = facts.values[slots.report[slot]! * width + slots.column[slot]!]!;
      if (seen[unit]) {
        if (value > peak[unit]!) peak[unit] = value;
      } else {
        seen[unit] = 1;
        peak[unit] = value;
        bodies.push(unit);
      }
    }
    let shown = bodies;
    if (bodies.length > maxBodies) {
      const largest = new Set([...bodies].sort((a, b) => peak[b]! - peak[a]!).slice(0, maxBodies));
      shown = bodies.filter((unit) => largest.has(unit));
    }
    const points: TrendPoint[] = [];
    // Slots exist for base .. base + span - 1 only: a wider filter must not index past them.
    const first = Math.max(from, base);
    const last = Math.min(to, base + span - 1);
    for (const unit of shown) {
      for (let year = first; year <= last; year += 1) {
        const slot = unit * span + (year - base);
        const report = slots.report[slot]!;
        if (report < 0) continue;
        const column = slots.column[slot]!;
        const row = this.units[this.unitOrdinal[report]!]!;
        points.push({
          unitId: row.id,
          unitName: row.name,
          region: row.region,
          scope: SCOPES[facts.scopes[report]!]!,
          reportId: facts.reportIds[report]!,
          year,
          value: facts.values[report * width + column]!,
          derived: slots.derived[slot] === 1,
          approx: (facts.flags[report * width + column]! & APPROX_FLAG) !== 0,
          metric: facts.metrics[column]!,
        });
      }
    }
    return { points, bodyCount: bodies.length };
  }

  /** Scratch arrays of trendOf: one slot per unit and year (a year before the first, for 上年). */
  private trendSlots(): TrendSlots {
    if (this.slots) return this.slots;
    const { years } = this;
    const base = (years[0] ?? 0) - 1;
    const span = (years.at(-1) ?? base) - base + 1;
    const units = this.units.length;
    const size = units * span;
    this.slots = {
      base,
      span,
      report: new Int32Array(size),
      column: new Int32Array(size),
      derived: new Uint8Array(size),
      // Each report offers two slots.
      created: new Int32Array(this.order.length * 2),
      peak: new Float64Array(units),
      seen: new Uint8Array(units),
    };
    return this.slots;
  }

  /** The reports the filter selects, in display order. */
  select(filter: DashboardFilter): DashboardSelection {
    const wanted = new Uint8Array(this.regions.length);
    for (const region of filter.regions) {
      const rank = this.regionRank.get(region);
      if (rank !== undefined) wanted[rank] = 1;
    }
    const matching = this.unitsMatching(filter.unitQuery ?? '');
    const selected = new Int32Array(this.order.length);
    let count = 0;
    // Indexed: for-of allocated an iterator result per report (24,000 per filter change).
    for (let i = 0; i < this.order.length; i += 1) {
      const index = this.order[i]!;
      const year = this.facts.years[index]!;
      if (year < filter.from || year > filter.to || !wanted[this.regionOfReport[index]!]) continue;
      if (matching && !matching[this.unitOrdinal[index]!]) continue;
      selected[count++] = index;
    }
    return new DashboardSelection(this, selected.slice(0, count), { from: filter.from, to: filter.to });
  }
}
