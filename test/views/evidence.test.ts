import { describe, expect, it } from 'vitest';
import { ruleLabel, ruleMetrics } from '../../src/i18n/check-rules';
import { anchorOfRoute, parseHash, serializeHash } from '../../src/state/url-state';
import { describeObservation, withReportAnchor } from '../../src/views/evidence';
import { findAnchoredItem, type EvidenceItem } from '../../src/views/report-evidence';
import type { Observation } from '../../src/model/types';

describe('report anchors', () => {
  // Links built by the views must be read back by the router (state/url-state.ts).
  const cases = [
    {
      href: '#/report/a',
      anchor: { at: 120, metric: 'proactive_total' },
      expected: '#/report/a?at=120&metric=proactive_total',
    },
    {
      href: '#/report/a?lang=en',
      anchor: { metric: 'ch_website' },
      expected: '#/report/a?lang=en&metric=ch_website',
    },
    { href: '#/report/a', anchor: {}, expected: '#/report/a' },
  ];
  for (const { href, anchor, expected } of cases) {
    it(`${expected} round-trips`, () => {
      expect(withReportAnchor(href, anchor)).toBe(expected);
      expect(anchorOfRoute(parseHash(expected).route) ?? {}).toEqual(anchor);
      expect(serializeHash(parseHash(expected))).toBe(expected);
    });
  }
  it('ignores malformed values', () => {
    expect(anchorOfRoute(parseHash('#/report/a?at=12x&metric=%E0%A4%A').route)).toBeUndefined();
    expect(anchorOfRoute(parseHash('#/report/a?lang=en').route)).toBeUndefined();
  });
});

describe('describeObservation', () => {
  const o = { metric: 'proactive_total', value: 13230, method: 'text', approx: true } as const;
  it('zh', () => expect(describeObservation('zh', o)).toBe('主动公开政府信息数：约 13,230 条（正文）'));
  it('en', () =>
    expect(describeObservation('en', o)).toBe('Proactively disclosed items: ≈ 13,230 items (text)'));
});

describe('check rules in words', () => {
  const cases = [
    {
      rule: 'staff-sum',
      zh: '专职 + 兼职人员与工作人员总数',
      en: 'Full-time + part-time staff vs total staff',
    },
    {
      rule: 'table3-balance:自然人',
      zh: '表三平衡（一 + 二 = 三(七) + 四）：自然人',
      en: 'Table 3 balance (I + II = III(7) + IV): natural persons',
    },
    {
      rule: 'in-force-continuity:normative',
      zh: '现行有效件数与上年衔接：行政规范性文件',
      en: 'In-force count vs last year: normative documents',
    },
    { rule: 'some-new-rule', zh: 'some-new-rule', en: 'some-new-rule' },
  ];
  for (const c of cases) {
    it(c.rule, () => {
      expect(ruleLabel('zh', c.rule)).toBe(c.zh);
      expect(ruleLabel('en', c.rule)).toBe(c.en);
    });
  }
  it('knows the metrics a rule compares', () => {
    expect(ruleMetrics('staff-sum')).toEqual(['staff_fulltime', 'staff_parttime', 'staff_total']);
    expect(ruleMetrics('text-vs-table:ch_other')).toEqual(
      expect.arrayContaining(['ch_other', 'ch_app', 'ch_noticeboard', 'ch_bulletin']),
    );
    expect(ruleMetrics('channels-sum')).toContain('proactive_total');
    expect(ruleMetrics('unknown')).toEqual([]);
  });
});

describe('findAnchoredItem', () => {
  const obs = (metric: string, start: number, end: number, primary: boolean): Observation => ({
    reportId: 'r',
    metric,
    value: 1,
    approx: false,
    method: 'text',
    quote: 'x',
    start,
    end,
    primary,
  });
  const items: EvidenceItem[] = [
    obs('proactive_total', 10, 20, false),
    obs('proactive_total_prev_year', 10, 30, true),
    obs('out_denied', 40, 90, true),
    obs('out_denied_privacy', 50, 60, true),
    obs('proactive_total', 100, 110, true),
  ].map((observation, id) => ({ id, observation, anchorStart: observation.start, placed: true }));
  const cases = [
    { anchor: { at: 10, metric: 'proactive_total_prev_year' }, expected: 1 },
    { anchor: { at: 10 }, expected: 0 },
    { anchor: { at: 55 }, expected: 3 },
    { anchor: { metric: 'proactive_total' }, expected: 4 },
    { anchor: { at: 95 }, expected: undefined },
  ];
  for (const { anchor, expected } of cases) {
    it(JSON.stringify(anchor), () => expect(findAnchoredItem(items, anchor)?.id).toBe(expected));
  }
});
