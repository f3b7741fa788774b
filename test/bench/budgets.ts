// The performance budgets and the pass/fail table the bench prints. Each row compares
// an app figure with a fixed limit or with the floor page (a bare ECharts + Dexie page built
// the same way), so "fast enough" means "close to what this stack can do on this machine".

export interface BenchRow {
  metric: string;
  unit: 'ms' | 'KB' | 'MB' | '%';
  app: number;
  /** The floor page's figure, when the metric compares against it. */
  floor?: number;
  /** Human-readable budget, e.g. '<= 1.5x floor' or '<= 250 KB'. */
  budget?: string;
  /** Limit in the row's unit; for floor-relative budgets the already multiplied limit. */
  limit?: number;
}

export interface EvaluatedRow extends BenchRow {
  ratio?: number;
  pass?: boolean;
}

export const BUDGETS = {
  firstScreenJsGzipKB: 250,
  coldVsFloor: 1.5,
  warmVsFloor: 1.5,
  nationalWarmChartsMs: 1500,
  nationalFilterP95Ms: 100,
  nationalIdbLoadMs: 5000,
  longestLoadingTaskMs: 200,
} as const;

export function evaluateRow(row: BenchRow): EvaluatedRow {
  const ratio = row.floor !== undefined && row.floor > 0 ? row.app / row.floor : undefined;
  // A NaN figure (the hook never fired) fails its budget rather than passing silently.
  const pass = row.limit === undefined ? undefined : Number.isFinite(row.app) && row.app <= row.limit;
  return { ...row, ratio, pass };
}

function formatNumber(value: number | undefined, digits = 0): string {
  if (value === undefined) return '';
  return Number.isFinite(value) ? value.toFixed(digits) : 'n/a';
}

export function formatTable(rows: readonly EvaluatedRow[]): string {
  const header = ['metric', 'app', 'floor', 'ratio', 'budget', 'result'];
  const body = rows.map((r) => [
    r.metric,
    `${formatNumber(r.app, r.unit === 'ms' ? 0 : 1)} ${r.unit}`,
    r.floor === undefined ? '' : `${formatNumber(r.floor, r.unit === 'ms' ? 0 : 1)} ${r.unit}`,
    r.ratio === undefined ? '' : `${formatNumber(r.ratio, 2)}x`,
    r.budget ?? '',
    r.pass === undefined ? '' : r.pass ? 'pass' : 'FAIL',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => (cells[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}
