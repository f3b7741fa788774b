// What the benchmark measures in the page, each in one function: load to all charts drawn
// (from navigation start, read off the charts' performance marks), long tasks while loading,
// first-screen JS, IndexedDB fill time, filter-change latency, dataset download + parse, and
// the JS heap. Everything is timed by the page's own clock, so CDP round trips do not count.
import type { BrowserContext, Page } from 'playwright-core';

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

/** Navigates and waits until every named chart has marked `chart:<name>:rendered`. */
export async function measureLoad(page: Page, url: string, charts: readonly string[]): Promise<LoadSample> {
  const markNames = charts.map((name) => `chart:${name}:rendered`);
  await page.goto(url, { waitUntil: 'commit', timeout: LOAD_TIMEOUT_MS });
  await page.waitForFunction(
    (names) => names.every((n) => performance.getEntriesByName(n, 'mark').length > 0),
    markNames,
    { timeout: LOAD_TIMEOUT_MS, polling: 50 },
  );
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

/**
 * Time from navigation start until IndexedDB holds the whole dataset: some object store has at
 * least `expectedRecords` rows. Polled from the page (50 ms steps) because the app exposes no
 * mark for it; a `performance.mark('db:loaded')`, when present, is used instead.
 */
export async function measureIndexedDbFill(page: Page, expectedRecords: number): Promise<number> {
  try {
    return await pollIndexedDbFill(page, expectedRecords);
  } catch {
    return Number.NaN; // never filled: reported as n/a, which fails its budget
  }
}

async function pollIndexedDbFill(page: Page, expectedRecords: number): Promise<number> {
  const handle = await page.waitForFunction(
    async (expected) => {
      const mark = performance.getEntriesByName('db:loaded', 'mark')[0];
      if (mark) return mark.startTime;
      for (const info of await indexedDB.databases()) {
        if (!info.name) continue;
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open(info.name as string);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        try {
          for (const store of db.objectStoreNames) {
            const count = await new Promise<number>((resolve, reject) => {
              const request = db.transaction(store, 'readonly').objectStore(store).count();
              request.onsuccess = () => resolve(request.result);
              request.onerror = () => reject(request.error);
            });
            // A read waits for the app's write transaction to commit, so time it after the read.
            if (count >= expected) return performance.now();
          }
        } finally {
          db.close(); // never block the app's own version upgrades
        }
      }
      return false;
    },
    expectedRecords,
    { timeout: LOAD_TIMEOUT_MS, polling: 50 },
  );
  return (await handle.jsonValue()) as number;
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
