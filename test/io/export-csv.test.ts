import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { csvTemplate, datasetToRows, observationsToCsv } from '../../src/io/export-csv';
import { CSV_COLUMNS, neutralizeCell, restoreCell } from '../../src/io/csv-format';
import { parseObservationCsv } from '../../src/io/import-csv';
import { sampleRows } from './csv-fixtures';

describe('neutralizeCell', () => {
  const cases: { input: string; expected: string }[] = [
    { input: '=SUM(A1:A2)', expected: "'=SUM(A1:A2)" },
    { input: '+86 951', expected: "'+86 951" },
    { input: '-1-', expected: "'-1-" },
    { input: '@cmd', expected: "'@cmd" },
    { input: '\tx', expected: "'\tx" },
    { input: '\rx', expected: "'\rx" },
    { input: "'=x", expected: "''=x" },
    { input: "'abc", expected: "'abc" },
    { input: '主动公开 = 42704', expected: '主动公开 = 42704' },
    { input: '', expected: '' },
  ];
  for (const { input, expected } of cases) {
    it(`${JSON.stringify(input)} -> ${JSON.stringify(expected)} and back`, () => {
      expect(neutralizeCell(input)).toBe(expected);
      expect(restoreCell(neutralizeCell(input))).toBe(input);
    });
  }
});

describe('observationsToCsv', () => {
  const csv = observationsToCsv(sampleRows());

  it('starts with a UTF-8 BOM and uses CRLF line ends', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    expect(csv.endsWith('\r\n')).toBe(true);
    // The only bare LF is the one inside the quoted multi-line quote cell.
    expect(csv.replace(/\r\n/g, '').match(/\n/g)).toHaveLength(1);
  });

  it('writes one row per observation with the catalogue label and unit', () => {
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.data).toHaveLength(6);
    expect(parsed.data[0]).toMatchObject({
      metric: 'proactive_total',
      metric_zh: '主动公开政府信息数',
      value: '42704',
      unit_of_measure: '条',
      approx: 'false',
    });
    expect(parsed.data[5]).toMatchObject({
      unit: '某县"一中心"，测试',
      value: '7730.28',
      unit_of_measure: '万元',
    });
  });

  it('neutralises formula-like text cells but not numbers', () => {
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.data.map((r) => r.quote?.slice(0, 2))).toEqual(['主动', "'=", '约1', "'-", "''", "'+"]);
  });

  it('round-trips: export then import gives the same observations', async () => {
    const rows = sampleRows();
    const result = await parseObservationCsv(observationsToCsv(rows));
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual(rows.map((r) => ({ ...r, origin: 'user' })));
  });

  it('the template is a BOM plus the header row and imports as zero rows', async () => {
    expect(csvTemplate()).toBe('\ufeff' + CSV_COLUMNS.join(',') + '\r\n');
    const result = await parseObservationCsv(csvTemplate());
    expect(result).toMatchObject({ rowCount: 0, errorCount: 0 });
  });
});

describe('datasetToRows', () => {
  it('joins observations with their report and unit and skips orphans', () => {
    const rows = datasetToRows(
      {
        units: [{ id: 'yanchi-county', name: '盐池县', level: 'county', region: '盐池' }],
        reports: [
          {
            id: 'yanchi-county-2017',
            unitId: 'yanchi-county',
            year: 2017,
            scope: 'county-aggregate',
            template: 'stat-table-2008',
            title: '盐池县2017年政府信息公开工作年度报告',
            sourceFile: 'data/reports/yanchi-county-2017.txt',
            sourceSha256: 'x',
          },
        ],
        observations: [
          {
            reportId: 'yanchi-county-2017',
            metric: 'apps_received',
            value: 5,
            approx: false,
            method: 'table',
            quote: '5',
            start: 1,
            end: 2,
            primary: true,
          },
          {
            reportId: 'missing',
            metric: 'apps_received',
            value: 9,
            approx: false,
            method: 'table',
            quote: '9',
            start: 1,
            end: 2,
            primary: true,
          },
        ],
      },
      'shipped',
    );
    expect(rows).toEqual([
      expect.objectContaining({
        reportId: 'yanchi-county-2017',
        unit: '盐池县',
        region: '盐池',
        year: 2017,
        value: 5,
        origin: 'shipped',
      }),
    ]);
  });
});
