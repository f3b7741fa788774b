// What the benchmark measures in the page, each in one function: load to all charts drawn
// (from navigation start, read off the charts' performance marks), long tasks while loading,
// first-screen JS, the first visit's IndexedDB fill (the app's db:loaded and db:details-stored
// marks), filter-change latency, dataset download + parse, the JS heap, and imports (a report
// extracted in the worker, a large CSV parsed and saved). Everything is timed by the page's own
// clock, so CDP round trips do not count.
import { basename } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { DB_DETAILS_MARK, DB_LOADED_MARK } from '../../src/db/load';
import { IMPORT_MEASURES } from '../../src/io/import-timing';

export const LOAD_TIMEOUT_MS = 180_000;

/** Installed before any page script runs: long tasks are only observable from then on. */
export const LONG_TASK_RECORDER = `
  window.__benchLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__benchLongTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
`;

export interface LoadSample {
  /** Navigation start to the last of the expected chart marks. */
  chartsMs: number;
  /** Longest task that started before the charts were drawn. */
  longestTaskMs: number;
  /** Same-origin .js files fetched before the charts were drawn (path part of the URL). */
  scripts: string[];
}

export async function prepareContext(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: LONG_TASK_RECORDER });
}

/**
 * How long a freshly launched browser is left on about:blank before a first visit. For a while
 * after it starts, a browser's own processes keep both of this machine's cores busy; a first
 * visit made at once measured that startup along with the page (alternated cold loads, 11 each:
 * app 460-684 ms and floor 339-445 right after launch, 260-377 and 218-279 after this pause).
 * The visit is as cold as before: fresh profile, no service worker, empty caches.
 */
export const BROWSER_SETTLE_MS = 1500;

/** Leaves a just-launched browser's first tab on about:blank until the browser has settled. */
export async function settleAfterLaunch(page: Page): Promise<void> {
  await page.goto('about:blank');
  await page.waitForTimeout(BROWSER_SETTLE_MS);
}

/**
 * Page code that resolves once every mark in `names` exists, told by a PerformanceObserver; it
 * rejects naming the missing ones after `timeoutMs`. A string, so the page runs it as written
 * (tsx would wrap its named functions in a helper the page does not have).
 *
 * Not Playwright's `waitForFunction`: that injects Playwright's own ~330 KB script into the page
 * (traced: a 22 ms evaluation on the main thread at ~85 ms of a warm load, in the middle of the
 * page's start) and then polls. In the same runs (9 alternated each, settled) it added to the
 * loads it measured: warm app 280 → 307 ms, floor 177 → 207; cold app 322 → 380, floor 268 → 279.
 * A user's browser has none of that.
 */
const MARKS_OBSERVED = `(names, timeoutMs) => new Promise((resolve, reject) => {
  const missing = () => names.filter((n) => performance.getEntriesByName(n, 'mark').length === 0);
  if (missing().length === 0) return resolve();
  const timer = setTimeout(() => {
    observer.disconnect();
    reject(new Error('No mark ' + missing().join(', ') + ' after ' + timeoutMs + ' ms'));
  }, timeoutMs);
  const observer = new PerformanceObserver(() => {
    if (missing().length > 0) return;
    observer.disconnect();
    clearTimeout(timer);
    resolve();
  });
  observer.observe({ type: 'mark', buffered: true });
})`;

/** Waits in the page (no polling, nothing injected) until every mark in `names` exists. */
export async function waitForMarks(
  page: Page,
  names: readonly string[],
  timeoutMs = LOAD_TIMEOUT_MS,
): Promise<void> {
  await page.evaluate(`(${MARKS_OBSERVED})(${JSON.stringify(names)}, ${timeoutMs})`);
}

