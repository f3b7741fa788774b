// The extract CLI as users run it: a child process, JSON on stdout, one line on stderr on failure.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ExtractResult } from '../../src/model/types';

const temp = mkdtempSync(join(tmpdir(), 'extract-cli-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const TSX = join('node_modules', '.bin', 'tsx');
const SPAWN_TIMEOUT_MS = 60_000;

function runCli(...files: string[]) {
  const result = spawnSync(TSX, ['src/build/extract-cli.ts', ...files], {
    encoding: 'utf8',
    timeout: SPAWN_TIMEOUT_MS,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function writeTemp(name: string, bytes: Uint8Array | string): string {
  const path = join(temp, name);
  writeFileSync(path, bytes);
  return path;
}

/** GBK codes from the GB2312 chart for the characters of a tiny report. */
const GBK: Readonly<Record<string, readonly number[]>> = {
  平: [0xc6, 0xbd],
  罗: [0xc2, 0xde],
  县: [0xcf, 0xd8],
  年: [0xc4, 0xea],
  政: [0xd5, 0xfe],
  府: [0xb8, 0xae],
  信: [0xd0, 0xc5],
  息: [0xcf, 0xa2],
  公: [0xb9, 0xab],
  开: [0xbf, 0xaa],
  度: [0xb6, 0xc8],
  报: [0xb1, 0xa8],
  告: [0xb8, 0xe6],
  主: [0xd6, 0xf7],
  动: [0xb6, 0xaf],
  条: [0xcc, 0xf5],
};

function gbk(text: string): Uint8Array {
  return Uint8Array.from([...text].flatMap((ch) => GBK[ch] ?? [ch.charCodeAt(0)]));
}

describe('extract CLI', () => {
  const failures: { name: string; file: () => string; reason: RegExp }[] = [
    { name: 'an empty file', file: () => writeTemp('empty.txt', ''), reason: /文件为空/ },
    {
      name: 'a binary file',
      file: () => writeTemp('image.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2])),
      reason: /binary/,
    },
    {
      name: 'ordinary prose',
      file: () => writeTemp('prose.txt', '今天天气很好，我们去公园散步。\n'),
      reason: /no annual-report title/,
    },
    { name: 'a missing file', file: () => join(temp, 'missing.txt'), reason: /no such file/ },
  ];
  for (const f of failures) {
    it(`exits 1 with one line on stderr for ${f.name}`, () => {
      const path = f.file();
      const { code, stdout, stderr } = runCli(path);
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(
        stderr
          .trim()
          .split('\n')
          .filter((l) => !l.startsWith('npm warn')),
      ).toHaveLength(1);
      expect(stderr).toContain(path);
      expect(stderr).toMatch(f.reason);
      expect(stderr).not.toMatch(/\bat .*\.ts:\d+/);
    });
  }

  it('reads a GBK-encoded report', () => {
    const text = '平罗县2016年政府信息公开年度报告\n主动公开政府信息 5 条\n';
    const { code, stdout } = runCli(writeTemp('gbk-report.txt', gbk(text)));
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as ExtractResult;
    expect(result.reports[0]).toMatchObject({ year: 2016, title: '平罗县2016年政府信息公开年度报告' });
    expect(result.reports[0]!.unitId).toMatch(/^unit-[0-9a-f]{8}$/);
    expect(result.observations.map((o) => [o.metric, o.value, o.quote])).toEqual([
      ['proactive_total', 5, '主动公开政府信息 5 条'],
    ]);
  });

  it('extracts several files, with cross-year checks between years of one body', () => {
    const { code, stdout } = runCli(
      'test/fixtures/reports-extra/hongze-district-2023.txt',
      'test/fixtures/reports-extra/hongze-district-2024.txt',
    );
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as ExtractResult;
    expect(result.reports.map((r) => r.year)).toEqual([2023, 2024]);
    expect(new Set(result.reports.map((r) => r.unitId)).size).toBe(1);
    expect(result.checks.find((c) => c.rule === 'in-force-continuity:normative')).toMatchObject({ ok: true });
  });

  it(
    'finishes a 20 MB report in seconds',
    () => {
      const title = '某某县 2020 年政府信息公开工作年度报告\n\n';
      const paragraphs: string[] = [];
      let size = 0;
      for (let i = 0; size < 20_000_000; i++) {
        const p = `第${i}段，全县主动公开政府信息 ${1000 + i} 条，通过政府网站发布政府信息 ${i} 条，受理政府信息公开申请 ${i % 7} 件，其余情况见附表。\n\n`;
        paragraphs.push(p);
        size += p.length * 3;
      }
      const started = Date.now();
      const { code, stdout } = runCli(writeTemp('large.txt', title + paragraphs.join('')));
      const seconds = (Date.now() - started) / 1000;
      expect(code).toBe(0);
      expect((JSON.parse(stdout) as ExtractResult).reports).toHaveLength(1);
      console.log(`20 MB report extracted in ${seconds.toFixed(1)} s`);
      expect(seconds).toBeLessThan(30);
    },
    SPAWN_TIMEOUT_MS,
  );
});
