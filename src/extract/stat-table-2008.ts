// The 2008-era 政府信息公开情况统计表 (一、主动公开情况 … 九、政府信息公开会议和培训情况).
//
// Rows are matched by the key words of the template's labels within the section they belong
// to, because the same words recur: "其他情形数" and "维持…" exist under both 四、行政复议 and
// 五、行政诉讼. The table's value is the first number after the label (and its unit).
import type { Found, SourceText } from './found';
import { cellFound } from './table-found';
import { buildRows, type GridRow } from './table-grid';

type Section =
  | 'proactive'
  | 'responses'
  | 'applications'
  | 'review'
  | 'litigation'
  | 'complaints'
  | 'fees'
  | 'capacity'
  | 'meetings';

/** Section headings: a top-level number (一、…九、) followed by these words. */
const SECTION_HEADINGS: readonly [Section, RegExp][] = [
  ['proactive', /主动公开情况/],
  ['responses', /回应解读/],
  ['applications', /依申请公开情况/],
  ['review', /行政复议/],
  ['litigation', /行政诉讼/],
  ['complaints', /举报投诉/],
  ['fees', /收取的?费用/],
  ['capacity', /机构建设|保障经费/],
  ['meetings', /会议和培训/],
];
const TOP_LEVEL_NUMBER = /^[一二三四五六七八九十]+[、.]/;

/** Template rows per section, most specific first: the first pattern that matches wins. */
const ROWS: Readonly<Record<Section, readonly [metric: string, pattern: RegExp][]>> = {
  proactive: [
    ['proactive_normative_docs', /主动公开规范性文件/],
    ['normative_docs_issued', /制发规范性文件/],
    ['proactive_total', /主动公开政府信息数/],
    ['ch_gazette', /政府公报/],
    ['ch_website', /政府网站/],
    ['ch_weibo', /政务微博/],
    ['ch_wechat', /政务微信/],
    ['ch_other', /其他方式/],
  ],
  responses: [
    ['press_conferences_leaders', /负责同志.*新闻发布会/],
    ['online_interviews_leaders', /负责同志.*在线访谈/],
    ['press_conferences', /新闻发布会/],
    ['online_interviews', /在线访谈/],
    ['policy_interpretations', /政策解读/],
    ['weibo_wechat_responses', /微博微信回应/],
    ['other_responses', /其他方式回应/],
    ['hot_topic_responses', /关注热点|重大舆情/],
  ],
  applications: [
    ['apps_in_person', /当面申请/],
    ['apps_fax', /传真申请/],
    ['apps_online', /网络申请/],
    ['apps_letter', /信函申请/],
    ['apps_received', /收到申请/],
    ['apps_on_time', /按时办结/],
    ['apps_extended', /延期办结/],
    ['apps_completed', /申请办结/],
    ['out_already_public', /已主动公开/],
    ['out_partial', /部分公开/],
    ['out_denied_state_secret', /国家秘密/],
    ['out_denied_commercial_secret', /商业秘密/],
    ['out_denied_privacy', /个人隐私/],
    ['out_denied_security', /国家安全|公共安全|经济安全|社会稳定/],
    ['out_denied_not_gov_info', /不是《?条例》?所指/],
    ['out_denied_other_law', /法律法规规定的其他/],
    ['out_denied', /不同意公开/],
    ['out_granted', /同意公开/],
    ['out_not_this_agency', /不属于本/],
    ['out_not_exist', /信息不存在/],
    ['out_told_amend', /更改补充/],
    ['out_told_other_channel', /其他途径/],
    ['apps_answered', /申请答复/],
  ],
  review: [
    ['review_upheld', /维持/],
    ['review_corrected', /纠错|纠正/],
    ['review_other', /其他情形/],
    ['review_total', /行政复议/],
  ],
  litigation: [
    ['litigation_upheld', /维持|驳回/],
    ['litigation_corrected', /纠错|纠正/],
    ['litigation_other', /其他情形/],
    ['litigation_total', /行政诉讼/],
  ],
  complaints: [['complaints', /举报投诉/]],
  fees: [['fees_wan_yuan', /费用/]],
  capacity: [
    ['staff_fulltime', /专职/],
    ['staff_parttime', /兼职/],
    ['staff_total', /工作人员数/],
    ['dedicated_bodies', /专门机构/],
    ['reading_points', /查阅点/],
    ['funding_wan_yuan', /专项经费/],
  ],
  meetings: [
    ['trainees', /接受培训|培训人员/],
    ['training_sessions', /培训班/],
    ['meetings', /会议/],
  ],
};

/**
 * Below this many distinct rows the "table" is more likely a few prose lines that happen to end
 * in a number (pdftotext wraps prose anywhere); a real 统计表 has about fifty rows.
 */
const MIN_ROWS_FOR_A_TABLE = 5;

/**
 * The 2008-era 政府信息公开情况统计表 (一、主动公开情况 … 九、会议和培训情况). Empty array when the
 * report has none. `rows` lets the orchestrator split the text into rows once for every table parser.
 */
export function parseStatTable2008(src: SourceText, rows: readonly GridRow[] = buildRows(src.norm)): Found[] {
  const found = new Map<string, Found>();
  let section: Section | null = null;
  for (const row of rows) {
    section = sectionOf(row) ?? section;
    const metric = section ? matchRow(row.label, ROWS[section]) : null;
    if (!metric || found.has(metric)) continue;
    const cell = row.values[0];
    if (cell) found.set(metric, cellFound(src, metric, cell, { row }));
  }
  return found.size >= MIN_ROWS_FOR_A_TABLE ? [...found.values()] : [];
}

function sectionOf(row: GridRow): Section | null {
  if (!TOP_LEVEL_NUMBER.test(row.label)) return null;
  for (const [section, heading] of SECTION_HEADINGS) if (heading.test(row.label)) return section;
  return null;
}

function matchRow(label: string, rows: readonly [string, RegExp][]): string | null {
  for (const [metric, pattern] of rows) if (pattern.test(label)) return metric;
  return null;
}
