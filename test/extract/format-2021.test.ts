import { describe, expect, it } from 'vitest';
import { parseFormat2021 } from '../../src/extract/format-2021';
import { expectExactQuotes, loadSource, sourceOf, valuesByMetric } from '../fixtures/layouts/templates';

/** Expected values: the metrics printed as 0, then the others (read off each table by hand). */
function values(zeros: readonly string[], others: Record<string, number>): Record<string, number> {
  return { ...Object.fromEntries(zeros.map((m) => [m, 0])), ...others };
}

const TABLE4_DERIVED = [
  'litigation_upheld',
  'litigation_corrected',
  'litigation_other',
  'litigation_pending',
  'litigation_total',
];

interface Case {
  file: string;
  template: 'format-2021' | 'format-2019';
  expected: Record<string, number>;
  derived: readonly string[];
  failedChecks: readonly string[];
  checkCount: number;
}

const CASES: Case[] = [
  {
    // Tab-separated; 表三's group labels sit in the cell before their first sub-row.
    file: 'data/reports/pingluo-office-2023.txt',
    template: 'format-2021',
    expected: values(
      [
        'regulations_issued',
        'regulations_repealed',
        'regulations_in_force',
        'normative_repealed',
        'licensing_decisions',
        'penalty_decisions',
        'enforcement_decisions',
        'admin_fees_wan_yuan',
        'apps_carried_over',
        'out_denied_other_law',
        'out_denied_security',
        'out_denied_third_party',
        'out_denied_internal',
        'out_denied_process',
        'out_denied_enforcement_file',
        'out_denied_query',
        'out_needs_creation',
        'out_unclear',
        'out_np_complaint',
        'out_np_repeat',
        'out_np_publication',
        'out_np_mass',
        'out_np_confirm',
        'out_other_no_amend',
        'out_other_no_fee',
        'out_other_misc',
        'apps_carried_forward',
        'out_not_processed',
        'out_other',
        'review_upheld',
        'review_corrected',
        'review_other',
        'review_pending',
        'review_total',
        'litigation_direct_upheld',
        'litigation_direct_corrected',
        'litigation_direct_other',
        'litigation_after_review_upheld',
        'litigation_after_review_corrected',
        'litigation_after_review_other',
        'litigation_after_review_pending',
        'litigation_after_review_total',
        'litigation_upheld',
        'litigation_corrected',
        'litigation_other',
      ],
      {
        normative_issued: 1,
        normative_in_force: 5,
        apps_received: 18,
        out_granted: 3,
        out_partial: 7,
        out_denied_state_secret: 1,
        out_not_exist: 7,
        out_total: 18,
        out_denied: 1,
        litigation_direct_pending: 1,
        litigation_direct_total: 1,
        litigation_pending: 1,
        litigation_total: 1,
      },
    ),
    derived: ['out_denied', 'out_not_processed', 'out_other', ...TABLE4_DERIVED],
    failedChecks: [],
    checkCount: 11,
  },
  {
    // pdftotext -layout: wrapped labels, group labels mid-group, page markers; 表四 does not add up.
    file: 'test/fixtures/reports-extra/hongze-district-2023.txt',
    template: 'format-2021',
    expected: values(
      [
        'regulations_issued',
        'regulations_repealed',
        'regulations_in_force',
        'normative_issued',
        'apps_carried_over',
        'out_granted',
        'out_denied_other_law',
        'out_denied_security',
        'out_denied_third_party',
        'out_denied_internal',
        'out_denied_query',
        'out_unclear',
        'out_np_repeat',
        'out_np_publication',
        'out_np_mass',
        'out_np_confirm',
        'out_other',
        'apps_carried_forward',
        'review_other',
        'review_pending',
        'review_total',
        'litigation_direct_upheld',
        'litigation_direct_corrected',
        'litigation_direct_other',
        'litigation_direct_pending',
        'litigation_direct_total',
        'litigation_after_review_corrected',
        'litigation_after_review_other',
        'litigation_after_review_pending',
        'litigation_after_review_total',
        'litigation_corrected',
        'litigation_other',
        'litigation_pending',
        'litigation_total',
      ],
      {
        normative_repealed: 5,
        normative_in_force: 5,
        licensing_decisions: 550,
        penalty_decisions: 4119,
        enforcement_decisions: 195,
        admin_fees_wan_yuan: 7730.28,
        apps_received: 21,
        out_partial: 4,
        out_denied_state_secret: 1,
        out_denied_process: 1,
        out_denied_enforcement_file: 1,
        out_not_exist: 10,
        out_needs_creation: 3,
        out_np_complaint: 1,
        out_total: 21,
        out_denied: 3,
        out_not_processed: 1,
        review_upheld: 10,
        review_corrected: 1,
        litigation_after_review_upheld: 5,
        litigation_upheld: 5,
      },
    ),
    derived: ['out_denied', 'out_not_processed', ...TABLE4_DERIVED],
    failedChecks: ['table4-sum:行政复议', 'table4-sum:复议后起诉'],
    checkCount: 11,
  },
  {
    file: 'test/fixtures/reports-extra/hongze-district-2024.txt',
    template: 'format-2021',
    expected: values(
      [
        'regulations_issued',
        'regulations_repealed',
        'regulations_in_force',
        'normative_repealed',
        'apps_carried_over',
        'out_denied_state_secret',
        'out_denied_other_law',
        'out_denied_third_party',
        'out_denied_internal',
        'out_denied_query',
        'out_unclear',
        'out_np_repeat',
        'out_np_publication',
        'out_np_mass',
        'out_np_confirm',
        'out_other',
        'apps_carried_forward',
        'review_other',
        'review_pending',
        'litigation_direct_corrected',
        'litigation_direct_other',
        'litigation_direct_pending',
        'litigation_after_review_corrected',
        'litigation_after_review_pending',
        'litigation_corrected',
        'litigation_pending',
      ],
      {
        normative_issued: 3,
        normative_in_force: 8,
        licensing_decisions: 9487,
        penalty_decisions: 2776,
        enforcement_decisions: 84,
        admin_fees_wan_yuan: 7545,
        apps_received: 95,
        out_granted: 50,
        out_partial: 9,
        out_denied_security: 1,
        out_denied_process: 1,
        out_denied_enforcement_file: 1,
        out_not_exist: 31,
        out_needs_creation: 1,
        out_np_complaint: 1,
        out_total: 95,
        out_denied: 3,
        out_not_processed: 1,
        review_upheld: 1,
        review_corrected: 1,
        review_total: 2,
        litigation_direct_upheld: 1,
        litigation_direct_total: 1,
        litigation_after_review_upheld: 2,
        litigation_after_review_other: 1,
        litigation_after_review_total: 3,
        litigation_upheld: 3,
        litigation_other: 1,
        litigation_total: 4,
      },
    ),
    derived: ['out_denied', 'out_not_processed', ...TABLE4_DERIVED],
    failedChecks: [],
    checkCount: 11,
  },
  {
    // Written from the template: whitespace-aligned, group labels mid-group, a label wrapped over two
    // lines above its numbers, another over three lines, page markers inside the table.
    file: 'test/fixtures/layouts/format-2021-midgroup.txt',
    template: 'format-2021',
    expected: values(
      [
        'regulations_repealed',
        'out_denied_other_law',
        'out_denied_security',
        'out_denied_internal',
        'out_denied_enforcement_file',
        'out_denied_query',
        'out_unclear',
        'out_np_publication',
        'out_np_mass',
        'out_np_confirm',
        'out_other_no_fee',
        'out_other_misc',
        'review_other',
        'litigation_direct_corrected',
        'litigation_direct_other',
        'litigation_direct_pending',
        'litigation_after_review_upheld',
        'litigation_after_review_other',
        'litigation_other',
      ],
      {
        regulations_issued: 1,
        regulations_in_force: 7,
        normative_issued: 4,
        normative_repealed: 2,
        normative_in_force: 36,
        licensing_decisions: 1203,
        penalty_decisions: 311,
        enforcement_decisions: 9,
        admin_fees_wan_yuan: 56.4,
        apps_received: 33,
        apps_carried_over: 2,
        out_granted: 10,
        out_partial: 3,
        out_denied_state_secret: 1,
        out_denied_third_party: 2,
        out_denied_process: 1,
        out_not_exist: 10,
        out_needs_creation: 1,
        out_np_complaint: 2,
        out_np_repeat: 1,
        out_other_no_amend: 1,
        out_total: 32,
        apps_carried_forward: 3,
        out_denied: 4,
        out_not_processed: 3,
        out_other: 1,
        review_upheld: 2,
        review_corrected: 1,
        review_pending: 1,
        review_total: 4,
        litigation_direct_upheld: 1,
        litigation_direct_total: 1,
        litigation_after_review_corrected: 1,
        litigation_after_review_pending: 1,
        litigation_after_review_total: 2,
        litigation_upheld: 1,
        litigation_corrected: 1,
        litigation_pending: 1,
        litigation_total: 3,
      },
    ),
    derived: ['out_denied', 'out_not_processed', 'out_other', ...TABLE4_DERIVED],
    failedChecks: [],
    checkCount: 11,
  },
  {
    // Markdown pipes with |---| rows and full-width digits; prints its own （三）不予公开 total.
    file: 'test/fixtures/layouts/format-2021-pipe.md',
    template: 'format-2021',
    expected: values(
      [
        'regulations_issued',
        'regulations_repealed',
        'out_denied_state_secret',
        'out_denied_security',
        'out_denied_internal',
        'out_denied_process',
        'out_denied_query',
        'out_needs_creation',
        'out_unclear',
        'out_np_repeat',
        'out_np_publication',
        'out_np_mass',
        'out_np_confirm',
        'out_other_no_amend',
        'out_other_no_fee',
        'review_upheld',
        'review_other',
        'review_pending',
        'litigation_direct_upheld',
        'litigation_direct_corrected',
        'litigation_direct_other',
        'litigation_direct_pending',
        'litigation_direct_total',
        'litigation_after_review_upheld',
        'litigation_after_review_corrected',
        'litigation_after_review_other',
        'litigation_after_review_pending',
        'litigation_after_review_total',
        ...TABLE4_DERIVED,
      ],
      {
        regulations_in_force: 2,
        normative_issued: 12,
        normative_repealed: 3,
        normative_in_force: 108,
        licensing_decisions: 2456,
        apps_received: 22,
        apps_carried_over: 1,
        out_granted: 7,
        out_partial: 2,
        out_denied: 3,
        out_denied_other_law: 1,
        out_denied_third_party: 1,
        out_denied_enforcement_file: 1,
        out_not_exist: 7,
        out_np_complaint: 1,
        out_other_misc: 1,
        out_total: 21,
        apps_carried_forward: 2,
        out_not_processed: 1,
        out_other: 1,
        review_corrected: 1,
        review_total: 1,
      },
    ),
    derived: ['out_not_processed', 'out_other', ...TABLE4_DERIVED],
    failedChecks: [],
    checkCount: 11,
  },
  {
    // The 2019 transitional format: other 表二 columns, （六）其他处理 without sub-rows.
    file: 'test/fixtures/layouts/format-2019-tab.txt',
    template: 'format-2019',
    expected: values(
      [
        'regulations_issued',
        'regulations_published',
        'apps_carried_over',
        'out_partial',
        'out_denied_state_secret',
        'out_denied_other_law',
        'out_denied_security',
        'out_denied_third_party',
        'out_denied_internal',
        'out_denied_process',
        'out_denied_enforcement_file',
        'out_denied_query',
        'out_needs_creation',
        'out_unclear',
        'out_np_complaint',
        'out_np_publication',
        'out_np_mass',
        'out_np_confirm',
        'out_other',
        'apps_carried_forward',
        'out_denied',
        'review_upheld',
        'review_corrected',
        'review_other',
        'review_pending',
        'review_total',
        'litigation_direct_upheld',
        'litigation_direct_corrected',
        'litigation_direct_other',
        'litigation_direct_pending',
        'litigation_direct_total',
        'litigation_after_review_upheld',
        'litigation_after_review_corrected',
        'litigation_after_review_other',
        'litigation_after_review_pending',
        'litigation_after_review_total',
        ...TABLE4_DERIVED,
      ],
      {
        regulations_public_total: 3,
        normative_issued: 6,
        normative_published: 6,
        normative_public_total: 41,
        licensing_decisions: 845,
        penalty_decisions: 63,
        enforcement_decisions: 4,
        apps_received: 5,
        out_granted: 2,
        out_not_exist: 2,
        out_np_repeat: 1,
        out_total: 5,
        out_not_processed: 1,
      },
    ),
    derived: ['out_denied', 'out_not_processed', ...TABLE4_DERIVED],
    failedChecks: [],
    checkCount: 11,
  },
];

