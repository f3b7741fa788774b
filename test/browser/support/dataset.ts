// Reads the built dataset from dist/ so tests pick real report ids and quotes instead of
// hard-coding them (the extractor decides what the dataset holds).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../../../src/model/types';
import { PROJECT_ROOT } from './build-app';

export function readBuiltDataset(distDir: string): Dataset {
  return JSON.parse(readFileSync(join(distDir, 'data', 'dataset.json'), 'utf8')) as Dataset;
}

/** The source text of a shipped report, as the offsets in Observation count it (no BOM). */
export function readReportSource(sourceFile: string): string {
  const candidates = [sourceFile, join('data', 'reports', sourceFile)].map((p) => join(PROJECT_ROOT, p));
  for (const path of candidates) {
    try {
      return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    } catch {
      // try the next location
    }
  }
  throw new Error(`report source not found: ${sourceFile}`);
}
