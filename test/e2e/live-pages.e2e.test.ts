/**
 * Pages that change after load, in real Chromium: paragraphs that arrive late, a single-page app that
 * swaps its article and changes the URL with history.pushState (and back with popstate), and the toolbar
 * badge following along; plus the tab toggle (the keyboard command's message) and live settings.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FIXTURES_DIR, readMarks, startSession, waitForMarks, type ChromeApi, type Session } from './lib';

declare const chrome: ChromeApi & { storage: { session: { get(k?: null): Promise<Record<string, unknown>> } }; tabs: { sendMessage(tabId: number, m: unknown): Promise<unknown> } };

/** The inner HTML of the first element with this id or class in a fixture page. */
function innerOf(file: string, marker: RegExp): string {
  const html = readFileSync(path.join(FIXTURES_DIR, file), 'utf8');
  const m = marker.exec(html);
  if (!m) throw new Error(`${file}: ${marker}`);
  return m[1]!;
}

// A tiny single-page app built at run time from two fixture articles and a list of links.
function spaPage(): string {
  const views = {
    '/spa/drought': { title: 'Drought Forces Farmers to Rethink Spring Planting', html: innerOf('cross-inline/source.html', /<div class="entry-content">([\s\S]*?)<\/div>\s*<\/article>/) },
    '/spa/bridge': { title: 'City Council Delays Vote on Harbor Bridge Repairs', html: innerOf('broken-up/source.html', /<div class="story-body">([\s\S]*?)<\/div>\s*<footer/) },
    '/spa/latest': { title: 'Latest', html: '<ul><li><a href="#">Markets close higher</a></li><li><a href="#">Storm warning issued</a></li><li><a href="#">School board meets</a></li></ul>' },
  };
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>SPA</title>
<style>body{font:17px/1.6 Georgia,serif;max-width:700px;margin:0 auto}</style></head><body>
<nav><a href="/spa/drought" data-go>Drought</a> <a href="/spa/bridge" data-go>Bridge</a> <a href="/spa/latest" data-go>Latest</a></nav>
<main><article><h1 id="title"></h1><div id="app"></div></article></main>
<script>
  const views = ${JSON.stringify(views)};
  function show(path) {
    const v = views[path] || views['/spa/drought'];
    document.getElementById('title').textContent = v.title;
    document.getElementById('app').innerHTML = v.html;
    document.title = v.title;
  }
  document.addEventListener('click', (e) => {
    const a = e.target.closest('a[data-go]');
    if (!a) return;
    e.preventDefault();
    history.pushState(null, '', a.getAttribute('href'));
    show(location.pathname);
  });
  window.addEventListener('popstate', () => show(location.pathname));
  show(location.pathname);
</script></body></html>`;
}

let session: Session;
const serveSpa = (_req: http.IncomingMessage, res: http.ServerResponse) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(spaPage());
};

// The seed article under a strict Content-Security-Policy: no inline styles or scripts of any kind.
const serveStrict = (_req: http.IncomingMessage, res: http.ServerResponse) => {
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': "default-src 'self'; style-src 'self'; script-src 'self'",
  });
  res.end(readFileSync(path.join(FIXTURES_DIR, 'seed-article.html'), 'utf8'));
};

beforeAll(async () => {
  session = await startSession({ server: { routes: { '/spa/drought': serveSpa, '/strict/seed-article.html': serveStrict } } });
});
afterAll(() => session?.close());

const stateOf = (tabId: number) =>
  session.browser.serviceWorker.evaluate(async (id) => (await chrome.storage.session.get(null))[`tab-state-${id}`] as { state: string; url: string; report?: { sources: unknown[] } } | undefined, tabId);
const marksIn = (page: Page, selector: string) => page.locator(`${selector} sourcelight-mark`).count();

describe('a page that adds paragraphs after load', () => {
  it('marks the first paragraphs, then the late ones once they arrive', async () => {
    const { page } = await session.openPage('late-paragraphs/source.html?delay=1200');
    await waitForMarks(page);
    const late = page.locator('#story-body p', { hasText: 'Tomas Brenner' });
    await expect.poll(() => late.count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => late.locator('sourcelight-mark').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const marks = await readMarks(page);
    expect(marks.some((m) => m.text.includes('Halvorsen') || m.text.includes('never ours to keep'))).toBe(true);
    await page.close();
  });
});

describe('a single-page app', () => {
  it('re-reads on pushState and popstate, and the badge follows', async () => {
    const { page, tabId } = await session.openPage('spa/drought');
    await waitForMarks(page);
    expect(await page.locator('sourcelight-mark', { hasText: 'Castellanos' }).count()).toBeGreaterThan(0);
    const drought = await stateOf(tabId);
    expect(drought?.state).toBe('article');
    await expect.poll(() => session.browser.badgeText(tabId), { timeout: 10_000 }).toBe(String(drought!.report!.sources.length));

    await page.click('a[href="/spa/bridge"]');
    await expect.poll(() => page.locator('sourcelight-mark', { hasText: 'Molina' }).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.locator('sourcelight-mark', { hasText: 'Castellanos' }).count()).toBe(0);
    await expect.poll(async () => (await stateOf(tabId))?.url, { timeout: 10_000 }).toMatch(/\/spa\/bridge$/);

    await page.click('a[href="/spa/latest"]');
    await expect.poll(() => page.locator('sourcelight-mark').count(), { timeout: 10_000 }).toBe(0);
    await expect.poll(async () => (await stateOf(tabId))?.state, { timeout: 10_000 }).toBe('not-article');
    await expect.poll(() => session.browser.badgeText(tabId), { timeout: 10_000 }).toBe('');

    await page.goBack();
    await expect.poll(() => page.locator('sourcelight-mark', { hasText: 'Molina' }).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await expect.poll(() => session.browser.badgeText(tabId), { timeout: 10_000 }).not.toBe('');
    expect(await marksIn(page, 'nav')).toBe(0);
    await page.close();
  });
});

describe('a page with a strict Content-Security-Policy', () => {
  it('is annotated, and the marks are coloured', async () => {
    const { page } = await session.openPage('strict/seed-article.html');
    await waitForMarks(page, { min: 10 });
    const background = await page.locator('sourcelight-mark[data-part="content"]').first().evaluate((m) => getComputedStyle(m).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    await page.close();
  });
});

describe('badge, toggle and settings', () => {
  it('shows no badge on a page that is not an article', async () => {
    const { page, tabId } = await session.openPage('seed-article.html');
    await waitForMarks(page);
    await expect.poll(() => session.browser.badgeText(tabId), { timeout: 10_000 }).not.toBe('');
    await page.goto(session.server.url('search-results.html'));
    await expect.poll(async () => (await stateOf(tabId))?.state, { timeout: 10_000 }).toBe('not-article');
    expect(await session.browser.badgeText(tabId)).toBe('');
    expect(await page.locator('sourcelight-mark').count()).toBe(0);
    await page.close();
  });

  it('toggles annotations on the tab (the keyboard command’s message) and follows the kinds setting live', async () => {
    const { page, tabId } = await session.openPage('seed-article.html');
    const all = await waitForMarks(page);
    const toggle = () =>
      session.browser.serviceWorker.evaluate((id) => chrome.tabs.sendMessage(id, { id: 1, type: 'tabToggleAnnotations', timestamp: Date.now() }), tabId);
    expect(await toggle()).toEqual({ res: false });
    expect(await page.locator('sourcelight-mark').count()).toBe(0);
    expect(await toggle()).toEqual({ res: true });
    await waitForMarks(page);

    await session.browser.serviceWorker.evaluate(() => chrome.storage.local.set({ highlightKinds: { person: true, organization: true, media: true, anonymous: false } }));
    const state = (await stateOf(tabId)) as unknown as { report: { sources: Array<{ id: string; kind: string }> } };
    const anonIds = new Set(state.report.sources.filter((s) => s.kind === 'anonymous').map((s) => s.id));
    expect(anonIds.size).toBeGreaterThan(0);
    await expect.poll(async () => (await readMarks(page)).filter((m) => anonIds.has(m.source ?? '')).length, { timeout: 10_000 }).toBe(0);
    expect((await readMarks(page)).length).toBeGreaterThan(0);
    await session.browser.serviceWorker.evaluate(() => chrome.storage.local.set({ highlightKinds: { person: true, organization: true, media: true, anonymous: true } }));
    await expect.poll(async () => (await readMarks(page)).length, { timeout: 10_000 }).toBe(all.length);
    await page.close();
  });

  it('ignores a message that is not from Sourcelight’s shape', async () => {
    const { page, tabId } = await session.openPage('seed-article.html');
    await waitForMarks(page);
    const answer = await session.browser.serviceWorker.evaluate(
      (id) => chrome.tabs.sendMessage(id, { id: 2, type: 'tabScrollTo', data: { attributionId: '<img src=x>' }, timestamp: Date.now() }),
      tabId,
    );
    expect(JSON.stringify(answer)).toMatch(/Bad message/);
    await page.close();
  });

  it('made no network request beyond 127.0.0.1 and the extension', () => {
    session.network.assertNoOutsideRequests();
  });
});
