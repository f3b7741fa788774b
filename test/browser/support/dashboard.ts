// Page-level helpers that speak the dashboard's stable test hooks (data-testid, data-rendered,
// performance marks, dataset.ready). Tests and the benchmark use these instead of CSS details.
import type { Locator, Page } from 'playwright-core';

export const CHART_NAMES = ['trend', 'outcomes', 'staffing', 'channels'] as const;
export type ChartName = (typeof CHART_NAMES)[number];

/** The four filter regions of the shipped dataset (Unit.region). */
export const REGIONS = ['平罗', '盐池', '彭阳', '灵沙乡'] as const;

export const READY_TIMEOUT_MS = 30_000;

export function chart(page: Page, name: ChartName): Locator {
  return page.getByTestId(`chart-${name}`);
}

export function regionCheckbox(page: Page, region: string): Locator {
  return page.getByTestId(`region-${region}`);
}

/** Waits for the first data on screen and all four charts drawn. */
export async function waitForDashboard(page: Page, timeout = READY_TIMEOUT_MS): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', undefined, { timeout });
  await page.waitForFunction(
    (names) =>
      names.every(
        (n) => document.querySelector(`[data-testid="chart-${n}"]`)?.getAttribute('data-rendered') === 'true',
      ),
    [...CHART_NAMES],
    { timeout },
  );
}

/** How many times each chart has announced a render through performance.mark. */
export function countRenderMarks(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const counts: Record<string, number> = {};
    for (const mark of performance.getEntriesByType('mark')) {
      const match = /^chart:(.+):rendered$/.exec(mark.name);
      if (match?.[1]) counts[match[1]] = (counts[match[1]] ?? 0) + 1;
    }
    return counts;
  });
}

/** Resolves once every named chart has marked at least one render more than in `before`. */
export async function waitForRerender(
  page: Page,
  before: Record<string, number>,
  names: readonly string[] = CHART_NAMES,
  timeout = READY_TIMEOUT_MS,
): Promise<void> {
  await page.waitForFunction(
    ({ before, names }) => {
      const counts: Record<string, number> = {};
      for (const mark of performance.getEntriesByType('mark')) {
        const match = /^chart:(.+):rendered$/.exec(mark.name);
        if (match?.[1]) counts[match[1]] = (counts[match[1]] ?? 0) + 1;
      }
      return names.every((n) => (counts[n] ?? 0) > (before[n] ?? 0));
    },
    { before, names: [...names] },
    { timeout },
  );
}

/** Reads a year bound whether the dashboard renders it as a <select> or an <input>. */
export function readYear(page: Page, which: 'from' | 'to'): Promise<string> {
  return page.getByTestId(`year-${which}`).inputValue();
}

export async function setYear(page: Page, which: 'from' | 'to', year: number): Promise<void> {
  const control = page.getByTestId(`year-${which}`);
  const tag = await control.evaluate((element) => element.tagName);
  if (tag === 'SELECT') await control.selectOption(String(year));
  else {
    await control.fill(String(year));
    await control.dispatchEvent('change');
  }
}

/** Options a year control offers (for a <select>), or its min/max (for a number input). */
export function availableYears(page: Page, which: 'from' | 'to'): Promise<number[]> {
  return page.getByTestId(`year-${which}`).evaluate((element) => {
    if (element instanceof HTMLSelectElement) return [...element.options].map((o) => Number(o.value));
    const input = element as HTMLInputElement;
    const years: number[] = [];
    for (let y = Number(input.min); y <= Number(input.max); y += 1) years.push(y);
    return years;
  });
}

/**
 * Finds a point in a chart where the pointer turns into a hand, the way a user finds a bar or
 * a line symbol: ECharts sets `cursor: pointer` on its root while hovering a clickable element.
 * Scans a coarse grid over the plot area; returns page coordinates or undefined.
 */
export async function findClickablePoint(
  page: Page,
  target: Locator,
): Promise<{ x: number; y: number } | undefined> {
  const box = await target.boundingBox();
  if (!box) return undefined;
  const columns = 40;
  const rows = 16;
  for (let row = rows - 2; row >= 1; row -= 1) {
    for (let column = 1; column < columns; column += 1) {
      const x = box.x + (box.width * column) / columns;
      const y = box.y + (box.height * row) / rows;
      await page.mouse.move(x, y);
      const pointer = await page.evaluate(
        ({ x, y }) => {
          let element = document.elementFromPoint(x, y);
          while (
            element &&
            element instanceof HTMLElement &&
            getComputedStyle(element).cursor !== 'pointer'
          ) {
            if (element.dataset.testid?.startsWith('chart-')) return false;
            element = element.parentElement;
          }
          return element !== null;
        },
        { x, y },
      );
      if (pointer) return { x, y };
    }
  }
  return undefined;
}
