// Numbers stated in prose ("主动公开政府信息 42704 条", "访问量约 124 万次", "其中专职人员 15 名").
//
// The parser reads the prose view (paragraphs.ts: noise masked, line wraps joined) with a table
// of phrasings. Each phrasing names the metric, the words around the number and, where the
// words alone are ambiguous, a guard on the text before it. Rules are written around the
// common phrasings of these reports, never around one file's positions. What the rules
// deliberately leave alone: sub-topic counts ("公开住房保障信息 14 条": the object of the verb
// must be generic 信息/文件/内容), figures of a single account or section, plans for next year
// (sentences with 计划/拟/下一步/明年), numbers inside table rows and screenshots (masked).
//
// Decisions worth knowing:
// - "暂未设立专项经费" is NOT a zero: funding stays absent. "没有依申请公开事项" IS a zero
//   (an explicit statement of none), kept with its quote.
// - Counts printed with 万 ("1.3 万条") are rounded, so they are approx.
// - A named bulletin 《…》 counts as the gazette only when its name has 公报; any other named
//   periodical ("《平罗县政务信息》") is ch_periodical (folded into 其他 in charts).
// - One channel stated in parts in one sentence ("门户网站 2829 条，部门网站 334 条") becomes one
//   derived observation with the arithmetic in its note.
// - "同比增加 36.1%" after the total gives proactive_total_prev_year (derived, approx, note).
import type { Found, SourceText } from './found';
import { NUMBER_SOURCE, readNumber } from './numbers';
import { buildProseView, toSourceSpan, type ProseView } from './paragraphs';
import { CHANNEL_BUCKET_OF, COMBINED_CHANNELS } from '../model/metrics';

interface ProseRule {
  metric: string;
  /** Regex source with exactly one {N} (the number) unless `zero` is set. */
  pattern: string;
  /** Multiplier from the number as printed to the metric's unit (元 -> 万元). */
  scale?: number;
  /** The phrase states "none": the value is 0 and there is no number. */
  zero?: boolean;
  /** Rejects a match from the text just before it in the same sentence, or from the match itself. */
  reject?: (before: string, matched: string) => boolean;
}

/** Filler inside one clause (no clause or sentence punctuation), at most `max` characters. */
const clause = (max: number): string => `[^,。;:!?]{0,${max}}?`;
const VIA = `(?:(?:通过|在|利用|依托)${clause(25)})?`;
const VERB = '(?:主动)?(?:发布|公开|公布|推送)(?:了)?';
/** The object must be generic: "政府信息", "各类信息", "文件", "内容" (never "住房保障信息"). */
const OBJECT =
  '(?:各类|各种|相关)?(?:公告[、和及])?(?:政府|政务)?(?:信息|文件|内容)(?:共计|总计|合计|共|达)?';
const ITEMS = '(?:条|篇)';
const N = '{N}';
/**
 * A channel's object may be left out when its sentence named it already: "主动公开政府信息 6482
 * 条，其中政府网站发布 5210 条，政务微博发布 386 条". The count must then close its clause, so
 * that "网站发布 12 条解读" (a count of something else) is not read as a channel's figure.
 */
const OBJECT_OR_ELIDED = `(?:${OBJECT}|(?=\\s*${NUMBER_SOURCE}\\s*${ITEMS}(?:[,。;、()]|$)))`;

const CHANNEL_NOUN =
  /网站|信息网|门户|微博|微信|公众号|公报|客户端|公开栏|公示栏|公告栏|电子屏|大屏|渠道|载体|《/;

/** "培训班 72 次" or "培训 2 期": a count of courses (a bare "培训 8 次" may count something else). */
const FOLLOWS_TRAINING_COUNT = /培训(?:班\s*\d+\s*(?:次|期)|\s*\d+\s*期)\s*,?\s*$/;

/**
 * "通过门户网站、政务微信、公开栏等渠道公开政府信息 1234 条": a list of channels closed by 等渠道
 * is the total over all channels, not one channel's figure.
 */
const ENUMERATED_CHANNELS = /等(?:各类|多种)?(?:渠道|平台|载体|方式|途径)$/;
/** The channels a report's breakdown names one by one (其他 is whatever is not among them). */
const CORE_CHANNEL = /网站|信息网|门户|微博|微信|公众号|两微|新媒体|公报/;

/** The total's guard: a channel named in its clause makes it a channel figure, unless channels are enumerated. */
function namesOneChannel(before: string): boolean {
  const clause = lastClause(before);
  return CHANNEL_NOUN.test(clause) && !ENUMERATED_CHANNELS.test(clause);
}

