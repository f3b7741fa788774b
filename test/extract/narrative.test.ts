import { describe, expect, it } from 'vitest';
import { parseNarrative } from '../../src/extract/narrative';
import { normalizeText } from '../../src/extract/normalize';
import type { Found } from '../../src/extract/found';

function parse(raw: string): Found[] {
  return parseNarrative({ raw, norm: normalizeText(raw) });
}

type Expected = { metric: string; value: number; approx?: boolean; method?: Found['method'] };

/** One case per phrasing: the sentence, and every figure it must yield (nothing else). */
const PHRASINGS: { phrase: string; expected: Expected[] }[] = [
  {
    phrase: '2016 年我县各乡镇、各部门主动公开政府信息 42704 条。',
    expected: [{ metric: 'proactive_total', value: 42704 }],
  },
  {
    phrase: '２０１８年主动公开政府信息共１３２３０余条。',
    expected: [{ metric: 'proactive_total', value: 13230, approx: true }],
  },
  {
    phrase: '通过平罗县政府信息网发布政府信息共 21080 条。',
    expected: [{ metric: 'ch_website', value: 21080 }],
  },
  {
    phrase: '全年通过政府门户网站公开各类信息 1.3 万条，访问量约124万次。',
    expected: [
      { metric: 'ch_website', value: 13000, approx: true },
      { metric: 'website_visits', value: 1240000, approx: true },
    ],
  },
  {
    phrase: '通过各乡镇、各部门政务微博发布政府信息 3646 条。',
    expected: [{ metric: 'ch_weibo', value: 3646 }],
  },
  { phrase: '全县通过政务微信公开政府信息233条。', expected: [{ metric: 'ch_wechat', value: 233 }] },
  { phrase: '通过政务微博、微信公开信息 2309 条。', expected: [{ metric: 'ch_weibo_wechat', value: 2309 }] },
  {
    phrase: '通过政府网站发布信息 100 条，政府公报公开政府信息 132 条。',
    expected: [
      { metric: 'ch_website', value: 100 },
      { metric: 'ch_gazette', value: 132 },
    ],
  },
  {
    phrase: '通过《平罗县政务信息》发布政府信息 858 篇。',
    expected: [{ metric: 'ch_periodical', value: 858 }],
  },
  {
    phrase: '通过公开栏、电视、广播等渠道发布政府信息 14489 条。',
    expected: [{ metric: 'ch_other', value: 14489 }],
  },
  { phrase: '通过其他载体发布信息 2819 条。', expected: [{ metric: 'ch_other', value: 2819 }] },
  {
    phrase: '全县从事政府信息工作人员共 69 名，其中专职人员 15 名，兼职人员 54 名。',
    expected: [
      { metric: 'staff_total', value: 69 },
      { metric: 'staff_fulltime', value: 15 },
      { metric: 'staff_parttime', value: 54 },
    ],
  },
  {
    phrase: '设置专门工作机构，配置 3 名专职人员负责政务公开日常工作。',
    expected: [{ metric: 'staff_fulltime', value: 3 }],
  },
  { phrase: '暂未设立专项政府信息公开保障经费。', expected: [] },
  { phrase: '安排政府信息公开专项经费 5 万元。', expected: [{ metric: 'funding_wan_yuan', value: 5 }] },
  {
    phrase: '2016年受理政府信息公开申请5件，均已按要求向申请人作出答复。',
    expected: [{ metric: 'apps_received', value: 5 }],
  },
  {
    phrase: '全年累计办理申请 18 件，主要涉及房屋拆迁。',
    expected: [{ metric: 'apps_received', value: 18 }],
  },
  { phrase: '今年以来，灵沙乡没有依申请公开事项。', expected: [{ metric: 'apps_received', value: 0 }] },
  {
    phrase: '召开政府信息公开工作会议或专题会议 43 次，举办各类培训班 72 次，培训工作人员 1014 人次。',
    expected: [
      { metric: 'meetings', value: 43 },
      { metric: 'training_sessions', value: 72 },
      { metric: 'trainees', value: 1014 },
    ],
  },
  {
    phrase: '举办了全县政务公开工作培训班1期,120人参加了培训。',
    expected: [
      { metric: 'training_sessions', value: 1 },
      { metric: 'trainees', value: 120 },
    ],
  },
  {
    phrase: '已累计主动公开各类信息 900 余条。',
    expected: [{ metric: 'proactive_total', value: 900, approx: true }],
  },
  { phrase: '已发布政策解读信息 260 条。', expected: [{ metric: 'policy_interpretations', value: 260 }] },
  {
    phrase: '2017年,通过县政府门户网站发布政府信息2829条,部门网站发布信息334 条。',
    expected: [{ metric: 'ch_website', value: 3163, method: 'derived' }],
  },
  {
    phrase: '2018 年主动公开政府信息共 13230 余条，同比增加 36.1%。',
    expected: [
      { metric: 'proactive_total', value: 13230, approx: true },
      { metric: 'proactive_total_prev_year', value: 9721, approx: true, method: 'derived' },
    ],
  },
  {
    phrase: '全年主动公开政府信息 900 条，同比下降 10%。',
    expected: [
      { metric: 'proactive_total', value: 900 },
      { metric: 'proactive_total_prev_year', value: 1000, approx: true, method: 'derived' },
    ],
  },
  {
    phrase: '2023 年，我区在政\n府网站平台主动公开政府信息 1136 条。',
    expected: [{ metric: 'ch_website', value: 1136 }],
  },
  { phrase: '全年共公开政府信息 1,234 条。', expected: [{ metric: 'proactive_total', value: 1234 }] },
  {
    // A list of channels closed by 等渠道 names the total, not the 其他 channels.
    phrase: '全区通过区政府门户网站、政务新媒体等渠道主动公开政府信息 2316 条。',
    expected: [{ metric: 'proactive_total', value: 2316 }],
  },
  {
    phrase: '全年公开政府信息 300 条，政务微信公众号推送信息 56 条。',
    expected: [
      { metric: 'proactive_total', value: 300 },
      { metric: 'ch_wechat', value: 56 },
    ],
  },
  {
    phrase: '通过县政府门户网站乡镇专栏发布政府信息 812 条。',
    expected: [{ metric: 'ch_website', value: 812 }],
  },
  {
    phrase: '配备专兼职工作人员 4 名（其中专职 1 名），落实政务公开专项经费 2.5 万元。',
    expected: [
      { metric: 'staff_total', value: 4 },
      { metric: 'staff_fulltime', value: 1 },
      { metric: 'funding_wan_yuan', value: 2.5 },
    ],
  },
  {
    phrase: '其中专职 2 名、兼职 5 名。',
    expected: [
      { metric: 'staff_fulltime', value: 2 },
      { metric: 'staff_parttime', value: 5 },
    ],
  },
  { phrase: '全年共收到政府信息公开申请 0 件。', expected: [{ metric: 'apps_received', value: 0 }] },
  {
    phrase: '举办政务公开业务培训班 1 期，参训 23 人次。',
    expected: [
      { metric: 'training_sessions', value: 1 },
      { metric: 'trainees', value: 23 },
    ],
  },
  {
    phrase:
      '全年共受理政府信息公开申请 36 件，其中当面申请 5 件，网络申请 27 件，信函申请 4 件，传真申请 0 件。',
    expected: [
      { metric: 'apps_received', value: 36 },
      { metric: 'apps_in_person', value: 5 },
      { metric: 'apps_online', value: 27 },
      { metric: 'apps_letter', value: 4 },
      { metric: 'apps_fax', value: 0 },
    ],
  },
  {
    phrase: '全区共主动公开政府信息 12586 条，其中政府门户网站公开 8432 条，政务新媒体公开 4154 条。',
    expected: [
      { metric: 'proactive_total', value: 12586 },
      { metric: 'ch_website', value: 8432 },
      { metric: 'ch_new_media', value: 4154 },
    ],
  },
  {
    phrase: '配备政府信息公开工作人员 5 名（专职 2 名、兼职 3 名）。',
    expected: [
      { metric: 'staff_total', value: 5 },
      { metric: 'staff_fulltime', value: 2 },
      { metric: 'staff_parttime', value: 3 },
    ],
  },
  {
    phrase: '全县政务公开工作人员共计 12 人，其中专职人员 4 人。',
    expected: [
      { metric: 'staff_total', value: 12 },
      { metric: 'staff_fulltime', value: 4 },
    ],
  },
  {
    phrase: '全年收到政府信息公开申请 26 件，上年结转 2 件，均已按期办结。',
    expected: [
      { metric: 'apps_received', value: 26 },
      { metric: 'apps_carried_over', value: 2 },
    ],
  },
  {
    phrase: '全年发布政策解读材料 46 篇。',
    expected: [{ metric: 'policy_interpretations', value: 46 }],
  },
  {
    phrase: '召开新闻发布会 12 场，主要负责同志出席发布会 4 次。',
    expected: [
      { metric: 'press_conferences', value: 12 },
      { metric: 'press_conferences_leaders', value: 4 },
    ],
  },
  {
    phrase: '组织开展政务公开业务培训 4 期，参训人员 260 人次。',
    expected: [
      { metric: 'training_sessions', value: 4 },
      { metric: 'trainees', value: 260 },
    ],
  },
  {
    phrase: '全年举办政务公开业务培训 2 期，培训 180 人次。',
    expected: [
      { metric: 'training_sessions', value: 2 },
      { metric: 'trainees', value: 180 },
    ],
  },
  {
    // The channels' object (政府信息) is named once, by the total: each count closes its clause.
    phrase:
      '全年主动公开政府信息 6482 条，其中通过门户网站发布 5210 条，政务微博发布 386 条，政务微信推送 886 条。',
    expected: [
      { metric: 'proactive_total', value: 6482 },
      { metric: 'ch_website', value: 5210 },
      { metric: 'ch_weibo', value: 386 },
      { metric: 'ch_wechat', value: 886 },
    ],
  },
];

