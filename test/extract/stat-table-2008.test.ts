import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/extract/normalize';
import { parseStatTable2008 } from '../../src/extract/stat-table-2008';
import {
  EMPTY_2008_METRIC,
  expectExactQuotes,
  loadSource,
  render2008,
  sourceOf,
  STAT_2008_ROWS,
  stat2008Values,
  valuesByMetric,
  type Layout2008,
} from '../fixtures/layouts/templates';

// Values read off the tables by hand (the files' last pages).
const YANCHI_2017 = {
  proactive_total: 10707,
  proactive_normative_docs: 5,
  normative_docs_issued: 5,
  ch_gazette: 0,
  ch_website: 3163,
  ch_weibo: 341,
  ch_wechat: 233,
  ch_other: 6965,
  hot_topic_responses: 220,
  press_conferences: 3,
  press_conferences_leaders: 3,
  online_interviews: 4,
  online_interviews_leaders: 4,
  policy_interpretations: 6,
  weibo_wechat_responses: 35,
  other_responses: 172,
  apps_received: 3,
  apps_in_person: 1,
  apps_fax: 0,
  apps_online: 2,
  apps_letter: 0,
  apps_completed: 3,
  apps_on_time: 3,
  apps_extended: 0,
  apps_answered: 3,
  out_already_public: 3,
  out_granted: 0,
  out_partial: 0,
  out_denied: 0,
  out_denied_state_secret: 0,
  out_denied_commercial_secret: 0,
  out_denied_privacy: 0,
  out_denied_security: 0,
  out_denied_not_gov_info: 0,
  out_denied_other_law: 0,
  out_not_this_agency: 0,
  out_not_exist: 0,
  out_told_amend: 0,
  out_told_other_channel: 0,
  review_total: 0,
  review_upheld: 0,
  review_corrected: 0,
  review_other: 0,
  litigation_total: 0,
  litigation_upheld: 0,
  litigation_corrected: 0,
  litigation_other: 0,
  complaints: 0,
  fees_wan_yuan: 0,
  dedicated_bodies: 33,
  reading_points: 4,
  staff_total: 99,
  staff_fulltime: 66,
  staff_parttime: 33,
  funding_wan_yuan: 5,
  meetings: 3,
  training_sessions: 1,
  trainees: 120,
};

// 彭阳 leaves 其他方式回应事件数 empty: not reported, never 0.
const { other_responses: _emptyInPengyang, ...PENGYANG_SHAPE } = YANCHI_2017;
const PENGYANG_2018 = {
  ...PENGYANG_SHAPE,
  proactive_total: 13230,
  proactive_normative_docs: 3,
  normative_docs_issued: 3,
  ch_gazette: 132,
  ch_website: 7970,
  ch_weibo: 149,
  ch_wechat: 2160,
  ch_other: 2819,
  hot_topic_responses: 2,
  press_conferences: 0,
  press_conferences_leaders: 0,
  online_interviews: 12,
  online_interviews_leaders: 12,
  policy_interpretations: 13,
  weibo_wechat_responses: 0,
  apps_received: 2,
  apps_in_person: 0,
  apps_online: 0,
  apps_letter: 2,
  apps_completed: 2,
  apps_on_time: 2,
  apps_answered: 2,
  out_already_public: 0,
  out_granted: 2,
  dedicated_bodies: 1,
  reading_points: 4,
  staff_total: 50,
  staff_fulltime: 3,
  staff_parttime: 47,
  funding_wan_yuan: 100,
  meetings: 3,
  training_sessions: 14,
  trainees: 620,
};

// test/fixtures/layouts/stat-2008-whitespace.txt: pdftotext -layout, wrapped labels, a page marker,
// 其他情形数 under both 复议 and 诉讼, an empty cell and a decimal 万元 value.
const WHITESPACE_FIXTURE = {
  proactive_total: 4271,
  proactive_normative_docs: 12,
  normative_docs_issued: 15,
  ch_gazette: 31,
  ch_website: 3912,
  hot_topic_responses: 17,
  apps_received: 23,
  out_denied: 2,
  out_denied_state_secret: 1,
  out_denied_security: 1,
  review_total: 6,
  review_upheld: 4,
  review_other: 2,
  litigation_total: 3,
  litigation_upheld: 1,
  litigation_corrected: 0,
  litigation_other: 2,
  staff_total: 40,
  staff_fulltime: 8,
  staff_parttime: 32,
  funding_wan_yuan: 12.5,
};

