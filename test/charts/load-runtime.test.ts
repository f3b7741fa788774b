// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHARTS_RUNTIME_ATTRIBUTE, CHARTS_RUNTIME_GLOBAL } from '../../src/charts/runtime-global';

const RUNTIME_URL = 'http://localhost/assets/charts-runtime-abcdefgh.js';

/** A fresh copy of the loader: it loads once per page, so each test gets its own page state. */
async function freshLoader() {
  vi.resetModules();
  return import('../../src/charts/load-runtime');
}

function preloadLink(): void {
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'script';
  link.href = RUNTIME_URL;
  link.setAttribute(CHARTS_RUNTIME_ATTRIBUTE, '');
  document.head.append(link);
}

function insertedScript(): HTMLScriptElement {
  const script = document.head.querySelector<HTMLScriptElement>(`script[src="${RUNTIME_URL}"]`);
  if (!script) throw new Error('the loader inserted no script for the preloaded runtime');
  return script;
}

const globals = globalThis as Record<string, unknown>;

beforeEach(() => {
  document.head.replaceChildren();
  delete globals[CHARTS_RUNTIME_GLOBAL];
});
afterEach(() => {
  delete globals[CHARTS_RUNTIME_GLOBAL];
});

describe('loadChartsRuntime', () => {
  it('runs the preloaded classic script and resolves with the ECharts it defines', async () => {
    preloadLink();
    const { loadChartsRuntime } = await freshLoader();
    const loading = loadChartsRuntime();
    const script = insertedScript();
    expect(script.type).toBe(''); // a classic script: a module would get no install-time code cache
    const runtime = { init: () => undefined };
    globals[CHARTS_RUNTIME_GLOBAL] = runtime;
    script.dispatchEvent(new Event('load'));
    await expect(loading).resolves.toBe(runtime);
    // Once: later charts and the PNG export share it.
    expect(loadChartsRuntime()).toBe(loading);
    expect(document.head.querySelectorAll('script')).toHaveLength(1);
  });

  it('rejects, naming the file, when the script cannot be loaded', async () => {
    preloadLink();
    const { loadChartsRuntime } = await freshLoader();
    const loading = loadChartsRuntime();
    insertedScript().dispatchEvent(new Event('error'));
    await expect(loading).rejects.toThrow(`${RUNTIME_URL} could not be loaded`);
  });

  it('rejects when the script ran but defined nothing', async () => {
    preloadLink();
    const { loadChartsRuntime } = await freshLoader();
    const loading = loadChartsRuntime();
    insertedScript().dispatchEvent(new Event('load'));
    await expect(loading).rejects.toThrow('did not define ECharts');
  });

  it('imports ECharts as a module where nothing preloads the script (dev server, tests)', async () => {
    const { loadChartsRuntime } = await freshLoader();
    const runtime = await loadChartsRuntime();
    const { echarts } = await import('../../src/charts/setup');
    expect(runtime).toBe(echarts);
    expect(document.head.querySelector('script')).toBeNull();
  });
});
