/**
 * Untrusted page text in the real browser (issue 6): an article whose quotes, names and roles look like
 * markup and script, with bidi controls, zero-width characters, emoji and a 10,000-character name
 * (test/fixtures/hostile/untrusted-text.html, where every angle bracket is text). After Sourcelight has
 * annotated it, hovered every attribution and opened the popup for the tab: no element was injected
 * anywhere, no script ran (no dialog), and the words are shown as the text they are.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, waitForMarks, type Session } from './lib';

const PAGE = 'hostile/untrusted-text.html';
// What page text would become if it were ever parsed as HTML (the fixture's article holds none of these).
const INJECTED = 'img, b, script, iframe, object, embed, svg[onload], [onerror], [onload]';
// In the popup, the page's own module script is ours; an inline one would not be.
const INJECTED_IN_POPUP = INJECTED.replace('script', 'script:not([src])');
const CARD_TAGS = new Set(['STYLE', 'DIV', 'P', 'SPAN']);

interface CdpNode { nodeId: number; nodeType: number; nodeName: string; nodeValue?: string; attributes?: string[]; children?: CdpNode[]; shadowRoots?: CdpNode[] }

/** The element names and the text inside Sourcelight's card, and whether it is open, read through the DevTools protocol (its shadow root is closed). */
async function cardContents(page: Page): Promise<{ tags: string[]; text: string; open: boolean }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const tags: string[] = [];
    let text = '';
    let open = false;
    const inside = (n: CdpNode) => {
      if (n.nodeType === 1) tags.push(n.nodeName);
      const attrs = n.attributes ?? [];
      const cls = attrs[attrs.indexOf('class') + 1];
      if (attrs.includes('class') && cls === 'card' && !attrs.includes('hidden')) open = true;
      if (n.nodeType === 3) text += n.nodeValue ?? '';
      n.children?.forEach(inside);
    };
    const find = (n: CdpNode) => {
      if (n.nodeName === 'SOURCELIGHT-CARD') n.shadowRoots?.forEach((r) => r.children?.forEach(inside));
      n.children?.forEach(find);
    };
    find(root);
    return { tags, text, open };
  } finally {
    await cdp.detach().catch(() => {});
  }
}

let session: Session;
let page: Page;
let tabId: number;
const dialogs: string[] = [];

beforeAll(async () => {
  session = await startSession();
  session.browser.context.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  ({ page, tabId } = await session.openPage(PAGE));
  page.on('dialog', (d) => dialogs.push(`${d.type()}: ${d.message()}`));
  await waitForMarks(page, { min: 10 });
});

afterAll(() => session?.close());

describe('hostile page text in Chromium', () => {
  it('is marked as text: the marks hold the markup-looking words, and the page gained no element', async () => {
    // Marks may leave the spaces between words unwrapped: compare without whitespace.
    const marked = await page.$$eval('sourcelight-mark', (ms) => ms.map((m) => m.textContent ?? '').join('').replace(/\s+/g, ''));
    expect(marked).toContain('<imgsrc=xonerror=alert(1)>');
    expect(marked).toContain('<script>alert(2)</script>');
    expect(await page.locator(INJECTED).count()).toBe(0);
  });

  it('hover cards show names, roles and cues as text, and hold nothing but the card\'s own elements', async () => {
    const ids = await page.$$eval('sourcelight-mark[data-part="content"]', (ms) => [...new Set(ms.map((m) => m.getAttribute('data-attribution')))]);
    expect(ids.length).toBeGreaterThanOrEqual(5);
    const seen: string[] = [];
    for (const id of ids) {
      const mark = page.locator(`sourcelight-mark[data-part="content"][data-attribution="${id}"]`).first();
      await mark.scrollIntoViewIfNeeded();
      await mark.hover();
      await expect.poll(async () => (await cardContents(page)).open, { timeout: 5_000 }).toBe(true);
      const card = await cardContents(page);
      expect(card.tags.filter((t) => !CARD_TAGS.has(t))).toEqual([]);
      seen.push(card.text);
      await page.mouse.move(1, 1);
      await page.keyboard.press('Escape');
      await expect.poll(async () => (await cardContents(page)).open, { timeout: 5_000 }).toBe(false);
    }
    const all = seen.join('\n');
    expect(all).toContain('Mallory Jones');
    expect(all).toContain('a <b>security</b> consultant hired by the city');
    expect(await page.locator(INJECTED).count()).toBe(0);
  });

  it('the popup for the tab shows the same words as text, and nothing injected', async () => {
    const popup = await session.browser.openPopup(tabId);
    popup.on('dialog', (d) => dialogs.push(`${d.type()}: ${d.message()}`));
    await popup.waitForFunction(() => document.body.innerText.includes('Mallory Jones'), undefined, { timeout: 15_000 });
    const text = await popup.evaluate(() => document.body.innerText);
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(text).toContain('a <b>security</b> consultant hired by the city');
    expect(await popup.locator(INJECTED_IN_POPUP).count()).toBe(0);
    await popup.close();
  });

  it('ran no script from the page text (no dialog) and sent nothing anywhere', () => {
    expect(dialogs).toEqual([]);
    session.network.assertNoOutsideRequests();
  });
});