describe('parseStatTable2008 on real and fixture reports', () => {
  const cases: { file: string; expected: Record<string, number> }[] = [
    { file: 'data/reports/yanchi-county-2017.txt', expected: YANCHI_2017 },
    { file: 'data/reports/pengyang-county-2018.txt', expected: PENGYANG_2018 },
    { file: 'test/fixtures/layouts/stat-2008-whitespace.txt', expected: WHITESPACE_FIXTURE },
    { file: 'data/reports/pingluo-county-2016.txt', expected: {} },
    { file: 'data/reports/lingsha-township-2018.txt', expected: {} },
    { file: 'data/reports/pingluo-office-2023.txt', expected: {} },
    { file: 'test/fixtures/reports-extra/hongze-district-2023.txt', expected: {} },
  ];
  it.each(cases)('$file', ({ file, expected }) => {
    const src = loadSource(file);
    const found = parseStatTable2008(src);
    expect(valuesByMetric(found)).toEqual(expected);
    expect(found.every((f) => f.method === 'table')).toBe(true);
    expectExactQuotes(src, found);
  });

  it('quotes the row from its label to the value cell', () => {
    const src = loadSource('data/reports/pengyang-county-2018.txt');
    const staff = parseStatTable2008(src).find((f) => f.metric === 'staff_parttime')!;
    expect(staff.quote).toBe('2.兼职人员数\t人\t47');
    expect(staff.note).toBeUndefined();
  });

  it('quotes a label wrapped over two pdftotext lines in full', () => {
    const src = loadSource('test/fixtures/layouts/stat-2008-whitespace.txt');
    const fulltime = parseStatTable2008(src).find((f) => f.metric === 'staff_fulltime')!;
    expect(fulltime.quote).toMatch(/^1\.专职人员数（不包括政府公报及政府网站工作\n\s+人员数）\s+人\s+8$/);
  });
});

describe('parseStatTable2008 in every layout of the template', () => {
  const layouts: Layout2008[] = ['tab', 'tab-fullwidth', 'inline-pipe', 'markdown', 'one-cell-per-line'];
  it.each(layouts)('%s', (layout) => {
    const values = stat2008Values();
    const src = sourceOf(render2008(layout, values));
    const found = parseStatTable2008(src);
    const read = valuesByMetric(found);
    expect(read).toEqual(values);
    expect(read[EMPTY_2008_METRIC]).toBeUndefined();
    expectExactQuotes(src, found);
    // Each quote begins with its own row's label.
    for (const [label, , metric] of STAT_2008_ROWS) {
      const quote = found.find((f) => f.metric === metric)?.quote;
      if (quote) expect(normalizeText(quote).slice(0, 6), metric!).toBe(normalizeText(label).slice(0, 6));
    }
  });

  it('reads a cell with 万 and 余 as an approximate value', () => {
    const values = stat2008Values();
    const text = render2008('tab', values).replace(`\t${values.proactive_total}\n`, '\t1.3万余\n');
    const proactive = parseStatTable2008(sourceOf(text)).find((f) => f.metric === 'proactive_total')!;
    expect(proactive).toMatchObject({ value: 13000, approx: true });
    expect(proactive.quote).toMatch(/^\(一\)主动公开政府信息数.*\t1\.3万余$/);
  });

  it('does not take a few prose lines ending in numbers for the table', () => {
    const prose = ['一、主动公开情况', '主动公开政府信息数 4271', '2.政府网站公开政府信息数 3912'].join('\n');
    expect(parseStatTable2008(sourceOf(prose))).toEqual([]);
  });
});
