import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectScope, qualifyBody, readMetadata, tidyText } from '../../src/extract/metadata';
import { NotAReportError } from '../../src/extract/errors';
import { normalizeText } from '../../src/extract/normalize';

const FILES: { file: string; body: string; year: number; scope: string; title: string }[] = [
  {
    file: 'data/reports/pingluo-county-2016.txt',
    body: '平罗县',
    year: 2016,
    scope: 'county-aggregate',
    title: '平罗县 2016 年政府信息公开工作年度报告',
  },
  {
    file: 'data/reports/yanchi-county-2017.txt',
    body: '盐池县',
    year: 2017,
    scope: 'county-aggregate',
    title: '盐池县2017年政府信息公开工作年度报告',
  },
  {
    file: 'data/reports/pengyang-county-2018.txt',
    body: '彭阳县',
    year: 2018,
    scope: 'county-aggregate',
    title: '彭阳县 2018 年政府信息公开工作年度报告',
  },
  {
    file: 'data/reports/lingsha-township-2018.txt',
    body: '平罗县灵沙乡人民政府',
    year: 2018,
    scope: 'township',
    title: '平罗县灵沙乡人民政府 2018 年政府信息公开年度报告',
  },
  {
    file: 'data/reports/pingluo-office-2023.txt',
    body: '平罗县人民政府办公室',
    year: 2023,
    scope: 'office',
    title: '平罗县人民政府办公室 2023 年政府信息公开工作年度报告',
  },
  {
    file: 'test/fixtures/reports-extra/hongze-district-2023.txt',
    body: '淮安市洪泽区人民政府',
    year: 2023,
    scope: 'county-aggregate',
    title: '洪泽区人民政府 2023 年政府信息公开工作年度报告',
  },
  {
    file: 'test/fixtures/reports-extra/hongze-district-2024.txt',
    body: '淮安市洪泽区人民政府',
    year: 2024,
    scope: 'county-aggregate',
    title: '淮安市洪泽区人民政府 2024 年政府信息公开工作年度报告',
  },
];

describe('readMetadata on the seven real reports', () => {
  for (const f of FILES) {
    it(f.file, () => {
      const meta = readMetadata(normalizeText(readFileSync(f.file, 'utf8')));
      expect(meta).toEqual({ body: f.body, year: f.year, scope: f.scope, title: f.title });
    });
  }
});

describe('readMetadata on title variants', () => {
  const BODY_TEXT = '\n根据《条例》规定，现将主动公开和依申请公开政府信息公开情况报告如下。';
  const cases: { title: string; body: string; year: number }[] = [
    { title: '某某县2020年度政府信息公开工作年度报告', body: '某某县', year: 2020 },
    { title: '2021年度某某镇人民政府政务公开工作年度报告', body: '某某镇人民政府', year: 2021 },
    { title: '某某市\n\n2019 年政府 信息公开年度报告', body: '某某市', year: 2019 },
    // Converted from a web page or .docx to markdown.
    { title: '# 某某县2021年政府信息公开工作年度报告', body: '某某县', year: 2021 },
    { title: '**某某区人民政府2022年政府信息公开工作年度报告**', body: '某某区人民政府', year: 2022 },
  ];
  for (const c of cases) {
    it(c.title.replace(/\s+/g, ' '), () => {
      const meta = readMetadata(normalizeText(c.title + BODY_TEXT));
      expect([meta.body, meta.year]).toEqual([c.body, c.year]);
    });
  }
});

describe('not a report', () => {
  const cases: { name: string; text: string; reason: string }[] = [
    { name: 'empty', text: '', reason: 'empty' },
    { name: 'whitespace only', text: ' \n\n\t ', reason: 'empty' },
    { name: 'ordinary prose', text: '今天天气很好，我们去公园散步。\n公园里有很多人。', reason: 'no-title' },
    {
      name: 'a title without a year',
      text: '某某县政府信息公开工作年度报告\n主动公开政府信息 5 条，依申请公开 1 件。',
      reason: 'no-year',
    },
    {
      name: 'a title without any disclosure vocabulary after it',
      text: '某某县2020年政务公开报告\n今天天气很好。',
      reason: 'no-vocabulary',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      let caught: unknown;
      try {
        readMetadata(normalizeText(c.text));
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(NotAReportError);
      expect((caught as NotAReportError).reason).toBe(c.reason);
    });
  }
});

describe('detectScope', () => {
  const cases: { body: string; text?: string; scope: string }[] = [
    { body: '平罗县人民政府办公室', scope: 'office' },
    { body: '某某县教育局', scope: 'office' },
    { body: '某某县发展和改革委员会', scope: 'office' },
    { body: '平罗县灵沙乡人民政府', scope: 'township' },
    { body: '某某镇', scope: 'township' },
    { body: '某某街道办事处', scope: 'township' },
    { body: '盐池县', scope: 'county-aggregate' },
    { body: '淮安市洪泽区人民政府', scope: 'county-aggregate' },
    { body: '某某管理处', text: '本报告汇总各部门、各乡镇政府信息公开工作情况', scope: 'county-aggregate' },
  ];
  for (const c of cases) {
    it(c.body, () => {
      expect(detectScope(c.body, c.text ?? '')).toBe(c.scope);
    });
  }
});

describe('qualifyBody and tidyText', () => {
  it('takes the city-qualified form the text uses, without the words before it', () => {
    expect(qualifyBody('洪泽区人民政府', '本报告由淮安市洪泽区人民政府办公室根据')).toBe(
      '淮安市洪泽区人民政府',
    );
    expect(qualifyBody('平罗县', '地址:石嘴山市平罗县玉皇阁大道')).toBe('平罗县');
  });
  it('removes stray spaces between Chinese characters only', () => {
    expect(tidyText('  平罗县灵沙乡人民政府 2018 年政府 信息公开年度报告 ')).toBe(
      '平罗县灵沙乡人民政府 2018 年政府信息公开年度报告',
    );
  });
});