/** Website figures are often stated for one of its columns: "门户网站乡镇专栏发布…". */
const WEBSITE = `(?:门户网站|政府网站|信息网|网站)(?:[^,。;:!?、]{0,8}?(?:专栏|栏目|专题))?(?:平台|上)?`;

const RULES: readonly ProseRule[] = [
  // Channels first: a number claimed by a channel phrase is not read again as the total.
  {
    metric: 'ch_weibo_wechat',
    pattern: `${VIA}政务微博[、和及与]微信(?:公众号)?${VERB}${OBJECT_OR_ELIDED}${N}${ITEMS}`,
  },
  { metric: 'ch_weibo', pattern: `${VIA}政务微博(?:账号|平台)?${VERB}${OBJECT_OR_ELIDED}${N}${ITEMS}` },
  // 政务新媒体: a body's 微博, 微信 and other accounts together (a figure of its own, see metrics.ts).
  {
    metric: 'ch_new_media',
    pattern: `${VIA}(?:政务)?新媒体(?:平台|账号|矩阵)?${VERB}${OBJECT_OR_ELIDED}${N}${ITEMS}`,
  },
  {
    metric: 'ch_wechat',
    pattern: `${VIA}(?:政务微信(?:公众号)?|微信公众号)(?:平台|账号)?${VERB}${OBJECT_OR_ELIDED}${N}${ITEMS}`,
  },
  {
    metric: 'ch_website',
    pattern: `${VIA}${WEBSITE}${VERB}${OBJECT_OR_ELIDED}${N}${ITEMS}`,
  },
  {
    metric: 'ch_gazette',
    pattern: `${VIA}(?:政府公报|《[^》]{0,20}公报》)${VERB}${OBJECT_OR_ELIDED}${N}${ITEMS}`,
  },
  { metric: 'ch_periodical', pattern: `${VIA}《[^》]{1,20}》${VERB}${OBJECT_OR_ELIDED}${N}${ITEMS}` },
  { metric: 'ch_app', pattern: `${VIA}(?:客户端|APP|App)${VERB}${OBJECT_OR_ELIDED}${N}${ITEMS}` },
  {
    metric: 'ch_noticeboard',
    pattern: `${VIA}(?:电子大屏|电子屏|显示屏|LED屏|阅报屏)(?:上)?(?:滚动)?(?:发布|公开|播放)${OBJECT_OR_ELIDED}${N}${ITEMS}`,
  },
  { metric: 'ch_bulletin', pattern: `${VIA}(?:公开栏|公示栏|公告栏)${VERB}${OBJECT_OR_ELIDED}${N}${ITEMS}` },
  {
    metric: 'ch_other',
    pattern: `(?:通过${clause(30)})?(?:等${clause(6)}|其他)(?:渠道|载体|方式|途径)${VERB}${OBJECT_OR_ELIDED}${N}${ITEMS}`,
    // A list naming the website or the 两微 is the total (read below), not the 其他 channels.
    reject: (_before, matched) => CORE_CHANNEL.test(matched),
  },
  {
    metric: 'proactive_total',
    pattern: `主动公开(?:各类)?(?:政府|政务)?信息(?:数为|数|共计|总计|合计|共|达)?${N}条`,
    // "在政府网站平台主动公开政府信息 1136 条" is a channel figure, not the total.
    reject: namesOneChannel,
  },
  {
    // Without 主动: "全年共公开政府信息 1,234 条" (never 依申请公开 / 不予公开 / 部分公开).
    metric: 'proactive_total',
    pattern: `(?<!申请|不予|部分)公开(?:各类)?政府信息(?:共计|总计|合计|共|达)?${N}条`,
    reject: namesOneChannel,
  },
  {
    metric: 'website_visits',
    pattern: `访问量(?:达到|达|为|共|累计)?${N}(?:人)?次`,
    // Only a website's visits: a Weibo account's 点击量 or a platform's 浏览量 is something else.
    reject: (before) => !/网站|信息网|门户/.test(before),
  },
  {
    metric: 'staff_total',
    pattern: `从事政府信息(?:公开)?(?:工作)?(?:的)?(?:工作)?人员(?:共计|共|总计|合计|有)?${N}(?:名|人)(?!次)`,
  },
  {
    metric: 'staff_total',
    pattern: `专(?:、)?兼职(?:工作)?人员(?:共计|共|有)?${N}(?:名|人)(?!次)`,
  },
  // "配备政府信息公开工作人员 5 名", "全县政务公开工作人员共计 12 人": the staff as a whole, said
  // by a verb of staffing or for the whole area (not "选派…工作人员 3 名参加培训").
  {
    metric: 'staff_total',
    pattern: `(?:(?:配备|配置|配齐|现有|共有)(?:了)?|全(?:县|区|市|旗|镇|乡))(?:政府信息公开|政务公开|信息公开)(?:工作)?人员(?:共计|共|总计|合计|有)?${N}(?:名|人)(?!次)`,
  },
  // "专职人员 15 名" and "（其中专职 1 名）".
  { metric: 'staff_fulltime', pattern: `(?<!兼)专职(?:工作)?(?:人员)?(?:共|有)?${N}(?:名|人)(?!次)` },
  { metric: 'staff_fulltime', pattern: `(?:配置|配备|配齐)(?:了)?${N}名专职(?:工作)?人员` },
  {
    metric: 'staff_parttime',
    pattern: `(?<!专|专、)兼职(?:工作)?(?:人员)?(?:共|有)?${N}(?:名|人)(?!次)`,
  },
  {
    metric: 'funding_wan_yuan',
    pattern: `(?:政府信息公开|政务公开)?专项(?:工作)?经费(?:共计|共|为|投入|合计)?${N}元`,
    scale: 1 / 10_000,
  },
  {
    metric: 'apps_received',
    pattern: `(?:受理|收到|接到)(?:公民、法人(?:和|及)其他组织(?:的)?)?(?:政府信息公开|信息公开|依申请公开)?申请(?:共计|共)?${N}件`,
  },
  { metric: 'apps_received', pattern: `(?:累计)?办理(?:政府信息公开|依申请公开)?申请(?:共计|共)?${N}件` },
  {
    metric: 'apps_received',
    pattern: '(?:没有|无|未(?:收到|受理|接到))(?:政府信息公开|依申请公开|信息公开)(?:的)?(?:申请|事项)',
    zero: true,
  },
  // "其中当面申请 5 件，网络申请 27 件，信函申请 4 件": how the year's applications came in.
  { metric: 'apps_in_person', pattern: `(?:当面|现场)(?:提交|提出)?申请(?:共)?${N}件` },
  { metric: 'apps_online', pattern: `(?:网络|网上|在线|互联网)(?:提交|提出)?申请(?:共)?${N}件` },
  { metric: 'apps_letter', pattern: `(?:信函|邮寄)(?:提交|提出)?申请(?:共)?${N}件` },
  { metric: 'apps_fax', pattern: `传真(?:提交|提出)?申请(?:共)?${N}件` },
  { metric: 'apps_carried_over', pattern: `上年(?:度)?结转(?:的)?(?:政府信息公开)?(?:申请)?(?:共)?${N}件` },
  {
    metric: 'meetings',
    pattern: `召开(?:了)?(?:政府信息公开|政务公开|信息公开)${clause(12)}会议(?:或专题会议)?(?:共)?${N}次`,
  },
  {
    metric: 'training_sessions',
    pattern: `举办(?:了)?(?:各类培训班|${clause(10)}(?:政务公开|信息公开)${clause(6)}培训班)${N}(?:次|期)`,
  },
  {
    // "举办政务公开业务培训 2 期": 期 counts courses. Not "开展本级…培训 8 次", which one report
    // uses for a part of what its table counts.
    metric: 'training_sessions',
    pattern: `(?:举办|开展|组织(?:开展)?)(?:了)?${clause(10)}(?:政务公开|信息公开)${clause(6)}培训${N}期`,
  },
  // Trainees only right after the training-course count of the same sentence ("培训班 72 次，培训工作人员…").
  {
    metric: 'trainees',
    pattern: `(?:培训(?:工作)?(?:人员)?|参训(?:人员)?)(?:共计|共)?${N}人次`,
    reject: (before) => !FOLLOWS_TRAINING_COUNT.test(before),
  },
  {
    metric: 'trainees',
    pattern: `${N}人参加(?:了)?培训`,
    reject: (before) => !FOLLOWS_TRAINING_COUNT.test(before),
  },
  { metric: 'trainees', pattern: `接受培训(?:人员)?(?:共计|共)?${N}人次` },
  {
    metric: 'policy_interpretations',
    pattern: `(?:发布|制作)(?:了)?(?:相关)?政策解读(?:稿件|信息|文章|材料)?(?:共计|共)?${N}(?:篇|条)`,
  },
  { metric: 'online_interviews_leaders', pattern: `负责同志参加(?:政府网站)?在线访谈${N}次` },
  { metric: 'press_conferences', pattern: `(?:召开|举办)(?:了)?(?:新闻|政策)发布会(?:共)?${N}(?:场|次)` },
  {
    metric: 'press_conferences_leaders',
    pattern: `(?:主要负责同志|主要领导|负责同志)(?:出席|参加)(?:新闻|政策)?发布会(?:共)?${N}(?:场|次)`,
  },
];