/** Navigates and waits until every named chart has marked `chart:<name>:rendered`. */
export async function measureLoad(page: Page, url: string, charts: readonly string[]): Promise<LoadSample> {
  const markNames = charts.map((name) => `chart:${name}:rendered`);
  await page.goto(url, { waitUntil: 'commit', timeout: LOAD_TIMEOUT_MS });
  await waitForMarks(page, markNames);
  return page.evaluate((names) => {
    const chartsMs = Math.max(
      ...names.map((n) => performance.getEntriesByName(n, 'mark')[0]?.startTime ?? NaN),
    );
    const tasks = (window as unknown as { __benchLongTasks?: [number, number][] }).__benchLongTasks ?? [];
    const longestTaskMs = Math.max(
      0,
      ...tasks.filter(([start]) => start < chartsMs).map(([, duration]) => duration),
    );
    const scripts = performance
      .getEntriesByType('resource')
      .filter((e) => e.startTime < chartsMs && new URL(e.name).origin === location.origin)
      .map((e) => new URL(e.name).pathname)
      .filter((path) => /\.m?js$/.test(path));
    return { chartsMs, longestTaskMs, scripts };
  }, markNames);
}

export interface IndexedDbFill {
  /** Navigation start to the facts the charts draw from being stored: what a user waits for. */
  loadedMs: number;
  /** Navigation start to the whole dataset (details included) being stored. */
  detailsMs: number;
  /** Longest main-thread task from navigation until the whole dataset was stored. */
  longestTaskMs: number;
}

/**
 * First-visit IndexedDB fill, read off the app's own marks (each NaN when its mark never
 * came: reported as n/a, which fails a budget instead of passing silently).
 */
export async function measureIndexedDbFill(page: Page): Promise<IndexedDbFill> {
  const [loadedMs, detailsMs] = await Promise.all([
    waitForMark(page, DB_LOADED_MARK),
    waitForMark(page, DB_DETAILS_MARK),
  ]);
  // A task still running when the mark was set is recorded once it ends.
  await page.waitForTimeout(100);
  const longestTaskMs = await page.evaluate(
    (until) => {
      const tasks = (window as unknown as { __benchLongTasks?: [number, number][] }).__benchLongTasks ?? [];
      return Math.max(0, ...tasks.filter(([start]) => start < until).map(([, duration]) => duration));
    },
    Number.isFinite(detailsMs) ? detailsMs : Number.POSITIVE_INFINITY,
  );
  return { loadedMs, detailsMs, longestTaskMs };
}

/** Start time of the first mark of that name, relative to navigation start; NaN on timeout. */
async function waitForMark(page: Page, name: string): Promise<number> {
  try {
    await waitForMarks(page, [name]);
    return await page.evaluate(
      (mark) => performance.getEntriesByName(mark, 'mark')[0]?.startTime ?? NaN,
      name,
    );
  } catch {
    return Number.NaN;
  }
}

/** Waits until a service worker controls the page (after its first visit it may not yet). */
export async function waitForServiceWorker(page: Page, timeoutMs = 30_000): Promise<boolean> {
  return page.evaluate(
    (timeout) =>
      Promise.race([
        navigator.serviceWorker.ready.then(() => true),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeout)),
      ]),
    timeoutMs,
  );
}

/**
 * Toggles the first region checkbox `toggles` times; each sample is the time from the click
 * (dispatched in the page) to the last of the next set of chart marks.
 */
export async function measureFilterChanges(
  page: Page,
  charts: readonly string[],
  toggles: number,
): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < toggles; i += 1) {
    const sample = await page.evaluate(
      ({ names, timeout }) =>
        new Promise<number>((resolve) => {
          const box = document.querySelector<HTMLInputElement>('input[data-testid^="region-"]');
          if (!box) return resolve(NaN);
          const clickedAt = performance.now();
          const seen = new Map<string, number>();
          const observer = new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) {
              if (entry.startTime >= clickedAt && names.includes(entry.name))
                seen.set(entry.name, entry.startTime);
            }
            if (seen.size === names.length) {
              observer.disconnect();
              resolve(Math.max(...seen.values()) - clickedAt);
            }
          });
          observer.observe({ type: 'mark' });
          setTimeout(() => {
            observer.disconnect();
            resolve(NaN);
          }, timeout);
          box.click();
        }),
      { names: charts.map((n) => `chart:${n}:rendered`), timeout: 30_000 },
    );
    samples.push(sample);
  }
  return samples;
}

/** Dataset download and JSON.parse, timed separately in the page. */
export async function measureDatasetFetch(
  page: Page,
  datasetUrl: string,
): Promise<{ downloadMs: number; parseMs: number }> {
  return page.evaluate(async (url) => {
    const start = performance.now();
    const text = await (await fetch(url, { cache: 'no-store' })).text();
    const downloaded = performance.now();
    JSON.parse(text);
    return { downloadMs: downloaded - start, parseMs: performance.now() - downloaded };
  }, datasetUrl);
}

