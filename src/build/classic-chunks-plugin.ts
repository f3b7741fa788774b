// Builds the app's own chunks as classic scripts (SystemJS modules) instead of ES modules.
// Why: when the service worker stores a script while it installs, Chromium compiles it and keeps
// its full code cache, but only as a classic script: a module gets none (load-runtime.ts has the
// details, measured on the chart runtime first). Every warm start then compiled the app's
// modules again on the main thread. @vitejs/plugin-legacy turns each chunk into a
// System.register module, keeps import() and import.meta working through SystemJS, and loads the
// entry from a classic script tag; the browsers we target need no polyfill, so none is built.
// Workers stay ES modules (vite.config.ts worker.format).
import legacy from '@vitejs/plugin-legacy';
import type { Plugin, Rollup } from 'vite';

/** Browsers with module workers, top-level await in workers and the CSS the app uses. */
const TARGETS = ['chrome >= 120', 'edge >= 120', 'firefox >= 120', 'safari >= 17'];

/** `System.register([deps], function (_export, _context) {` opening a SystemJS chunk's body. */
const REGISTER_OPENING = /System\.register\(\[[^\]]*\],\s*function\s*\([\w$]*(?:,\s*[\w$]+)?\)\s*\{/g;

const STRICT = '"use strict";';

/**
 * Makes each SystemJS chunk's body strict mode again. Its code came from ES modules, which are
 * always strict, and the minifier treats it so; but the System.register wrapper carries no
 * "use strict", so browsers ran it as sloppy code, where a block-level function declaration
 * leaks into the enclosing function and can overwrite a minified name (vitejs/vite#23296: the
 * page stopped with "e is not a function"). The directive has to go in after minification,
 * which drops it, hence generateBundle.
 */
export function strictSystemChunks(): Plugin {
  return {
    name: 'strict-system-chunks',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle: Rollup.OutputBundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.code.includes('System.register(')) continue;
        const openings = [...chunk.code.matchAll(REGISTER_OPENING)];
        if (openings.length !== 1) {
          this.error(
            `${chunk.fileName}: expected one System.register(...) wrapper, found ${openings.length}`,
          );
        }
        const end = openings[0]!.index + openings[0]![0].length;
        chunk.code = chunk.code.slice(0, end) + STRICT + chunk.code.slice(end);
      }
    },
  };
}

export function classicScriptChunks(): Plugin[] {
  return [...legacy({ targets: TARGETS, renderModernChunks: false, polyfills: false }), strictSystemChunks()];
}
