// The shipped reports (and the two 洪泽区 fixtures), end to end: every number a chart uses,
// hand-checked against the source text, with what must be absent and which 勾稽 checks fail.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/extract/extract-report';
import { normalizeText } from '../../src/extract/normalize';
import type { Observation } from '../../src/model/types';

/** [value, approx, method] of the primary observation. */
type Pin = [number, boolean, Observation['method']];
const T = (v: number): Pin => [v, false, 'table'];
const X = (v: number): Pin => [v, false, 'text'];
const Xa = (v: number): Pin => [v, true, 'text'];

interface ReportCase {
  file: string;
  primary: Record<string, Pin>;
  /** Values stated but not used by charts (the table wins, or a less specific passage). */
  secondary?: Record<string, Pin>;
  absent: string[];
  failedChecks: string[];
}

const OUTCOMES_ABSENT = ['out_granted', 'out_partial', 'out_denied', 'out_not_exist', 'out_total'];

const CASES: ReportCase[] = [
  {
    file: 'data/reports/pingluo-county-2016.txt',
    primary: {
      proactive_total: X(42704),
      ch_website: X(21080),
      website_visits: X(920732),
      ch_wechat: X(2631),
      ch_weibo: X(3646),
      ch_periodical: X(858),
      ch_other: X(14489),
      staff_total: X(69),
      staff_fulltime: X(15),
      staff_parttime: X(54),
      apps_received: X(5),
      meetings: X(43),
      training_sessions: X(72),
      trainees: X(1014),
      policy_interpretations: X(260),
    },
    // 暂未设立专项经费: funding is not reported, not 0; 《平罗县政务信息》 is not the 政府公报.
    absent: ['funding_wan_yuan', 'ch_gazette', 'ch_bulletin', ...OUTCOMES_ABSENT],
    failedChecks: [],
  },
  {
    file: 'data/reports/yanchi-county-2017.txt',
    primary: {
      proactive_total: T(10707),
      ch_gazette: T(0),
      ch_website: T(3163),
      ch_weibo: T(341),
      ch_wechat: T(233),
      ch_other: T(6965),
      apps_received: T(3),
      apps_in_person: T(1),
      apps_online: T(2),
      out_already_public: T(3),
      out_granted: T(0),
      out_partial: T(0),
      out_denied: T(0),
      staff_total: T(99),
      staff_fulltime: T(66),
      staff_parttime: T(33),
      funding_wan_yuan: T(5),
      meetings: T(3),
      training_sessions: T(1),
      trainees: T(120),
    },
    secondary: {
      ch_website: [3163, false, 'derived'],
      ch_other: X(5956),
      ch_app: X(726),
      ch_noticeboard: X(283),
      staff_fulltime: X(3),
      proactive_total: X(10707),
    },
    absent: ['website_visits', 'ch_weibo_wechat', 'proactive_total_prev_year'],
    failedChecks: ['channels-sum', 'text-vs-table:staff_fulltime'],
  },
  {
    file: 'data/reports/pengyang-county-2018.txt',
    primary: {
      proactive_total: T(13230),
      proactive_total_prev_year: [9721, true, 'derived'],
      ch_gazette: T(132),
      ch_website: T(7970),
      ch_weibo: T(149),
      ch_wechat: T(2160),
      ch_weibo_wechat: X(2309),
      ch_other: T(2819),
      apps_received: T(2),
      apps_letter: T(2),
      out_granted: T(2),
      out_already_public: T(0),
      out_partial: T(0),
      out_denied: T(0),
      staff_total: T(50),
      staff_fulltime: T(3),
      staff_parttime: T(47),
      funding_wan_yuan: T(100),
      meetings: T(3),
      training_sessions: T(14),
      trainees: T(620),
    },
    secondary: { proactive_total: Xa(13230), staff_fulltime: X(3), ch_website: X(7970), ch_gazette: X(132) },
    // The table leaves 其他方式回应事件数 empty: not reported.
    absent: ['other_responses', 'website_visits'],
    failedChecks: [],
  },
  {
    file: 'data/reports/lingsha-township-2018.txt',
    primary: {
      // "截至 2018 年底…514 条" (exact) over "已累计…900 余条" (approx, cumulative): see extract-report.ts.
      proactive_total: X(514),
      ch_website: X(130),
      ch_wechat: X(76),
      ch_bulletin: X(312),
      staff_total: X(2),
      // "没有依申请公开事项": an explicit zero.
      apps_received: X(0),
    },
    secondary: { proactive_total: Xa(900) },
    // "投入 3 万余元…建立查阅点" is an investment in a reading point, not 专项经费.
    absent: [
      'funding_wan_yuan',
      'staff_fulltime',
      'staff_parttime',
      'ch_weibo',
      'ch_gazette',
      'ch_other',
      'meetings',
    ],
    failedChecks: ['channels-sum', 'conflict:proactive_total'],
  },
  {
    file: 'data/reports/pingluo-office-2023.txt',
    primary: {
      ch_website: Xa(13000),
      website_visits: Xa(1240000),
      apps_received: T(18),
      apps_carried_over: T(0),
      out_granted: T(3),
      out_partial: T(7),
      out_denied_state_secret: T(1),
      out_not_exist: T(7),
      out_total: T(18),
      normative_issued: T(1),
      normative_in_force: T(5),
      litigation_direct_pending: T(1),
    },
    secondary: { apps_received: X(18) },
    absent: ['proactive_total', 'staff_total', 'funding_wan_yuan', 'ch_weibo', 'ch_wechat'],
    failedChecks: [],
  },
  {
    file: 'test/fixtures/reports-extra/hongze-district-2023.txt',
    primary: {
      ch_website: X(1136),
      apps_received: T(21),
      apps_carried_over: T(0),
      out_granted: T(0),
      out_partial: T(4),
      out_not_exist: T(10),
    },
    absent: ['proactive_total'],
    failedChecks: ['table4-sum:复议后起诉', 'table4-sum:行政复议'],
  },
  {
    file: 'test/fixtures/reports-extra/hongze-district-2024.txt',
    primary: {
      ch_website: X(2428),
      apps_received: T(95),
      apps_carried_over: T(0),
      out_granted: T(50),
      out_partial: T(9),
      out_not_exist: T(31),
    },
    secondary: { apps_received: X(17) },
    absent: ['proactive_total'],
    failedChecks: ['text-vs-table:apps_received'],
  },
];

