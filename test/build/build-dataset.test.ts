import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BuildError, buildDataset } from '../../src/build/build-dataset';
import { sha256Hex } from '../../src/build/dataset-file';
import { buildChartFacts } from '../../src/db/facts';
import { decodeFactsFile } from '../../src/db/facts-file';
import { METRICS } from '../../src/model/metrics';

const temp = mkdtempSync(join(tmpdir(), 'build-dataset-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const REAL = { reportsDir: 'data/reports', unitsFile: 'data/units.json' };

describe('buildDataset on the shipped data', () => {
  const outA = join(temp, 'a');
  const outB = join(temp, 'b');
  const logged: string[] = [];
  const first = buildDataset({ ...REAL, outDir: outA }, (line) => logged.push(line));
  buildDataset({ ...REAL, outDir: outB });
  const bytes = readFileSync(join(outA, 'dataset.json'));

  it('is deterministic: two builds give byte-identical files', () => {
    expect(sha256Hex(bytes)).toBe(sha256Hex(readFileSync(join(outB, 'dataset.json'))));
  });

  it('versions the content with the SHA-256 of everything but the version', () => {
    const { schemaVersion, version, ...rest } = JSON.parse(bytes.toString('utf8'));
    expect(schemaVersion).toBe(1);
    expect(version).toBe(sha256Hex(JSON.stringify(rest)));
    expect(Object.keys(JSON.parse(bytes.toString('utf8')))).toEqual([
      'schemaVersion',
      'version',
      'metrics',
      'units',
      'reports',
      'observations',
      'checks',
    ]);
  });

  it('holds the five reports with registry unit ids, the catalogue and the units', () => {
    const { dataset } = first;
    expect(dataset.reports.map((r) => [r.id, r.unitId, r.scope, r.template])).toEqual([
      ['lingsha-township-2018', 'lingsha-township', 'township', 'narrative'],
      ['pengyang-county-2018', 'pengyang-county', 'county-aggregate', 'stat-table-2008'],
      ['pingluo-county-2016', 'pingluo-county', 'county-aggregate', 'narrative'],
      ['pingluo-office-2023', 'pingluo-office', 'office', 'format-2021'],
      ['yanchi-county-2017', 'yanchi-county', 'county-aggregate', 'stat-table-2008'],
    ]);
    expect(dataset.metrics).toHaveLength(METRICS.length);
    expect(dataset.units.map((u) => u.id)).toEqual([
      'lingsha-township',
      'pengyang-county',
      'pingluo-county',
      'pingluo-office',
      'yanchi-county',
    ]);
    expect(dataset.units.every((u) => !('aliases' in u))).toBe(true);
    expect(logged).toHaveLength(5);
    expect(logged[0]).toMatch(/^lingsha-township-2018 {2}narrative {2}township {2}\d+ observations/);
  });

  it('sorts observations by report and offset, and every observation belongs to a report', () => {
    const ids = new Set(first.dataset.reports.map((r) => r.id));
    const obs = first.dataset.observations;
    expect(obs.every((o) => ids.has(o.reportId))).toBe(true);
    for (let i = 1; i < obs.length; i++) {
      const [a, b] = [obs[i - 1]!, obs[i]!];
      expect(a.reportId < b.reportId || (a.reportId === b.reportId && a.start <= b.start)).toBe(true);
    }
  });

  it('writes the chart facts of that dataset beside it, in facts.json', () => {
    const file = JSON.parse(readFileSync(join(outA, 'facts.json'), 'utf8')) as unknown;
    const decoded = decodeFactsFile(file);
    expect(decoded?.version).toBe(first.dataset.version);
    const { reports, observations, checks } = first.dataset;
    expect(decoded?.facts).toEqual(buildChartFacts(reports, observations, checks));
    // 5 reports; 盐池 2017 states 政府网站公开政府信息数 3163 (its table cell is the primary value).
    expect(decoded?.facts.reportIds).toHaveLength(5);
    expect(decoded?.facts.values.filter((v) => v === 3163)).toHaveLength(1);
  });

  it('copies each source text for the dashboard, with the hash the report records', () => {
    expect(readdirSync(join(outA, 'reports')).sort()).toEqual(
      readdirSync('data/reports')
        .filter((f) => f.endsWith('.txt'))
        .sort(),
    );
    for (const report of first.dataset.reports) {
      const copy = readFileSync(join(outA, 'reports', report.sourceFile));
      expect(copy.equals(readFileSync(join('data/reports', report.sourceFile)))).toBe(true);
      expect(report.sourceSha256).toBe(sha256Hex(copy));
    }
  });

  it('quotes the copied text at each observation’s offsets', () => {
    const texts = new Map(
      first.dataset.reports.map((r) => [r.id, readFileSync(join(outA, 'reports', r.sourceFile), 'utf8')]),
    );
    for (const o of first.dataset.observations)
      expect(texts.get(o.reportId)!.slice(o.start, o.end)).toBe(o.quote);
  });
});

describe('buildDataset failures and stale files', () => {
  function setup(
    name: string,
    reports: Record<string, string>,
  ): { reportsDir: string; unitsFile: string; outDir: string } {
    const dir = join(temp, name);
    mkdirSync(join(dir, 'reports'), { recursive: true });
    for (const [file, text] of Object.entries(reports)) writeFileSync(join(dir, 'reports', file), text);
    copyFileSync('data/units.json', join(dir, 'units.json'));
    return { reportsDir: join(dir, 'reports'), unitsFile: join(dir, 'units.json'), outDir: join(dir, 'out') };
  }

  it('names the file whose body is not in the registry', () => {
    const paths = setup('unknown', {
      'mystery.txt': '某某县 2020 年政府信息公开工作年度报告\n主动公开政府信息 5 条。',
    });
    expect(() => buildDataset(paths)).toThrow(BuildError);
    expect(() => buildDataset(paths)).toThrow(/mystery\.txt: .*某某县/);
  });

  it('names the file that is not a report', () => {
    const paths = setup('prose', { 'notes.txt': '今天天气很好。' });
    expect(() => buildDataset(paths)).toThrow(/notes\.txt: 未找到/);
  });

  it('removes copies of reports that are no longer in the input', () => {
    const paths = setup('stale', { 'a.txt': readFileSync('data/reports/yanchi-county-2017.txt', 'utf8') });
    mkdirSync(join(paths.outDir, 'reports'), { recursive: true });
    writeFileSync(join(paths.outDir, 'reports', 'old.txt'), 'old');
    buildDataset(paths);
    expect(readdirSync(join(paths.outDir, 'reports'))).toEqual(['a.txt']);
  });
});
