// `npm run extract -- FILE...`: prints { reports, observations, checks } for any report files.
// Bodies are not looked up in the registry: each gets a stable slug unit id. Failure (unreadable,
// empty, binary, not a report) exits 1 with one line on stderr and no stack trace.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Check, ExtractResult, Observation, Report } from '../model/types';
import { appendAll } from './append-all';
import { computeCrossYearChecks } from './cross-year-checks';
import { extractFile } from './report-file';

function reasonOf(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return '文件不存在 / no such file';
    if (code === 'EISDIR') return '是目录而不是文件 / is a directory';
    return error.message.split('\n')[0]!;
  }
  return String(error);
}

export function runExtract(files: readonly string[]): ExtractResult {
  const reports: Report[] = [];
  const observations: Observation[] = [];
  const checks: Check[] = [];
  for (const file of files) {
    let extracted;
    try {
      extracted = extractFile(file);
    } catch (error) {
      throw new Error(`${file}: ${reasonOf(error)}`, { cause: error });
    }
    appendAll(reports, extracted.reports);
    appendAll(observations, extracted.observations);
    appendAll(checks, extracted.checks);
  }
  appendAll(checks, computeCrossYearChecks(reports, observations));
  return { reports, observations, checks };
}

function main(argv: readonly string[]): void {
  if (argv.length === 0) {
    process.stderr.write('usage: npm run extract -- FILE...\n');
    process.exitCode = 1;
    return;
  }
  try {
    process.stdout.write(`${JSON.stringify(runExtract(argv), null, 2)}\n`);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  main(process.argv.slice(2));
