// 勾稽关系 within one report, computed on the primary value of each metric (the one charts use).
// A rule runs only when every figure it needs is stated: a missing figure is "not reported",
// never 0, so it cannot make a sum fail.
//
// The cross-year rules (in-force continuity, carried over = last year's carried forward) need
// several reports of one unit and live in the build step (src/build/cross-year-checks.ts).
import type { FoundCheck } from './found';
import { CHANNEL_BUCKETS, CHANNEL_BUCKET_OF, COMBINED_CHANNELS, getMetric } from '../model/metrics';

/** The primary value of each metric stated by the report. */
export type PrimaryValues = ReadonlyMap<string, number>;

const APPLICATION_CHANNELS = ['apps_in_person', 'apps_fax', 'apps_online', 'apps_letter'] as const;
const COMPLETION_PARTS = ['apps_on_time', 'apps_extended'] as const;
/** Top-level outcome keys (the 2008 table's eight answers and the 2021 table's groups); sub-reasons are excluded. */
const OUTCOME_KEYS = [
  'out_already_public',
  'out_granted',
  'out_partial',
  'out_denied',
  'out_not_this_agency',
  'out_not_exist',
  'out_needs_creation',
  'out_unclear',
  'out_told_amend',
  'out_told_other_channel',
  'out_not_processed',
  'out_other',
] as const;
const REVIEW_PARTS = ['review_upheld', 'review_corrected', 'review_other', 'review_pending'] as const;
const LITIGATION_PARTS = [
  'litigation_upheld',
  'litigation_corrected',
  'litigation_other',
  'litigation_pending',
] as const;

/** Money is compared to the cent; counts exactly. */
const EPSILON = 0.005;

function label(key: string): string {
  return getMetric(key)?.zh ?? key;
}

function formatParts(values: PrimaryValues, keys: readonly string[]): string {
  return keys.map((k) => `${label(k)} ${values.get(k)}`).join(' + ');
}

function sumOf(values: PrimaryValues, keys: readonly string[]): number {
  return keys.reduce((sum, k) => sum + (values.get(k) ?? 0), 0);
}

function present(values: PrimaryValues, keys: readonly string[]): string[] {
  return keys.filter((k) => values.has(k));
}

/** parts (all required) must add up to total. */
function sumRule(
  rule: string,
  values: PrimaryValues,
  parts: readonly string[],
  total: string,
): FoundCheck | null {
  const totalValue = values.get(total);
  if (totalValue === undefined || present(values, parts).length !== parts.length) return null;
  return compareSum(rule, values, parts, total, totalValue);
}

function compareSum(
  rule: string,
  values: PrimaryValues,
  parts: readonly string[],
  total: string,
  totalValue: number,
): FoundCheck {
  const sum = sumOf(values, parts);
  const ok = Math.abs(sum - totalValue) < EPSILON;
  const relation = ok ? '=' : '≠';
  return {
    rule,
    ok,
    detail: `${formatParts(values, parts)} = ${sum} ${relation} ${label(total)} ${totalValue}`,
  };
}

/** Channel figures folded into the five buckets; a combined figure stands in where nothing it covers is split. */
export function channelBucketValues(values: PrimaryValues): Map<string, number> {
  const buckets = new Map<string, number>();
  for (const [key, value] of values) {
    const bucket = CHANNEL_BUCKET_OF[key];
    if (bucket) buckets.set(bucket, (buckets.get(bucket) ?? 0) + value);
  }
  for (const { key, covers } of COMBINED_CHANNELS) {
    const combined = values.get(key);
    if (combined !== undefined && !covers.some((k) => buckets.has(k))) buckets.set(key, combined);
  }
  return buckets;
}

/**
 * Channels vs the total. One item often goes out on several channels, so the channels may
 * legitimately add up to more than the total: the check still fails (the figures do not
 * balance) and its detail says so, as a 勾稽 difference rather than an error.
 */
function channelsRule(values: PrimaryValues): FoundCheck | null {
  const total = values.get('proactive_total');
  const buckets = channelBucketValues(values);
  if (total === undefined || buckets.size < 2) return null;
  const order = [...CHANNEL_BUCKETS, ...COMBINED_CHANNELS.map((c) => c.key)];
  const keys = order.filter((k) => buckets.has(k));
  const sum = keys.reduce((s, k) => s + buckets.get(k)!, 0);
  const ok = sum === total;
  const parts = keys.map((k) => `${label(k)} ${buckets.get(k)}`).join(' + ');
  const difference = sum - total;
  const note = ok
    ? ''
    : difference > 0
      ? `；渠道合计多出 ${difference}（同一信息可经多个渠道发布）/ channels exceed the total by ${difference} (one item may go out on several channels)`
      : `；渠道合计少 ${-difference} / channels fall short of the total by ${-difference}`;
  return {
    rule: 'channels-sum',
    ok,
    detail: `各渠道 ${parts} = ${sum} ${ok ? '=' : '≠'} 主动公开总数 ${total}${note}`,
  };
}

/** The text's combined 微博、微信 figure against the table's separate ones. */
function weiboWechatRule(values: PrimaryValues): FoundCheck | null {
  return sumRule('weibo-wechat-combined', values, ['ch_weibo', 'ch_wechat'], 'ch_weibo_wechat');
}

function outcomesRule(values: PrimaryValues): FoundCheck | null {
  const target = values.has('apps_answered') ? 'apps_answered' : 'out_total';
  const targetValue = values.get(target);
  const parts = present(values, OUTCOME_KEYS);
  if (targetValue === undefined || parts.length < 2) return null;
  return compareSum('outcomes-sum', values, parts, target, targetValue);
}

/** Parts that may be partly absent (a 2008 table has no 尚未审结 row): at least two must be stated. */
function partsRule(rule: string, values: PrimaryValues, parts: readonly string[], total: string) {
  const stated = present(values, parts);
  const totalValue = values.get(total);
  if (totalValue === undefined || stated.length < 2) return null;
  return compareSum(rule, values, stated, total, totalValue);
}

/** Every within-report 勾稽 rule whose inputs the report states. */
export function computeChecks(values: PrimaryValues): FoundCheck[] {
  const results = [
    channelsRule(values),
    weiboWechatRule(values),
    sumRule('staff-sum', values, ['staff_fulltime', 'staff_parttime'], 'staff_total'),
    sumRule('apps-channels-sum', values, APPLICATION_CHANNELS, 'apps_received'),
    sumRule('apps-completion', values, COMPLETION_PARTS, 'apps_completed'),
    outcomesRule(values),
    partsRule('review-sum', values, REVIEW_PARTS, 'review_total'),
    partsRule('litigation-sum', values, LITIGATION_PARTS, 'litigation_total'),
  ];
  return results.filter((c): c is FoundCheck => c !== null);
}
