/**
 * What a reader sees on the seed article in real Chromium: the marks follow the page contract and say
 * exactly what the engine reports (the command line runs the same engine on the same page reader), the
 * toolbar badge counts the sources, and turning annotations off gives back the page as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  cliReport,
  expectedMarkText,
  markMismatches,
  pristineBodyHtml,
  readMarks,
  startSession,
  waitForMarks,
  type ChromeApi,
  type CliReport,
  type Session,
} from './lib';

declare const chrome: ChromeApi;

const SEED = 'seed-article.html';

let session: Session;
let report: CliReport;
let page: Page;
let tabId: number;

beforeAll(async () => {
  [session, report] = await Promise.all([startSession(), cliReport(`test/fixtures/${SEED}`, { withText: true })]);
  ({ page, tabId } = await session.openPage(SEED));
});

afterAll(() => session?.close());

const setEnabled = (on: boolean) =>
  session.browser.serviceWorker.evaluate((value) => chrome.storage.local.set({ annotationsEnabled: value }), on);

describe('annotations on the seed article', () => {
  it('marks every attribution the engine reports, by the page contract', async () => {
    const marks = await waitForMarks(page);
    expect(report.attributions.length).toBeGreaterThan(0);
    const sourceOf = new Map(report.attributions.map((a) => [a.id, a.sourceId ?? '']));
    expect(markMismatches(marks, expectedMarkText(report), sourceOf)).toEqual([]);
    // Every attribution shows up: its content, its cue, and its mention when it has one.
    const shown = new Set(marks.map((m) => `${m.attribution}:${m.part}`));
    for (const a of report.attributions) {
      expect(shown.has(`${a.id}:cue`), `${a.id} cue`).toBe(true);
      if (a.mention) expect(shown.has(`${a.id}:mention`), `${a.id} mention`).toBe(true);
    }
  });

  it('read the article off the page’s main thread, in the offscreen document, and the marks match the page reader in the page', async () => {
    await waitForMarks(page);
    const state = await session.browser.serviceWorker.evaluate(
      async (id) => (await chrome.storage.session.get(null))[`tab-state-${id}`] as { state: string; timing?: { readElsewhere?: number } } | undefined,
      tabId,
    );
    expect(state?.state).toBe('article');
    expect(state?.timing?.readElsewhere).toBe(1);
    // The command line reads the page in place; the marks of the first test match its report, so both reads agree.
    const contexts = await session.browser.serviceWorker.evaluate(async () =>
      (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).map((c) => c.documentUrl?.split('/').pop()),
    );
    expect(contexts).toEqual(['offscreen.html']);
  });

  it('draws each look as the palette says: a tint per source on quotes, underlined cues and names, the page’s layout kept', async () => {
    await waitForMarks(page);
    const looks = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('sourcelight-mark'), (m) => {
        const s = getComputedStyle(m);
        return { part: m.dataset.part, source: m.dataset.source, bg: s.backgroundColor, image: s.backgroundImage, line: s.textDecorationLine, display: s.display, margin: s.margin, padding: s.padding };
      }),
    );
    expect(looks.every((l) => l.display === 'inline' && l.margin === '0px' && l.padding === '0px')).toBe(true);
    const content = looks.filter((l) => l.part === 'content');
    expect(content.every((l) => l.bg !== 'rgba(0, 0, 0, 0)' || l.image.startsWith('repeating-linear-gradient'))).toBe(true);
    const tints = new Map(content.filter((l) => l.bg !== 'rgba(0, 0, 0, 0)').map((l) => [l.source, l.bg]));
    expect(new Set(tints.values()).size).toBeGreaterThan(2); // named sources get colours of their own
    expect(looks.filter((l) => l.part !== 'content').every((l) => l.line === 'underline' && l.bg === 'rgba(0, 0, 0, 0)')).toBe(true);
    // Every mark names its look, and the marks' stylesheet (declared with the content script) draws it: no inline style.
    expect(await page.evaluate(() => Array.from(document.querySelectorAll('sourcelight-mark')).every((m) => m.hasAttribute('data-look') && !m.hasAttribute('style')))).toBe(true);
    // The stylesheet is the browser's, not the page's: page scripts do not see it.
    expect(await page.evaluate(() => Array.from(document.styleSheets).some((s) => s.href?.includes('marks.css') || Array.from(s.cssRules).some((r) => r.cssText.includes('sourcelight-mark'))))).toBe(false);
  });

  it('keeps each look against page CSS that restyles every element with !important, three ids heavy', async () => {
    const before = await page.evaluate(() => Array.from(document.querySelectorAll('sourcelight-mark'), (m) => getComputedStyle(m).backgroundColor + getComputedStyle(m).textDecorationLine));
    const hostile = 'display:block!important;margin:9px!important;padding:7px!important;background:rgb(255,0,0)!important;text-decoration:none!important;border:3px solid red!important;float:left!important';
    await page.evaluate((css) => {
      const style = document.createElement('style');
      style.id = 'hostile-css';
      style.textContent = `html body * {${css}} :is(#a#b#c,*) * {${css}}`;
      document.head.appendChild(style);
    }, hostile);
    try {
      const looks = await page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLElement>('sourcelight-mark'), (m) => {
          const s = getComputedStyle(m);
          return { key: s.backgroundColor + s.textDecorationLine, display: s.display, margin: s.margin, padding: s.padding, border: s.borderTopStyle, float: s.float };
        }),
      );
      // The page's rule did reach the marks' neighbours (the test's CSS is in force)...
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('article p')!).display)).toBe('block');
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('article p')!).backgroundColor)).toBe('rgb(255, 0, 0)');
      // ...and not the marks: each looks as before.
      expect(looks.map((l) => l.key)).toEqual(before);
      expect(looks.every((l) => l.display === 'inline' && l.margin === '0px' && l.padding === '0px' && l.border === 'none' && l.float === 'none')).toBe(true);
    } finally {
      await page.evaluate(() => document.getElementById('hostile-css')?.remove());
    }
  });

  it("marks James Jeffrey's quote as his, as a careful reader would", async () => {
    const jeffrey = report.sources.find((s) => s.name === 'James Jeffrey');
    expect(jeffrey?.kind).toBe('person');
    const quote = page.locator('sourcelight-mark[data-part="content"]', { hasText: 'taken advantage' });
    await expect(quote.first().getAttribute('data-source')).resolves.toBe(jeffrey!.id);
    // The mark sits in the article, not in navigation, sidebars or the comment form.
    await expect(quote.first().evaluate((m) => !!m.closest('article'))).resolves.toBe(true);
    await expect(page.locator('aside sourcelight-mark, nav sourcelight-mark, form sourcelight-mark').count()).resolves.toBe(0);
  });

  it('shows the number of sources on the toolbar badge', async () => {
    await expect.poll(() => session.browser.badgeText(tabId), { timeout: 10_000 }).toBe(String(report.sources.length));
  });

  it('turning annotations off restores the page exactly, and on again brings the marks back', async () => {
    const before = await readMarks(page);
    const pristine = await pristineBodyHtml(page);
    expect(await page.evaluate(() => document.body.innerHTML)).not.toBe(pristine);

    await setEnabled(false);
    await page.waitForFunction(() => document.querySelectorAll('sourcelight-mark').length === 0, null, { timeout: 10_000 });
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(pristine);
    await expect.poll(() => session.browser.badgeText(tabId), { timeout: 10_000 }).toBe('');

    await setEnabled(true);
    const after = await waitForMarks(page);
    expect(after).toEqual(before);
    await expect.poll(() => session.browser.badgeText(tabId), { timeout: 10_000 }).toBe(String(report.sources.length));
  });

  it('made no network request beyond 127.0.0.1 and the extension', () => {
    expect(session.network.requests.some((r) => r.url.endsWith(SEED))).toBe(true);
    session.network.assertNoOutsideRequests();
  });
});
