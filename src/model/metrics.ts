// The metric catalogue: the one source of truth for metric keys, their labels in both
// languages and their unit of measure. Views, exports and the extractor name metrics through
// the constants here, never through scattered string literals.
import type { MetricDef, MetricGroup } from './types';

type Row = [key: string, zh: string, en: string, unit: string];

function group(g: MetricGroup, rows: Row[]): MetricDef[] {
  return rows.map(([key, zh, en, unit]) => ({ key, group: g, zh, en, unit }));
}

export const METRICS: readonly MetricDef[] = [
  ...group('proactive', [
    ['proactive_total', '主动公开政府信息数', 'Proactively disclosed items', '条'],
    ['proactive_normative_docs', '主动公开规范性文件数', 'Normative documents disclosed', '条'],
    ['normative_docs_issued', '制发规范性文件总数', 'Normative documents issued', '件'],
    ['website_visits', '政府网站访问量', 'Government website visits', '次'],
    // Derived from "同比增加 36.1%" next to the total: the trend view draws it at year - 1, labelled 推算.
    ['proactive_total_prev_year', '上年主动公开政府信息数（推算）', 'Previous year total (derived)', '条'],
  ]),
  ...group('channels', [
    ['ch_website', '政府网站', 'Government website', '条'],
    ['ch_weibo', '政务微博', 'Government Weibo', '条'],
    ['ch_wechat', '政务微信', 'Government WeChat', '条'],
    ['ch_weibo_wechat', '政务微博微信（合计）', 'Weibo + WeChat (combined)', '条'],
    ['ch_new_media', '政务新媒体（合计）', 'Government new media (combined)', '条'],
    ['ch_gazette', '政府公报', 'Government gazette', '条'],
    ['ch_other', '其他方式', 'Other channels', '条'],
    ['ch_bulletin', '公开栏/公示栏', 'Notice boards', '条'],
    ['ch_app', '客户端', 'Mobile app', '条'],
    ['ch_noticeboard', '电子屏', 'Electronic screens', '条'],
    ['ch_periodical', '政务信息刊物', 'Government bulletins (non-gazette)', '条'],
  ]),
  ...group('responses', [
    ['hot_topic_responses', '回应公众关注热点或重大舆情数', 'Responses to public concerns', '次'],
    ['press_conferences', '新闻发布会次数', 'Press conferences', '次'],
    ['press_conferences_leaders', '主要负责同志参加新闻发布会次数', 'Press conferences with leaders', '次'],
    ['online_interviews', '政府网站在线访谈次数', 'Online interviews', '次'],
    ['online_interviews_leaders', '主要负责同志参加在线访谈次数', 'Online interviews with leaders', '次'],
    ['policy_interpretations', '政策解读稿件发布数', 'Policy interpretations published', '篇'],
    ['weibo_wechat_responses', '微博微信回应事件数', 'Responses via Weibo/WeChat', '次'],
    ['other_responses', '其他方式回应事件数', 'Responses via other channels', '次'],
  ]),
  ...group('applications', [
    ['apps_received', '本年新收政府信息公开申请数', 'Applications received', '件'],
    ['apps_carried_over', '上年结转申请数', 'Applications carried over from last year', '件'],
    ['apps_carried_forward', '结转下年度继续办理数', 'Applications carried forward to next year', '件'],
    ['apps_in_person', '当面申请数', 'Applications in person', '件'],
    ['apps_fax', '传真申请数', 'Applications by fax', '件'],
    ['apps_online', '网络申请数', 'Applications online', '件'],
    ['apps_letter', '信函申请数', 'Applications by letter', '件'],
    ['apps_completed', '申请办结数', 'Applications completed', '件'],
    ['apps_on_time', '按时办结数', 'Completed on time', '件'],
    ['apps_extended', '延期办结数', 'Completed after extension', '件'],
    ['apps_answered', '申请答复数', 'Applications answered', '件'],
  ]),
  ...group('outcomes', [
    ['out_already_public', '属于已主动公开范围', 'Already proactively disclosed', '件'],
    ['out_granted', '予以公开/同意公开', 'Granted', '件'],
    ['out_partial', '部分公开', 'Partly granted', '件'],
    ['out_denied', '不予公开', 'Denied', '件'],
    ['out_denied_state_secret', '不予公开：属于国家秘密', 'Denied: state secret', '件'],
    ['out_denied_commercial_secret', '不予公开：涉及商业秘密', 'Denied: commercial secret', '件'],
    ['out_denied_privacy', '不予公开：涉及个人隐私', 'Denied: privacy', '件'],
    ['out_denied_security', '不予公开：危及“三安全一稳定”', 'Denied: security and stability', '件'],
    [
      'out_denied_not_gov_info',
      '不予公开：不是《条例》所指政府信息',
      'Denied: not government information',
      '件',
    ],
    ['out_denied_other_law', '不予公开：其他法律行政法规禁止公开', 'Denied: other laws', '件'],
    ['out_denied_third_party', '不予公开：保护第三方合法权益', 'Denied: third-party rights', '件'],
    ['out_denied_internal', '不予公开：属于三类内部事务信息', 'Denied: internal affairs', '件'],
    ['out_denied_process', '不予公开：属于四类过程性信息', 'Denied: process information', '件'],
    ['out_denied_enforcement_file', '不予公开：属于行政执法案卷', 'Denied: enforcement files', '件'],
    ['out_denied_query', '不予公开：属于行政查询事项', 'Denied: administrative query', '件'],
    ['out_not_this_agency', '不属于本行政机关公开', 'Not held by this agency', '件'],
    ['out_not_exist', '本机关不掌握/申请信息不存在', 'Information does not exist', '件'],
    ['out_needs_creation', '没有现成信息需要另行制作', 'Would need to be created', '件'],
    ['out_unclear', '补正后申请内容仍不明确', 'Still unclear after amendment', '件'],
    ['out_told_amend', '告知作出更改补充', 'Told to amend', '件'],
    ['out_told_other_channel', '告知通过其他途径办理', 'Referred to another channel', '件'],
    ['out_not_processed', '不予处理', 'Not processed', '件'],
    ['out_np_complaint', '不予处理：信访举报投诉类申请', 'Not processed: complaint', '件'],
    ['out_np_repeat', '不予处理：重复申请', 'Not processed: repeat', '件'],
    ['out_np_publication', '不予处理：要求提供公开出版物', 'Not processed: publication', '件'],
    ['out_np_mass', '不予处理：无正当理由大量反复申请', 'Not processed: mass requests', '件'],
    ['out_np_confirm', '不予处理：要求确认或重新出具已获取信息', 'Not processed: re-issue', '件'],
    ['out_other', '其他处理', 'Other handling', '件'],
    ['out_other_no_amend', '其他处理：逾期不补正', 'Other: no amendment in time', '件'],
    ['out_other_no_fee', '其他处理：逾期未缴费', 'Other: fee not paid', '件'],
    ['out_other_misc', '其他处理：其他', 'Other: misc.', '件'],
    ['out_total', '办理结果总计', 'Outcomes total', '件'],
  ]),
  ...group('review', [
    ['review_total', '行政复议总计', 'Administrative reviews', '件'],
    ['review_upheld', '行政复议：结果维持', 'Review: upheld', '件'],
    ['review_corrected', '行政复议：结果纠正', 'Review: corrected', '件'],
    ['review_other', '行政复议：其他结果', 'Review: other', '件'],
    ['review_pending', '行政复议：尚未审结', 'Review: pending', '件'],
    ['litigation_total', '行政诉讼总计', 'Lawsuits', '件'],
    ['litigation_upheld', '行政诉讼：结果维持', 'Lawsuits: upheld', '件'],
    ['litigation_corrected', '行政诉讼：结果纠正', 'Lawsuits: corrected', '件'],
    ['litigation_other', '行政诉讼：其他结果', 'Lawsuits: other', '件'],
    ['litigation_pending', '行政诉讼：尚未审结', 'Lawsuits: pending', '件'],
    ['litigation_direct_upheld', '未经复议直接起诉：结果维持', 'Direct lawsuits: upheld', '件'],
    ['litigation_direct_corrected', '未经复议直接起诉：结果纠正', 'Direct lawsuits: corrected', '件'],
    ['litigation_direct_other', '未经复议直接起诉：其他结果', 'Direct lawsuits: other', '件'],
    ['litigation_direct_pending', '未经复议直接起诉：尚未审结', 'Direct lawsuits: pending', '件'],
    ['litigation_direct_total', '未经复议直接起诉：总计', 'Direct lawsuits', '件'],
    ['litigation_after_review_upheld', '复议后起诉：结果维持', 'Lawsuits after review: upheld', '件'],
    ['litigation_after_review_corrected', '复议后起诉：结果纠正', 'Lawsuits after review: corrected', '件'],
    ['litigation_after_review_other', '复议后起诉：其他结果', 'Lawsuits after review: other', '件'],
    ['litigation_after_review_pending', '复议后起诉：尚未审结', 'Lawsuits after review: pending', '件'],
    ['litigation_after_review_total', '复议后起诉：总计', 'Lawsuits after review', '件'],
    ['complaints', '举报投诉数', 'Complaints', '件'],
    ['fees_wan_yuan', '依申请公开收取费用', 'Fees charged', '万元'],
  ]),
  ...group('regulatory', [
    ['regulations_issued', '规章：本年制发件数', 'Regulations issued', '件'],
    ['regulations_repealed', '规章：本年废止件数', 'Regulations repealed', '件'],
    ['regulations_in_force', '规章：现行有效件数', 'Regulations in force', '件'],
    [
      'regulations_published',
      '规章：本年新公开数量（2019 格式）',
      'Regulations newly published (2019 format)',
      '件',
    ],
    [
      'regulations_public_total',
      '规章：对外公开总数量（2019 格式）',
      'Regulations public in total (2019 format)',
      '件',
    ],
    ['normative_issued', '行政规范性文件：本年制发件数', 'Normative documents issued', '件'],
    ['normative_repealed', '行政规范性文件：本年废止件数', 'Normative documents repealed', '件'],
    ['normative_in_force', '行政规范性文件：现行有效件数', 'Normative documents in force', '件'],
    [
      'normative_published',
      '规范性文件：本年新公开数量（2019 格式）',
      'Normative documents newly published (2019 format)',
      '件',
    ],
    [
      'normative_public_total',
      '规范性文件：对外公开总数量（2019 格式）',
      'Normative documents public in total (2019 format)',
      '件',
    ],
    ['licensing_decisions', '行政许可处理决定数', 'Licensing decisions', '件'],
    ['penalty_decisions', '行政处罚处理决定数', 'Penalty decisions', '件'],
    ['enforcement_decisions', '行政强制处理决定数', 'Enforcement decisions', '件'],
    ['admin_fees_wan_yuan', '行政事业性收费金额', 'Administrative fees', '万元'],
  ]),
  ...group('capacity', [
    ['dedicated_bodies', '政府信息公开工作专门机构数', 'Dedicated bodies', '个'],
    ['reading_points', '政府信息公开查阅点数', 'Public reading points', '个'],
    ['staff_total', '从事政府信息公开工作人员数', 'Staff', '人'],
    ['staff_fulltime', '专职人员数', 'Full-time staff', '人'],
    ['staff_parttime', '兼职人员数', 'Part-time staff', '人'],
    ['funding_wan_yuan', '政府信息公开专项经费', 'Dedicated funding', '万元'],
    ['meetings', '召开政府信息公开工作会议或专题会议数', 'Meetings', '次'],
    ['training_sessions', '举办各类培训班数', 'Training sessions', '次'],
    ['trainees', '接受培训人员数', 'Trainees', '人次'],
  ]),
];

