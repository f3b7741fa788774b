// `npm run data`: data/reports/*.txt + data/units.json -> static/data/dataset.json, its chart
// facts in static/data/facts.json (what a first visit downloads first: db/facts-file.ts), and a
// copy of each report's text under static/data/reports/ for the highlighted source view.
// buildDataset() takes its folders as arguments so tests can build into a temporary directory.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { METRICS } from '../model/metrics';
import type { Check, Dataset, Observation, Report } from '../model/types';
import type { ReportMeta } from '../extract/metadata';
import { FACTS_FILE_NAME, serializeFactsFile } from '../db/facts-file';
import { canonicalDataset, serializeDataset } from './dataset-file';
import { appendAll } from './append-all';
import { computeCrossYearChecks } from './cross-year-checks';
import { extractFile } from './report-file';
import { matchUnit, parseUnits, toDatasetUnit, type RegistryUnit } from './units';

export interface BuildPaths {
  reportsDir: string;
  unitsFile: string;
  /** Receives dataset.json, facts.json and reports/<sourceFile>. */
  outDir: string;
}

export interface BuildResult {
  dataset: Dataset;
  /** One summary line per report, as logged. */
  summary: string[];
}

export class BuildError extends Error {
  override name = 'BuildError';
}

function resolveUnit(units: readonly RegistryUnit[], file: string) {
  return (meta: ReportMeta): string => {
    const unit = matchUnit(units, meta.body);
    if (!unit)
      throw new BuildError(
        `${file}: 报告主体“${meta.body}”不在 data/units.json 中 / unknown body "${meta.body}"`,
      );
    return unit.id;
  };
}

function summarize(file: string, report: Report, observations: Observation[], checks: Check[]): string {
  const failed = checks.filter((c) => !c.ok).length;
  return `${report.id}  ${report.template}  ${report.scope}  ${observations.length} observations  ${checks.length} checks (${failed} failed)  <- ${file}`;
}

export function buildDataset(paths: BuildPaths, log: (line: string) => void = () => {}): BuildResult {
  const units = parseUnits(JSON.parse(readFileSync(paths.unitsFile, 'utf8')));
  const files = readdirSync(paths.reportsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const reports: Report[] = [];
  const observations: Observation[] = [];
  const checks: Check[] = [];
  const texts = new Map<string, string>();
  const summary: string[] = [];
  for (const file of files) {
    let extracted;
    try {
      extracted = extractFile(join(paths.reportsDir, file), resolveUnit(units, file));
    } catch (error) {
      if (error instanceof BuildError) throw error;
      throw new BuildError(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const report = extracted.reports[0]!;
    if (reports.some((r) => r.id === report.id))
      throw new BuildError(`${file}: duplicate report ${report.id}`);
    reports.push(report);
    appendAll(observations, extracted.observations);
    appendAll(checks, extracted.checks);
    texts.set(file, extracted.text);
    const line = summarize(file, report, extracted.observations, extracted.checks);
    summary.push(line);
    log(line);
  }
  appendAll(checks, computeCrossYearChecks(reports, observations));
  const dataset = canonicalDataset({
    metrics: METRICS,
    units: units.map(toDatasetUnit),
    reports,
    observations,
    checks,
  });
  writeOutputs(paths.outDir, dataset, texts);
  return { dataset, summary };
}

function writeOutputs(outDir: string, dataset: Dataset, texts: ReadonlyMap<string, string>): void {
  const reportsOut = join(outDir, 'reports');
  mkdirSync(reportsOut, { recursive: true });
  // Copies of reports that are no longer in data/reports must not linger.
  for (const stale of readdirSync(reportsOut)) {
    if (stale.endsWith('.txt') && !texts.has(stale)) rmSync(join(reportsOut, stale));
  }
  for (const [file, text] of texts) writeFileSync(join(reportsOut, file), text, 'utf8');
  writeFileSync(join(outDir, 'dataset.json'), serializeDataset(dataset), 'utf8');
  writeFileSync(join(outDir, FACTS_FILE_NAME), serializeFactsFile(dataset), 'utf8');
}

function main(): void {
  const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
  try {
    const { dataset } = buildDataset(
      {
        reportsDir: join(root, 'data', 'reports'),
        unitsFile: join(root, 'data', 'units.json'),
        outDir: join(root, 'static', 'data'),
      },
      (line) => process.stderr.write(`${line}\n`),
    );
    process.stderr.write(
      `dataset ${dataset.version.slice(0, 12)}: ${dataset.reports.length} reports, ${dataset.observations.length} observations, ${dataset.checks.length} checks\n`,
    );
  } catch (error) {
    process.stderr.write(`build-dataset: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
