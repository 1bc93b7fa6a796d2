/**
 * One real-browser session for a test file: the 127.0.0.1 server, Chromium with the extension, and the
 * network watcher, started together and closed together.
 *
 *   let s: Session;
 *   beforeAll(async () => { s = await startSession(); });
 *   afterAll(() => s?.close());
 *   it('...', async () => { const { page, tabId } = await s.openPage('seed-article.html'); ... });
 *   it('made no request of its own', () => s.network.assertNoOutsideRequests());
 */
import type { Page } from 'playwright-core';
import { launchChromiumWithExtension, type ExtensionBrowser, type LaunchOptions } from './chromium';
import { watchNetwork, type NetworkWatch } from './network-watch';
import { startStaticServer, type StaticServer, type StaticServerOptions } from './static-server';

export interface Session {
  server: StaticServer;
  browser: ExtensionBrowser;
  network: NetworkWatch;
  /** Opens a served path (e.g. `seed-article.html`) in a new tab; returns the page and its tab id. */
  openPage(pathname: string): Promise<{ page: Page; tabId: number }>;
  /** Closes the browser, then the server. Safe to call twice. */
  close(): Promise<void>;
}

/** Starts server and browser; if the browser fails to start, the server is closed before the error is rethrown. */
export async function startSession(options: { server?: StaticServerOptions; launch?: LaunchOptions } = {}): Promise<Session> {
  const server = await startStaticServer(options.server);
  let browser: ExtensionBrowser;
  try {
    browser = await launchChromiumWithExtension(options.launch);
  } catch (error) {
    await server.close();
    throw error;
  }
  const network = watchNetwork(browser.context, browser.extensionId, browser.extensionPath);
  let closed = false;
  return {
    server,
    browser,
    network,
    async openPage(pathname) {
      const page = await browser.context.newPage();
      const response = await page.goto(server.url(pathname));
      if (!response || response.status() !== 200) throw new Error(`${pathname}: HTTP ${response?.status()}`);
      return { page, tabId: await browser.tabIdOf(page) };
    },
    async close() {
      if (closed) return;
      closed = true;
      network.stop();
      await browser.close();
      await server.close();
    },
  };
}
