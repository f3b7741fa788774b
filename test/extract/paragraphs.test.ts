import { describe, expect, it } from 'vitest';
import {
  buildProseView,
  findDuplicateLines,
  isPageMarker,
  isScreenshotItem,
  isTableLikeLine,
  maskSpans,
  splitLines,
  toSourceSpan,
} from '../../src/extract/paragraphs';
import { normalizeText } from '../../src/extract/normalize';

describe('line classification', () => {
  const cases: { line: string; marker: boolean; screenshot: boolean; table: boolean }[] = [
    { line: '-1-', marker: true, screenshot: false, table: false },
    { line: '                                           -2-', marker: true, screenshot: false, table: false },
    { line: normalizeText('— 2 —'), marker: true, screenshot: false, table: false },
    { line: '第 3 页', marker: true, screenshot: false, table: false },
    { line: '- 政务公开(1090)', marker: false, screenshot: true, table: false },
    {
      line: '1\t64022100-90-0009-17_0/2017-0119001\t鄂名选\t2016年12月30日',
      marker: false,
      screenshot: false,
      table: true,
    },
    { line: '(一)主动公开政府信息数 |', marker: false, screenshot: false, table: true },
    { line: '规章               0          0       0', marker: false, screenshot: false, table: true },
    {
      line: '2016 年我县各乡镇、各部门主动公开政府信息 42704 条。',
      marker: false,
      screenshot: false,
      table: false,
    },
    { line: '   （一）主动公开情况。主要通过政府门户网站', marker: false, screenshot: false, table: false },
  ];
  for (const c of cases) {
    it(JSON.stringify(c.line), () => {
      expect([isPageMarker(c.line), isScreenshotItem(c.line), isTableLikeLine(c.line)]).toEqual([
        c.marker,
        c.screenshot,
        c.table,
      ]);
    });
  }
});

describe('splitLines', () => {
  it('returns spans without the line breaks, CRLF included', () => {
    const text = 'ab\r\ncd\n\nef';
    expect(splitLines(text).map((s) => text.slice(s.start, s.end))).toEqual(['ab', 'cd', '', 'ef']);
  });
});

describe('findDuplicateLines', () => {
  const paragraph = '同时，各相关部门（单位）在县政府门户网站公开住房保障信息 14 条。';
  const cases: { name: string; text: string; duplicates: string[] }[] = [
    {
      name: 'an exact repeat far below',
      text: `${paragraph}\n\n其他段落内容。\n\n\n${paragraph}`,
      duplicates: [paragraph],
    },
    {
      name: 'a line that only overlaps the previous paragraph is kept',
      text: '截止目前，在县政府网站等推送各类信息4289条。\n\n网站等推送各类信息4289条。截止目前',
      duplicates: [],
    },
    {
      name: 'a tail repeated right after its paragraph',
      text: '截止2018年12月底,在县政府网站推送、发布就业创业、社会保险、养老服务等各类信息4289条。\n\n推送、发布就业创业、社会保险、养老服务等各类信息4289条。',
      duplicates: ['推送、发布就业创业、社会保险、养老服务等各类信息4289条。'],
    },
    { name: 'short repeated lines are kept', text: '力。\n\n力。', duplicates: [] },
    {
      name: 'whitespace differences do not hide a repeat',
      text: `${paragraph}\n${paragraph.replace('14 条', '14条')}`,
      duplicates: [paragraph.replace('14 条', '14条')],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(findDuplicateLines(c.text).map((s) => c.text.slice(s.start, s.end))).toEqual(c.duplicates);
    });
  }
});

describe('maskSpans', () => {
  it('keeps the length and blanks only the spans', () => {
    expect(maskSpans('abcdef', [{ start: 1, end: 3 }])).toBe('a  def');
  });
});

describe('buildProseView', () => {
  const cases: { name: string; raw: string; view: string }[] = [
    {
      name: 'wrap inside a phrase',
      raw: '在政\n府网站平台主动公开政府信息 1136 条',
      view: '在政府网站平台主动公开政府信息1136条',
    },
    { name: 'stray space in a title', raw: '2018 年政府 信息公开', view: '2018年政府信息公开' },
    {
      name: 'page marker between halves',
      raw: '发布政府信息共\n\n-3-\n\n21080 条',
      view: '发布政府信息共21080条',
    },
    { name: 'spaces inside a number stay one space', raw: '信息 42 704 条', view: '信息42 704条' },
    { name: 'a number wrapped between lines', raw: '共 21\n080 条', view: '共21 080条' },
    { name: 'screenshot items are masked', raw: '政务公开\n- 政务公开(1090)\n情况', view: '政务公开情况' },
    { name: 'table rows are masked', raw: '附件\n2.政府网站公开政府信息数\t条\t7970\n完', view: '附件完' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(buildProseView(normalizeText(c.raw)).text).toBe(c.view);
    });
  }

  it('maps every view character back to the same character of the source', () => {
    const raw = '在政\n府网站平台主动公开政府信息 1136 条\n\n-1-\n\n完';
    const view = buildProseView(normalizeText(raw));
    for (let i = 0; i < view.text.length; i++) {
      if (view.text[i] !== ' ') expect(raw[view.sourceOffset[i]!]).toBe(view.text[i]);
    }
    const at = view.text.indexOf('1136');
    const span = toSourceSpan(view, at, at + 4);
    expect(raw.slice(span.start, span.end)).toBe('1136');
  });
});
