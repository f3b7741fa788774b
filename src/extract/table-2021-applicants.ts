// 表三 of the 2019/2021 formats: 收到和处理政府信息公开申请情况, one row per outcome and seven
// applicant columns (自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计).
//
// Rows are recognised by their own key words, not by their group: pdftotext prints a group label
// such as （三）不予公开 in the middle of its sub-rows, and tab layouts put it in the cell before
// the first sub-row. A group's total is the printed row when there is one, else the sum of its
// sub-rows (method 'derived').
import type { Found, FoundCheck, SourceText } from './found';
import { cellFound, columnNote, sumFound, sumValues } from './table-found';
import type { GridCell, GridRow } from './table-grid';
import { rowTotalRule, splitRunTogether } from './table-split';

export const APPLICANT_COLUMNS = [
  '自然人',
  '商业企业',
  '科研机构',
  '社会公益组织',
  '法律服务机构',
  '其他',
  '总计',
];
const TOTAL_COLUMN = APPLICANT_COLUMNS.length - 1;
const TOTAL_COLUMN_NOTE = columnNote('表三', APPLICANT_COLUMNS[TOTAL_COLUMN]!);

/** Template rows, most specific first: sub-row key words win over the group label beside them. */
const ROWS: readonly [metric: string, pattern: RegExp][] = [
  ['apps_received', /本年新收/],
  ['apps_carried_over', /上年结转/],
  ['apps_carried_forward', /结转下年/],
  ['out_denied_state_secret', /国家秘密/],
  ['out_denied_other_law', /其他法律|禁止公开/],
  ['out_denied_security', /三安全|一稳定/],
  ['out_denied_third_party', /第三方/],
  ['out_denied_internal', /内部事务/],
  ['out_denied_process', /过程性/],
  ['out_denied_enforcement_file', /执法案卷/],
  ['out_denied_query', /行政查询|查询事项/],
  ['out_not_exist', /不掌握/],
  ['out_needs_creation', /另行制作|现成信息/],
  ['out_unclear', /不明确/],
  ['out_np_complaint', /信访|举报投诉/],
  ['out_np_repeat', /重复申请/],
  ['out_np_publication', /出版物/],
  ['out_np_mass', /大量反复/],
  ['out_np_confirm', /重新出具|确认/],
  ['out_other_no_amend', /不补正/],
  ['out_other_no_fee', /缴纳费用|缴费|收费通知/],
  // "3.其他" under （六）其他处理: the whole label is just the number and 其他.
  ['out_other_misc', /(?:^|[\d.、)])其他$/],
  ['out_partial', /部分公开/],
  ['out_granted', /予以公开/],
  ['out_denied', /不予公开/],
  ['out_not_processed', /不予处理/],
  ['out_other', /其他处理/],
  ['out_total', /总计/],
];

/** Groups of outcome sub-rows; `total` is null for （四）无法提供, which has no metric of its own. */
const GROUPS: readonly { total: string | null; zh: string; parts: readonly string[] }[] = [
  {
    total: 'out_denied',
    zh: '（三）不予公开',
    parts: [
      'out_denied_state_secret',
      'out_denied_other_law',
      'out_denied_security',
      'out_denied_third_party',
      'out_denied_internal',
      'out_denied_process',
      'out_denied_enforcement_file',
      'out_denied_query',
    ],
  },
  { total: null, zh: '（四）无法提供', parts: ['out_not_exist', 'out_needs_creation', 'out_unclear'] },
  {
    total: 'out_not_processed',
    zh: '（五）不予处理',
    parts: ['out_np_complaint', 'out_np_repeat', 'out_np_publication', 'out_np_mass', 'out_np_confirm'],
  },
  {
    total: 'out_other',
    zh: '（六）其他处理',
    parts: ['out_other_no_amend', 'out_other_no_fee', 'out_other_misc'],
  },
];

export interface ApplicantTable {
  found: Found[];
  checks: FoundCheck[];
  /** Index of the first row after the table (表四 follows). */
  endRow: number;
  /** Metrics whose row was found (before any derived totals). */
  rowMetrics: ReadonlySet<string>;
}

const TABLE4_HEADING = /行政复议|行政诉讼/;

/** A table that has wandered past its last row ends here at the latest. */
const MAX_TABLE_ROWS = 80;

/** 表三 starting at the first 本年新收 row with numbers; null when there is none. */
export function parseApplicantTable(src: SourceText, rows: readonly GridRow[]): ApplicantTable | null {
  const first = rows.findIndex((r) => r.values.length > 0 && /本年新收/.test(r.label));
  if (first < 0) return null;

  const columns = new Map<string, (GridCell | null)[]>();
  const found: Found[] = [];
  const checks: FoundCheck[] = [];
  const last = Math.min(rows.length, first + MAX_TABLE_ROWS);
  let endRow = first + 1;
  for (let i = first; i < last; i++) {
    const row = rows[i]!;
    // 表四's heading: a table that lost its 四、结转下年度 row ends here.
    if (TABLE4_HEADING.test(row.label)) break;
    if (row.values.length === 0) continue;
    const metric = matchRow(row.label);
    if (!metric || columns.has(metric)) continue;
    endRow = i + 1;
    const cells = readColumns(row, metric, checks);
    if (!cells) continue;
    columns.set(metric, cells.cells);
    const total = cells.cells[TOTAL_COLUMN];
    if (total) found.push(cellFound(src, metric, total, { row, where: TOTAL_COLUMN_NOTE }, cells.note));
    if (metric === 'apps_carried_forward') break;
  }

  found.push(...groupTotals(src, columns));
  checks.push(...balanceChecks(columns), ...outcomeCheck(columns, found));
  return { found, checks, endRow, rowMetrics: new Set(columns.keys()) };
}

