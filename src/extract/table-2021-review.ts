// 表四 of the 2019/2021 formats: 政府信息公开行政复议、行政诉讼情况, one row of 15 numbers in three
// groups of five (结果维持, 结果纠正, 其他结果, 尚未审结, 总计): 行政复议, 未经复议直接起诉,
// 复议后起诉. The lawsuit metrics of the dashboard add the two lawsuit groups (method 'derived').
import type { Found, FoundCheck, SourceText } from './found';
import { cellFound, columnNote, sumFound } from './table-found';
import type { GridCell, GridRow } from './table-grid';
import { groupTotalsRule, splitRunTogether } from './table-split';

const GROUP_SIZE = 5;
const COLUMNS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'] as const;
const GROUPS = [
  {
    zh: '行政复议',
    metrics: ['review_upheld', 'review_corrected', 'review_other', 'review_pending', 'review_total'],
  },
  {
    zh: '未经复议直接起诉',
    metrics: [
      'litigation_direct_upheld',
      'litigation_direct_corrected',
      'litigation_direct_other',
      'litigation_direct_pending',
      'litigation_direct_total',
    ],
  },
  {
    zh: '复议后起诉',
    metrics: [
      'litigation_after_review_upheld',
      'litigation_after_review_corrected',
      'litigation_after_review_other',
      'litigation_after_review_pending',
      'litigation_after_review_total',
    ],
  },
] as const;
const CELL_COUNT = GROUPS.length * GROUP_SIZE;
const LAWSUIT_METRICS = [
  'litigation_upheld',
  'litigation_corrected',
  'litigation_other',
  'litigation_pending',
  'litigation_total',
];

/** The data row follows its heading closely; further away a number belongs to something else. */
const MAX_ROWS_AFTER_HEADING = 15;
/**
 * 表四's column headings. A table copied from a web page prints each on a line of its own (17
 * lines before the first number): those lines are the table itself, not distance from it.
 */
const HEADING_CELL =
  /^(?:行政复议|行政诉讼|结果维持|结果纠正|其他结果|尚未审结|总计|未经复议直接起诉|复议后起诉)$/;

export interface ReviewTable {
  found: Found[];
  checks: FoundCheck[];
}

/** 表四 after row `fromRow`; null when there is no 行政复议 heading followed by numbers. */
export function parseReviewTable(
  src: SourceText,
  rows: readonly GridRow[],
  fromRow: number,
): ReviewTable | null {
  const heading = rows.findIndex((r, i) => i >= fromRow && /行政复议/.test(r.label));
  if (heading < 0) return null;
  let dataRow = -1;
  for (let i = heading, distance = 0; i < rows.length && distance < MAX_ROWS_AFTER_HEADING; i++) {
    const row = rows[i]!;
    if (row.values.length > 0) {
      dataRow = i;
      break;
    }
    if (!HEADING_CELL.test(row.label.replace(/\s/g, ''))) distance += 1;
  }
  if (dataRow < 0) return null;

  const printed = collectValues(rows, dataRow);
  const checks: FoundCheck[] = [];
  const cells = readCells(printed, checks);
  if (!cells) return { found: [], checks };

  const note = cells.recovered
    ? `cells printed run together as "${printed.map((c) => c?.text ?? '').join(' ')}"; the only split whose groups add up to their 总计`
    : undefined;
  const found: Found[] = [];
  GROUPS.forEach((group, g) => {
    group.metrics.forEach((metric, k) => {
      const cell = cells.cells[g * GROUP_SIZE + k];
      const where = columnNote('表四', `${group.zh} ${COLUMNS[k]}`);
      if (cell)
        found.push(cellFound(src, metric, cell, { row: rows[dataRow]!, where, numbersOnly: true }, note));
    });
    checks.push(...groupCheck(group.zh, cells.cells.slice(g * GROUP_SIZE, (g + 1) * GROUP_SIZE)));
  });
  LAWSUIT_METRICS.forEach((metric, k) => {
    const direct = cells.cells[GROUP_SIZE + k];
    const afterReview = cells.cells[2 * GROUP_SIZE + k];
    if (direct && afterReview) {
      found.push(sumFound(src, metric, [direct, afterReview], '未经复议直接起诉 + 复议后起诉 (表四)'));
    }
  });
  return { found, checks };
}

/** The data row's cells plus those of label-less rows right after it (one number per line). */
function collectValues(rows: readonly GridRow[], dataRow: number): (GridCell | null)[] {
  const values = [...rows[dataRow]!.values];
  for (let i = dataRow + 1; i < rows.length && values.length < CELL_COUNT; i++) {
    const row = rows[i]!;
    if (row.label !== '' || row.values.length === 0) break;
    values.push(...row.values);
  }
  return values;
}

function readCells(
  printed: (GridCell | null)[],
  checks: FoundCheck[],
): { cells: (GridCell | null)[]; recovered: boolean } | null {
  if (printed.length >= CELL_COUNT) return { cells: printed.slice(0, CELL_COUNT), recovered: false };
  const present = printed.filter((c): c is GridCell => c !== null);
  const result =
    present.length === printed.length
      ? splitRunTogether(present, groupTotalsRule(GROUPS.length, GROUP_SIZE))
      : { kind: 'none' as const };
  if (result.kind === 'unique') return { cells: result.cells, recovered: true };
  const why =
    result.kind === 'ambiguous'
      ? 'several splits add up to the group totals'
      : result.kind === 'too-many'
        ? 'too many possible splits to check'
        : `no split into ${CELL_COUNT} cells adds up to the group totals`;
  checks.push({
    rule: 'table4-cells',
    ok: false,
    detail: `表四 has ${printed.length} of ${CELL_COUNT} cells ("${present.map((c) => c.text).join(' ')}"): ${why}; not reported`,
  });
  return null;
}

function groupCheck(zh: string, cells: readonly (GridCell | null)[]): FoundCheck[] {
  if (cells.some((c) => c === null)) return [];
  const values = cells.map((c) => c!.value);
  const parts = values.slice(0, -1);
  const sum = parts.reduce((a, b) => a + b, 0);
  const total = values[values.length - 1]!;
  return [
    {
      rule: `table4-sum:${zh}`,
      ok: sum === total,
      detail: `${zh}: 维持 ${parts[0]} + 纠正 ${parts[1]} + 其他 ${parts[2]} + 尚未审结 ${parts[3]} = ${sum}; 总计 ${total}`,
    },
  ];
}
