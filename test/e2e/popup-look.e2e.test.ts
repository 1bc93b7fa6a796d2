/**
 * The popup and options page as they look and work in real Chromium, where layout, colour and real key
 * presses exist: axe-core with colour contrast in light and dark, no horizontal overflow at 200% zoom,
 * keyboard use from the filter box to a quote that scrolls the page, a JSON download, and the messages
 * for pages that are not articles or where extensions cannot run. Screenshots go to test/e2e/output/
 * (ignored by git) for a human to look at.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_OUTPUT_DIR, cliReport, startSession, waitForMarks, type CliReport, type Session } from './lib';

const SEED = 'seed-article.html';
const AXE_SOURCE = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const NOT_ARTICLE = `<!doctype html><html lang="en"><head><title>Search: storm</title></head><body>
<form role="search"><input name="q" value="storm" aria-label="Search"></form>
<ul><li><a href="/a">Storm warning issued</a></li><li><a href="/b">Storm passes</a></li></ul></body></html>`;

let session: Session;
let report: CliReport;
let page: Page;
let tabId: number;

beforeAll(async () => {
  [session, report] = await Promise.all([
    startSession({
      launch: { viewport: { width: 1000, height: 520 } },
      server: { routes: { '/not-article.html': (_, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end(NOT_ARTICLE) } },
    }),
    cliReport(`test/fixtures/${SEED}`),
  ]);
  ({ page, tabId } = await session.openPage(SEED));
  await waitForMarks(page);
});

afterAll(() => session?.close());

/** Opens popup.html?tabId=N at the popup's size in a colour scheme, once its list (or a state message) is shown. */
async function openPopup(forTab: number, scheme: 'light' | 'dark' = 'light', size = { width: 380, height: 560 }): Promise<Page> {
  const popup = await session.browser.context.newPage();
  await popup.setViewportSize(size);
  await popup.emulateMedia({ colorScheme: scheme });
  await popup.goto(session.browser.extensionUrl(`popup.html?tabId=${forTab}`));
  await popup.locator('.source-name-text, .state-title').first().waitFor({ timeout: 15_000 });
  return popup;
}

/** axe-core's violations on a page, colour contrast included: "rule: target" strings. */
async function axeViolations(target: Page): Promise<string[]> {
  // DevTools evaluation is not bound by the extension page's script-src 'self'.
  await target.evaluate(await AXE_SOURCE);
  return target.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** Elements that stick out to the right of the viewport, or text cut off inside its box. */
function overflow(target: Page) {
  return target.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width) out.push(`page ${document.documentElement.scrollWidth} > ${width}`);
    for (const el of document.querySelectorAll<HTMLElement>('button, p, h1, h2, h3, label, select, input, li')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || el.classList.contains('visually-hidden')) continue;
      if (box.right > width + 0.5) out.push(`${el.className || el.tagName} "${el.textContent!.slice(0, 30)}": right ${Math.round(box.right)}`);
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'hidden') out.push(`${el.className}: clipped`);
    }
    return out;
  });
}

