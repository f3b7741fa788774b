import { describe, expect, it } from 'vitest';
import { observationsToCsv } from '../../src/io/export-csv';
import { MAX_REPORTED_ERRORS, parseObservationCsv, type CsvRowError } from '../../src/io/import-csv';
import { sampleRows } from './csv-fixtures';

const HEADER = 'report_id,unit,region,year,scope,metric,value,approx,method,primary,quote';
const GOOD = 'r1,平罗县,平罗,2016,county-aggregate,proactive_total,42704,false,text,true,主动公开 42704 条';

function csvOf(...lines: string[]): string {
  return [HEADER, ...lines].join('\r\n') + '\r\n';
}

describe('parseObservationCsv validation', () => {
  const cases: { name: string; lines: string[]; expected: CsvRowError[] }[] = [
    {
      name: 'unknown metric key',
      lines: [GOOD, 'r1,平罗县,平罗,2016,county-aggregate,proactive_totl,5,false,text,true,x'],
      expected: [{ line: 3, code: 'unknown-metric', column: 'metric', value: 'proactive_totl' }],
    },
    {
      name: 'non-numeric value',
      lines: ['r1,平罗县,平罗,2016,county-aggregate,proactive_total,四万,false,text,true,x'],
      expected: [{ line: 2, code: 'bad-number', column: 'value', value: '四万' }],
    },
    {
      name: 'year out of range and bad scope on one row',
      lines: [GOOD, GOOD, 'r2,平罗县,平罗,16,county,proactive_total,1,false,text,true,x'],
      expected: [
        { line: 4, code: 'bad-year', column: 'year', value: '16' },
        { line: 4, code: 'bad-scope', column: 'scope', value: 'county' },
      ],
    },
    {
      name: 'missing required value',
      lines: ['r1,,平罗,2016,county-aggregate,proactive_total,1,false,text,true,x'],
      expected: [{ line: 2, code: 'missing-value', column: 'unit', value: '' }],
    },
    {
      name: 'bad boolean and method',
      lines: ['r1,平罗县,平罗,2016,county-aggregate,proactive_total,1,maybe,ocr,true,x'],
      expected: [
        { line: 2, code: 'bad-method', column: 'method', value: 'ocr' },
        { line: 2, code: 'bad-boolean', column: 'approx', value: 'maybe' },
      ],
    },
    {
      name: 'one report id with two different years',
      lines: [GOOD, 'r1,平罗县,平罗,2017,county-aggregate,staff_total,3,false,text,true,x'],
      expected: [{ line: 3, code: 'inconsistent-report', column: 'report_id', value: 'r1' }],
    },
    {
      name: 'a row with too few cells',
      lines: [GOOD, 'r1,平罗县,平罗'],
      expected: [{ line: 3, code: 'malformed-row' }],
    },
    {
      // A quoted multi-line cell is one spreadsheet row: the next row is still row 3.
      name: 'row numbers count records, not physical lines',
      lines: [
        'r1,平罗县,平罗,2016,county-aggregate,proactive_total,1,false,text,true,"第一行\r\n第二行"',
        'r1,平罗县,平罗,2016,county-aggregate,staff_total,x,false,text,true,y',
      ],
      expected: [{ line: 3, code: 'bad-number', column: 'value', value: 'x' }],
    },
    {
      name: 'empty lines are skipped but counted',
      lines: [GOOD, '', 'r1,平罗县,平罗,2016,county-aggregate,nope,1,false,text,true,y'],
      expected: [{ line: 4, code: 'unknown-metric', column: 'metric', value: 'nope' }],
    },
  ];
  for (const { name, lines, expected } of cases) {
    it(name, async () => {
      const result = await parseObservationCsv(csvOf(...lines));
      expect(result.errors).toEqual(expected);
      expect(result.errorCount).toBe(expected.length);
      expect(result.rows).toEqual([]); // nothing half-saved
    });
  }

  it('reports missing required columns on the header row and reads no data', async () => {
    const result = await parseObservationCsv(
      'report_id,unit,year,metric\r\nr1,平罗县,2016,proactive_total\r\n',
    );
    expect(result.errors).toEqual([
      { line: 1, code: 'missing-column', column: 'region' },
      { line: 1, code: 'missing-column', column: 'scope' },
      { line: 1, code: 'missing-column', column: 'value' },
    ]);
    expect(result.rowCount).toBe(0);
  });

  it('accepts a hand-filled template row with defaults and a thousands separator', async () => {
    const result = await parseObservationCsv(
      'unit,region,year,scope,metric,value\r\n某镇,新区,2024,township,trainees,"1,200"\r\n',
    );
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      {
        reportId: '某镇-2024-township',
        unit: '某镇',
        region: '新区',
        year: 2024,
        scope: 'township',
        metric: 'trainees',
        value: 1200,
        approx: false,
        method: 'table',
        primary: true,
        quote: '',
        start: 0,
        end: 0,
        sourceFile: '',
        origin: 'user',
      },
    ]);
  });

  it(`keeps the first ${MAX_REPORTED_ERRORS} errors and counts the rest`, async () => {
    const bad = 'r1,平罗县,平罗,2016,county-aggregate,proactive_total,x,false,text,true,q';
    const result = await parseObservationCsv(csvOf(...Array.from({ length: 250 }, () => bad)));
    expect(result.errorCount).toBe(250);
    expect(result.errors).toHaveLength(MAX_REPORTED_ERRORS);
    expect(result.errors.at(-1)?.line).toBe(MAX_REPORTED_ERRORS + 1);
  });
});

describe('parseObservationCsv on a 50 MB file', () => {
  it('parses in chunks, reports rising progress, yields between chunks, and keeps every row', async () => {
    const rows = sampleRows();
    const body = observationsToCsv(rows);
    const [header, ...records] = body
      .slice(1)
      .split(/\r\n(?=(?:[^"]*"[^"]*")*[^"]*$)/)
      .filter(Boolean);
    const recordBlock = records.join('\r\n') + '\r\n';
    const fiftyMegabytes = 50 * 1024 * 1024;
    const copies = Math.ceil(fiftyMegabytes / Buffer.byteLength(recordBlock));
    const text = '\ufeff' + header + '\r\n' + recordBlock.repeat(copies);
    expect(Buffer.byteLength(text)).toBeGreaterThan(fiftyMegabytes);

    const progress: number[] = [];
    let yields = 0;
    const started = performance.now();
    const result = await parseObservationCsv(text, {
      onProgress: (f) => progress.push(f),
      yieldControl: () => {
        yields++;
        return Promise.resolve();
      },
    });
    const seconds = (performance.now() - started) / 1000;
    console.info(`50 MB CSV: ${result.rowCount} rows in ${seconds.toFixed(2)} s, ${progress.length} chunks`);

    expect(result.errorCount).toBe(0);
    expect(result.rowCount).toBe(copies * rows.length);
    expect(result.rows).toHaveLength(copies * rows.length);
    expect(progress.length).toBeGreaterThan(20);
    expect(yields).toBe(progress.length - 1); // one yield per chunk, then the final 1
    expect(progress.every((f, i) => i === 0 || f >= progress[i - 1]!)).toBe(true);
    expect(progress.at(-1)).toBe(1);
  }, 30_000);
});