const BY_KEY = new Map(METRICS.map((m) => [m.key, m]));

export function getMetric(key: string): MetricDef | undefined {
  return BY_KEY.get(key);
}

export function isMetricKey(key: string): boolean {
  return BY_KEY.has(key);
}

/** The five channels the channel-mix view shows. */
export const CHANNEL_BUCKETS = ['ch_website', 'ch_weibo', 'ch_wechat', 'ch_gazette', 'ch_other'] as const;
export type ChannelBucket = (typeof CHANNEL_BUCKETS)[number];

/** Finer channel keys fold into one of the five buckets (the original key stays in the data). */
export const CHANNEL_BUCKET_OF: Readonly<Record<string, ChannelBucket>> = {
  ch_website: 'ch_website',
  ch_weibo: 'ch_weibo',
  ch_wechat: 'ch_wechat',
  ch_gazette: 'ch_gazette',
  ch_other: 'ch_other',
  ch_bulletin: 'ch_other',
  ch_app: 'ch_other',
  ch_noticeboard: 'ch_other',
  ch_periodical: 'ch_other',
};

/**
 * Combined channel figures: 政务微博微信 (the two together) and 政务新媒体 (微博, 微信 and a
 * body's other accounts). Each is a segment of its own in the channel mix and counts in the
 * channels' sum only when the report splits out none of what it covers; otherwise the split
 * figures stand and the combined one is noted beside them.
 */
export const COMBINED_CHANNELS: readonly { key: string; covers: readonly string[] }[] = [
  { key: 'ch_weibo_wechat', covers: ['ch_weibo', 'ch_wechat'] },
  { key: 'ch_new_media', covers: ['ch_weibo', 'ch_wechat', 'ch_weibo_wechat'] },
];

/** Outcome buckets for the cross-template 依申请公开 chart (DESIGN.md). */
export const OUTCOME_BUCKETS = [
  { id: 'public', zh: '公开', en: 'Disclosed', keys: ['out_granted', 'out_already_public'] },
  { id: 'partial', zh: '部分公开', en: 'Partly disclosed', keys: ['out_partial'] },
  { id: 'denied', zh: '不予公开', en: 'Denied', keys: ['out_denied'] },
  {
    id: 'unavailable',
    zh: '无法提供',
    en: 'Cannot be provided',
    keys: ['out_not_exist', 'out_not_this_agency', 'out_needs_creation', 'out_unclear'],
  },
  {
    id: 'other',
    zh: '不予处理/其他',
    en: 'Not processed / other',
    keys: ['out_not_processed', 'out_other', 'out_told_amend', 'out_told_other_channel'],
  },
] as const;
