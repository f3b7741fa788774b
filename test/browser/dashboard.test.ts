// The dashboard in a real browser: the four charts draw for the four regions, filters drive
// the charts and the URL, a legend entry hides its series, a copied URL restores the view, a
// chart point leads to its source quote and shows its tooltip, the English toggle works, the
// report page highlights numbers, and phones do not scroll sideways. Screenshots land in
// test-results/screens/ for a human look.
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import {
  DESKTOP_VIEWPORT,
  launchChromium,
  openSession,
  PHONE_VIEWPORT,
  type Session,
} from './support/chromium';
import {
  CHART_NAMES,
  chart,
  countRenderMarks,
  findClickablePoint,
  readYear,
  availableYears,
  regionCheckbox,
  READY_TIMEOUT_MS,
  REGIONS,
  setYear,
  waitForDashboard,
  waitForRerender,
} from './support/dashboard';
import { PROJECT_ROOT } from './support/build-app';
import { readBuiltDataset, readReportSource } from './support/dataset';

const appUrl = inject('appUrl');
const distDir = inject('distDir');
const SCREENS_DIR = join(PROJECT_ROOT, 'test-results', 'screens');
const HAN = /\p{Script=Han}/u;

let browser: Browser;
let session: Session | undefined;

beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(SCREENS_DIR, { recursive: true });
});
afterAll(() => browser?.close());
afterEach(async () => {
  const errors = session?.errors ?? [];
  await session?.close();
  session = undefined;
  // Any console error or uncaught exception fails the test that caused it.
  expect(errors).toEqual([]);
});

async function open(hash = '', viewport = DESKTOP_VIEWPORT): Promise<Session> {
  session = await openSession(browser, { viewport });
  await session.page.goto(appUrl + hash);
  await waitForDashboard(session.page);
  return session;
}

