// Who reported, for which year, at which scope: read from the title line and the opening
// paragraph. Titles look like "平罗县 2016 年政府信息公开工作年度报告", with stray spaces
// ("2018 年政府 信息公开年度报告") or split over two lines ("洪泽区人民政府\n2023 年…报告").
// Text that has no such title, or none of the disclosure vocabulary, is not a report.
import type { ReportScope } from '../model/types';
import { NotAReportError } from './errors';
import { splitLines } from './paragraphs';

export interface ReportMeta {
  /** The reporting body as the title names it (longest form found in the text), e.g. 平罗县灵沙乡人民政府. */
  body: string;
  year: number;
  scope: ReportScope;
  /** The title with line breaks and stray spaces between Chinese characters removed. */
  title: string;
}

/** The title is looked for among the first lines only: later mentions are citations of it. */
const TITLE_SEARCH_LINES = 12;
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

const DISCLOSURE_WORDS = /政府信息公开|政务公开/;
const REPORT_WORDS = /主动公开|依申请公开|《?条例》?|信息公开申请/;

/** "<body> 2018 年(度)? 政府信息公开(工作)? 年度报告" and "2018 年度 <body> 政府信息公开…报告". */
const TITLE_BODY_FIRST =
  /^(?<body>[\u4e00-\u9fff（）()]{2,40}?)(?<year>\d{4})年度?(?:政府信息公开|政务公开|政府信息与政务公开)(?:工作)?(?:年度)?报告/;
const TITLE_YEAR_FIRST =
  /^(?<year>\d{4})年度?(?<body>[\u4e00-\u9fff（）()]{2,40}?)(?:政府信息公开|政务公开|政府信息与政务公开)(?:工作)?(?:年度)?报告/;
/** A title whose year could not be read ("XX县政府信息公开工作年度报告"): a report, but no year. */
const TITLE_WITHOUT_YEAR = /(?:政府信息公开|政务公开)(?:工作)?(?:年度)?报告$/;

const WHITESPACE_BETWEEN_CJK =
  /(?<=[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef])\s+(?=[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef])/g;

/** Removes stray whitespace between Chinese characters and collapses the rest. */
export function tidyText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(WHITESPACE_BETWEEN_CJK, '');
}

interface TitleMatch {
  title: string;
  body: string;
  year: number;
}

/** Markdown around a title converted from a web page or a .docx: "# …", "> …", "**…**". */
const LEADING_MARKUP = /^(?:#{1,6}|>|[*_]{1,3})\s*/;
const TRAILING_MARKUP = /\s*(?:[*_]{1,3}|#{1,6})$/;

function firstLines(norm: string): string[] {
  const lines: string[] = [];
  for (const span of splitLines(norm.slice(0, 4000))) {
    const line = norm
      .slice(span.start, span.end)
      .trim()
      .replace(LEADING_MARKUP, '')
      .replace(TRAILING_MARKUP, '');
    if (line) lines.push(line);
    if (lines.length >= TITLE_SEARCH_LINES) break;
  }
  return lines;
}

function matchTitle(candidate: string): TitleMatch | null {
  const compact = candidate.replace(/\s+/g, '');
  const m = TITLE_BODY_FIRST.exec(compact) ?? TITLE_YEAR_FIRST.exec(compact);
  if (!m?.groups) return null;
  return { title: tidyText(candidate), body: m.groups['body']!, year: Number(m.groups['year']) };
}

/** Finds the title on one line or on two consecutive lines (a split title). */
export function findTitle(norm: string): TitleMatch | null {
  const lines = firstLines(norm);
  for (let i = 0; i < lines.length; i++) {
    const single = matchTitle(lines[i]!);
    if (single) return single;
    const next = lines[i + 1];
    if (next !== undefined) {
      const joined = matchTitle(`${lines[i]} ${next}`);
      if (joined) return joined;
    }
  }
  return null;
}

function hasTitleWithoutYear(norm: string): boolean {
  return firstLines(norm).some((line) => TITLE_WITHOUT_YEAR.test(line.replace(/\s+/g, '')));
}

/**
 * "洪泽区人民政府" in the title and "淮安市洪泽区人民政府办公室" in the text: the body is the
 * longer, city-qualified form, so both years of one body resolve to the same unit.
 */
export function qualifyBody(body: string, compactText: string): string {
  if (!body.endsWith('人民政府')) return body;
  const escaped = body.replace(/[()（）]/g, '\\$&');
  const m = new RegExp(`([\\u4e00-\\u9fff]{1,6}[市州盟])${escaped}`).exec(compactText);
  if (!m) return body;
  // The window may start inside the sentence ("本报告由淮安市…"): keep what follows the last function word.
  const city = m[1]!.replace(/^.*[由与向在请的和及经据按为是对]/, '');
  return city.length >= 2 ? city + body : body;
}

const OFFICE_SUFFIX = /(?:办公室|办|局|委员会|委|厅|中心|署|所|院|站|队|公司|会)$/;
const TOWNSHIP_SUFFIX = /(?:乡|镇|街道|街道办事处|街道办|苏木)$/;
const COUNTY_SUFFIX = /(?:县|区|市|旗|州|盟|省|自治区)$/;
/** The report states that it compiles the departments and townships of the area. */
const AGGREGATE_STATEMENT = /汇总[^。]{0,40}(?:部门|乡镇|单位|街道)/;

export function detectScope(body: string, compactText: string): ReportScope {
  const core = body.replace(/人民政府$/, '');
  if (TOWNSHIP_SUFFIX.test(core)) return 'township';
  if (OFFICE_SUFFIX.test(body)) return 'office';
  if (COUNTY_SUFFIX.test(core) || AGGREGATE_STATEMENT.test(compactText)) return 'county-aggregate';
  return 'office';
}

/** Reads the report's metadata; throws NotAReportError when the text is not a disclosure report. */
export function readMetadata(norm: string): ReportMeta {
  if (norm.trim() === '') throw new NotAReportError('empty');
  const title = findTitle(norm);
  if (!title) {
    throw new NotAReportError(hasTitleWithoutYear(norm) ? 'no-year' : 'no-title');
  }
  if (title.year < MIN_YEAR || title.year > MAX_YEAR)
    throw new NotAReportError('no-year', String(title.year));
  const compactText = norm.replace(/\s+/g, '');
  if (!DISCLOSURE_WORDS.test(compactText) || !REPORT_WORDS.test(compactText)) {
    throw new NotAReportError('no-vocabulary');
  }
  const body = qualifyBody(title.body, compactText);
  return { body, year: title.year, scope: detectScope(body, compactText), title: title.title };
}
