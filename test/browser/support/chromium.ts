// Launches Debian's Chromium through playwright-core (Playwright's own browser downloads do
// not work on this network) and records every console error and uncaught page error, so a
// test fails on errors the user would never see but that mean something broke.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** No sandbox (containers run as root), no GPU, and no background traffic that skews timings. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function assertChromiumInstalled(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install it with: apt-get install -y chromium fonts-noto-cjk ` +
        '(.ci/run does this).',
    );
  }
}

export function launchChromium(): Promise<Browser> {
  assertChromiumInstalled();
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** A page with its collected errors. `close()` releases the context (and its temp profile). */
export interface Session {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions seen on any page of the context, in order. */
  errors: string[];
  close(): Promise<void>;
}

export const DESKTOP_VIEWPORT = { width: 1440, height: 1000 };
export const PHONE_VIEWPORT = { width: 375, height: 800 };

/** Chinese is the default UI; the browser locale is set so the app sees a zh-CN user. */
const DEFAULT_CONTEXT: BrowserContextOptions = { viewport: DESKTOP_VIEWPORT, locale: 'zh-CN' };

export function watchErrors(context: BrowserContext, errors: string[]): void {
  const watchPage = (page: Page): void => {
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    // Chromium's console line for a failed load omits the URL; record it beside the error.
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`http ${response.status()}: ${response.url()}`);
    });
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
}

/** A fresh incognito-like context: no service worker, no IndexedDB, no cache. */
export async function openSession(browser: Browser, options: BrowserContextOptions = {}): Promise<Session> {
  const context = await browser.newContext({ ...DEFAULT_CONTEXT, ...options });
  const errors: string[] = [];
  watchErrors(context, errors);
  const page = await context.newPage();
  return { context, page, errors, close: () => context.close() };
}

/**
 * A context on a profile directory that survives reloads and new tabs (service worker,
 * IndexedDB, HTTP cache), for offline and warm-start tests. The directory is removed on close.
 */
export async function openPersistentSession(options: BrowserContextOptions = {}): Promise<Session> {
  assertChromiumInstalled();
  const profileDir = mkdtempSync(join(tmpdir(), 'dashboard-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    ...DEFAULT_CONTEXT,
    ...options,
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    acceptDownloads: true,
  });
  const errors: string[] = [];
  watchErrors(context, errors);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    errors,
    close: async () => {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