/** Sentences that describe next year's plans, not this year's figures. */
const PLAN_WORDS = /计划|拟|下一步|明年/;
/** How far back the guards look (bounded so that one huge sentence stays linear). */
const LOOKBACK = 80;

const YEAR_ON_YEAR = /^,?(?:较上年|比上年|与上年相比)?同比(增加|增长|上升|提高|减少|下降)(\d+(?:\.\d+)?)%/;

const COMPILED = RULES.map((rule) => ({
  rule,
  re: compileRule(rule),
}));

function compileRule(rule: ProseRule): RegExp {
  const placeholders = rule.pattern.split(N).length - 1;
  if (placeholders !== (rule.zero ? 0 : 1)) throw new Error(`rule for ${rule.metric}: expected one {N}`);
  return new RegExp(rule.pattern.replace(N, `(?<num>${NUMBER_SOURCE})`), 'g');
}

function lastClause(before: string): string {
  const cut = Math.max(...[',', '。', ';', ':'].map((p) => before.lastIndexOf(p)));
  return before.slice(cut + 1);
}

function sentenceBefore(text: string, index: number): string {
  const from = Math.max(0, index - LOOKBACK);
  const window = text.slice(from, index);
  return window.slice(window.lastIndexOf('。') + 1);
}

function sentenceAround(text: string, start: number, end: number): string {
  const after = text.slice(end, end + LOOKBACK);
  const stop = after.indexOf('。');
  return sentenceBefore(text, start) + text.slice(start, end) + (stop === -1 ? after : after.slice(0, stop));
}

