/**
 * The popup as a reader uses it, in real Chromium: opened as `popup.html?tabId=N` for the seed article's
 * tab, it lists the engine's sources with their roles and quotes; clicking a quote scrolls the page to its
 * mark and flashes it; clicking a source steps through its mentions; the site switch turns the page's
 * annotations off (restoring the page exactly) and on again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cliReport, pristineBodyHtml, readMarks, startSession, waitForMarks, type CliReport, type Session } from './lib';

const SEED = 'seed-article.html';

let session: Session;
let report: CliReport;
let page: Page;
let popup: Page;
let tabId: number;

beforeAll(async () => {
  // A short window, so the article runs well below the fold and a jump has somewhere to go.
  [session, report] = await Promise.all([
    startSession({ launch: { viewport: { width: 1000, height: 520 } } }),
    cliReport(`test/fixtures/${SEED}`),
  ]);
  ({ page, tabId } = await session.openPage(SEED));
  await waitForMarks(page);
  popup = await session.browser.openPopup(tabId);
  // Record every flash (a Web Animation on a mark), sampled from the page's side every 20 ms: a flash
  // lasts over a second, and the recorder runs before any click, so none is missed.
  await page.evaluate(() => {
    const w = window as unknown as { flashes: string[] };
    w.flashes = [];
    setInterval(() => {
      for (const mark of document.querySelectorAll('sourcelight-mark')) {
        const id = mark.getAttribute('data-attribution') ?? '';
        if (mark.getAnimations().length > 0 && !w.flashes.includes(id)) w.flashes.push(id);
      }
    }, 20);
  });
});

afterAll(() => session?.close());

/** Where a mark of `attributionId` sits in the page's viewport, and the page's scroll position. */
function markPosition(attributionId: string) {
  return page.evaluate((id) => {
    const mark = document.querySelector(`sourcelight-mark[data-attribution="${id}"]`)!;
    const r = mark.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, inView: r.top >= 0 && r.bottom <= innerHeight, scrollY };
  }, attributionId);
}

describe('the popup for the seed article', () => {
  it('lists every source the engine finds, with roles and quotes', async () => {
    const names = popup.locator('.source-name-text');
    await expect.poll(() => names.count(), { timeout: 15_000 }).toBe(report.sources.length);
    expect((await names.allTextContents()).sort()).toEqual(report.sources.map((s) => s.name).sort());

    const jeffrey = popup.locator('li.source', { has: popup.locator('.source-name-text', { hasText: 'James Jeffrey' }) });
    await expect(jeffrey.locator('.source-role').textContent()).resolves.toContain('State Department envoy');
    // A direct quote is shown in quotation marks.
    const quote = await jeffrey.locator('.quote-text').first().textContent();
    expect(quote).toMatch(/^[“"].*They haven’t taken advantage of it, as far as we can see.*[”"]$/);

    const quotes = popup.locator('button.quote');
    expect(await quotes.count()).toBe(report.attributions.length);
  });

  it('clicking a quote scrolls the page to its mark and flashes it', async () => {
    const last = report.attributions.at(-1)!;
    const before = await markPosition(last.id);
    expect(before.inView, 'the last quote starts below the fold').toBe(false);

    const words = last.content[0]!.text.slice(0, 30);
    await popup.locator('button.quote', { hasText: words }).click();
    await expect.poll(() => markPosition(last.id).then((p) => p.inView), { timeout: 10_000 }).toBe(true);
    expect((await markPosition(last.id)).scrollY).toBeGreaterThan(before.scrollY);
    await page.waitForFunction((id) => (window as unknown as { flashes: string[] }).flashes.includes(id), last.id, { timeout: 10_000 });
  });

  it('clicking a source steps through its mentions on the page', async () => {
    // The source cited most often has more than one place to step to.
    const counts = new Map<string, number>();
    for (const a of report.attributions) if (a.sourceId) counts.set(a.sourceId, (counts.get(a.sourceId) ?? 0) + 1);
    const [sourceId, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    expect(count).toBeGreaterThan(1);
    const name = report.sources.find((s) => s.id === sourceId)!.name;
    const ids = report.attributions.filter((a) => a.sourceId === sourceId).map((a) => a.id);
    const button = popup.locator('button.source-name', { hasText: name });

    await page.evaluate(() => ((window as unknown as { flashes: string[] }).flashes = []));
    await button.click();
    await page.waitForFunction((id) => (window as unknown as { flashes: string[] }).flashes.includes(id), ids[0]!, { timeout: 10_000 });
    await button.click();
    await page.waitForFunction((id) => (window as unknown as { flashes: string[] }).flashes.includes(id), ids[1]!, { timeout: 10_000 });
    await expect.poll(() => markPosition(ids[1]!).then((p) => p.inView), { timeout: 10_000 }).toBe(true);
  });

  it('the site switch turns annotations off, restoring the page exactly, and on again', async () => {
    const before = await readMarks(page);
    const pristine = await pristineBodyHtml(page);
    const toggle = popup.getByRole('switch');
    await expect.poll(() => toggle.getAttribute('aria-checked'), { timeout: 10_000 }).toBe('true');

    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('false');
    await page.waitForFunction(() => document.querySelectorAll('sourcelight-mark').length === 0, null, { timeout: 10_000 });
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(pristine);
    await expect.poll(() => session.browser.badgeText(tabId), { timeout: 10_000 }).toBe('');

    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('true');
    expect(await waitForMarks(page)).toEqual(before);
    await expect.poll(() => session.browser.badgeText(tabId), { timeout: 10_000 }).toBe(String(report.sources.length));
  });

  it('made no network request beyond 127.0.0.1 and the extension', () => {
    expect(session.network.requests.some((r) => r.url.includes('popup.html'))).toBe(true);
    session.network.assertNoOutsideRequests();
  });
});
