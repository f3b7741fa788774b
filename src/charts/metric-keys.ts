// Metric keys the charts read, named once. PREV_YEAR_TOTAL is how the extractor may record
// a previous year's total implied by "同比增加 36.1%" on this year's report (method 'derived');
// the alternative it may choose, a derived proactive_total on a report of the previous year,
// needs no special key. Both are drawn as 推算 points in the trend view.
import { CHANNEL_BUCKET_OF, COMBINED_CHANNELS, OUTCOME_BUCKETS } from '../model/metrics';

export const PROACTIVE_TOTAL = 'proactive_total';
export const PREV_YEAR_TOTAL = 'proactive_total_prev_year';
export const APPS_RECEIVED = 'apps_received';
export const STAFF_TOTAL = 'staff_total';
export const STAFF_FULLTIME = 'staff_fulltime';
export const STAFF_PARTTIME = 'staff_parttime';
export const FUNDING = 'funding_wan_yuan';
export const CH_WEBSITE = 'ch_website';

export const TREND_METRICS = [PROACTIVE_TOTAL, PREV_YEAR_TOTAL] as const;
export const OUTCOME_METRICS = [APPS_RECEIVED, ...OUTCOME_BUCKETS.flatMap((b) => b.keys)];
export const STAFFING_METRICS = [STAFF_FULLTIME, STAFF_PARTTIME, STAFF_TOTAL, FUNDING] as const;
export const CHANNEL_METRICS = [...Object.keys(CHANNEL_BUCKET_OF), ...COMBINED_CHANNELS.map((c) => c.key)];
