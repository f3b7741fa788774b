// UI strings in both languages. Chinese is the default; every key must exist in both
// (the `en` object is typed against `zh`, so a missing translation fails the type check).
// Metric labels are not here: they come from the catalogue (src/model/metrics.ts).
import type { ReportScope, ReportTemplate } from '../model/types';

export type Locale = 'zh' | 'en';
export const LOCALES: readonly Locale[] = ['zh', 'en'];

const zh = {
  appTitle: '政府信息公开年报看板',
  appSubtitle: '政府信息公开工作年度报告数据：主动公开、依申请公开、人员经费与公开渠道',
  langToggle: 'English',
  loading: '正在加载数据…',
  loadFailed: '数据加载失败：{error}',
  storageWarning: '无法离线保存数据：本次访问的数据只保存在内存中，刷新后需重新下载。',
  filters: '筛选',
  regions: '地区',
  yearFrom: '起始年份',
  yearTo: '截止年份',
  regionsAll: '全选',
  regionsSelected: '已选 {selected}/{total} 个',
  regionsNone: '清空',
  regionsAllLabel: '勾选全部 {count} 个地区',
  regionsNoneLabel: '取消勾选所有地区',
  unitSearch: '单位',
  unitSearchPlaceholder: '搜索单位名称，如 平罗',
  noMatch: '所选地区和年份中没有名称含所搜文字的单位。',
  matchesElsewhere: '未勾选的地区中有：{regions}。',
  tickMatchRegions: '勾选这些地区',
  overview: '总览',
  openView: '单独查看',
  backToOverview: '返回总览',
  tabChart: '图表',
  tabTable: '表格',
  tabSources: '来源',
  legendOf: '{chart}图例',
  legendHide: '点击隐藏此系列',
  legendShow: '点击显示此系列',
  notReported: '未报告',
  notReportedNote: '空缺表示报告未提供该数字（不是 0）',
  derived: '推算',
  approx: '约数',
  derivedFrom: '由报告中的同比变化推算',
  reportColumn: '报告',
  yearColumn: '年份',
  scopeColumn: '口径',
  templateColumn: '格式',
  quoteColumn: '原文',
  methodColumn: '取值方式',
  valueColumn: '数值',
  metricColumn: '指标',
  sourceQuote: '原文摘录',
  openReport: '查看报告全文',
  close: '关闭',
  reportNotFound: '找不到报告 {id}。',
  reportTextLoading: '正在读取报告原文…',
  quotesLoading: '正在读取原文摘录…',
  chartCodeFailed: '图表程序未能加载（可能已断网）。请联网后重新加载页面。',
  chartDescription: '{title}图表。{detail}各项数值见“{tab}”页签。',
  reloadPage: '重新加载',
  reportTextFailed: '无法读取报告原文：{error}',
  highlightedNumbers: '高亮处为已提取的数字（{count} 个）。',
  qualityTitle: '数据质量（勾稽关系检查）',
  qualityEmpty: '所选报告没有检查记录。',
  checkFailed: '未通过',
  checkPassed: '通过',
  noReports: '所选地区和年份没有报告。请勾选地区或放宽年份范围。',
  noRegions: '没有选择地区：请至少勾选一个地区。',
  noValues: '所选报告都没有报告“{what}”。',
  truncated: '按“{what}”（{unit}）从大到小，仅显示前 {shown} 份报告（共 {total} 份）',
  trendTruncated: '仅显示总数最大的 {shown} 个主体（共 {total} 个）',
  trendTitle: '主动公开信息数（按年）',
  trendNote:
    '每条线为一个报告主体；口径写在名称中（县级汇总、政府办公室、乡镇不可直接比较）。空心点为推算值。',
  outcomesTitle: '依申请公开办理结果',
  outcomesNote:
    '分类：公开 = 予以公开 + 已主动公开；无法提供 = 不掌握/不存在 + 非本机关 + 需另行制作 + 补正后仍不明确；不予处理/其他 = 其余。',
  appsReceived: '收到申请',
  staffingTitle: '人员与专项经费',
  staffingNote: '柱：专职与兼职人员（人）；点：政府信息公开专项经费（万元，右轴）。',
  staffUnsplit: '人员（未区分专兼职）',
  channelsTitle: '公开渠道构成',
  channelsNote: '各渠道发布条数；“微博微信（合计）”为报告只给出合计数时单列，不拆分。',
  channelsCount: '条数',
  channelsShare: '占比 %',
  combinedAlsoStated: '报告另给出{what}：{value} 条',
  sharePercent: '占比',
  people: '人',
  itemsUnit: '条',
  wanYuan: '万元',
  reportCount: '{count} 份报告',
  exportSlot: '',
  methodTable: '表格',
  methodText: '正文',
  methodDerived: '推算',
  skipToContent: '跳到主要内容',
  viewTrend: '趋势',
  viewOutcomes: '办理结果',
  viewStaffing: '人员经费',
  viewChannels: '渠道',
  approxMark: '约',
  labelSeparator: '：',
  withNote: '{text}（{note}）',
  inParentheses: '（{text}）',
  listSeparator: '，',
  approxFlag: '约数（原文带“约/余/多”）',
  observationLabel: '{metric}：{value}（{method}）',
  primaryValue: '图表采用此值',
  otherStatements: '报告中另有 {count} 处表述',
  statementsDisagree: '报告对该指标给出了不同的数值，请核对原文。',
  statementsLoading: '正在读取该指标的全部表述…',
  quoteUnavailable: '原文摘录暂不可用，请打开报告全文查看。',
  showInReport: '在原文中查看',
  noteLabel: '说明：',
  valueNotInQuote: '原文中没有直接出现该数值（见说明）。',
  showSource: '查看“{what}”的来源',
  sortAscending: '按“{what}”升序排列',
  sortDescending: '按“{what}”降序排列',
  extractedNumbers: '已提取的数字（{count}）',
  extractedNumbersHint: '点击条目跳到原文中的位置。',
  secondaryValue: '另一处表述',
  reportChecks: '勾稽关系检查',
  quotesInvolved: '涉及的原文（{count}）',
  failedCount: '{count} 项未通过',
  passedCount: '{count} 项通过',
  checksTruncated: '仅列出 {shown} 条检查（共 {total} 条，未通过的在前），请缩小筛选范围。',
  showMoreReports: '再显示 {count} 份报告（还有 {rest} 份）',
};