describe('dashboard', () => {
  it('draws the four charts with every region selected', async () => {
    const { page } = await open();
    for (const region of REGIONS) await expect(regionCheckbox(page, region).isChecked()).resolves.toBe(true);
    for (const name of CHART_NAMES) {
      const box = await chart(page, name).boundingBox();
      expect(box?.width, `chart-${name} width`).toBeGreaterThan(100);
      expect(box?.height, `chart-${name} height`).toBeGreaterThan(100);
      // A drawn ECharts canvas holds more than a background colour.
      await expect(chart(page, name).locator('canvas, svg').count()).resolves.toBeGreaterThan(0);
      // The accessible name is the view's description, not ECharts' generated dump of raw values.
      const accessibleName = await chart(page, name).getAttribute('aria-label');
      expect(accessibleName, `chart-${name} aria-label`).toMatch(/^.+图表。.*各项数值见“表格”页签。$/u);
      expect(accessibleName).not.toMatch(/NaN|的数据是/u);
    }
  });

  it('redraws the charts and rewrites the URL hash when a region is unticked', async () => {
    const { page } = await open();
    const hashBefore = await page.evaluate(() => location.hash);
    const pixelsBefore = await chart(page, 'trend').screenshot();
    const marks = await countRenderMarks(page);

    await regionCheckbox(page, '盐池').click();
    await waitForRerender(page, marks);

    await expect(regionCheckbox(page, '盐池').isChecked()).resolves.toBe(false);
    const hashAfter = await page.evaluate(() => decodeURIComponent(location.hash));
    expect(hashAfter).not.toBe(decodeURIComponent(hashBefore));
    expect(Buffer.compare(await chart(page, 'trend').screenshot(), pixelsBefore)).not.toBe(0);
  });

  it('hides and shows a series from its legend, redrawing only that chart', async () => {
    const { page } = await open();
    const view = page.getByTestId('view-outcomes');
    const entry = view.getByRole('button', { name: '公开', exact: true });
    await expect(entry.getAttribute('aria-pressed')).resolves.toBe('true');
    const pixelsBefore = await chart(page, 'outcomes').screenshot();
    let marks = await countRenderMarks(page);

    await entry.click();
    await waitForRerender(page, marks, ['outcomes']);
    await expect(entry.getAttribute('aria-pressed')).resolves.toBe('false');
    expect(Buffer.compare(await chart(page, 'outcomes').screenshot(), pixelsBefore)).not.toBe(0);
    // The other views keep their series.
    await expect(countRenderMarks(page).then((m) => m.trend)).resolves.toBe(marks.trend);

    marks = await countRenderMarks(page);
    await entry.press('Enter');
    await waitForRerender(page, marks, ['outcomes']);
    await expect(entry.getAttribute('aria-pressed')).resolves.toBe('true');
    expect(Buffer.compare(await chart(page, 'outcomes').screenshot(), pixelsBefore)).toBe(0);
  });

  it('keeps a hidden series hidden when the language changes', async () => {
    const { page } = await open();
    const view = page.getByTestId('view-outcomes');
    let marks = await countRenderMarks(page);
    await view.getByRole('button', { name: '公开', exact: true }).click();
    await waitForRerender(page, marks, ['outcomes']);

    marks = await countRenderMarks(page);
    await page.getByTestId('lang-toggle').click();
    await waitForRerender(page, marks);
    await expect(
      view.getByRole('button', { name: 'Disclosed', exact: true }).getAttribute('aria-pressed'),
    ).resolves.toBe('false');
    await expect(
      view.getByRole('button', { name: 'Partly disclosed', exact: true }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');
  });

  it('restores regions and years from a copied URL', async () => {
    const { page } = await open();
    const years = await availableYears(page, 'from');
    const laterFrom = years[1] ?? years[0];
    expect(laterFrom, 'year-from offers at least one year').toBeDefined();
    let marks = await countRenderMarks(page);
    await regionCheckbox(page, '彭阳').click();
    await waitForRerender(page, marks);
    marks = await countRenderMarks(page);
    await setYear(page, 'from', laterFrom as number);
    await waitForRerender(page, marks);
    const copiedUrl = page.url();
    const yearTo = await readYear(page, 'to');
    await session?.close();

    session = await openSession(browser);
    await session.page.goto(copiedUrl);
    await waitForDashboard(session.page);
    const expectedChecked: Record<string, boolean> = { 平罗: true, 盐池: true, 彭阳: false, 灵沙乡: true };
    for (const region of REGIONS) {
      await expect(regionCheckbox(session.page, region).isChecked(), region).resolves.toBe(
        expectedChecked[region],
      );
    }
    await expect(readYear(session.page, 'from')).resolves.toBe(String(laterFrom));
    await expect(readYear(session.page, 'to')).resolves.toBe(yearTo);
  });

  it('shows the source quote of a clicked chart point', async () => {
    const { page } = await open();
    const dataset = readBuiltDataset(distDir);
    const point = await findClickablePoint(page, chart(page, 'trend'));
    expect(point, 'no clickable point found in chart-trend').toBeDefined();
    await page.mouse.click(point!.x, point!.y);
    const quote = page.getByTestId('source-quote').first();
    await quote.waitFor({ state: 'visible' });
    const shown = (await quote.innerText()).trim();
    // The quote must be one the extractor recorded, not a label the view made up.
    const known = dataset.observations.some((o) => shown.includes(o.quote) || o.quote.includes(shown));
    expect(known, `quote not in dataset: ${shown}`).toBe(true);
  });

  it('shows a hovered point’s tooltip beside the pointer and hides it when the pointer leaves', async () => {
    const { page } = await open();
    const point = await findClickablePoint(page, chart(page, 'trend'));
    expect(point, 'no point found in chart-trend').toBeDefined();
    const tooltip = page.getByTestId('chart-trend-tooltip');
    await page.mouse.move(point!.x + 1, point!.y);
    await tooltip.waitFor({ state: 'visible' });
    // The body's name, its region and year, the value with its unit, all as text.
    const text = await tooltip.innerText();
    expect(text).toMatch(/（(县级汇总|政府办公室|乡镇)）/u);
    expect(text).toMatch(/\d[\d,]* 条/u);
    await expect(tooltip.locator('script, img').count()).resolves.toBe(0);
    const box = (await tooltip.boundingBox())!;
    expect(Math.abs(box.x - point!.x) < 400 && Math.abs(box.y - point!.y) < 400).toBe(true);
    await page.mouse.move(5, 5);
    await tooltip.waitFor({ state: 'detached' });
  });

  it('switches labels to English and back', async () => {
    const { page } = await open();
    const headingZh = await page.locator('h1').first().innerText();
    expect(headingZh).toMatch(HAN);
    await page.getByTestId('lang-toggle').click();
    await expect.poll(() => page.locator('h1').first().innerText()).not.toBe(headingZh);
    const headingEn = await page.locator('h1').first().innerText();
    expect(headingEn).toMatch(/[A-Za-z]{3}/);
    expect(headingEn).not.toMatch(HAN);
    await page.getByTestId('lang-toggle').click();
    await expect.poll(() => page.locator('h1').first().innerText()).toBe(headingZh);
  });

  it('shows a report in full with its numbers highlighted', async () => {
    const dataset = readBuiltDataset(distDir);
    const report = dataset.reports[0];
    expect(report, 'the dataset has reports').toBeDefined();
    session = await openSession(browser);
    const { page } = session;
    await page.goto(`${appUrl}#/report/${encodeURIComponent(report!.id)}`);
    const text = page.getByTestId('report-text');
    await text.waitFor({ state: 'visible' });

    const source = readReportSource(report!.sourceFile).trim();
    const shown = await text.innerText();
    const squash = (s: string): string => s.replace(/\s+/g, '');
    expect(squash(shown)).toContain(squash(source.slice(0, 40)));
    expect(squash(shown)).toContain(squash(source.slice(-40)));

    const quotes = dataset.observations.filter((o) => o.reportId === report!.id).map((o) => o.quote);
    const marks = await text.locator('mark').allInnerTexts();
    expect(marks.length).toBeGreaterThanOrEqual(Math.min(5, quotes.length));
    for (const mark of marks) {
      expect(
        quotes.some((q) => squash(q).includes(squash(mark)) || squash(mark).includes(squash(q))),
        mark,
      ).toBe(true);
    }
  });

  it('does not scroll sideways on a 375 px phone', async () => {
    const { page } = await open('', PHONE_VIEWPORT);
    const width = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
    expect(width).toBeLessThanOrEqual(PHONE_VIEWPORT.width + 1);
  });

  it.each([
    { name: 'desktop', viewport: DESKTOP_VIEWPORT },
    { name: 'phone', viewport: PHONE_VIEWPORT },
  ])('saves $name screenshots in Chinese and English', async ({ name, viewport }) => {
    const { page } = await open('', viewport);
    const shoot = async (language: string): Promise<void> => {
      // The first screen as the user sees it, and the whole page for the layout below it.
      await page.screenshot({ path: join(SCREENS_DIR, `${name}-${language}.png`) });
      await page.screenshot({ path: join(SCREENS_DIR, `${name}-${language}-full.png`), fullPage: true });
    };
    await shoot('zh');
    const marks = await countRenderMarks(page);
    await page.getByTestId('lang-toggle').click();
    await expect.poll(() => page.locator('h1').first().innerText()).not.toMatch(HAN);
    await waitForRerender(page, marks);
    await shoot('en');
  });

  it('declares an icon, so the browser does not ask for a missing /favicon.ico', async () => {
    const { page } = await open();
    const icon = await page.evaluate(
      () => document.querySelector<HTMLLinkElement>('link[rel~="icon"]')?.href,
    );
    expect(icon, 'index.html has no <link rel="icon">').toBeDefined();
    const response = await page.request.get(icon!);
    expect(response.status()).toBe(200);
  });

  it('says the chart code did not load, with a reload button, instead of empty boxes', async () => {
    session = await openSession(browser, { viewport: DESKTOP_VIEWPORT });
    const { page } = session;
    // The chart runtime (src/charts/load-runtime.ts), as if the network dropped after the page.
    const blocked: string[] = [];
    await page.route(/\/assets\/charts-runtime-[^/]+\.js$/, (route) => {
      blocked.push(route.request().url());
      return route.abort('internetdisconnected');
    });
    await page.goto(appUrl);
    await page.getByTestId('chart-trend-load-failed').waitFor({ timeout: READY_TIMEOUT_MS });
    expect(blocked.length, 'the chart runtime was not requested').toBeGreaterThan(0);
    for (const name of CHART_NAMES) {
      const message = page.getByTestId(`chart-${name}-load-failed`);
      await message.waitFor({ timeout: READY_TIMEOUT_MS });
      await expect(message.innerText()).resolves.toContain('图表程序未能加载');
      await expect(message.getByRole('button', { name: '重新加载' }).isVisible()).resolves.toBe(true);
      await expect(chart(page, name).isVisible()).resolves.toBe(false);
    }
    await page.screenshot({ path: join(SCREENS_DIR, 'chart-code-failed.png') });
    // The blocked requests are what this test is about, not errors of the app.
    session.errors.splice(
      0,
      session.errors.length,
      ...session.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e)),
    );
  });
});
