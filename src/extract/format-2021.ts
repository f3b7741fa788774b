// The tables of the 2019 and 2021 annual-report formats (国办公开办函〔2019〕60号, 〔2021〕30号):
// 表二 第二十条, 表三 申请情况 and 表四 行政复议/行政诉讼. The two formats share their row
// labels except in 表二 and in （六）其他处理, so one parser serves both and the template is told
// by the labels only 2019 prints.
import type { Found, FoundCheck, SourceText } from './found';
import { detectFormat, findArticle20, parseArticle20, type Format } from './table-2021-article20';
import { parseApplicantTable } from './table-2021-applicants';
import { parseReviewTable } from './table-2021-review';
import { buildRows, type GridRow } from './table-grid';

/**
 * The 2019/2021 format tables: 第二十条 (表二), 表三 applicant table, 表四 复议/诉讼. null when absent.
 * `rows` lets the orchestrator split the text into rows once for every table parser.
 */
export function parseFormat2021(
  src: SourceText,
  rows: readonly GridRow[] = buildRows(src.norm),
): { template: 'format-2021' | 'format-2019'; found: Found[]; checks: FoundCheck[] } | null {
  const article20 = findArticle20(rows);
  const applicants = parseApplicantTable(src, rows);
  if (article20 < 0 && !applicants) return null;

  const table3Start = applicants
    ? rows.findIndex((r) => r.values.length > 0 && /本年新收/.test(r.label))
    : -1;
  const article20End = table3Start > article20 ? table3Start : rows.length;
  const afterTables = applicants ? applicants.endRow : article20;
  const template: Format = detectFormat(rows, article20, afterTables);

  const found: Found[] = [];
  const checks: FoundCheck[] = [];
  if (article20 >= 0) found.push(...parseArticle20(src, rows, article20, article20End, template));
  if (applicants) {
    found.push(...applicants.found);
    checks.push(...applicants.checks);
  }
  const review = parseReviewTable(src, rows, afterTables);
  if (review) {
    found.push(...review.found);
    checks.push(...review.checks);
  }
  return { template, found, checks };
}
