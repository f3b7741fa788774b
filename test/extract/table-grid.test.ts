import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/extract/normalize';
import { buildRows } from '../../src/extract/table-grid';

/** Rows as [label, values] with empty cells as null; text-only rows included. */
function rowsOf(text: string): [string, (number | null)[]][] {
  return buildRows(normalizeText(text)).map((r) => [r.label, r.values.map((v) => v?.value ?? null)]);
}

describe('buildRows', () => {
  const cases: { name: string; text: string; expected: [string, (number | null)[]][] }[] = [
    {
      name: 'tab-separated with a unit cell (the unit is not part of the label)',
      text: '2.兼职人员数\t人\t47',
      expected: [['2.兼职人员数', [47]]],
    },
    {
      name: 'tab row with an empty value cell',
      text: '5.其他方式回应事件数\t次\t',
      expected: [['5.其他方式回应事件数', []]],
    },
    {
      name: 'label | unit | value on one line',
      text: '(三)接受培训人员数 | 人次 | 120 |',
      expected: [['(三)接受培训人员数', [120]]],
    },
    {
      name: 'label | unit | value with the label wrapped onto a line of empty cells',
      text: '其中:主要负责同志参加政府网站在线访 | 次 | 1 |\n谈次数 | | |\n3.政策解读稿件发布数 | 篇 | 5 |',
      expected: [
        ['其中:主要负责同志参加政府网站在线访谈次数', [1]],
        ['3.政策解读稿件发布数', [5]],
      ],
    },
    {
      name: 'a line of empty cells after a blank line is not a label tail',
      text: '| 行政许可 | 550 |\n\n| 第二十条第(六)项 | |\n| 行政处罚 | 9 |',
      expected: [
        ['行政许可', [550]],
        ['第二十条第(六)项', []],
        ['行政处罚', [9]],
      ],
    },
    {
      name: 'an unnumbered label wrapped above its label | unit | value line',
      text: '涉及个人隐私 | 件 | 0 |\n危及国家安全、公共安全、经济安全和社\n会稳定 | 件 | 2 |',
      expected: [
        ['涉及个人隐私', [0]],
        ['危及国家安全、公共安全、经济安全和社会稳定', [2]],
      ],
    },
    {
      name: 'markdown pipes: rule row skipped, empty and dash cells kept as null between numbers',
      text: '| 指标 | 自然人 | 总计 |\n|---|---|---|\n| 一、本年新收 | 18 | — | 0 | 18 |',
      expected: [
        ['指标自然人总计', []],
        ['一、本年新收', [18, null, 0, 18]],
      ],
    },
    {
      name: 'one cell per line: label, unit and value lines make one row',
      text: '一、主动公开情况 |\n—— |\n|\n(一)主动公开政府信息数 |\n条 |\n10707 |\n制发规范性文件总数 |\n件 |\n5 |',
      expected: [
        ['一、主动公开情况', []],
        ['(一)主动公开政府信息数条', [10707]],
        ['制发规范性文件总数件', [5]],
      ],
    },
    {
      name: 'one cell per line with a missing value: the unit line ends the label',
      text: '涉及商业秘密 |\n件 |\n|\n涉及个人隐私 |\n件 |\n2 |',
      expected: [
        ['涉及商业秘密件', []],
        ['涉及个人隐私件', [2]],
      ],
    },
    {
      name: 'whitespace-aligned with a label wrapped above its numbers and a page marker',
      text: [
        '  （二）部分公开（区分处理的，只计这一情 形，不',
        '  计其他情形）',
        '                                   -3-',
        '                        4    0      0     0   0   0     4',
      ].join('\n'),
      expected: [['(二)部分公开(区分处理的,只计这一情形,不计其他情形)', [4, 0, 0, 0, 0, 0, 4]]],
    },
    {
      name: 'numbers centred on the second line of a wrapped numbered label',
      text: '（一）主动公开政府信息数（不同渠道和方式公开\n相同信息计 1 条）      条      4271',
      expected: [['(一)主动公开政府信息数(不同渠道和方式公开相同信息计1条)条', [4271]]],
    },
    {
      name: 'a group label printed between its sub-rows stays a row of its own',
      text: '  1.属于国家秘密   1  0  1\n  （三）不予公开\n  2.其他法律行政法规禁止公开   0  0  0',
      expected: [
        ['1.属于国家秘密', [1, 0, 1]],
        ['(三)不予公开', []],
        ['2.其他法律行政法规禁止公开', [0, 0, 0]],
      ],
    },
    {
      name: 'full-width digits and separators',
      text: '行政许可\t２，４５６\n行政事业性收费　　７７３０．２８',
      expected: [
        ['行政许可', [2456]],
        ['行政事业性收费', [7730.28]],
      ],
    },
    {
      name: 'several numbers in one pipe cell are separate cells',
      text: '| 四、结转下年度继续办理 | 0 0 0 0 0 0 0 |',
      expected: [['四、结转下年度继续办理', [0, 0, 0, 0, 0, 0, 0]]],
    },
    {
      name: 'a label-less number line continues the row above (one number per line)',
      text: '行政复议\n0\t0\t0\n1\t1',
      expected: [['行政复议', [0, 0, 0, 1, 1]]],
    },
  ];
  it.each(cases)('$name', ({ text, expected }) => {
    expect(rowsOf(text)).toEqual(expected);
  });

  it('keeps each cell at its offsets in the source', () => {
    const text = '一、本年新收\t\t１８\t0\t18';
    const [row] = buildRows(normalizeText(text));
    expect(row!.values.map((v) => text.slice(v!.start, v!.end))).toEqual(['１８', '0', '18']);
    expect(text.slice(row!.labelStart, row!.labelEnd)).toBe('一、本年新收');
  });
});
