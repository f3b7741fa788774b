import { describe, expect, it } from 'vitest';
import { channelBucketValues, computeChecks } from '../../src/extract/checks';

const values = (entries: Record<string, number>) => new Map(Object.entries(entries));

const rules = (entries: Record<string, number>) =>
  computeChecks(values(entries)).map((c) => ({ rule: c.rule, ok: c.ok }));

describe('computeChecks', () => {
  const cases: { name: string; input: Record<string, number>; expected: { rule: string; ok: boolean }[] }[] =
    [
      {
        name: 'channels that add up to the total (pingluo-2016, 858 in 其他 via ch_periodical)',
        input: {
          proactive_total: 42704,
          ch_website: 21080,
          ch_weibo: 3646,
          ch_wechat: 2631,
          ch_periodical: 858,
          ch_other: 14489,
        },
        expected: [{ rule: 'channels-sum', ok: true }],
      },
      {
        name: 'channels that do not add up (yanchi-2017 table)',
        input: {
          proactive_total: 10707,
          ch_gazette: 0,
          ch_website: 3163,
          ch_weibo: 341,
          ch_wechat: 233,
          ch_other: 6965,
        },
        expected: [{ rule: 'channels-sum', ok: false }],
      },
      {
        name: 'the website and 政务新媒体 (combined) adding up to the total',
        input: { proactive_total: 12586, ch_website: 8432, ch_new_media: 4154 },
        expected: [{ rule: 'channels-sum', ok: true }],
      },
      {
        name: 'a single channel is not compared with the total',
        input: { proactive_total: 100, ch_website: 40 },
        expected: [],
      },
      {
        name: 'combined 微博微信 figure against the split ones',
        input: { ch_weibo: 149, ch_wechat: 2160, ch_weibo_wechat: 2309 },
        expected: [{ rule: 'weibo-wechat-combined', ok: true }],
      },
      {
        name: 'staff that add up and staff that do not',
        input: { staff_total: 99, staff_fulltime: 66, staff_parttime: 33 },
        expected: [{ rule: 'staff-sum', ok: true }],
      },
      {
        name: 'staff that do not add up',
        input: { staff_total: 50, staff_fulltime: 3, staff_parttime: 46 },
        expected: [{ rule: 'staff-sum', ok: false }],
      },
      {
        name: 'a missing part means no check (not reported is not 0)',
        input: { staff_total: 69, staff_fulltime: 15 },
        expected: [],
      },
      {
        name: 'application channels and completion',
        input: {
          apps_received: 3,
          apps_in_person: 1,
          apps_fax: 0,
          apps_online: 2,
          apps_letter: 0,
          apps_completed: 3,
          apps_on_time: 2,
          apps_extended: 0,
        },
        expected: [
          { rule: 'apps-channels-sum', ok: true },
          { rule: 'apps-completion', ok: false },
        ],
      },
      {
        name: 'outcomes against the answered applications',
        input: { apps_answered: 3, out_already_public: 3, out_granted: 0, out_partial: 0, out_denied: 0 },
        expected: [{ rule: 'outcomes-sum', ok: true }],
      },
      {
        name: 'outcomes against out_total when there is no answered count (sub-reasons ignored)',
        input: {
          out_total: 18,
          out_granted: 3,
          out_partial: 7,
          out_denied: 1,
          out_denied_state_secret: 1,
          out_not_exist: 6,
        },
        expected: [{ rule: 'outcomes-sum', ok: false }],
      },
      {
        name: 'review and litigation parts',
        input: {
          review_total: 1,
          review_upheld: 1,
          review_corrected: 0,
          litigation_total: 2,
          litigation_upheld: 0,
          litigation_other: 1,
        },
        expected: [
          { rule: 'review-sum', ok: true },
          { rule: 'litigation-sum', ok: false },
        ],
      },
    ];
  for (const c of cases) {
    it(c.name, () => {
      expect(rules(c.input)).toEqual(c.expected);
    });
  }

  it('names both numbers and words a surplus of channels as a 勾稽 difference', () => {
    const [check] = computeChecks(
      values({ proactive_total: 514, ch_website: 130, ch_wechat: 76, ch_bulletin: 312 }),
    );
    expect(check!.ok).toBe(false);
    expect(check!.detail).toContain('= 518 ≠ 主动公开总数 514');
    expect(check!.detail).toContain('多出 4');
  });

  it('names the parts and the total of a failed sum', () => {
    const [check] = computeChecks(values({ staff_total: 50, staff_fulltime: 3, staff_parttime: 46 }));
    expect(check!.detail).toBe('专职人员数 3 + 兼职人员数 46 = 49 ≠ 从事政府信息公开工作人员数 50');
  });
});

describe('channelBucketValues', () => {
  it('folds finer keys into their bucket and uses the combined figure only when nothing is split', () => {
    expect(
      Object.fromEntries(
        channelBucketValues(values({ ch_other: 5956, ch_app: 726, ch_noticeboard: 283, ch_weibo_wechat: 9 })),
      ),
    ).toEqual({ ch_other: 6965, ch_weibo_wechat: 9 });
    expect(Object.fromEntries(channelBucketValues(values({ ch_weibo: 1, ch_weibo_wechat: 9 })))).toEqual({
      ch_weibo: 1,
    });
  });

  it('uses 政务新媒体 only when neither 微博, 微信 nor their combined figure is stated', () => {
    const bucketsOf = (entries: Record<string, number>) =>
      Object.fromEntries(channelBucketValues(values(entries)));
    expect(bucketsOf({ ch_website: 8, ch_new_media: 4 })).toEqual({ ch_website: 8, ch_new_media: 4 });
    expect(bucketsOf({ ch_wechat: 3, ch_new_media: 4 })).toEqual({ ch_wechat: 3 });
    expect(bucketsOf({ ch_weibo_wechat: 3, ch_new_media: 4 })).toEqual({ ch_weibo_wechat: 3 });
  });
});
