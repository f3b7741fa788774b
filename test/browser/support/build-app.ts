// Builds the app once for a test run or a benchmark: `npm run build` runs the data step and
// vite build, exactly what a deploy runs. SKIP_BUILD=1 reuses an existing dist/ (fast reruns).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PROJECT_ROOT = join(import.meta.dirname, '..', '..', '..');
export const DIST_DIR = join(PROJECT_ROOT, 'dist');

export function buildAppUnlessSkipped(env: NodeJS.ProcessEnv = process.env): void {
  const distReady = existsSync(join(DIST_DIR, 'index.html'));
  if (env.SKIP_BUILD === '1' && distReady) return;
  const result = spawnSync('npm', ['run', 'build', '--silent'], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    // Show the build's own output: the test failure is useless without it.
    throw new Error(`npm run build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}

/**
 * Copies dist/ to a fresh temp dir and returns its path. Several people (and CI steps) build
 * into the same dist/; serving a private copy keeps a run from seeing half of someone else's build.
 */
export function snapshotDist(prefix = 'dist-snapshot-'): string {
  const copy = mkdtempSync(join(tmpdir(), prefix));
  cpSync(DIST_DIR, copy, { recursive: true });
  return copy;
}
