// Builds the chart runtime (src/charts/runtime-script.ts: ECharts as set up in setup.ts) as a
// classic script beside the app's modules, and preloads it from index.html. Why a classic
// script: see src/charts/load-runtime.ts (the service worker's install stores its full code
// cache). The file is content-hashed like the other assets, so the service worker precaches
// it without a revision and a new ECharts is a new URL.
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions, type HtmlTagDescriptor, type Plugin, type Rollup } from 'vite';
import { CHARTS_RUNTIME_ATTRIBUTE } from '../charts/runtime-global.ts';

const ENTRY = fileURLToPath(new URL('../charts/runtime-script.ts', import.meta.url));

/**
 * V8's explicit compile hint: compile every function of the file at once, not when first called.
 * On a first visit the script is compiled while it downloads, off the main thread (streaming),
 * so ECharts' drawing code is ready before the first draw instead of being compiled inside it
 * (9 alternated cold loads: longest task 428 -> 289 ms, charts drawn 813 -> 747 ms). Later
 * visits use the full code cache the service worker's install made, hint or not.
 */
export const COMPILE_ALL_HINT = '//# allFunctionsCalledOnLoad\n';

type Minify = BuildOptions['minify'];
type Target = BuildOptions['target'];

/**
 * `entry` and all it imports as one classic script (an IIFE: no import or export statement in
 * it), with the compile-all hint. Also builds the benchmark's classic-script floor page.
 */
export async function buildClassicScript(entry: string, minify: Minify, target: Target): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    // ECharts reads process.env.NODE_ENV for its development warnings; a library build keeps it.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      minify,
      target,
      lib: { entry, formats: ['iife'], name: 'classicScript' },
    },
  });
  const results = (Array.isArray(output) ? output : [output]) as Rollup.RollupOutput[];
  const chunks = results.flatMap((result) => result.output).filter((file) => file.type === 'chunk');
  if (chunks.length !== 1) throw new Error(`${entry} built into ${chunks.length} chunks, not one`);
  return COMPILE_ALL_HINT + chunks[0]!.code;
}

/** The chart runtime as one classic script. */
export function buildChartsRuntime(minify: Minify, target: Target): Promise<string> {
  return buildClassicScript(ENTRY, minify, target);
}

export function chartsRuntimeScript(): Plugin {
  let fileName = '';
  let minify: Minify = true;
  let target: Target = 'es2022';
  return {
    name: 'charts-runtime-script',
    apply: 'build',
    configResolved(config) {
      minify = config.build.minify;
      target = config.build.target;
    },
    async buildStart() {
      const code = await buildChartsRuntime(minify, target);
      const hash = createHash('sha256').update(code).digest('base64url').slice(0, 8);
      fileName = `assets/charts-runtime-${hash}.js`;
      this.emitFile({ type: 'asset', fileName, source: code });
    },
    transformIndexHtml: {
      order: 'post',
      handler(): HtmlTagDescriptor[] {
        return [
          {
            tag: 'link',
            attrs: { rel: 'preload', as: 'script', href: `./${fileName}`, [CHARTS_RUNTIME_ATTRIBUTE]: true },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}
