import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { version as echartsVersion } from 'echarts/core';
import { buildChartsRuntime, COMPILE_ALL_HINT } from '../../src/build/charts-runtime-plugin';
import { CHARTS_RUNTIME_GLOBAL } from '../../src/charts/runtime-global';

// The chart runtime must stay a classic script: that is what lets the service worker's install
// store its full code cache (src/charts/load-runtime.ts).
let code = '';
beforeAll(async () => {
  code = await buildChartsRuntime(true, 'es2022');
}, 60_000);

function run(): Record<string, unknown> {
  const context: Record<string, unknown> = {};
  vm.runInNewContext(code, context);
  return context;
}

describe('the chart runtime script', () => {
  it('compiles as a classic script (no import or export statement)', () => {
    expect(() => new vm.Script(code)).not.toThrow();
  });

  it("asks V8 to compile all of it at once (a first visit's streaming compile does it off the main thread)", () => {
    // The hint counts only as the file's first line.
    expect(code.startsWith(COMPILE_ALL_HINT)).toBe(true);
  });

  it('defines ECharts under one global and nothing else', () => {
    const context = run();
    expect(Object.keys(context)).toEqual([CHARTS_RUNTIME_GLOBAL]);
    const runtime = context[CHARTS_RUNTIME_GLOBAL] as { version: string; init: unknown };
    expect(runtime.version).toBe(echartsVersion);
    expect(typeof runtime.init).toBe('function');
  });

  it('leaves the SVG renderer out (it is loaded for SVG exports only)', () => {
    const runtime = run()[CHARTS_RUNTIME_GLOBAL] as {
      init: (dom: null, theme: null, options: object) => unknown;
    };
    expect(() => runtime.init(null, null, { renderer: 'svg', ssr: true, width: 10, height: 10 })).toThrow();
  });
});
