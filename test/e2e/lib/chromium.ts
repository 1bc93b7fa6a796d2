/**
 * Launches Debian's Chromium with the built extension loaded, through playwright-core. Headless runs use
 * Chromium's new headless mode (the full browser, so MV3 extensions and their service worker load).
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROME_BUILD_DIR } from './paths';
import { chromiumPath } from './find-browser';
import type { ChromeApi } from './chrome-api';

declare const chrome: ChromeApi;

/** The flags the team agreed on (see the brief), besides the extension ones. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface LaunchOptions {
  /** Default true. */
  headless?: boolean;
  /** Unpacked build to load. Default `.output/chrome-mv3`. */
  extensionPath?: string;
  /** Extra Chromium flags (e.g. a window size). */
  args?: string[];
  /** Playwright defaults to drop besides `--disable-extensions` (e.g. `--disable-back-forward-cache`). */
  ignoreDefaultArgs?: string[];
  viewport?: { width: number; height: number } | null;
  /** Browser binary. Default: Debian's Chromium (`chromiumPath()`); the demo passes the user's browser. */
  executablePath?: string;
  /** Let Playwright close the browser on SIGINT/SIGTERM/SIGHUP (default true); false when the caller cleans up itself. */
  handleSignals?: boolean;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  /** The unpacked build that was loaded (absolute path). */
  extensionPath: string;
  /** The extension's id, read from its service worker's URL. */
  extensionId: string;
  /** The extension's background service worker (evaluate `chrome.*` calls in it). */
  serviceWorker: Worker;
  /** Opens `chrome-extension://<id>/popup.html?tabId=N` in a new tab and returns it. */
  openPopup(tabId: number): Promise<Page>;
  /** The browser's tab id of a page (what the popup's `tabId` and the badge refer to). */
  tabIdOf(page: Page): Promise<number>;
  /** The toolbar badge text on a tab ('' when none). */
  badgeText(tabId: number): Promise<string>;
  /** `chrome-extension://<id>/<path>`. */
  extensionUrl(pathname: string): string;
  /** Closes the browser and deletes its temporary profile. Safe to call twice. */
  close(): Promise<void>;
}

/** Launches Chromium with the extension; throws when the build is missing or its service worker never starts. */
export async function launchChromiumWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionPath = path.resolve(options.extensionPath ?? CHROME_BUILD_DIR);
  if (!existsSync(path.join(extensionPath, 'manifest.json'))) {
    throw new Error(`No extension build at ${extensionPath}: run \`npx wxt build\` first.`);
  }
  const headless = options.headless ?? true;
  const profile = await mkdtemp(path.join(os.tmpdir(), 'sourcelight-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: options.executablePath ?? chromiumPath(),
    handleSIGINT: options.handleSignals ?? true,
    handleSIGTERM: options.handleSignals ?? true,
    handleSIGHUP: options.handleSignals ?? true,
    // Playwright's `headless: true` passes `--headless`, which in current Chromium is the new headless mode:
    // the full browser, extensions included (verified by the harness test finding the service worker).
    headless,
    viewport: options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport,
    ignoreDefaultArgs: ['--disable-extensions', ...(options.ignoreDefaultArgs ?? [])],
    args: [
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      ...CHROMIUM_FLAGS,
      ...(options.args ?? []),
    ],
  });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await context.close().catch(() => {});
    await rm(profile, { recursive: true, force: true }).catch(() => {});
  };

  try {
    const serviceWorker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', {
        predicate: (w) => w.url().startsWith('chrome-extension://'),
        timeout: 20_000,
      }));
    const extensionId = new URL(serviceWorker.url()).host;
    const extensionUrl = (pathname: string) => `chrome-extension://${extensionId}/${pathname.replace(/^\/+/, '')}`;

    const tabIdOf = async (page: Page): Promise<number> => {
      const url = page.url();
      // With host access (the content script's matches) the tab's URL is visible; otherwise fall back to
      // the active tab after bringing the page to the front.
      const byUrl = await serviceWorker.evaluate(async (wanted) => {
        const tabs = await chrome.tabs.query({});
        return tabs.filter((t) => t.url === wanted).map((t) => t.id ?? -1);
      }, url);
      if (byUrl.length === 1) return byUrl[0]!;
      await page.bringToFront();
      const active = await serviceWorker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id ?? -1;
      });
      if (active < 0) throw new Error(`No tab found for ${url}`);
      return active;
    };

    return {
      context,
      extensionPath,
      extensionId,
      serviceWorker,
      extensionUrl,
      tabIdOf,
      async openPopup(tabId) {
        const popup = await context.newPage();
        await popup.goto(extensionUrl(`popup.html?tabId=${tabId}`));
        return popup;
      },
      badgeText: (tabId) => serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