/** Index of the sentence holding `index` (the number of 。 before it), for grouping parts. */
function sentenceKey(text: string, index: number): number {
  const from = Math.max(0, index - LOOKBACK * 4);
  const stop = text.lastIndexOf('。', index);
  return stop < from ? -from : stop;
}

interface Hit extends Found {
  sentence: number;
  /** A channel phrase without 通过/利用/依托 and without 主动 (see dropUnanchoredChannels). */
  weak: boolean;
}

const ANCHORED_CHANNEL = /^(?:通过|利用|依托)|主动(?:发布|公开)/;

function quoteOf(src: SourceText, view: ProseView, start: number, end: number) {
  const span = toSourceSpan(view, start, end);
  return { quote: src.raw.slice(span.start, span.end), start: span.start, end: span.end };
}

function isChannelMetric(metric: string): boolean {
  return metric in CHANNEL_BUCKET_OF || COMBINED_CHANNELS.some((c) => c.key === metric);
}

function matchRule(
  src: SourceText,
  view: ProseView,
  rule: ProseRule,
  re: RegExp,
  claimed: Set<number>,
): Hit[] {
  const hits: Hit[] = [];
  const text = view.text;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const before = sentenceBefore(text, start);
    if (rule.reject?.(before, m[0])) continue;
    if (PLAN_WORDS.test(sentenceAround(text, start, end))) continue;
    const hit = rule.zero ? zeroHit(src, view, rule, start, end) : numberHit(src, view, rule, m, start, end);
    if (!hit || claimed.has(hit.numberAt)) continue;
    claimed.add(hit.numberAt);
    const weak = isChannelMetric(rule.metric) && !ANCHORED_CHANNEL.test(m[0]);
    hits.push({ ...hit.found, sentence: sentenceKey(text, start), weak });
  }
  return hits;
}

function zeroHit(src: SourceText, view: ProseView, rule: ProseRule, start: number, end: number) {
  const found: Found = {
    metric: rule.metric,
    value: 0,
    approx: false,
    method: 'text',
    ...quoteOf(src, view, start, end),
    note: '明确表述为没有 / stated explicitly as none',
  };
  return { found, numberAt: start };
}

function numberHit(
  src: SourceText,
  view: ProseView,
  rule: ProseRule,
  m: RegExpExecArray,
  start: number,
  end: number,
) {
  const numText = m.groups?.['num'];
  if (numText === undefined) return null;
  const numAt = m.index + m[0].lastIndexOf(numText);
  const parsed = readNumber(numText);
  if (!parsed) return null;
  const scaled = rule.scale ? Math.round(parsed.value * rule.scale * 10_000) / 10_000 : parsed.value;
  // Counts printed in 万 are rounded to the printed precision; money in 万元 is not.
  const roundedCount = !rule.scale && /[万亿]/.test(numText);
  const found: Found = {
    metric: rule.metric,
    value: scaled,
    approx: parsed.approx || roundedCount,
    method: 'text',
    ...quoteOf(src, view, start, end),
  };
  return { found, numberAt: numAt };
}