export type StringKey = keyof typeof zh;

const en: Record<StringKey, string> = {
  appTitle: 'Government Information Disclosure Reports Dashboard',
  appSubtitle:
    'Annual disclosure-report figures: proactive disclosure, requests, staffing and funding, channels',
  langToggle: '中文',
  loading: 'Loading data…',
  loadFailed: 'The data could not be loaded: {error}',
  storageWarning: 'Data cannot be kept offline: it is held in memory for this visit only.',
  filters: 'Filters',
  regions: 'Regions',
  yearFrom: 'From year',
  yearTo: 'To year',
  regionsAll: 'All',
  regionsSelected: '{selected} of {total} ticked',
  regionsNone: 'None',
  regionsAllLabel: 'Tick all {count} regions',
  regionsNoneLabel: 'Untick every region',
  unitSearch: 'Body',
  unitSearchPlaceholder: 'Search by name, e.g. 平罗 or pingluo',
  noMatch: 'No body in the selected regions and years has a name containing the search.',
  matchesElsewhere: 'Unticked regions have some: {regions}.',
  tickMatchRegions: 'Tick these regions',
  overview: 'Overview',
  openView: 'Open on its own',
  backToOverview: 'Back to overview',
  tabChart: 'Chart',
  tabTable: 'Table',
  tabSources: 'Sources',
  legendOf: 'Legend of {chart}',
  legendHide: 'Click to hide this series',
  legendShow: 'Click to show this series',
  notReported: 'Not reported',
  notReportedNote: 'A gap means the report does not state the figure (it is not 0)',
  derived: 'Derived',
  approx: 'approx.',
  derivedFrom: 'Derived from the year-on-year change the report states',
  reportColumn: 'Report',
  yearColumn: 'Year',
  scopeColumn: 'Scope',
  templateColumn: 'Format',
  quoteColumn: 'Quote',
  methodColumn: 'Method',
  valueColumn: 'Value',
  metricColumn: 'Metric',
  sourceQuote: 'Source quote',
  openReport: 'Open the full report',
  close: 'Close',
  reportNotFound: 'Report {id} was not found.',
  reportTextLoading: 'Reading the report text…',
  quotesLoading: 'Reading the quotes…',
  chartCodeFailed: 'The chart code did not load (offline?). Reload the page once you are online.',
  chartDescription: 'Chart: {title}. {detail}Every value is listed in the {tab} tab.',
  reloadPage: 'Reload',
  reportTextFailed: 'The report text could not be read: {error}',
  highlightedNumbers: 'Highlighted: the {count} extracted numbers.',
  qualityTitle: 'Data quality (consistency checks)',
  qualityEmpty: 'The selected reports have no checks.',
  checkFailed: 'Failed',
  checkPassed: 'Passed',
  noReports: 'No reports for the selected regions and years. Tick a region or widen the years.',
  noRegions: 'No region selected: tick at least one region.',
  noValues: 'None of the selected reports states “{what}”.',
  truncated: 'Top {shown} of {total} reports by {what} ({unit})',
  trendTruncated: 'The {shown} largest of {total} bodies shown',
  trendTitle: 'Proactively disclosed items by year',
  trendNote:
    'One line per reporting body; the scope is in its name (county aggregate, government office and township are not comparable). Hollow points are derived.',
  outcomesTitle: 'Outcomes of disclosure requests',
  outcomesNote:
    'Buckets: disclosed = granted + already public; cannot be provided = does not exist + not this agency + needs creation + unclear; not processed / other = the rest.',
  appsReceived: 'Requests received',
  staffingTitle: 'Staff and dedicated funding',
  staffingNote:
    'Bars: full-time and part-time staff (persons); points: dedicated funding (10k yuan, right axis).',
  staffUnsplit: 'Staff (not split)',
  channelsTitle: 'Disclosure channels',
  channelsNote:
    'Items per channel; “Weibo + WeChat (combined)” is its own segment when a report gives only the sum.',
  channelsCount: 'Items',
  channelsShare: 'Share %',
  combinedAlsoStated: 'The report also states {what}: {value} items',
  sharePercent: 'Share',
  people: 'persons',
  itemsUnit: 'items',
  wanYuan: '10k yuan',
  reportCount: '{count} reports',
  exportSlot: '',
  methodTable: 'table',
  methodText: 'text',
  methodDerived: 'derived',
  skipToContent: 'Skip to main content',
  viewTrend: 'Trend',
  viewOutcomes: 'Outcomes',
  viewStaffing: 'Staffing',
  viewChannels: 'Channels',
  approxMark: '≈',
  labelSeparator: ': ',
  withNote: '{text} ({note})',
  inParentheses: '({text})',
  listSeparator: ', ',
  approxFlag: 'approximate (约/余/多 in the source)',
  observationLabel: '{metric}: {value} ({method})',
  primaryValue: 'Used in charts',
  otherStatements: 'The report states it {count} more time(s)',
  statementsDisagree: 'The report gives different values for this figure; check the source.',
  statementsLoading: 'Reading every statement of this figure…',
  quoteUnavailable: 'The quote is not available here; open the full report.',
  showInReport: 'Show in the report',
  noteLabel: 'Note: ',
  valueNotInQuote: 'The value itself is not printed in the source (see the note).',
  showSource: 'Show the source of “{what}”',
  sortAscending: 'Sort by “{what}”, ascending',
  sortDescending: 'Sort by “{what}”, descending',
  extractedNumbers: 'Extracted numbers ({count})',
  extractedNumbersHint: 'Choose an item to jump to it in the text.',
  secondaryValue: 'Another statement',
  reportChecks: 'Consistency checks',
  quotesInvolved: 'Quotes involved ({count})',
  failedCount: '{count} failed',
  passedCount: '{count} passed',
  checksTruncated: 'Listing {shown} of {total} checks (failed first); narrow the filters.',
  showMoreReports: 'Show {count} more reports ({rest} left)',
};

