import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { Rollup } from 'vite';
import { strictSystemChunks } from '../../src/build/classic-chunks-plugin';

type Chunk = Pick<Rollup.OutputChunk, 'type' | 'fileName' | 'code'>;

/** Runs the plugin's generateBundle over chunks with the given code; returns the new code. */
function strictify(...codes: string[]): string[] {
  const bundle = Object.fromEntries(
    codes.map((code, i): [string, Chunk] => [`c${i}.js`, { type: 'chunk', fileName: `c${i}.js`, code }]),
  );
  const plugin = strictSystemChunks();
  const hook = plugin.generateBundle as (this: unknown, options: unknown, bundle: unknown) => void;
  const context = {
    error(message: string): never {
      throw new Error(message);
    },
  };
  hook.call(context, {}, bundle);
  return codes.map((_, i) => bundle[`c${i}.js`]!.code);
}

/** Executes a System.register chunk with a stub SystemJS; returns what the module exported. */
function exportsOf(code: string): Record<string, unknown> {
  const exported: Record<string, unknown> = {};
  const System = {
    register(_deps: string[], factory: (exp: (name: string, value: unknown) => void) => { execute(): void }) {
      factory((name, value) => (exported[name] = value)).execute();
    },
  };
  vm.runInNewContext(code, { System });
  return exported;
}

// A block-level function that shares its minified name with an outer binding: harmless in an
// ES module (block-scoped), but sloppy code hoists it over the outer binding (Annex B.3.3), the
// way the page broke with "e is not a function" (vitejs/vite#23296).
const CLASHING_NAMES =
  'System.register([],function(e,t){var n;return{setters:[],execute:function(){n=1;{function n(){}}e("n",n)}}});';

describe('strictSystemChunks', () => {
  it('runs a SystemJS chunk as strict code, as the ES module it was', () => {
    expect(typeof exportsOf(CLASHING_NAMES).n, 'the unchanged chunk runs sloppy').toBe('function');
    const [strict] = strictify(CLASHING_NAMES);
    expect(exportsOf(strict!).n).toBe(1);
  });

  it('puts the directive first in the module body, with or without a wrapping function', () => {
    const wrapped = `(function(){${CLASHING_NAMES}})();`;
    const strictBody = (code: string) => code.replace('function(e,t){', 'function(e,t){"use strict";');
    expect(strictify(CLASHING_NAMES, wrapped)).toEqual([strictBody(CLASHING_NAMES), strictBody(wrapped)]);
    const withDeps =
      'System.register(["./a-legacy-1.js","./b-legacy-2.js"], function (_export, _context) {x()});';
    expect(strictify(withDeps)).toEqual([
      'System.register(["./a-legacy-1.js","./b-legacy-2.js"], function (_export, _context) {"use strict";x()});',
    ]);
  });

  it('leaves chunks that are not SystemJS modules alone', () => {
    const plain = 'self.onmessage=()=>{};';
    expect(strictify(plain)).toEqual([plain]);
  });

  it('fails the build on a chunk it cannot read, instead of shipping it sloppy', () => {
    expect(() => strictify(CLASHING_NAMES + CLASHING_NAMES)).toThrow(/c0\.js: expected one System\.register/);
    expect(() => strictify('System.register(deps, factory);')).toThrow(/found 0/);
  });
});