/**
 * A channel phrase such as "在单位公示栏公开各类信息约 150 条" is often one department's figure
 * inside a topic paragraph. It counts only when its sentence also holds an anchored figure (a
 * total, or a channel "通过…" / "主动公开…"), i.e. when it is part of the report's channel breakdown.
 */
function dropUnanchoredChannels(hits: Hit[]): Hit[] {
  const anchoredSentences = new Set(
    hits
      .filter((h) => !h.weak && (isChannelMetric(h.metric) || h.metric === 'proactive_total'))
      .map((h) => h.sentence),
  );
  return hits.filter((h) => !h.weak || anchoredSentences.has(h.sentence));
}

/** Joins the parts of one channel stated in one sentence into one derived observation. */
function joinChannelParts(hits: Hit[]): Hit[] {
  const groups = new Map<string, Hit[]>();
  const out: Hit[] = [];
  for (const hit of hits) {
    if (!isChannelMetric(hit.metric)) {
      out.push(hit);
      continue;
    }
    const key = `${hit.metric}@${hit.sentence}`;
    const group = groups.get(key);
    if (group) group.push(hit);
    else groups.set(key, [hit]);
  }
  for (const parts of groups.values()) {
    if (parts.length === 1) {
      out.push(parts[0]!);
      continue;
    }
    out.push(sumParts(parts));
  }
  return out;
}

function sumParts(parts: Hit[]): Hit {
  const sorted = [...parts].sort((a, b) => a.start - b.start);
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  const value = sorted.reduce((sum, p) => sum + p.value, 0);
  const arithmetic = `${sorted.map((p) => p.value).join(' + ')} = ${value}`;
  return {
    metric: first.metric,
    value,
    approx: sorted.some((p) => p.approx),
    method: 'derived',
    quote: '',
    start: first.start,
    end: last.end,
    note: `${arithmetic}（同一句中同一渠道的分项相加 / parts of one channel in one sentence added）`,
    sentence: first.sentence,
    weak: false,
  };
}

/** "…共 13230 余条，同比增加 36.1%": the previous year's total, derived. */
function previousYearTotal(src: SourceText, view: ProseView, total: Hit): Found | null {
  const totalEndInView = findViewIndex(view, total.end);
  if (totalEndInView === -1) return null;
  const m = YEAR_ON_YEAR.exec(view.text.slice(totalEndInView, totalEndInView + 40));
  if (!m) return null;
  const rising = /增加|增长|上升|提高/.test(m[1]!);
  const percent = Number(m[2]);
  const factor = rising ? 1 + percent / 100 : 1 - percent / 100;
  if (factor <= 0) return null;
  const value = Math.round(total.value / factor);
  const end = view.sourceOffset[totalEndInView + m[0].length - 1]! + 1;
  const sign = rising ? '+' : '−';
  return {
    metric: 'proactive_total_prev_year',
    value,
    approx: true,
    method: 'derived',
    quote: src.raw.slice(total.start, end),
    start: total.start,
    end,
    note: `${total.value} ÷ (1 ${sign} ${percent}%) ≈ ${value}（由同比推算 / derived from the year-on-year change）`,
  };
}

/** The prose-view index of the first character at or after source offset `sourceIndex`. */
function findViewIndex(view: ProseView, sourceIndex: number): number {
  let lo = 0;
  let hi = view.sourceOffset.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (view.sourceOffset[mid]! < sourceIndex) lo = mid + 1;
    else hi = mid;
  }
  return lo < view.sourceOffset.length ? lo : -1;
}

export function parseNarrative(src: SourceText): Found[] {
  const view = buildProseView(src.norm);
  const claimed = new Set<number>();
  const hits = COMPILED.flatMap(({ rule, re }) => matchRule(src, view, rule, re, claimed));
  const joined = joinChannelParts(dropUnanchoredChannels(hits));
  const derived = joined
    .filter((hit) => hit.metric === 'proactive_total')
    .map((hit) => previousYearTotal(src, view, hit))
    .filter((f): f is Found => f !== null);
  const found: Found[] = joined.map(({ sentence: _sentence, weak: _weak, ...rest }) => ({
    ...rest,
    quote: src.raw.slice(rest.start, rest.end),
  }));
  return [...found, ...derived].sort((a, b) => a.start - b.start || a.metric.localeCompare(b.metric));
}
