// quick A/B: N runs of cold+warm for each dir, prints medians of charts ms and sum of first-draw measures
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, DESKTOP_VIEWPORT } from '../browser/support/chromium';
import { startStaticServer } from '../browser/support/static-server';
import { prepareContext, measureLoad } from './measure';
const dirs = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const runs = Number(process.env.RUNS ?? 5);
const servers = await Promise.all(dirs.map((d) => startStaticServer([{ prefix: '/', root: d }])));
const res: Record<string, Record<string, number[]>> = {};
const charts = (d: string) => (d.includes('floor') ? ['floor'] : ['trend', 'outcomes', 'staffing', 'channels']);
for (let run = 0; run < runs; run++) {
  for (const [i, dir] of dirs.entries()) {
    const profile = mkdtempSync(join(tmpdir(), 'q-'));
    const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, viewport: DESKTOP_VIEWPORT, locale: 'zh-CN' });
    await prepareContext(context);
    for (const visit of ['cold', 'warm']) {
      const page = visit === 'cold' ? (context.pages()[0] ?? (await context.newPage())) : await context.newPage();
      const s = await measureLoad(page, servers[i]!.url, charts(dir));
      const draw = (await page.evaluate(`performance.getEntriesByType('measure').filter(m => m.name.endsWith('first-draw')).reduce((a, m) => a + m.duration, 0)`)) as number;
      const r = (res[dir] ??= {});
      (r[`${visit} charts`] ??= []).push(s.chartsMs);
      (r[`${visit} draws`] ??= []).push(draw);
      (r[`${visit} longest`] ??= []).push(s.longestTaskMs);
      if (visit === 'cold') await page.waitForTimeout(2500);
    }
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
const med = (a: number[]) => { const s = [...a].sort((x, y) => x - y); return Math.round(s[Math.floor(s.length / 2)]!); };
for (const [dir, r] of Object.entries(res)) console.log(dir.padEnd(16), Object.entries(r).map(([k, v]) => `${k} ${med(v)}`).join(' | '));
await Promise.all(servers.map((s) => s.close()));