describe('the popup looks finished', () => {
  it.each(['light', 'dark'] as const)('passes axe, colour contrast included, in the %s theme', async (scheme) => {
    const popup = await openPopup(tabId, scheme);
    await popup.locator('[role="switch"][aria-checked="true"]:not([disabled])').waitFor();
    await popup.screenshot({ path: path.join(E2E_OUTPUT_DIR, `popup-seed-${scheme}.png`) });
    await popup.screenshot({ path: path.join(E2E_OUTPUT_DIR, `popup-seed-${scheme}-full.png`), fullPage: true });
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('keeps its own width when measured as a toolbar popup, from a tiny starting window', async () => {
    // Chrome lays a popup out in a 25x25 window and grows the window to the content: the body must not follow it down.
    const popup = await session.browser.context.newPage();
    await popup.setViewportSize({ width: 25, height: 25 });
    await popup.goto(session.browser.extensionUrl('popup.html'));
    await popup.locator('.state-title').waitFor();
    expect(await popup.evaluate(() => [document.body.getBoundingClientRect().width, parseFloat(getComputedStyle(document.documentElement).fontSize)])).toEqual([384, 16]);
    await popup.close();
  });

  it('follows the system theme', async () => {
    const background = async (scheme: 'light' | 'dark') => {
      const popup = await openPopup(tabId, scheme);
      const color = await popup.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      await popup.close();
      return color;
    };
    const [light, dark] = [await background('light'), await background('dark')];
    expect(light).not.toBe(dark);
    const luminance = (rgb: string) => rgb.match(/\d+/g)!.slice(0, 3).reduce((sum, n) => sum + Number(n), 0);
    expect(luminance(light)).toBeGreaterThan(luminance(dark));
  });

  it('reflows at 200% zoom: nothing sticks out or is cut off', async () => {
    // 200% zoom of a 380-pixel popup leaves 190 CSS pixels of width.
    const popup = await openPopup(tabId, 'light', { width: 190, height: 280 });
    await popup.screenshot({ path: path.join(E2E_OUTPUT_DIR, 'popup-seed-zoom200.png'), fullPage: true });
    expect(await overflow(popup)).toEqual([]);
    // Every quote is still there in full, not clamped.
    expect(await popup.locator('button.quote').count()).toBe(report.attributions.length);
    await popup.close();
  });
});

describe('the popup works from the keyboard', () => {
  it('goes from the filter box into the list with the arrow keys, and Enter shows a quote on the page', async () => {
    const popup = await openPopup(tabId);
    await popup.getByRole('searchbox').focus();
    await popup.keyboard.press('ArrowDown');
    expect(await popup.evaluate(() => document.activeElement?.classList.contains('source-name'))).toBe(true);
    await popup.keyboard.press('End');
    const last = await popup.evaluate(() => document.activeElement?.querySelector('.quote-text')?.textContent ?? '');
    const lastButton = popup.locator('button.quote').last();
    expect(last).toBe(await lastButton.locator('.quote-text').textContent());
    const id = await page.evaluate((words) => {
      const marks = [...document.querySelectorAll('sourcelight-mark[data-part="content"]')];
      return marks.find((m) => words.includes(m.textContent!.trim().slice(0, 20)))?.getAttribute('data-attribution') ?? null;
    }, last);
    expect(id).not.toBeNull();
    await page.evaluate(() => window.scrollTo(0, 0));
    await popup.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate((a) => {
        const r = document.querySelector(`sourcelight-mark[data-attribution="${a}"]`)!.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      }, id), { timeout: 10_000 })
      .toBe(true);
    await popup.keyboard.press('Home');
    await popup.keyboard.press('ArrowUp');
    expect(await popup.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('search');
    await popup.close();
  });

  it('filters by name as the reader types', async () => {
    const popup = await openPopup(tabId);
    await popup.getByRole('searchbox').fill('Jeffrey');
    await expect.poll(() => popup.locator('.source-name-text').allTextContents()).toEqual(['James Jeffrey']);
    await popup.close();
  });

  it('carries typing in the list over to the filter box', async () => {
    const popup = await openPopup(tabId);
    await popup.getByRole('searchbox').focus();
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.type('Jeff');
    await expect.poll(() => popup.getByRole('searchbox').inputValue()).toBe('Jeff');
    await expect.poll(() => popup.locator('.source-name-text').allTextContents()).toEqual(['James Jeffrey']);
    await popup.close();
  });
});

describe('the popup exports without the network', () => {
  it('downloads the JSON report the tab holds', async () => {
    const popup = await openPopup(tabId);
    await popup.getByRole('combobox', { name: 'Export format' }).selectOption('json');
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Download' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^sourcelight-daesh-attempts-to-stage-comeback.*\.json$/);
    const saved = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(saved.schema).toBe(1);
    expect(saved.sources.map((s: { name: string }) => s.name)).toEqual(report.sources.map((s) => s.name));
    expect(saved.attributions.length).toBe(report.attributions.length);
    await popup.close();
  });
});

describe('the popup explains pages it cannot list', () => {
  it('says a search page is not an article', async () => {
    const { page: search, tabId: searchTab } = await session.openPage('not-article.html');
    const popup = await openPopup(searchTab);
    await expect.poll(() => popup.locator('.state-title').textContent(), { timeout: 10_000 }).toBe('This doesn’t look like an article');
    await popup.screenshot({ path: path.join(E2E_OUTPUT_DIR, 'popup-not-article.png') });
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
    await search.close();
  });

  it('says extensions cannot run on a browser page', async () => {
    const browserPage = await session.browser.context.newPage();
    await browserPage.goto('chrome://version/');
    const browserTab = await session.browser.tabIdOf(browserPage);
    const popup = await openPopup(browserTab);
    expect(await popup.locator('.state-title').textContent()).toBe('Sourcelight can’t run here');
    await popup.screenshot({ path: path.join(E2E_OUTPUT_DIR, 'popup-browser-page.png') });
    await popup.close();
    await browserPage.close();
  });

  it('shows the options page without axe violations', async () => {
    const options = await session.browser.context.newPage();
    await options.setViewportSize({ width: 800, height: 900 });
    await options.goto(session.browser.extensionUrl('options.html'));
    await options.getByRole('heading', { name: 'Sites where Sourcelight stays off' }).waitFor();
    await options.getByRole('textbox', { name: 'Add a site' }).fill('not a site');
    await options.getByRole('button', { name: 'Add' }).click();
    await options.getByRole('alert').waitFor();
    await options.screenshot({ path: path.join(E2E_OUTPUT_DIR, 'options.png'), fullPage: true });
    expect(await axeViolations(options)).toEqual([]);
    await options.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(options)).toEqual([]);
    await options.close();
  });

  it('follows the tab: off on this site, then on again, without reopening', async () => {
    const popup = await openPopup(tabId);
    const toggle = popup.locator('[role="switch"][aria-checked="true"]:not([disabled])');
    await toggle.click();
    await expect.poll(() => popup.locator('.state-title').textContent(), { timeout: 10_000 }).toBe('Sourcelight is off on this site');
    await popup.getByRole('switch').click();
    await expect.poll(() => popup.locator('.source-name-text').count(), { timeout: 10_000 }).toBe(report.sources.length);
    await popup.close();
  });

  it('made no network request beyond 127.0.0.1 and the extension', () => {
    // chrome://version loads its own chrome:// resources from inside the browser; nothing else may show up.
    const outside = session.network.outside().filter((r) => !r.url.startsWith('chrome://'));
    expect(outside.map((r) => `${r.method} ${r.url}`)).toEqual([]);
    expect(session.network.requests.some((r) => r.url.includes('popup.html'))).toBe(true);
  });
});
