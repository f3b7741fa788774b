// `npm run bench`: builds the app (unless --no-build), serves it on loopback beside the floor
// page (and, for information, the floor built as a classic script) and a build of the app with
// a generated national dataset, drives Debian's Chromium, and prints medians against the issue's
// budgets. Writes bench-results/bench.json; exits 1 when a budget fails (unless --no-fail).
// Options: --runs N (5)  --national-runs N (3)  --toggles N (20)  --national-units N (3000)
//          --no-build  --no-fail  --no-national
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { build as viteBuild } from 'vite';
import { buildAppUnlessSkipped, PROJECT_ROOT, snapshotDist } from '../browser/support/build-app';
import { CHROMIUM_ARGS, CHROMIUM_PATH, DESKTOP_VIEWPORT, launchChromium } from '../browser/support/chromium';
import { CHART_NAMES } from '../browser/support/dashboard';
import { startStaticServer } from '../browser/support/static-server';
import { BUDGETS, evaluateRow, formatTable, type BenchRow } from './budgets';
import { buildClassicFloor, buildFloor } from './floor/build-floor';
import { FACTS_FILE_URL } from '../../src/db/facts-file';
import { DATASET_URL } from '../../src/db/load';
import { datasetToRows, observationsToCsv } from '../../src/io/export-csv';
import { unseenLayoutAccuracy } from './accuracy';
import { generateNationalDataset, writeNationalDataset } from './generate-national';
import {
  measureDatasetFetch,
  measureFilterChanges,
  measureImports,
  measureIndexedDbFill,
  measureJsHeapMB,
  measureLoad,
  prepareContext,
  settleAfterLaunch,
  waitForServiceWorker,
  type ImportSample,
  type LoadSample,
} from './measure';
import { precacheTotals, scriptTotals, type ByteTotals } from './sizes';
import { median, percentile } from './stats';

interface BenchOptions {
  runs: number;
  nationalRuns: number;
  toggles: number;
  nationalUnits: number;
  build: boolean;
  fail: boolean;
  national: boolean;
}

export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const number = (flag: string, fallback: number): number => {
    const index = argv.indexOf(flag);
    const value = index >= 0 ? Number(argv[index + 1]) : fallback;
    if (!Number.isInteger(value) || value < 1) throw new Error(`${flag} needs a positive integer`);
    return value;
  };
  return {
    runs: number('--runs', 5),
    nationalRuns: number('--national-runs', 3),
    toggles: number('--toggles', 20),
    nationalUnits: number('--national-units', 3000),
    build: !argv.includes('--no-build'),
    fail: !argv.includes('--no-fail'),
    national: !argv.includes('--no-national'),
  };
}

/** One page under test: where it is served and which chart marks mean "drawn". */
interface Target {
  name: string;
  url: string;
  /** Directory served at `mountPrefix`, for file sizes. */
  root: string;
  mountPrefix: string;
  charts: readonly string[];
  /** The page stores its dataset in IndexedDB on a first visit (and marks when it has). */
  storesDataset: boolean;
  /** Measure region toggles on the warm page. */
  filter: boolean;
  /** Then import these files on it (the app only). */
  imports?: ImportInputs;
}

interface ImportInputs {
  reportFiles: string[];
  csv: { name: string; text: string; rows: number; reports: number };
}

/** Units whose generated reports make the CSV an import is timed with (6.9 MB, 36,603 rows). */
const CSV_UNITS = 200;

/** The shipped report files, and a large CSV in the app's own export format (generated reports). */
function importInputs(): ImportInputs {
  const reportsDir = join(PROJECT_ROOT, 'data', 'reports');
  const reportFiles = readdirSync(reportsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(reportsDir, f));
  // Another seed than the national build's, and ids of its own: none collides with a shipped report.
  const dataset = generateNationalDataset({ units: CSV_UNITS, seed: 7 });
  const rows = datasetToRows(dataset, 'user');
  const text = observationsToCsv(rows);
  return {
    reportFiles,
    csv: { name: 'bench-import.csv', text, rows: rows.length, reports: dataset.reports.length },
  };
}

