// Where the time goes: loads a built app (cold visit, then warm visit, then region toggles)
// under the V8 sampling profiler and prints each busy stretch of the main thread over
// `--min-ms` (a long task, roughly) with the functions that took its time. A tool for
// finding what to fix, not a measurement: the numbers to claim come from `npm run bench`.
// Usage: tsx test/bench/profile-load.ts DIR [--min-ms 50] [--toggles 5]
//   DIR: a built app (e.g. a copy of dist/ with a national dataset in data/dataset.json).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, DESKTOP_VIEWPORT } from '../browser/support/chromium';
import { CHART_NAMES } from '../browser/support/dashboard';
import { startStaticServer } from '../browser/support/static-server';
import { DB_DETAILS_MARK } from '../../src/db/load';
import { waitForMarks } from './measure';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const IDLE = new Set(['(idle)', '(program)', '(garbage collector)']);

function frameName(node: ProfileNode): string {
  const { functionName, url, lineNumber, columnNumber } = node.callFrame;
  const file = url.split('/').pop() ?? '';
  return `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}:${columnNumber + 1}`;
}

/**
 * Busy stretches (consecutive non-idle samples) longer than minMs, with the functions that
 * took most of their time, counted inclusively (a function's callees count towards it).
 */
function busyStretches(
  profile: CpuProfile,
  minMs: number,
  top = Number(process.env.PROFILE_TOP ?? 12),
): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const stack = (id: number): string[] => {
    const names = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at)!;
      if (node.callFrame.functionName !== '(root)') names.add(frameName(node));
    }
    return [...names];
  };
  const out: string[] = [];
  let stretch: { start: number; ms: number; self: Map<string, number> } | null = null;
  let clock = 0;
  const flush = () => {
    if (stretch && stretch.ms >= minMs) {
      const hot = [...stretch.self.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
      out.push(
        `  busy ${stretch.ms.toFixed(0)} ms at +${stretch.start.toFixed(0)} ms\n` +
          hot.map(([name, ms]) => `      ${ms.toFixed(1).padStart(7)} ms  ${name}`).join('\n'),
      );
    }
    stretch = null;
  };
  profile.samples.forEach((id, i) => {
    const delta = (profile.timeDeltas[i] ?? 0) / 1000;
    clock += delta;
    const node = byId.get(id)!;
    const name = node.callFrame.functionName;
    if (name === '(idle)') return flush();
    stretch ??= { start: clock, ms: 0, self: new Map() };
    stretch.ms += delta;
    const labels = IDLE.has(name) ? [name] : process.env.PROFILE_SELF ? [frameName(node)] : stack(id);
    for (const label of labels) stretch.self.set(label, (stretch.self.get(label) ?? 0) + delta);
  });
  flush();
  return out;
}

async function profiled<T>(cdp: CDPSession, what: string, minMs: number, run: () => Promise<T>): Promise<T> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  const result = await run();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  console.log(`\n== ${what}`);
  console.log(busyStretches(profile, minMs).join('\n') || '  (no busy stretch)');
  return result;
}

async function marks(page: Page): Promise<string> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('mark')
      .map((m) => `${m.name}@${m.startTime.toFixed(0)}`)
      .join('  '),
  );
}

async function waitForCharts(page: Page): Promise<void> {
  await waitForMarks(
    page,
    CHART_NAMES.map((n) => `chart:${n}:rendered`),
  );
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dir = args[0];
  if (!dir) throw new Error('usage: tsx test/bench/profile-load.ts DIR [--min-ms 50] [--toggles 5]');
  const flag = (name: string, fallback: number) =>
    args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback;
  const minMs = flag('--min-ms', 50);
  const toggles = flag('--toggles', 5);
  const server = await startStaticServer([{ prefix: '/', root: dir }]);
  const profileDir = mkdtempSync(join(tmpdir(), 'profile-load-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    viewport: DESKTOP_VIEWPORT,
    locale: 'zh-CN',
  });
  try {
    const cold = context.pages()[0] ?? (await context.newPage());
    const coldCdp = await context.newCDPSession(cold);
    await profiled(coldCdp, 'cold visit to details stored', minMs, async () => {
      await cold.goto(server.url, { waitUntil: 'commit' });
      await waitForCharts(cold);
      await waitForMarks(cold, [DB_DETAILS_MARK]);
      await cold.waitForTimeout(1500);
    });
    console.log(`  marks: ${await marks(cold)}`);
    await cold.waitForTimeout(3000); // service worker install
    const warm = await context.newPage();
    await cold.close();
    const warmCdp = await context.newCDPSession(warm);
    await profiled(warmCdp, 'warm visit (+3 s)', minMs, async () => {
      await warm.goto(server.url, { waitUntil: 'commit' });
      await waitForCharts(warm);
      await warm.waitForTimeout(3000);
    });
    console.log(`  marks: ${await marks(warm)}`);
    await profiled(warmCdp, `${toggles} region toggles`, minMs, async () => {
      for (let i = 0; i < toggles; i += 1) {
        await warm.locator('input[data-testid^="region-"]').first().click();
        await warm.waitForTimeout(1200);
      }
    });
  } finally {
    await context.close();
    await server.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
}

await main();