const DICTIONARIES: Record<Locale, Record<StringKey, string>> = { zh, en };

/** Looks up a UI string and fills `{name}` placeholders. */
export function t(locale: Locale, key: StringKey, vars: Record<string, string | number> = {}): string {
  return DICTIONARIES[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

const SCOPE_LABELS: Record<ReportScope, Record<Locale, string>> = {
  'county-aggregate': { zh: '县级汇总', en: 'county aggregate' },
  office: { zh: '政府办公室', en: 'government office' },
  township: { zh: '乡镇', en: 'township' },
};

const TEMPLATE_LABELS: Record<ReportTemplate, Record<Locale, string>> = {
  'stat-table-2008': { zh: '2008 版统计表', en: '2008 statistics table' },
  'format-2019': { zh: '2019 过渡格式', en: '2019 transitional format' },
  'format-2021': { zh: '2021 版格式', en: '2021 format' },
  narrative: { zh: '文字叙述（无统计表）', en: 'narrative (no table)' },
};

/** English names of the shipped regions; imported regions keep the name the user gave. */
const REGION_LABELS_EN: Readonly<Record<string, string>> = {
  平罗: 'Pingluo',
  盐池: 'Yanchi',
  彭阳: 'Pengyang',
  灵沙乡: 'Lingsha',
};

export function scopeLabel(locale: Locale, scope: ReportScope): string {
  return SCOPE_LABELS[scope][locale];
}

export function templateLabel(locale: Locale, template: ReportTemplate): string {
  return TEMPLATE_LABELS[template][locale];
}

export function regionLabel(locale: Locale, region: string): string {
  return locale === 'en' ? (REGION_LABELS_EN[region] ?? region) : region;
}

/**
 * Grouped by thousands with ',' and at most two decimals: how both zh-CN and en-US print
 * these numbers. Written out rather than Intl.NumberFormat because the first ICU formatter a
 * page makes costs about 20 ms of a cold load (measured), for output this simple.
 */
export function formatNumber(_locale: Locale, value: number): string {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e21) return String(value);
  // 1.005 * 100 is 100.49999999999999 in binary: nudge by one ulp so halves round up.
  const scaled = Math.abs(value) * 100;
  const rounded = Math.round(scaled * (1 + Number.EPSILON)) / 100;
  const [whole = '0', fraction] = String(rounded).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  const sign = value < 0 && rounded !== 0 ? '-' : '';
  return `${sign}${grouped}${fraction ? `.${fraction}` : ''}`;
}