describe('parseNarrative: one case per phrasing', () => {
  for (const { phrase, expected } of PHRASINGS) {
    it(phrase, () => {
      const found = parse(phrase);
      expect(
        found.map((f) => ({ metric: f.metric, value: f.value, approx: f.approx, method: f.method })),
      ).toEqual(expected.map((e) => ({ approx: false, method: 'text', ...e })));
      for (const f of found) expect(phrase.slice(f.start, f.end)).toBe(f.quote);
    });
  }
});

/** Sentences with numbers that are not statistics of the report. */
const IGNORED: string[] = [
  '同时，各相关部门（单位）在县政府门户网站和智能管理平台公开住房保障信息 14 条。',
  '- 政务公开(1090)\n- 政府公报(138)',
  '序号\t索引号\t名称\t发布日期\n1\t64022100-90-0009-17_0/2017-0119001\t主动公开政府信息 5 条\t2016年12月30日',
  '电话：0952-6095046;传真：0952-6095122。',
  '《自治区人民政府办公厅关于印发 2016 年政务公开工作要点的通知》（宁政办〔2016〕79 号）。',
  '提速 50.7%。',
  '通过“百强平罗”政务微博转载各类热点评论、发布各类惠民政策为主要手段，全年共发布政府信息 1501 条，点击量 877067 次。',
  '开展本级政务公开业务培训 8 次，培训全县各级单位领导和专兼职工作人员 500 余人次。',
  '及时在单位公示栏公开各类信息约 150 条；官方微博发布信息 235 条。',
  '计划围绕村务公开工作开展培训1次，举办全县政务公开专题培训班1次。',
  '2018 年彭阳县人民政府共召开常务会议 20 次。',
  '平罗县灵沙乡人民政府投入 3 万余元在民生服务中心建立政府信息公开查阅点。',
  '全年没有发生因政府信息公开不及时而导致行政复议、行政诉讼案件的情况。',
  '其中公开低保救助信息 48 条、惠农补贴信息 35 条。',
  '依申请公开政府信息 3 条。',
  '参训 40 人次。',
  // A count followed by what it counts is not a channel's figure, object left out or not.
  '通过政府网站发布 12 条解读信息，政务微博发布 3 篇解读文章。',
  // 培训 N 次 (not 培训班, not 期) is not read as a course count, nor what follows it as trainees.
  '组织开展政务公开培训 3 次，培训 120 人次。',
  // Some of the staff, sent somewhere: not the staff's size.
  '选派信息公开工作人员 3 名参加市级业务培训。',
];

