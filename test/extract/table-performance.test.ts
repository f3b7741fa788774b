import { describe, expect, it } from 'vitest';
import { parseFormat2021 } from '../../src/extract/format-2021';
import { parseStatTable2008 } from '../../src/extract/stat-table-2008';
import { loadSource, sourceOf } from '../fixtures/layouts/templates';

const TWO_MB = 2 * 1024 * 1024;
/** Generous for a 2-core machine shared by several test runs; linear parsing takes well under a second. */
const BOUND_MS = 10_000;

/** Real tables and prose repeated to about 2 MB, with long prose lines and digit runs between them. */
function syntheticReport(): string {
  const parts = [
    loadSource('data/reports/pengyang-county-2018.txt').raw,
    loadSource('test/fixtures/reports-extra/hongze-district-2023.txt').raw,
    loadSource('data/reports/pingluo-office-2023.txt').raw,
    `${'全年主动公开政府信息，'.repeat(400)} 42704\n`,
    `${'1'.repeat(40)}\n`,
  ];
  const block = parts.join('\n');
  return block.repeat(Math.ceil(TWO_MB / block.length));
}

describe('table parsers on a 2 MB input', () => {
  const src = sourceOf(syntheticReport());

  it.each([
    ['parseStatTable2008', () => parseStatTable2008(src).length],
    ['parseFormat2021', () => parseFormat2021(src)?.found.length ?? 0],
  ] as const)('%s finishes within the bound and still reads the first table', (_name, parse) => {
    expect(src.raw.length).toBeGreaterThan(TWO_MB / 2);
    const started = performance.now();
    const count = parse();
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
    expect(count).toBeGreaterThan(40);
  });
});
