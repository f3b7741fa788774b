// Loads ECharts for the live charts. In the production build it is a classic script, not a
// module chunk, for one reason: when the service worker stores a classic script while it
// installs, Chromium compiles the whole script and stores its full code cache beside it
// (blink Cache::PutImpl / V8CodeCache::GenerateFullCodeCache, which compiles as a classic
// script: a module fails there and gets no cache). Every later visit then starts ECharts
// without compiling any of it. As a module, only the functions that had run when the module
// cache was made (after evaluation, before any chart was drawn) were cached: a warm start spent
// ~130 ms compiling (traced), ~60 ms of it ECharts' drawing code; the median warm load of an
// A/B fell ~45 ms (15 alternated runs, twice), later visits ~75 ms.
// index.html preloads the script (charts-runtime-plugin.ts adds the link); without that link
// (dev server, tests) ECharts is imported as the module it is.
import type { echarts as ECharts } from './setup';
import { CHARTS_RUNTIME_ATTRIBUTE, CHARTS_RUNTIME_GLOBAL } from './runtime-global';

export type ChartsRuntime = typeof ECharts;

function fromGlobal(): ChartsRuntime | undefined {
  return (globalThis as Record<string, unknown>)[CHARTS_RUNTIME_GLOBAL] as ChartsRuntime | undefined;
}

function runScript(src: string): Promise<ChartsRuntime> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => {
      const runtime = fromGlobal();
      if (runtime) resolve(runtime);
      else reject(new Error(`The chart runtime ${src} ran but did not define ECharts`));
    };
    script.onerror = () => reject(new Error(`The chart runtime ${src} could not be loaded`));
    document.head.append(script);
  });
}

let loading: Promise<ChartsRuntime> | undefined;

/** ECharts with the app's charts registered; loaded once, on the first call. */
export function loadChartsRuntime(): Promise<ChartsRuntime> {
  if (!loading) {
    const preload =
      typeof document === 'undefined'
        ? null
        : document.querySelector<HTMLLinkElement>(`link[${CHARTS_RUNTIME_ATTRIBUTE}]`);
    const loaded = fromGlobal();
    if (loaded) loading = Promise.resolve(loaded);
    else if (preload) loading = runScript(preload.href);
    else loading = import('./setup').then((module) => module.echarts);
  }
  return loading;
}