describe('parseNarrative: numbers that are not statistics', () => {
  for (const sentence of IGNORED) {
    it(sentence.slice(0, 40), () => {
      expect(parse(sentence)).toEqual([]);
    });
  }
});

describe('parseNarrative: layout noise', () => {
  it('matches a phrase broken by blank lines and a page marker, quoting the source with the breaks', () => {
    const raw = '一、情况\n\n主动公开政府信息共\n\n                   -2-\n\n21080 条。';
    const [found] = parse(raw);
    expect(found).toMatchObject({ metric: 'proactive_total', value: 21080 });
    expect(found!.quote).toBe('主动公开政府信息共\n\n                   -2-\n\n21080 条');
    expect(raw.slice(found!.start, found!.end)).toBe(found!.quote);
  });

  it('counts a duplicated paragraph once', () => {
    const paragraph = '2018 年彭阳县各级各部门主动公开政府信息共 13230 条，进一步做好公开工作。';
    const found = parse(`${paragraph}\n\n${paragraph}\n`);
    expect(found.map((f) => [f.metric, f.value, f.start])).toEqual([['proactive_total', 13230, 14]]);
  });

  it('reads full-width digits and a space inside a number', () => {
    const [found] = parse('主动公开政府信息　４２ ７０４　条。');
    expect(found).toMatchObject({ metric: 'proactive_total', value: 42704 });
  });

  it('records the arithmetic of derived values in the note', () => {
    const found = parse('2018 年主动公开政府信息共 13230 余条，同比增加 36.1%。');
    expect(found[1]!.note).toContain('13230 ÷ (1 + 36.1%) ≈ 9721');
    const parts = parse('通过县政府门户网站发布政府信息2829条,部门网站发布信息334 条。');
    expect(parts[0]!.note).toContain('2829 + 334 = 3163');
  });
});
