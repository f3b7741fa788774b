// Vitest global setup for the 'browser' project: build the app once, serve dist/ on loopback
// and hand the URL to every test file through provide/inject.
import type { TestProject } from 'vitest/node';
import { rmSync } from 'node:fs';
import { buildAppUnlessSkipped, snapshotDist } from './support/build-app';
import { startStaticServer } from './support/static-server';
import { assertChromiumInstalled } from './support/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the build is served, with a trailing slash. */
    appUrl: string;
    /** The served copy of dist/ (tests read the built dataset from here). */
    distDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  assertChromiumInstalled();
  buildAppUnlessSkipped();
  const distDir = snapshotDist();
  const server = await startStaticServer([{ prefix: '/', root: distDir }]);
  project.provide('appUrl', server.url);
  project.provide('distDir', distDir);
  return async () => {
    await server.close();
    rmSync(distDir, { recursive: true, force: true });
  };
}
