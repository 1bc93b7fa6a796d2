/**
 * The harness itself: Chromium starts with the extension, its service worker runs, fixture pages are
 * served from 127.0.0.1, and nothing leaves the machine.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CHROME_BUILD_DIR, isAllowedUrl, startSession, type ChromeApi, type Session } from './lib';

declare const chrome: ChromeApi;

let session: Session;

beforeAll(async () => {
  session = await startSession();
});

afterAll(() => session?.close());

describe('the real-browser harness', () => {
  const server = () => session.server;
  const browser = () => session.browser;
  const network = () => session.network;

  it('loads the built extension and finds its service worker', async () => {
    const manifest = JSON.parse(await readFile(path.join(CHROME_BUILD_DIR, 'manifest.json'), 'utf8'));
    expect(browser().extensionId).toMatch(/^[a-p]{32}$/);
    expect(browser().serviceWorker.url()).toBe(browser().extensionUrl(manifest.background.service_worker));
    const version = await browser().serviceWorker.evaluate(() => chrome.runtime.getManifest().version);
    expect(version).toBe(manifest.version);
  });

  it('serves the seed article from 127.0.0.1 and finds its tab', async () => {
    const { page, tabId } = await session.openPage('seed-article.html');
    expect(new URL(page.url()).hostname).toBe('127.0.0.1');
    await expect(page.locator('h1').first().textContent()).resolves.toContain('Daesh');
    expect(tabId).toBeGreaterThan(0);
    const tab = await session.browser.serviceWorker.evaluate((id) => chrome.tabs.get(id), tabId);
    expect(tab.active).toBe(true);
    expect(server().requests.some((r) => r.pathname === '/seed-article.html')).toBe(true);
    await page.close();
  });

  it('serves 404 for missing files and never leaves its roots', async () => {
    const missing = await fetch(server().url('no-such-page.html'));
    expect(missing.status).toBe(404);
    const escape = await fetch(`${server().origin}/..%2f..%2fpackage.json`);
    expect(escape.status).toBe(404);
  });

  it('records requests and tells local ones from outside ones', () => {
    expect(network().requests.some((r) => r.url === server().url('seed-article.html'))).toBe(true);
    expect(isAllowedUrl(server().url('x.html'), browser().extensionId)).toBe(true);
    expect(isAllowedUrl(browser().extensionUrl('popup.html'), browser().extensionId)).toBe(true);
    expect(isAllowedUrl('chrome-extension://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/x.js', browser().extensionId)).toBe(false);
    expect(isAllowedUrl('https://example.com/', browser().extensionId)).toBe(false);
    expect(isAllowedUrl('http://localhost:80/', browser().extensionId)).toBe(false);
    // use_dynamic_url resources: a GUID host, allowed only for a file of our own build.
    const dir = browser().extensionPath;
    expect(isAllowedUrl('chrome-extension://89dba16c-cc26-4830-814a-bbb58d573916/manifest.json', browser().extensionId, dir)).toBe(true);
    expect(isAllowedUrl('chrome-extension://89dba16c-cc26-4830-814a-bbb58d573916/nope.js', browser().extensionId, dir)).toBe(false);
    expect(isAllowedUrl('chrome-extension://89dba16c-cc26-4830-814a-bbb58d573916/../../etc/passwd', browser().extensionId, dir)).toBe(false);
    const files = new Set(['manifest.json', 'chunks/a.js']);
    expect(isAllowedUrl('chrome-extension://89dba16c-cc26-4830-814a-bbb58d573916/chunks/a.js', browser().extensionId, files)).toBe(true);
    expect(isAllowedUrl('chrome-extension://89dba16c-cc26-4830-814a-bbb58d573916/chunks/b.js', browser().extensionId, files)).toBe(false);
  });

  it('made no request outside 127.0.0.1 and the extension', () => {
    expect(network().requests.length).toBeGreaterThan(0);
    network().assertNoOutsideRequests();
  });
});