/** Used JS heap after a collection, from the DevTools protocol (performance.memory is coarse). */
export async function measureJsHeapMB(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
    return used / (1024 * 1024);
  } finally {
    await cdp.detach();
  }
}

export const IMPORT_TIMEOUT_MS = 180_000;

export interface ImportSample {
  /** Per report file (base name): text to observations in the extraction worker, worker start included. */
  extractMs: Record<string, number>;
  csvParseMs: number;
  csvSaveMs: number;
  /** Longest task from the CSV's parse to its rows saved. */
  csvLongestTaskMs: number;
}

/** How many performance measures `name` the page has set. */
function countMeasures(page: Page, name: string): Promise<number> {
  return page.evaluate((n) => performance.getEntriesByName(n, 'measure').length, name);
}

/** Duration of the newest performance measure `name` (NaN when the page set none). */
async function lastMeasure(page: Page, name: string): Promise<number> {
  return page.evaluate((n) => performance.getEntriesByName(n, 'measure').at(-1)?.duration ?? NaN, name);
}

/**
 * Imports each report file through the toolbar's file input, as a user does (extracted in the
 * worker, then saved to their own data), and then `csv` through the CSV tab (parsed, then saved
 * with its button). Times are the import panels' own measures (src/io/import-timing.ts).
 */
export async function measureImports(
  page: Page,
  reportFiles: readonly string[],
  csv: { name: string; text: string },
): Promise<ImportSample> {
  const extractMs: Record<string, number> = {};
  for (const file of reportFiles) {
    const before = await countMeasures(page, IMPORT_MEASURES.extract);
    await page.getByTestId('import-file').setInputFiles(file);
    await page.waitForFunction(
      ([n, count]) =>
        performance.getEntriesByName(n as string, 'measure').length > (count as number) ||
        document.querySelector('[data-testid="import-problem"]') !== null,
      [IMPORT_MEASURES.extract, before],
      { timeout: IMPORT_TIMEOUT_MS },
    );
    const extracted = (await countMeasures(page, IMPORT_MEASURES.extract)) > before;
    extractMs[basename(file)] = extracted ? await lastMeasure(page, IMPORT_MEASURES.extract) : NaN;
    // Saved (or refused) before the dialog closes: closing it would race the write.
    await page
      .locator('[data-testid="import-saved"], [data-testid="import-problem"]')
      .first()
      .waitFor({ timeout: IMPORT_TIMEOUT_MS });
    await page.keyboard.press('Escape');
    await page.getByTestId('import-dialog').waitFor({ state: 'detached' });
  }
  await page.getByTestId('data-menu').locator('summary').click();
  await page.getByTestId('menu-import-csv').click();
  await page
    .getByTestId('csv-file')
    .setInputFiles({ name: csv.name, mimeType: 'text/csv', buffer: Buffer.from(csv.text) });
  await page.getByTestId('csv-ready').waitFor({ timeout: IMPORT_TIMEOUT_MS });
  const csvParseMs = await lastMeasure(page, IMPORT_MEASURES.csvParse);
  await page.getByTestId('csv-import').click();
  await page.getByTestId('csv-saved').waitFor({ timeout: IMPORT_TIMEOUT_MS });
  const csvSaveMs = await lastMeasure(page, IMPORT_MEASURES.csvSave);
  // From the parse on: Playwright's own setInputFiles decodes the file in the page, a long
  // task of the harness that no user's file choice has.
  const csvLongestTaskMs = await page.evaluate((parse) => {
    const from = performance.getEntriesByName(parse, 'measure').at(-1)?.startTime ?? Infinity;
    const tasks = (window as unknown as { __benchLongTasks?: [number, number][] }).__benchLongTasks ?? [];
    return Math.max(0, ...tasks.filter(([start]) => start >= from).map(([, duration]) => duration));
  }, IMPORT_MEASURES.csvParse);
  await page.keyboard.press('Escape');
  return { extractMs, csvParseMs, csvSaveMs, csvLongestTaskMs };
}
