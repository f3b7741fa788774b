import { describe, expect, it } from 'vitest';
import type { ReportExtraction } from '../../src/extract/extract-report';
import {
  ImportError,
  MAX_REPORT_BYTES,
  buildUserBundle,
  checkReportText,
  defaultRegion,
  extractInWorker,
  openingLine,
  guessRegion,
  readReportFile,
  userUnitId,
  validateCorrections,
} from '../../src/io/import-report';
import type { ExtractRequest, ExtractResponse } from '../../src/io/extract-protocol';

const REGIONS = ['平罗', '盐池', '彭阳', '灵沙乡'];

function extraction(): ReportExtraction {
  const reportId = 'unit-1234abcd-2018';
  return {
    meta: {
      body: '平罗县灵沙乡人民政府',
      year: 2018,
      scope: 'township',
      title: '平罗县灵沙乡人民政府2018年政府信息公开年度报告',
    },
    reports: [
      {
        id: reportId,
        unitId: 'unit-1234abcd',
        year: 2018,
        scope: 'township',
        template: 'narrative',
        title: '平罗县灵沙乡人民政府2018年政府信息公开年度报告',
        sourceFile: 'lingsha.txt',
        sourceSha256: 'f'.repeat(64),
      },
    ],
    observations: [
      {
        reportId,
        metric: 'proactive_total',
        value: 514,
        approx: false,
        method: 'text',
        quote: '514 条',
        start: 10,
        end: 15,
        primary: true,
      },
    ],
    checks: [{ reportId, rule: 'channels-sum', ok: true, detail: 'ok' }],
  };
}

describe('guessRegion', () => {
  const cases = [
    { body: '平罗县灵沙乡人民政府', expected: '灵沙乡' },
    { body: '盐池县人民政府', expected: '盐池' },
    { body: '淮安市洪泽区人民政府', expected: '' },
  ];
  for (const { body, expected } of cases)
    it(`${body} -> ${expected || '(none)'}`, () => expect(guessRegion(body, REGIONS)).toBe(expected));
});

describe('defaultRegion', () => {
  const cases = [
    { body: '平罗县人民政府办公室', expected: '平罗' },
    { body: '淮安市洪泽区人民政府', expected: '淮安市洪泽区' },
    { body: '某省人民政府办公厅', expected: '某省' },
    { body: '人民政府', expected: '人民政府' },
  ];
  for (const { body, expected } of cases) {
    it(`${body} -> ${expected}`, () => expect(defaultRegion(body, REGIONS)).toBe(expected));
  }
});

describe('openingLine', () => {
  it('shows the first non-blank line, shortened', () => {
    expect(openingLine('\n   \n  <img src=x onerror="a()">\n第二行')).toBe('<img src=x onerror="a()">');
    expect(openingLine('字'.repeat(100))).toBe('字'.repeat(80) + '…');
  });
});

describe('validateCorrections', () => {
  const cases = [
    { input: { body: '洪泽区', region: '洪泽', year: 2023 }, expected: [] },
    { input: { body: '  ', region: '', year: 2023 }, expected: ['body-missing', 'region-missing'] },
    {
      input: { body: '甲'.repeat(61), region: '新区', year: 1989 },
      expected: ['body-too-long', 'year-invalid'],
    },
    { input: { body: '某县', region: '某', year: 2023.5 }, expected: ['year-invalid'] },
  ];
  for (const { input, expected } of cases)
    it(JSON.stringify(input).slice(0, 60), () => expect(validateCorrections(input)).toEqual(expected));
});

describe('buildUserBundle', () => {
  it('re-keys unit, report, observations and checks to user- ids from the corrected body and year', () => {
    const bundle = buildUserBundle(extraction(), { body: ' 灵沙乡 ', region: '灵沙乡', year: 2019 }, 'TEXT');
    const unitId = userUnitId('灵沙乡');
    expect(unitId).toMatch(/^user-unit-[0-9a-f]{8}$/);
    expect(bundle.unit).toEqual({ id: unitId, name: '灵沙乡', level: 'township', region: '灵沙乡' });
    expect(bundle.report).toMatchObject({
      id: `${unitId}-2019`,
      unitId,
      year: 2019,
      template: 'narrative',
      scope: 'township',
    });
    expect(bundle.observations.map((o) => [o.reportId, o.metric, o.value])).toEqual([
      [`${unitId}-2019`, 'proactive_total', 514],
    ]);
    expect(bundle.checks.map((c) => c.reportId)).toEqual([`${unitId}-2019`]);
    expect(bundle.sourceText).toBe('TEXT');
  });

  it('refuses a report without a single number', () => {
    const empty = { ...extraction(), observations: [] };
    expect(() => buildUserBundle(empty, { body: '某乡', region: '新区', year: 2018 }, '')).toThrow(
      ImportError,
    );
  });

  it('does not modify the extraction', () => {
    const source = extraction();
    const copy = structuredClone(source);
    buildUserBundle(source, { body: '某乡', region: '新区', year: 2018 }, '');
    expect(source).toEqual(copy);
  });
});

describe('size limits', () => {
  it('refuses a file over 20 MB before reading it', async () => {
    const big = {
      size: MAX_REPORT_BYTES + 1,
      arrayBuffer: () => Promise.reject(new Error('must not be read')),
    } as Blob;
    await expect(readReportFile(big)).rejects.toMatchObject({
      problem: { kind: 'too-large', limitBytes: MAX_REPORT_BYTES },
    });
  });

  it('refuses empty and oversized pasted text', () => {
    expect(() => checkReportText('  \n ')).toThrow(expect.objectContaining({ problem: { kind: 'empty' } }));
    expect(() => checkReportText('字'.repeat(MAX_REPORT_BYTES + 1))).toThrow(
      expect.objectContaining({ problem: { kind: 'too-large', limitBytes: MAX_REPORT_BYTES } }),
    );
  });

  it('decodes a GBK file', async () => {
    const gbk = Uint8Array.from([0xd6, 0xf7, 0xb6, 0xaf, 0xb9, 0xab, 0xbf, 0xaa]); // 主动公开
    expect(await readReportFile(new Blob([gbk]))).toBe('主动公开');
  });
});

/** A stand-in Worker that answers with a canned response (the real one is tested in Chromium). */
class FakeWorker {
  onmessage: ((event: MessageEvent<ExtractResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  constructor(private readonly answer: (req: ExtractRequest) => ExtractResponse) {}
  postMessage(req: ExtractRequest) {
    queueMicrotask(() => this.onmessage?.({ data: this.answer(req) } as MessageEvent<ExtractResponse>));
  }
  terminate() {
    this.terminated = true;
  }
}

describe('extractInWorker', () => {
  it('resolves with the extraction and terminates the worker', async () => {
    let worker: FakeWorker | undefined;
    const result = await extractInWorker('报告', 'a.txt', () => {
      worker = new FakeWorker((req) => ({ id: req.id, ok: true, extraction: extraction() }));
      return worker as unknown as Worker;
    });
    expect(result.reports[0]?.year).toBe(2018);
    expect(worker?.terminated).toBe(true);
  });

  it('rejects with the worker’s failure', async () => {
    const promise = extractInWorker(
      '不是报告',
      'a.txt',
      () =>
        new FakeWorker((req) => ({
          id: req.id,
          ok: false,
          failure: { kind: 'not-a-report', reason: 'no-title', message: 'x' },
        })) as unknown as Worker,
    );
    await expect(promise).rejects.toMatchObject({ problem: { kind: 'not-a-report', reason: 'no-title' } });
  });
});