describe('parseFormat2021 on real and fixture reports', () => {
  it.each(CASES)('$file', ({ file, template, expected, derived, failedChecks, checkCount }) => {
    const src = loadSource(file);
    const result = parseFormat2021(src)!;
    expect(result.template).toBe(template);
    expect(valuesByMetric(result.found)).toEqual(expected);
    expect(result.found.filter((f) => f.method === 'derived').map((f) => f.metric)).toEqual(derived);
    expect(result.found.every((f) => f.method === 'table' || f.method === 'derived')).toBe(true);
    expect(result.checks.filter((c) => !c.ok).map((c) => c.rule)).toEqual(failedChecks);
    expect(result.checks).toHaveLength(checkCount);
    expectExactQuotes(src, result.found);
  });

  it.each([
    'data/reports/yanchi-county-2017.txt',
    'data/reports/pengyang-county-2018.txt',
    'data/reports/pingluo-county-2016.txt',
    'data/reports/lingsha-township-2018.txt',
  ])('returns null without 2019/2021 tables: %s', (file) => {
    expect(parseFormat2021(loadSource(file))).toBeNull();
  });
});

describe('hand-checked values of the hongze reports (test/fixtures/reports-extra/README.md)', () => {
  const HAND_CHECKED = [
    { file: 'hongze-district-2023.txt', values: [21, 0, 0, 4, 3, 10] },
    { file: 'hongze-district-2024.txt', values: [95, 0, 50, 9, 3, 31] },
  ];
  const METRICS = [
    'apps_received',
    'apps_carried_over',
    'out_granted',
    'out_partial',
    'out_denied',
    'out_not_exist',
  ];
  it.each(HAND_CHECKED)('$file', ({ file, values: expected }) => {
    const read = valuesByMetric(parseFormat2021(loadSource(`test/fixtures/reports-extra/${file}`))!.found);
    expect(METRICS.map((m) => read[m])).toEqual(expected);
  });

  it('explains the failed 表四 check of 2023 with both numbers', () => {
    const { checks } = parseFormat2021(loadSource('test/fixtures/reports-extra/hongze-district-2023.txt'))!;
    expect(checks.find((c) => c.rule === 'table4-sum:行政复议')).toEqual({
      rule: 'table4-sum:行政复议',
      ok: false,
      detail: '行政复议: 维持 10 + 纠正 1 + 其他 0 + 尚未审结 0 = 11; 总计 0',
    });
  });
});

