import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, DESKTOP_VIEWPORT } from '../browser/support/chromium';
import { startStaticServer } from '../browser/support/static-server';
import { prepareContext, measureLoad } from './measure';
const root = process.env.DIST ?? '/work/main/dist';
const server = await startStaticServer([{ prefix: '/', root }]);
const ctx = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'tl-')), { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, viewport: DESKTOP_VIEWPORT, locale: 'zh-CN' });
await prepareContext(ctx);
const charts = ['trend', 'outcomes', 'staffing', 'channels'];
const dump = (p: import('playwright-core').Page) => p.evaluate(() => {
  const out: [number, string][] = [];
  for (const e of performance.getEntriesByType('resource')) out.push([Math.round(e.startTime), `res-start ${new URL(e.name).pathname}`], [Math.round(e.responseEnd), `res-end ${new URL(e.name).pathname}`]);
  for (const e of performance.getEntriesByType('mark')) out.push([Math.round(e.startTime), `mark ${e.name}`]);
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
  out.push([Math.round(nav.responseEnd), 'nav responseEnd'], [Math.round(nav.domContentLoadedEventStart), 'DCL']);
  for (const [s, d] of (window as any).__benchLongTasks) out.push([Math.round(s), `longtask ${Math.round(d)}ms`]);
  for (const e of performance.getEntriesByType('paint')) out.push([Math.round(e.startTime), e.name]);
  return out.sort((a, b) => a[0] - b[0]).map(([t, n]) => `${t}\t${n}`).join('\n');
});
const p1 = ctx.pages()[0]!;
console.log('cold', (await measureLoad(p1, server.url, charts)).chartsMs);
await p1.waitForTimeout(1500);
console.log(await dump(p1));
await p1.evaluate(() => navigator.serviceWorker.ready);
for (let i = 0; i < Number(process.env.WARM ?? 2); i++) {
  const p2 = await ctx.newPage();
  console.log('warm', (await measureLoad(p2, server.url, charts)).chartsMs);
  console.log(await dump(p2));
  await p2.close();
}
await ctx.close(); await server.close();
