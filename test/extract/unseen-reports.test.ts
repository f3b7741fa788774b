// Whole reports in layouts and phrasings the parsers were not written against (fixtures written
// from the official templates, truth pinned by hand in unseen-expected.ts), read the way users
// read them: extractReport on the text, and the extract CLI on GBK-encoded copies.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/extract/extract-report';
import type { ExtractResult, Observation } from '../../src/model/types';
import { GBK_COPIES, UNSEEN_REPORTS, scoreFields } from '../fixtures/layouts/unseen-expected';
import { expectExactQuotes, loadSource } from '../fixtures/layouts/templates';

function primaryValues(observations: readonly Observation[]): Record<string, number> {
  return Object.fromEntries(observations.filter((o) => o.primary).map((o) => [o.metric, o.value]));
}

function extract(file: string) {
  const src = loadSource(file);
  return { src, result: extractReport(src.raw, { sourceFile: file, sourceSha256: '' }) };
}

describe('unseen reports: every stated figure, nothing else', () => {
  it.each(UNSEEN_REPORTS)('$file', ({ file, template, year, expected }) => {
    const { src, result } = extract(file);
    expect(result.reports[0]).toMatchObject({ template, year });
    const actual = primaryValues(result.observations);
    expect(scoreFields(expected, actual)).toMatchObject({ missing: [], wrong: [], spurious: [] });
    expect(actual).toEqual(expected);
    expectExactQuotes(src, result.observations);
    // The fixtures' numbers are consistent, so every 勾稽关系 holds.
    expect(result.checks.filter((c) => !c.ok)).toEqual([]);
  });
});

function observation(file: string, metric: string): Observation {
  const found = extract(file).result.observations.find((o) => o.metric === metric && o.method === 'table');
  expect(found, metric).toBeDefined();
  return found!;
}

const PIPE = 'test/fixtures/layouts/unseen-2021-county-pipe.md';
const LAYOUT = 'test/fixtures/layouts/unseen-2021-pdftotext.txt';
const STAT_2008 = 'test/fixtures/layouts/unseen-2008-inline-pipe.txt';

describe('table quotes say what the number is', () => {
  const cases: { file: string; metric: string; quote: RegExp; note?: string }[] = [
    // 表三 in pipes: from the first label cell of the row to its 总计 cell.
    {
      file: PIPE,
      metric: 'apps_received',
      quote: /^一、本年新收政府信息公开申请数量 \| \| \| ２１ \|.*\| ２７$/,
    },
    {
      file: PIPE,
      metric: 'out_not_exist',
      quote: /^（四）无法提供 \| 1\.本机关不掌握相关政府信息 \|.*\| ７$/,
    },
    {
      file: PIPE,
      metric: 'normative_repealed',
      quote: /^行政规范性文件 \| ９ \| ２$/,
      note: '表二 本年废止件数列',
    },
    { file: PIPE, metric: 'licensing_decisions', quote: /^行政许可 \| １３８６$/ },
    // 表四 has no row label: its quote runs from the row's first number, the note names the column.
    {
      file: PIPE,
      metric: 'review_total',
      quote: /^１ \| ０ \| ０ \| １ \| ２$/,
      note: '表四 行政复议 总计列',
    },
    // pdftotext: a label wrapped over two adjacent lines is quoted whole.
    {
      file: LAYOUT,
      metric: 'out_partial',
      quote: /^（二）部分公开（区分处理的，只计\n\s+这一情形，不计其他情形）\s+2(?:\s+0){5}\s+2$/,
    },
    // A label cut by a page break: quoted from the line that holds the numbers, full label in the note.
    {
      file: LAYOUT,
      metric: 'out_np_confirm',
      quote: /^已获取信息(?:\s+0){7}$/,
      note: '行标签 / row label: 5.要求行政机关确认或重新出具已获取信息',
    },
    // 2008 统计表, one "label | unit | value |" line per row: a label continued on the next line.
    {
      file: STAT_2008,
      metric: 'funding_wan_yuan',
      quote: /^（四）政府信息公开专项经费（不包括.*及政 \| 万元 \| 1\.2$/,
    },
    {
      file: STAT_2008,
      metric: 'out_denied_security',
      quote: /^危及国家安全、公共安全、经济安全和社\n会稳定 \| 件 \| 0$/,
    },
  ];
  it.each(cases)('$metric in $file', ({ file, metric, quote, note }) => {
    const found = observation(file, metric);
    expect(found.quote).toMatch(quote);
    if (note) expect(found.note).toContain(note);
  });
});

describe('GBK-encoded reports through the extract CLI', () => {
  const SPAWN_TIMEOUT_MS = 60_000;
  it('reads them as their UTF-8 originals', () => {
    const run = spawnSync(
      'node_modules/.bin/tsx',
      ['src/build/extract-cli.ts', ...GBK_COPIES.map((c) => c.file)],
      { encoding: 'utf8', timeout: SPAWN_TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as ExtractResult;
    expect(result.reports).toHaveLength(GBK_COPIES.length);
    GBK_COPIES.forEach(({ file, sameAs }, i) => {
      // The copies are byte-for-byte different from the originals, not the same file twice.
      expect(readFileSync(file)).not.toEqual(readFileSync(sameAs.file));
      const report = result.reports[i]!;
      expect(report).toMatchObject({ template: sameAs.template, year: sameAs.year });
      const own = result.observations.filter((o) => o.reportId === report.id);
      expect(primaryValues(own)).toEqual(sameAs.expected);
    });
  }, 60_000);
});
