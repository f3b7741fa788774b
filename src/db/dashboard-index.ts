// The filtered dashboard data computed in memory from the chart facts: reports are put in
// display order once (region, scope, body name, year), so a filter change is one linear scan
// over typed arrays and a lookup of cached rows; no IndexedDB read, no sort, no collation.
import type { ReportRow } from '../charts/rows';
import type { Check } from '../model/types';
import { factCells, SCOPES, TEMPLATES, type ChartFacts } from './facts';
import { orderRegions, type DashboardFilter } from './queries';
import type { UnitRow } from './rows';

export interface DashboardSelection {
  rows: ReportRow[];
  checks: Check[];
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
  private readonly checksOfReport: number[][];
  private readonly checkCache: (Check | undefined)[];

  constructor(
    private readonly facts: ChartFacts,
    units: readonly UnitRow[],
  ) {
    const unitById = new Map(units.map((u) => [u.id, u]));
    this.unitOfReport = facts.unitIds.map((id) => unitById.get(id));
    this.regions = orderRegions(units.map((u) => u.region));
    this.regionRank = new Map(this.regions.map((r, i) => [r, i]));
    this.years = [...new Set(facts.years)].sort((a, b) => a - b);
    this.order = this.displayOrder(units);
    this.rowCache = new Array<ReportRow | undefined>(facts.reportIds.length);
    this.checksOfReport = Array.from({ length: facts.reportIds.length }, () => []);
    facts.checks.reportIndex.forEach((report, check) => this.checksOfReport[report]?.push(check));
    this.checkCache = new Array<Check | undefined>(facts.checks.rule.length);
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
    const key = (i: number) => {
      const unit = this.unitOfReport[i]!;
      return [
        this.regionRank.get(unit.region)!,
        SCOPE_ORDER[SCOPES[this.facts.scopes[i]!]!],
        nameRank.get(unit.name) ?? 0,
        this.facts.years[i]!,
      ];
    };
    const known = this.facts.reportIds.flatMap((_, i) => (this.unitOfReport[i] ? [i] : []));
    const keys = new Map(known.map((i) => [i, key(i)]));
    known.sort((a, b) => {
      const ka = keys.get(a)!;
      const kb = keys.get(b)!;
      return ka[0]! - kb[0]! || ka[1]! - kb[1]! || ka[2]! - kb[2]! || ka[3]! - kb[3]!;
    });
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
    const collator = new Intl.Collator('zh-CN');
    const names = [...new Set(units.map((u) => u.name))].sort(collator.compare);
    return new Map(names.map((n, i) => [n, i]));
  }

  private row(index: number): ReportRow {
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

  private check(index: number): Check {
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

  /** The reports (one chart row each) and checks the filter selects, in display order. */
  select(filter: DashboardFilter): DashboardSelection {
    const wanted = new Set(filter.regions.flatMap((r) => this.regionRank.get(r) ?? []));
    const rows: ReportRow[] = [];
    const checks: Check[] = [];
    for (const index of this.order) {
      const year = this.facts.years[index]!;
      if (year < filter.from || year > filter.to) continue;
      if (!wanted.has(this.regionRank.get(this.unitOfReport[index]!.region)!)) continue;
      rows.push(this.row(index));
      for (const check of this.checksOfReport[index]!) checks.push(this.check(check));
    }
    return { rows, checks };
  }
}
