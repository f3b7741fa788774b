// The 勾稽关系 rules in words, in both languages, and which metrics each rule compares (so the
// quality panel can show the quotes involved). A rule id is "name" or "name:argument", e.g.
// 'channels-sum', 'text-vs-table:proactive_total', 'table3-balance:自然人' (see src/extract/checks.ts,
// src/extract/table-2021-*.ts and src/build/cross-year-checks.ts).
import { CHANNEL_BUCKET_OF, METRICS } from '../model/metrics';
import { metricLabel } from './metric-label';
import type { Locale } from './strings';

interface RuleText {
  zh: string;
  en: string;
  /** The metrics the rule compares, given the rule's argument (after the colon). */
  metrics: (argument: string) => readonly string[];
}

const keysWhere = (keep: (key: string, group: string) => boolean): string[] =>
  METRICS.filter((m) => keep(m.key, m.group)).map((m) => m.key);

const fixed =
  (...keys: string[]) =>
  () =>
    keys;

/** text-vs-table and conflict name a metric, or a channel bucket that several metrics fold into. */
function metricOrBucket(argument: string): string[] {
  const folded = Object.keys(CHANNEL_BUCKET_OF).filter(
    (k) => CHANNEL_BUCKET_OF[k] === argument && k !== argument,
  );
  return [argument, ...folded];
}

const TABLE3_TOTALS = ['apps_received', 'apps_carried_over', 'out_total', 'apps_carried_forward'];

const RULES: Readonly<Record<string, RuleText>> = {
  'channels-sum': {
    zh: '渠道合计与主动公开总数',
    en: 'Channels vs total',
    metrics: () => ['proactive_total', ...keysWhere((_, group) => group === 'channels')],
  },
  'weibo-wechat-combined': {
    zh: '政务微博、微信分项与合计',
    en: 'Weibo and WeChat vs their combined figure',
    metrics: fixed('ch_weibo', 'ch_wechat', 'ch_weibo_wechat'),
  },
  'staff-sum': {
    zh: '专职 + 兼职人员与工作人员总数',
    en: 'Full-time + part-time staff vs total staff',
    metrics: fixed('staff_fulltime', 'staff_parttime', 'staff_total'),
  },
  'apps-channels-sum': {
    zh: '各申请方式合计与收到申请数',
    en: 'Application channels vs applications received',
    metrics: fixed('apps_in_person', 'apps_fax', 'apps_online', 'apps_letter', 'apps_received'),
  },
  'apps-completion': {
    zh: '按时办结 + 延期办结与办结数',
    en: 'On time + extended vs completed',
    metrics: fixed('apps_on_time', 'apps_extended', 'apps_completed'),
  },
  'outcomes-sum': {
    zh: '各办理结果合计与答复数',
    en: 'Outcomes vs applications answered',
    metrics: () => ['apps_answered', ...keysWhere((_, group) => group === 'outcomes')],
  },
  'review-sum': {
    zh: '行政复议分项与总计',
    en: 'Administrative reviews: parts vs total',
    metrics: () => keysWhere((key) => key.startsWith('review_')),
  },
  'litigation-sum': {
    zh: '行政诉讼分项与总计',
    en: 'Lawsuits: parts vs total',
    metrics: () => keysWhere((key) => key.startsWith('litigation_')),
  },
  'text-vs-table': { zh: '正文与统计表', en: 'Text vs table', metrics: metricOrBucket },
  conflict: { zh: '同一指标的多处表述', en: 'Repeated statements of one figure', metrics: metricOrBucket },
  'table3-cells': { zh: '表三单元格', en: 'Table 3 cells', metrics: (argument) => [argument] },
  'table3-balance': {
    zh: '表三平衡（一 + 二 = 三(七) + 四）',
    en: 'Table 3 balance (I + II = III(7) + IV)',
    metrics: () => TABLE3_TOTALS,
  },
  'table3-outcomes-sum': {
    zh: '表三办理结果合计',
    en: 'Table 3 outcomes vs total',
    metrics: () => ['out_total', ...keysWhere((_, group) => group === 'outcomes')],
  },
  'table4-cells': {
    zh: '表四单元格',
    en: 'Table 4 cells',
    metrics: () => keysWhere((key) => key.startsWith('review_') || key.startsWith('litigation_')),
  },
  'table4-sum': {
    zh: '表四分项与总计',
    en: 'Table 4 parts vs total',
    metrics: () => keysWhere((key) => key.startsWith('review_') || key.startsWith('litigation_')),
  },
  'in-force-continuity': {
    zh: '现行有效件数与上年衔接',
    en: 'In-force count vs last year',
    metrics: (kind) => [`${kind}_in_force`, `${kind}_issued`, `${kind}_repealed`],
  },
  'carried-over-continuity': {
    zh: '上年结转与上年报告的结转下年',
    en: 'Carried over vs last year’s carried forward',
    metrics: fixed('apps_carried_over'),
  },
};

/** English names of the table columns and kinds that rule arguments carry in Chinese. */
const ARGUMENT_EN: Readonly<Record<string, string>> = {
  自然人: 'natural persons',
  商业企业: 'businesses',
  科研机构: 'research institutions',
  社会公益组织: 'public-interest organisations',
  法律服务机构: 'legal service providers',
  其他: 'others',
  总计: 'total',
  行政复议: 'administrative review',
  未经复议直接起诉: 'lawsuits without prior review',
  复议后起诉: 'lawsuits after review',
  regulations: 'regulations',
  normative: 'normative documents',
};

const ARGUMENT_ZH: Readonly<Record<string, string>> = {
  regulations: '规章',
  normative: '行政规范性文件',
};

function splitRule(rule: string): { name: string; argument: string } {
  const colon = rule.indexOf(':');
  return colon < 0
    ? { name: rule, argument: '' }
    : { name: rule.slice(0, colon), argument: rule.slice(colon + 1) };
}

function argumentLabel(locale: Locale, argument: string): string {
  if (METRICS.some((m) => m.key === argument)) return metricLabel(locale, argument);
  const names = locale === 'zh' ? ARGUMENT_ZH : ARGUMENT_EN;
  return names[argument] ?? argument;
}

/** "渠道合计与主动公开总数", "正文与统计表：主动公开政府信息数"; unknown rules keep their id. */
export function ruleLabel(locale: Locale, rule: string): string {
  const { name, argument } = splitRule(rule);
  const text = RULES[name];
  const base = text ? text[locale] : name;
  if (!argument) return base;
  return `${base}${locale === 'zh' ? '：' : ': '}${argumentLabel(locale, argument)}`;
}

/** The metrics a rule compares (possibly more than a report states); empty for unknown rules. */
export function ruleMetrics(rule: string): readonly string[] {
  const { name, argument } = splitRule(rule);
  return RULES[name]?.metrics(argument) ?? [];
}
