// The bench waits for a page's marks in the page itself (test/bench/measure.ts waitForMarks), not
// with Playwright's polling: it must see marks set later, ones set before it asked, and say
// which marks never came.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { waitForMarks } from '../bench/measure';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
});

describe('waitForMarks', () => {
  it('resolves once every mark exists, set before or after it was called', async () => {
    await page.setContent('<p>bench</p>');
    await page.evaluate(() => {
      performance.mark('early');
      setTimeout(() => performance.mark('late'), 150);
    });
    const started = Date.now();
    await waitForMarks(page, ['early', 'late'], 5000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    await expect(page.evaluate(() => performance.getEntriesByName('late', 'mark').length)).resolves.toBe(1);
  });

  it('rejects naming the marks that never came', async () => {
    await page.setContent('<p>bench</p>');
    await page.evaluate(() => performance.mark('there'));
    await expect(waitForMarks(page, ['there', 'never'], 200)).rejects.toThrow(/No mark never after 200 ms/);
  });
});
