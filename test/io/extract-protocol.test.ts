import { describe, expect, it } from 'vitest';
import { NotAReportError } from '../../src/extract/errors';
import type { ReportExtraction } from '../../src/extract/extract-report';
import { handleExtractRequest, type ExtractFn } from '../../src/io/extract-protocol';

const EXTRACTION: ReportExtraction = {
  meta: { body: '某县', year: 2020, scope: 'county-aggregate', title: '某县2020年政府信息公开工作年度报告' },
  reports: [],
  observations: [],
  checks: [],
};

describe('handleExtractRequest', () => {
  it('passes the text, file name and the text’s SHA-256 to the extractor', async () => {
    const calls: Parameters<ExtractFn>[] = [];
    const extract: ExtractFn = (...args) => {
      calls.push(args);
      return EXTRACTION;
    };
    const response = await handleExtractRequest({ id: 7, text: 'abc', sourceFile: 'a.txt' }, extract);
    expect(response).toEqual({ id: 7, ok: true, extraction: EXTRACTION });
    expect(calls).toEqual([
      [
        'abc',
        {
          sourceFile: 'a.txt',
          sourceSha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
        },
      ],
    ]);
  });

  const failures: { name: string; data: unknown; extract: ExtractFn; expected: unknown }[] = [
    {
      name: 'a text that is not a report',
      data: { id: 1, text: '购物清单', sourceFile: 'x.txt' },
      extract: () => {
        throw new NotAReportError('no-title');
      },
      expected: {
        id: 1,
        ok: false,
        failure: {
          kind: 'not-a-report',
          reason: 'no-title',
          message: '未找到“政府信息公开……年度报告”标题 / no annual-report title found',
        },
      },
    },
    {
      name: 'an extractor bug',
      data: { id: 2, text: 't', sourceFile: 'x.txt' },
      extract: () => {
        throw new RangeError('boom');
      },
      expected: { id: 2, ok: false, failure: { kind: 'failed', message: 'boom' } },
    },
    {
      name: 'a malformed message',
      data: { text: 42 },
      extract: () => EXTRACTION,
      expected: { id: -1, ok: false, failure: { kind: 'failed', message: 'malformed request' } },
    },
  ];
  for (const { name, data, extract, expected } of failures) {
    it(`answers ${name} with a failure, not an exception`, async () => {
      expect(await handleExtractRequest(data, extract)).toEqual(expected);
    });
  }
});

describe('handleExtractRequest with the real extractor', () => {
  it('reads a shipped report and refuses a shopping list', async () => {
    const { extractReport } = await import('../../src/extract/extract-report');
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(
      new URL('../../data/reports/lingsha-township-2018.txt', import.meta.url),
      'utf8',
    );
    const ok = await handleExtractRequest({ id: 1, text, sourceFile: 'lingsha.txt' }, extractReport);
    if (!ok.ok) throw new Error(ok.failure.message);
    expect(ok.extraction.meta).toMatchObject({ year: 2018, scope: 'township' });
    expect(ok.extraction.observations.length).toBeGreaterThan(0);

    const refused = await handleExtractRequest(
      { id: 2, text: '牛奶 2 盒\n鸡蛋 12 个', sourceFile: 'x.txt' },
      extractReport,
    );
    expect(refused).toMatchObject({ id: 2, ok: false, failure: { kind: 'not-a-report' } });
  });
});
