// Extraction accuracy for the bench table: the extractor run on the unseen-layout fixtures
// (test/fixtures/layouts, truth written by hand with them), fields right of the fields each
// report states, and fields reported that it does not state.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractReport } from '../../src/extract/extract-report';
import { PROJECT_ROOT } from '../browser/support/build-app';
import { UNSEEN_REPORTS, scoreFields } from '../fixtures/layouts/unseen-expected';

export interface Accuracy {
  reports: number;
  right: number;
  expected: number;
  spurious: number;
}

export function unseenLayoutAccuracy(): Accuracy {
  const total: Accuracy = { reports: UNSEEN_REPORTS.length, right: 0, expected: 0, spurious: 0 };
  for (const { file, expected } of UNSEEN_REPORTS) {
    const raw = readFileSync(join(PROJECT_ROOT, file), 'utf8').replace(/^\uFEFF/, '');
    const { observations } = extractReport(raw, { sourceFile: file, sourceSha256: '' });
    const actual = Object.fromEntries(observations.filter((o) => o.primary).map((o) => [o.metric, o.value]));
    const score = scoreFields(expected, actual);
    total.right += score.right;
    total.expected += score.expected;
    total.spurious += score.spurious.length;
  }
  return total;
}