function matchRow(label: string): string | null {
  for (const [metric, pattern] of ROWS) if (pattern.test(label)) return metric;
  return null;
}

/** The row's seven cells, recovering run-together cells; null (and a failed check) when impossible. */
function readColumns(
  row: GridRow,
  metric: string,
  checks: FoundCheck[],
): { cells: (GridCell | null)[]; note?: string } | null {
  const n = APPLICANT_COLUMNS.length;
  if (row.values.length >= n) return { cells: row.values.slice(-n) };
  const present = row.values.filter((v): v is GridCell => v !== null);
  const printed = present.map((c) => c.text).join(' ');
  const result =
    present.length === row.values.length
      ? splitRunTogether(present, rowTotalRule(n))
      : { kind: 'none' as const };
  if (result.kind === 'unique') {
    return {
      cells: result.cells,
      note: `cells printed run together as "${printed}"; the only split whose columns add up to 总计`,
    };
  }
  const why =
    result.kind === 'ambiguous'
      ? `${result.count === 10 ? 'at least 10' : result.count} splits add up to the 总计 column`
      : result.kind === 'too-many'
        ? 'too many possible splits to check'
        : `no split into ${n} cells adds up to the 总计 column`;
  checks.push({
    rule: `table3-cells:${metric}`,
    ok: false,
    detail: `表三 row "${row.label}" has ${row.values.length} of ${n} cells ("${printed}"): ${why}; not reported`,
  });
  return null;
}

function totalOf(columns: ReadonlyMap<string, (GridCell | null)[]>, metric: string): GridCell | null {
  return columns.get(metric)?.[TOTAL_COLUMN] ?? null;
}

/** Group totals the table does not print: the sum of all their sub-rows (总计 column). */
function groupTotals(src: SourceText, columns: ReadonlyMap<string, (GridCell | null)[]>): Found[] {
  const out: Found[] = [];
  for (const group of GROUPS) {
    if (!group.total || columns.has(group.total)) continue;
    const parts = group.parts.map((m) => totalOf(columns, m));
    if (parts.some((p) => p === null)) continue;
    out.push(
      sumFound(
        src,
        group.total,
        parts as GridCell[],
        `sum of the ${parts.length} sub-rows of ${group.zh} (总计 column)`,
      ),
    );
  }
  return out;
}

/** 一 + 二 = 三(七)总计 + 四, for each applicant column the four rows all print. */
function balanceChecks(columns: ReadonlyMap<string, (GridCell | null)[]>): FoundCheck[] {
  const rows = ['apps_received', 'apps_carried_over', 'out_total', 'apps_carried_forward'].map((m) =>
    columns.get(m),
  );
  const [received, carriedOver, total, carriedForward] = rows;
  if (!received || !carriedOver || !total || !carriedForward) return [];
  const checks: FoundCheck[] = [];
  APPLICANT_COLUMNS.forEach((column, i) => {
    const cells = [received[i], carriedOver[i], total[i], carriedForward[i]];
    if (cells.some((c) => !c)) return;
    const [a, b, t, f] = cells.map((c) => c!.value) as [number, number, number, number];
    checks.push({
      rule: `table3-balance:${column}`,
      ok: a + b === t + f,
      detail: `${column}: 一、本年新收 ${a} + 二、上年结转 ${b} = ${a + b}; 三(七)总计 ${t} + 四、结转下年度 ${f} = ${t + f}`,
    });
  });
  return checks;
}

/** The outcome rows (groups by their printed or summed totals) add up to （七）总计. */
function outcomeCheck(
  columns: ReadonlyMap<string, (GridCell | null)[]>,
  found: readonly Found[],
): FoundCheck[] {
  const total = totalOf(columns, 'out_total');
  if (!total) return [];
  const terms: [string, number][] = [];
  for (const [zh, metric] of [
    ['（一）予以公开', 'out_granted'],
    ['（二）部分公开', 'out_partial'],
  ] as const) {
    const cell = totalOf(columns, metric);
    if (!cell) return [];
    terms.push([zh, cell.value]);
  }
  for (const group of GROUPS) {
    const value = groupValue(group, columns, found);
    if (value === null) return [];
    terms.push([group.zh, value]);
  }
  const sum = terms.reduce((a, [, v]) => a + v, 0);
  return [
    {
      rule: 'table3-outcomes-sum',
      ok: sum === total.value,
      detail: `${terms.map(([zh, v]) => `${zh} ${v}`).join(' + ')} = ${sum}; （七）总计 ${total.value}`,
    },
  ];
}

function groupValue(
  group: (typeof GROUPS)[number],
  columns: ReadonlyMap<string, (GridCell | null)[]>,
  found: readonly Found[],
): number | null {
  if (group.total) {
    const stated = found.find((f) => f.metric === group.total);
    if (stated) return stated.value;
  }
  const parts = group.parts.map((m) => totalOf(columns, m));
  return parts.every((p) => p !== null) ? sumValues(parts as GridCell[]) : null;
}