/** How a value may be printed in its quote: 42704, 1.3万 (13000), 124万 (1240000). */
function printedForms(value: number): string[] {
  return [String(value), `${value / 10_000}万`];
}

describe.each(CASES)('$file', (c) => {
  const text = readFileSync(c.file, 'utf8');
  const result = extractReport(text, { sourceFile: c.file, sourceSha256: '-', unitId: 'u' });
  const primaries = new Map(result.observations.filter((o) => o.primary).map((o) => [o.metric, o]));

  it('states every charted number with its approx flag and method', () => {
    const actual = Object.fromEntries(
      Object.keys(c.primary).map((metric) => {
        const o = primaries.get(metric);
        return [metric, o ? [o.value, o.approx, o.method] : 'missing'];
      }),
    );
    expect(actual).toEqual(c.primary);
  });

  it('keeps the secondary statements as non-primary observations', () => {
    for (const [metric, [value, approx, method]] of Object.entries(c.secondary ?? {})) {
      const match = result.observations.find(
        (o) =>
          o.metric === metric &&
          !o.primary &&
          o.value === value &&
          o.approx === approx &&
          o.method === method,
      );
      expect(match, `${metric} ${value} ${method}`).toBeDefined();
    }
  });

  it('has exactly one primary observation per metric', () => {
    const primaryCount = result.observations.filter((o) => o.primary).length;
    expect(primaryCount).toBe(primaries.size);
  });

  it('leaves unreported metrics absent', () => {
    expect(c.absent.filter((metric) => result.observations.some((o) => o.metric === metric))).toEqual([]);
  });

  it('quotes each number exactly at its offsets', () => {
    for (const o of result.observations) {
      expect(text.slice(o.start, o.end)).toBe(o.quote);
      if (o.method === 'derived' || o.note?.includes('none')) continue;
      const compact = normalizeText(o.quote).replace(/\s+/g, '');
      expect(
        printedForms(o.value).some((form) => compact.includes(form)),
        `${o.metric} ${o.value} in ${o.quote}`,
      ).toBe(true);
    }
  });

  it('fails exactly the expected 勾稽 checks', () => {
    expect(
      result.checks
        .filter((k) => !k.ok)
        .map((k) => k.rule)
        .sort(),
    ).toEqual([...c.failedChecks].sort());
  });
});
