// Vitest global setup for the 'browser' project: build the app once, serve dist/ on loopback
// and hand the URL to every test file through provide/inject.
import type { TestProject } from 'vitest/node';
import { buildAppUnlessSkipped, DIST_DIR } from './support/build-app';
import { startStaticServer } from './support/static-server';
import { assertChromiumInstalled } from './support/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where dist/ is served, with a trailing slash. */
    appUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  assertChromiumInstalled();
  buildAppUnlessSkipped();
  const server = await startStaticServer([{ prefix: '/', root: DIST_DIR }]);
  project.provide('appUrl', server.url);
  return () => server.close();
}
