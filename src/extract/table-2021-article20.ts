// 表二 of the 2019/2021 formats: the 第二十条 tables of 主动公开政府信息情况.
//
// 2021: （一）项 规章 / 行政规范性文件 × 本年制发件数, 本年废止件数, 现行有效件数; （五）项 行政许可,
// （六）项 行政处罚 / 行政强制 × 本年处理决定数量; （八）项 行政事业性收费 × 本年收费金额（万元）.
// 2019: （一）项 × 本年新制作数量, 本年新公开数量, 对外公开总数量; （五）（六）项 × 上一年项目数量,
// 本年增/减, 处理决定数量; （八）项 counts items, not money, so it yields nothing here.
import type { Found, SourceText } from './found';
import { cellFound, columnNote } from './table-found';
import type { GridCell, GridRow } from './table-grid';

export type Format = 'format-2021' | 'format-2019';

interface RowSpec {
  pattern: RegExp;
  /** Metric per cell, left to right, by template; null skips a cell. */
  columns: Record<Format, readonly (string | null)[]>;
  /** Decision counts are the last cell whatever the number of columns before it. */
  lastCellOnly?: boolean;
  /** Name of each column read, by template (for the note of a row with several cells). */
  headers: Record<Format, readonly string[]>;
}

const ITEM_1_HEADERS: Record<Format, readonly string[]> = {
  'format-2021': ['本年制发件数', '本年废止件数', '现行有效件数'],
  'format-2019': ['本年新制作数量', '本年新公开数量', '对外公开总数量'],
};
const DECISIONS_HEADER: Record<Format, readonly string[]> = {
  'format-2021': ['本年处理决定数量'],
  'format-2019': ['处理决定数量'],
};

const ROWS: readonly RowSpec[] = [
  {
    pattern: /规章/,
    columns: {
      'format-2021': ['regulations_issued', 'regulations_repealed', 'regulations_in_force'],
      'format-2019': ['regulations_issued', 'regulations_published', 'regulations_public_total'],
    },
    headers: ITEM_1_HEADERS,
  },
  {
    pattern: /规范性文件/,
    columns: {
      'format-2021': ['normative_issued', 'normative_repealed', 'normative_in_force'],
      'format-2019': ['normative_issued', 'normative_published', 'normative_public_total'],
    },
    headers: ITEM_1_HEADERS,
  },
  {
    pattern: /行政许可/,
    columns: both('licensing_decisions'),
    lastCellOnly: true,
    headers: DECISIONS_HEADER,
  },
  { pattern: /行政处罚/, columns: both('penalty_decisions'), lastCellOnly: true, headers: DECISIONS_HEADER },
  {
    pattern: /行政强制/,
    columns: both('enforcement_decisions'),
    lastCellOnly: true,
    headers: DECISIONS_HEADER,
  },
  {
    pattern: /行政事业性收费/,
    columns: { 'format-2021': ['admin_fees_wan_yuan'], 'format-2019': [] },
    headers: { 'format-2021': ['本年收费金额（万元）'], 'format-2019': [] },
  },
];

function both(metric: string): Record<Format, readonly string[]> {
  return { 'format-2021': [metric], 'format-2019': [metric] };
}

/** Labels only the 2019 transitional format prints (its 表二 columns and rows). */
const FORMAT_2019_LABELS = /新制作数量|新公开数量|对外公开总数量|其他对外管理服务|政府集中采购|采购总金额/;

/** Index of the first 第二十条 heading, or -1. */
export function findArticle20(rows: readonly GridRow[]): number {
  return rows.findIndex((r) => /第二十条/.test(r.label));
}

export function detectFormat(rows: readonly GridRow[], from: number, to: number): Format {
  for (let i = Math.max(0, from); i < to; i++)
    if (FORMAT_2019_LABELS.test(rows[i]!.label)) return 'format-2019';
  return 'format-2021';
}

/** Rows between the 第二十条 heading `from` and the start of 表三 `to`. */
export function parseArticle20(
  src: SourceText,
  rows: readonly GridRow[],
  from: number,
  to: number,
  format: Format,
): Found[] {
  const found: Found[] = [];
  const seen = new Set<RowSpec>();
  for (let i = from; i < to; i++) {
    const row = rows[i]!;
    if (row.values.length === 0) continue;
    const spec = ROWS.find((s) => s.pattern.test(row.label));
    if (!spec || seen.has(spec)) continue;
    seen.add(spec);
    const metrics = spec.columns[format];
    const cells: (GridCell | null)[] = spec.lastCellOnly ? row.values.slice(-1) : row.values;
    // A row with another number of cells than its template has lost or merged cells: which cell
    // is which cannot be told, so it yields nothing.
    if (!spec.lastCellOnly && cells.length !== metrics.length) continue;
    metrics.forEach((metric, k) => {
      const cell = cells[k];
      // Only a row with several value cells needs its column named.
      const header = spec.headers[format][k];
      const where = row.values.length > 1 && header ? columnNote('表二', header) : undefined;
      if (metric && cell) found.push(cellFound(src, metric, cell, { row, where }));
    });
  }
  return found;
}
