import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, DESKTOP_VIEWPORT } from '../browser/support/chromium';
import { startStaticServer } from '../browser/support/static-server';
import { prepareContext, measureLoad } from './measure';
const dir = process.argv[2]!; const charts = process.argv[3]!.split(',');
const server = await startStaticServer([{ prefix: '/', root: dir }]);
for (let run = 0; run < Number(process.env.RUNS ?? 3); run++) {
  const profile = mkdtempSync(join(tmpdir(), 'tl-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, viewport: DESKTOP_VIEWPORT, locale: 'zh-CN' });
  await prepareContext(context);
  for (const visit of ['cold', 'warm']) {
    const page = visit === 'cold' ? (context.pages()[0] ?? await context.newPage()) : await context.newPage();
    const s = await measureLoad(page, server.url, charts);
    const info = await page.evaluate(`(() => {
      const r = (n) => Math.round(n);
      const nav = performance.getEntriesByType('navigation')[0];
      const res = performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname.split('/').pop() + ' ' + r(e.startTime) + '-' + r(e.responseEnd));
      const marks = [...performance.getEntriesByType('mark'), ...performance.getEntriesByType('measure')].map((m) => m.name + '@' + r(m.startTime) + (m.duration ? '+' + r(m.duration) : ''));
      const tasks = window.__benchLongTasks.map(([s, d]) => r(s) + '+' + r(d));
      return 'nav resp ' + r(nav.responseEnd) + ' dcl ' + r(nav.domContentLoadedEventEnd) + ' ;; res: ' + res.join(' | ') + ' ;; marks: ' + marks.join(' ') + ' ;; long: ' + tasks.join(' ');
    })()`);
    console.log(`${visit} charts ${Math.round(s.chartsMs)}  ${info}`);
    if (visit === 'cold') { await page.waitForTimeout(2500); }
  }
  await context.close(); rmSync(profile, { recursive: true, force: true });
}
await server.close();
