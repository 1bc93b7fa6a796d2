/**
 * The harness itself: Chromium starts with the extension, its service worker runs, fixture pages are
 * served from 127.0.0.1, and nothing leaves the machine.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  CHROME_BUILD_DIR,
  isAllowedUrl,
  launchChromiumWithExtension,
  startStaticServer,
  watchNetwork,
  type ExtensionBrowser,
  type NetworkWatch,
  type StaticServer,
  type ChromeApi,
} from './lib';

declare const chrome: ChromeApi;

let server: StaticServer;
let browser: ExtensionBrowser;
let network: NetworkWatch;

beforeAll(async () => {
  server = await startStaticServer();
  browser = await launchChromiumWithExtension();
  network = watchNetwork(browser.context, browser.extensionId);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the real-browser harness', () => {
  it('loads the built extension and finds its service worker', async () => {
    const manifest = JSON.parse(await readFile(path.join(CHROME_BUILD_DIR, 'manifest.json'), 'utf8'));
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    expect(browser.serviceWorker.url()).toBe(browser.extensionUrl(manifest.background.service_worker));
    const version = await browser.serviceWorker.evaluate(() => chrome.runtime.getManifest().version);
    expect(version).toBe(manifest.version);
  });

  it('serves the seed article from 127.0.0.1 and finds its tab', async () => {
    const page = await browser.context.newPage();
    const response = await page.goto(server.url('seed-article.html'));
    expect(response?.status()).toBe(200);
    expect(new URL(page.url()).hostname).toBe('127.0.0.1');
    await expect(page.locator('h1').first().textContent()).resolves.toContain('Daesh');
    const tabId = await browser.tabIdOf(page);
    expect(tabId).toBeGreaterThan(0);
    expect(server.requests.some((r) => r.pathname === '/seed-article.html')).toBe(true);
    await page.close();
  });

  it('serves 404 for missing files and never leaves its roots', async () => {
    const missing = await fetch(server.url('no-such-page.html'));
    expect(missing.status).toBe(404);
    const escape = await fetch(`${server.origin}/..%2f..%2fpackage.json`);
    expect(escape.status).toBe(404);
  });

  it('records requests and tells local ones from outside ones', () => {
    expect(network.requests.some((r) => r.url === server.url('seed-article.html'))).toBe(true);
    expect(isAllowedUrl(server.url('x.html'), browser.extensionId)).toBe(true);
    expect(isAllowedUrl(browser.extensionUrl('popup.html'), browser.extensionId)).toBe(true);
    expect(isAllowedUrl('chrome-extension://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/x.js', browser.extensionId)).toBe(false);
    expect(isAllowedUrl('https://example.com/', browser.extensionId)).toBe(false);
    expect(isAllowedUrl('http://localhost:80/', browser.extensionId)).toBe(false);
  });

  it('made no request outside 127.0.0.1 and the extension', () => {
    expect(network.requests.length).toBeGreaterThan(0);
    network.assertNoOutsideRequests();
  });
});