describe('derived group totals', () => {
  it('sums the sub-rows of （三）不予公开 and quotes the span from the first to the last', () => {
    const src = loadSource('test/fixtures/reports-extra/hongze-district-2024.txt');
    const denied = parseFormat2021(src)!.found.find((f) => f.metric === 'out_denied')!;
    expect(denied.value).toBe(3);
    expect(denied.quote.startsWith('0\n 三 、本 年 度办 理 结果')).toBe(true);
    expect(denied.quote.endsWith('8.属于行政查询事项       0     0         0     0   0   0     0')).toBe(
      true,
    );
    expect(denied.note).toContain('sub-rows');
  });

  it('prefers a printed group total over the sum of its sub-rows', () => {
    const found = parseFormat2021(loadSource('test/fixtures/layouts/format-2021-pipe.md'))!.found;
    const denied = found.find((f) => f.metric === 'out_denied')!;
    expect(denied).toMatchObject({ value: 3, method: 'table', note: '表三 总计列 / 表三, column 总计' });
    expect(denied.quote).toMatch(/^（三）不予公开 \| ３ \|.* \| ３$/);
  });
});

describe('run-together cells', () => {
  const src = loadSource('test/fixtures/layouts/format-2021-run-together.txt');
  const result = parseFormat2021(src)!;
  const read = valuesByMetric(result.found);

  it('recovers the unique split whose columns add up to 总计', () => {
    expect(read.apps_received).toBe(12);
    expect(read.out_granted).toBe(6);
    const granted = result.found.find((f) => f.metric === 'out_granted')!;
    expect(granted.quote).toMatch(/^（一）予以公开\s+5010006$/);
    expect(granted.note).toContain('5010006');
    expect(result.checks.filter((c) => c.rule.startsWith('table3-balance:')).every((c) => c.ok)).toBe(true);
  });

  it('reports nothing for an ambiguous row and says why in a failed check', () => {
    expect(read.out_np_complaint).toBeUndefined();
    expect(read.out_not_processed).toBeUndefined();
    expect(result.checks.find((c) => c.rule === 'table3-cells:out_np_complaint')).toMatchObject({
      ok: false,
      detail: expect.stringContaining('("101000011"): 2 splits add up to the 总计 column'),
    });
  });

  it('recovers 表四 from three run-together groups', () => {
    expect([read.review_upheld, read.review_corrected, read.review_total]).toEqual([1, 1, 2]);
    expect([read.litigation_after_review_upheld, read.litigation_after_review_corrected]).toEqual([2, 1]);
    expect([read.litigation_after_review_total, read.litigation_total]).toEqual([3, 3]);
  });

  it('drops a 表四 row that cannot be split and keeps the rest', () => {
    const text =
      '三、收到和处理\n一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1\n四、政府信息公开行政复议、行政诉讼情况\n行政复议\n1234\n';
    const broken = parseFormat2021(sourceOf(text))!;
    expect(valuesByMetric(broken.found)).toEqual({ apps_received: 1 });
    expect(broken.checks.find((c) => c.rule === 'table4-cells')?.ok).toBe(false);
  });
});
