import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { UserConfig } from 'vite';
import { shippedDataSize } from '../../src/build/shipped-data-size-plugin';

function defineOf(config: UserConfig): unknown {
  const hook = shippedDataSize().config as (c: UserConfig) => UserConfig;
  return hook(config).define?.['import.meta.env.SHIPPED_DATA_BYTES'];
}

describe('shippedDataSize', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  function publicDirWith(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'shipped-size-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'data'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'data', name), text);
    return dir;
  }

  it('adds up facts.json and dataset.json of the public dir the build is given', () => {
    const dir = publicDirWith({
      'facts.json': 'x'.repeat(300),
      'dataset.json': 'y'.repeat(1200),
      'other.json': 'z',
    });
    expect(defineOf({ root: '/', publicDir: dir })).toBe('1500');
  });

  it('resolves a relative public dir against the root, and counts missing files as 0', () => {
    const dir = publicDirWith({ 'facts.json': '{}' });
    expect(defineOf({ root: join(dir, '..'), publicDir: dir.split('/').at(-1) })).toBe('2');
  });
});