interface TargetSamples {
  cold: LoadSample[];
  warm: LoadSample[];
  /** First visit: navigation start to the chart facts stored (db:loaded). */
  idbLoadedMs: number[];
  /** First visit: navigation start to the details stored as well (db:details-stored). */
  idbDetailsMs: number[];
  filterMs: number[];
  /** The first change after each warm load (also in filterMs): what sets the p95, shown apart. */
  firstFilterMs: number[];
  heapMB: number[];
  serviceWorker: boolean[];
  imports: ImportSample[];
}

function emptySamples(): TargetSamples {
  return {
    cold: [],
    warm: [],
    idbLoadedMs: [],
    idbDetailsMs: [],
    filterMs: [],
    firstFilterMs: [],
    heapMB: [],
    serviceWorker: [],
    imports: [],
  };
}

/** One run in a fresh profile: a first visit (cold, no SW), then a second tab in the same profile (warm). */
async function measureRun(target: Target, samples: TargetSamples, toggles: number): Promise<void> {
  const profile = mkdtempSync(join(tmpdir(), `bench-${target.name}-`));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    viewport: DESKTOP_VIEWPORT,
    locale: 'zh-CN',
  });
  try {
    await prepareContext(context);
    const firstVisit = context.pages()[0] ?? (await context.newPage());
    await settleAfterLaunch(firstVisit);
    samples.cold.push(await measureLoad(firstVisit, target.url, target.charts));
    if (target.storesDataset) {
      const fill = await measureIndexedDbFill(firstVisit);
      samples.idbLoadedMs.push(fill.loadedMs);
      samples.idbDetailsMs.push(fill.detailsMs);
      // The page is still loading until its dataset is stored: its tasks count too.
      const cold = samples.cold.at(-1)!;
      cold.longestTaskMs = Math.max(cold.longestTaskMs, fill.longestTaskMs);
    }
    samples.serviceWorker.push(await waitForServiceWorker(firstVisit));
    const secondVisit = await context.newPage();
    await firstVisit.close();
    samples.warm.push(await measureLoad(secondVisit, target.url, target.charts));
    if (target.filter) {
      const changes = await measureFilterChanges(secondVisit, target.charts, toggles);
      samples.filterMs.push(...changes);
      if (changes.length > 0) samples.firstFilterMs.push(changes[0]!);
    }
    samples.heapMB.push(await measureJsHeapMB(context, secondVisit));
    // Last: the imports add the user's own reports, which the measurements above must not see.
    if (target.imports) {
      samples.imports.push(await measureImports(secondVisit, target.imports.reportFiles, target.imports.csv));
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * Runs the targets in turn, run by run (A B A B ...), not all of one then all of the other:
 * on a shared machine the load drifts over minutes, and interleaving gives both pages the
 * same share of it, so their ratio means something.
 */
async function measureTargets(
  targets: readonly Target[],
  runs: number,
  toggles: number,
): Promise<TargetSamples[]> {
  const samples = targets.map(emptySamples);
  for (let run = 0; run < runs; run += 1) {
    for (const [i, target] of targets.entries()) {
      await measureRun(target, samples[i]!, toggles);
      process.stderr.write(`  ${target.name}: run ${run + 1}/${runs}\n`);
    }
  }
  return samples;
}

/** Download and JSON.parse of `path` (the chart facts file, or dataset.json) in a fresh context. */
async function measureFetch(browser: Browser, originUrl: string, path: string, runs: number) {
  const downloads: number[] = [];
  const parses: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    // A fresh context has no service worker, so this is the network path of a first visit.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${originUrl}bench-blank-page`); // any same-origin document will do
    const { downloadMs, parseMs } = await measureDatasetFetch(page, `${originUrl}${path}`);
    downloads.push(downloadMs);
    parses.push(parseMs);
    await context.close();
  }
  return { downloadMs: median(downloads), parseMs: median(parses) };
}

const KB = 1024;

/** Fields right on the unseen-layout fixtures, as a share, with the counts in the row's name. */
function accuracyRow(): BenchRow {
  const { reports, right, expected, spurious } = unseenLayoutAccuracy();
  return {
    metric: `extraction, ${reports} unseen layouts: ${right}/${expected} fields, ${spurious} extra`,
    unit: '%',
    app: (right / expected) * 100,
  };
}

/** One row per shipped report (extraction in the worker), then the CSV's parse and save. */
function importRows(inputs: ImportInputs, samples: readonly ImportSample[]): BenchRow[] {
  const { rows, reports, text } = inputs.csv;
  const megabytes = (Buffer.byteLength(text) / (KB * KB)).toFixed(1);
  return [
    ...inputs.reportFiles.map((file) => {
      const name = basename(file);
      return {
        metric: `import: extract ${name} (worker)`,
        unit: 'ms' as const,
        app: median(samples.map((s) => s.extractMs[name] ?? NaN)),
      };
    }),
    {
      metric: `import: CSV ${megabytes} MB, ${rows} rows, ${reports} reports: parse`,
      unit: 'ms',
      app: median(samples.map((s) => s.csvParseMs)),
    },
    { metric: 'import: that CSV: save', unit: 'ms', app: median(samples.map((s) => s.csvSaveMs)) },
    {
      metric: 'import: that CSV: longest task',
      unit: 'ms',
      app: median(samples.map((s) => s.csvLongestTaskMs)),
    },
  ];
}

function firstScreenJs(target: Target, samples: TargetSamples): ByteTotals {
  return scriptTotals(target.root, samples.cold[0]?.scripts ?? [], target.mountPrefix);
}

function medianOf(samples: readonly LoadSample[], pick: (s: LoadSample) => number): number {
  return median(samples.map(pick));
}

async function main(): Promise<void> {
  const options = parseBenchArgs(process.argv.slice(2));
  if (options.build) buildAppUnlessSkipped({ ...process.env, SKIP_BUILD: '0' });
  const appDir = snapshotDist('bench-app-');
  const floorDir = await buildFloor();
  const classicFloorDir = await buildClassicFloor();
  const server = await startStaticServer([
    { prefix: '/', root: appDir },
    { prefix: '/floor/', root: floorDir },
    { prefix: '/floor-classic/', root: classicFloorDir },
  ]);
  const app: Target = {
    name: 'app',
    url: server.url,
    root: appDir,
    mountPrefix: '/',
    charts: CHART_NAMES,
    storesDataset: true,
    filter: true,
    imports: importInputs(),
  };
  const floor: Target = {
    name: 'floor',
    url: `${server.url}floor/`,
    root: floorDir,
    mountPrefix: '/floor/',
    charts: ['floor'],
    storesDataset: false,
    filter: false,
  };
  // Not a budget: the floor page built the way the app builds its chart runtime (see
  // build-floor.ts), so the table shows what the ratios owe to that technique.
  const classicFloor: Target = {
    ...floor,
    name: 'floor-classic',
    url: `${server.url}floor-classic/`,
    root: classicFloorDir,
    mountPrefix: '/floor-classic/',
  };
  const cleanups: (() => Promise<void> | void)[] = [
    () => server.close(),
    () => rmSync(appDir, { recursive: true, force: true }),
    () => rmSync(floorDir, { recursive: true, force: true }),
    () => rmSync(classicFloorDir, { recursive: true, force: true }),
  ];
  const browser = await launchChromium();
  cleanups.push(() => browser.close());
  try {
    process.stderr.write(`bench: ${options.runs} runs, ${cpus().length} cores\n`);
    const [appSamples, floorSamples, classicFloorSamples] = (await measureTargets(
      [app, floor, classicFloor],
      options.runs,
      options.toggles,
    )) as [TargetSamples, TargetSamples, TargetSamples];
    const appFetch = await measureFetch(browser, server.url, DATASET_URL, options.runs);
    const appJs = firstScreenJs(app, appSamples);
    const floorJs = firstScreenJs(floor, floorSamples);
    const appPrecache = precacheTotals(appDir);
    const floorPrecache = precacheTotals(floorDir);

    const rows: BenchRow[] = [
      {
        metric: 'first-screen JS (gzip)',
        unit: 'KB',
        app: appJs.gzip / KB,
        floor: floorJs.gzip / KB,
        budget: `<= ${BUDGETS.firstScreenJsGzipKB} KB`,
        limit: BUDGETS.firstScreenJsGzipKB,
      },
      {
        metric: 'precache total (raw)',
        unit: 'KB',
        app: (appPrecache?.raw ?? NaN) / KB,
        floor: (floorPrecache?.raw ?? NaN) / KB,
      },
      {
        metric: 'precache total (gzip)',
        unit: 'KB',
        app: (appPrecache?.gzip ?? NaN) / KB,
        floor: (floorPrecache?.gzip ?? NaN) / KB,
      },
    ];
    const coldApp = medianOf(appSamples.cold, (s) => s.chartsMs);
    const coldFloor = medianOf(floorSamples.cold, (s) => s.chartsMs);
    const warmApp = medianOf(appSamples.warm, (s) => s.chartsMs);
    const warmFloor = medianOf(floorSamples.warm, (s) => s.chartsMs);
    rows.push(
      {
        metric: 'cold load to charts',
        unit: 'ms',
        app: coldApp,
        floor: coldFloor,
        budget: `<= ${BUDGETS.coldVsFloor}x floor`,
        limit: coldFloor * BUDGETS.coldVsFloor,
      },
      {
        metric: 'warm load to charts',
        unit: 'ms',
        app: warmApp,
        floor: warmFloor,
        budget: `<= ${BUDGETS.warmVsFloor}x floor`,
        limit: warmFloor * BUDGETS.warmVsFloor,
      },
      {
        metric: 'cold load, floor built as classic script',
        unit: 'ms',
        app: coldApp,
        floor: medianOf(classicFloorSamples.cold, (s) => s.chartsMs),
      },
      {
        metric: 'warm load, floor built as classic script',
        unit: 'ms',
        app: warmApp,
        floor: medianOf(classicFloorSamples.warm, (s) => s.chartsMs),
      },
      {
        metric: 'longest task while loading (cold)',
        unit: 'ms',
        app: medianOf(appSamples.cold, (s) => s.longestTaskMs),
        floor: medianOf(floorSamples.cold, (s) => s.longestTaskMs),
      },
      { metric: 'first-visit IndexedDB load (chart facts)', unit: 'ms', app: median(appSamples.idbLoadedMs) },
      { metric: 'first-visit IndexedDB fill (+ details)', unit: 'ms', app: median(appSamples.idbDetailsMs) },
      { metric: 'filter change p50', unit: 'ms', app: percentile(appSamples.filterMs, 50) },
      { metric: 'filter change p95', unit: 'ms', app: percentile(appSamples.filterMs, 95) },
      { metric: 'first filter change after load', unit: 'ms', app: median(appSamples.firstFilterMs) },
      { metric: 'dataset download', unit: 'ms', app: appFetch.downloadMs },
      { metric: 'dataset parse', unit: 'ms', app: appFetch.parseMs },
      {
        metric: 'JS heap after warm load',
        unit: 'MB',
        app: median(appSamples.heapMB),
        floor: median(floorSamples.heapMB),
      },
      ...importRows(app.imports!, appSamples.imports),
      accuracyRow(),
    );

    let national: TargetSamples | undefined;
    if (options.national) {
      const nationalDir = mkdtempSync(join(tmpdir(), 'bench-national-'));
      const nationalPublic = mkdtempSync(join(tmpdir(), 'bench-national-static-'));
      cleanups.push(() => rmSync(nationalDir, { recursive: true, force: true }));
      cleanups.push(() => rmSync(nationalPublic, { recursive: true, force: true }));
      // Built, not copied: the service worker's precache list depends on the data's size.
      cpSync(join(PROJECT_ROOT, 'static'), nationalPublic, { recursive: true });
      const dataset = writeNationalDataset(join(nationalPublic, 'data', 'dataset.json'), {
        units: options.nationalUnits,
      });
      await viteBuild({
        root: PROJECT_ROOT,
        publicDir: nationalPublic,
        logLevel: 'warn',
        build: { outDir: nationalDir, emptyOutDir: true },
      });
      const nationalServer = await startStaticServer([{ prefix: '/', root: nationalDir }]);
      cleanups.push(() => nationalServer.close());
      const target: Target = {
        name: 'national',
        url: nationalServer.url,
        root: nationalDir,
        mountPrefix: '/',
        charts: CHART_NAMES,
        storesDataset: true,
        filter: true,
      };
      process.stderr.write(
        `national: ${dataset.units.length} units, ${dataset.reports.length} reports, ${dataset.observations.length} observations\n`,
      );
      const [measured] = await measureTargets([target], options.nationalRuns, options.toggles);
      national = measured!;
      const factsFetched = await measureFetch(
        browser,
        nationalServer.url,
        FACTS_FILE_URL,
        options.nationalRuns,
      );
      const fetched = await measureFetch(browser, nationalServer.url, DATASET_URL, options.nationalRuns);
      const longest = national.cold.map((s, i) =>
        Math.max(s.longestTaskMs, national?.warm[i]?.longestTaskMs ?? 0),
      );
      rows.push(
        { metric: 'national: chart facts download', unit: 'ms', app: factsFetched.downloadMs },
        { metric: 'national: chart facts parse', unit: 'ms', app: factsFetched.parseMs },
        { metric: 'national: dataset download', unit: 'ms', app: fetched.downloadMs },
        { metric: 'national: dataset parse', unit: 'ms', app: fetched.parseMs },
        {
          metric: 'national: first-visit IndexedDB load (chart facts)',
          unit: 'ms',
          app: median(national.idbLoadedMs),
          budget: `<= ${BUDGETS.nationalIdbLoadMs} ms`,
          limit: BUDGETS.nationalIdbLoadMs,
        },
        // The budget is for what the user waits for; the full fill is shown beside it.
        {
          metric: 'national: first-visit IndexedDB fill (+ details)',
          unit: 'ms',
          app: median(national.idbDetailsMs),
        },
        {
          metric: 'national: cold load to charts',
          unit: 'ms',
          app: medianOf(national.cold, (s) => s.chartsMs),
        },
        {
          metric: 'national: warm load to charts',
          unit: 'ms',
          app: medianOf(national.warm, (s) => s.chartsMs),
          budget: `<= ${BUDGETS.nationalWarmChartsMs} ms`,
          limit: BUDGETS.nationalWarmChartsMs,
        },
        { metric: 'national: filter change p50', unit: 'ms', app: percentile(national.filterMs, 50) },
        {
          metric: 'national: filter change p95',
          unit: 'ms',
          app: percentile(national.filterMs, 95),
          budget: `<= ${BUDGETS.nationalFilterP95Ms} ms`,
          limit: BUDGETS.nationalFilterP95Ms,
        },
        {
          metric: 'national: first filter change after load',
          unit: 'ms',
          app: median(national.firstFilterMs),
        },
        {
          metric: 'national: longest task while loading',
          unit: 'ms',
          app: median(longest),
          budget: `<= ${BUDGETS.longestLoadingTaskMs} ms`,
          limit: BUDGETS.longestLoadingTaskMs,
        },
        { metric: 'national: JS heap after warm load', unit: 'MB', app: median(national.heapMB) },
      );
    }

    const evaluated = rows.map(evaluateRow);
    console.log(formatTable(evaluated));
    const noServiceWorker = [appSamples, floorSamples, classicFloorSamples].some((samples) =>
      samples.serviceWorker.some((ok) => !ok),
    );
    if (noServiceWorker)
      console.log(
        'note: a service worker did not activate in some runs; warm loads then used only the HTTP cache',
      );
    const outDir = join(PROJECT_ROOT, 'bench-results');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(
      join(outDir, 'bench.json'),
      JSON.stringify(
        {
          date: new Date().toISOString(),
          machine: {
            cpus: cpus().length,
            cpu: cpus()[0]?.model,
            node: process.version,
            chromium: browser.version(),
          },
          options,
          rows: evaluated,
          samples: {
            app: appSamples,
            floor: floorSamples,
            classicFloor: classicFloorSamples,
            national,
            appFirstScreenJs: appJs,
            floorFirstScreenJs: floorJs,
          },
          bytes: { appPrecache, floorPrecache },
        },
        null,
        2,
      ),
    );
    const failed = evaluated.filter((r) => r.pass === false);
    if (failed.length > 0 && options.fail) {
      console.error(`bench: ${failed.length} budget(s) failed: ${failed.map((r) => r.metric).join('; ')}`);
      process.exitCode = 1;
    }
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup();
  }
}

await main();
