/**
 * The back/forward cache: an annotated article left and then restored keeps its marks, and the badge and
 * the tab's state (which the background forgot when the tab navigated away) come back with it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR, PROJECT_ROOT, startSession, waitForMarks, type ChromeApi, type Session } from './lib';

declare const chrome: ChromeApi & { storage: { session: { get(k?: null): Promise<Record<string, unknown>> } } };

// Served without the static server's Cache-Control: no-store, which keeps pages out of the cache.
const cacheable = (file: string) => (_req: http.IncomingMessage, res: http.ServerResponse) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(readFileSync(file, 'utf8'));
};

let session: Session;
beforeAll(async () => {
  session = await startSession({
    // Playwright turns the back/forward cache off by default; this test needs it on.
    launch: { ignoreDefaultArgs: ['--disable-back-forward-cache'] },
    server: {
      routes: {
        '/bf/seed-article.html': cacheable(path.join(FIXTURES_DIR, 'seed-article.html')),
        '/bf/search-results.html': cacheable(path.join(PROJECT_ROOT, 'test/e2e/pages/search-results.html')),
      },
    },
  });
});
afterAll(() => session?.close());

const stateOf = (tabId: number) =>
  session.browser.serviceWorker.evaluate(async (id) => ((await chrome.storage.session.get(null))[`tab-state-${id}`] as { state: string } | undefined)?.state, tabId);

describe('the back/forward cache', () => {
  it('restores the marks, the tab state and the badge', async () => {
    const { page, tabId } = await session.openPage('bf/seed-article.html');
    const marks = await waitForMarks(page, { min: 10 });
    await expect.poll(() => session.browser.badgeText(tabId), { timeout: 10_000 }).not.toBe('');
    const badge = await session.browser.badgeText(tabId);
    await page.evaluate(() => ((window as unknown as { kept: number }).kept = 1));

    await page.goto(session.server.url('bf/search-results.html'));
    await expect.poll(() => stateOf(tabId), { timeout: 10_000 }).toBe('not-article');
    expect(await session.browser.badgeText(tabId)).toBe('');

    await page.goBack({ waitUntil: 'commit' }); // a page restored from the cache fires no load event
    // The same document came back, not a reload.
    await expect.poll(() => page.evaluate(() => (window as unknown as { kept?: number }).kept), { timeout: 10_000 }).toBe(1);
    expect(await page.locator('sourcelight-mark').count()).toBe(marks.length);
    await expect.poll(() => stateOf(tabId), { timeout: 10_000 }).toBe('article');
    await expect.poll(() => session.browser.badgeText(tabId), { timeout: 10_000 }).toBe(badge);
  });
});
