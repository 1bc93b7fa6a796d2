/**
 * The hover card and keyboard reading on the seed article in real Chromium: hover intent, travelling
 * onto the card, Escape and scroll-away, the card inside the viewport, text selection and links untouched,
 * and the Alt+Shift+Arrow steps with their live-region announcement and return of focus.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSession, waitForMarks, type Session } from './lib';
import { cardProbe, type CardState } from './card-probe';
import { CLOSE_DELAY, OPEN_DELAY } from '../../src/highlight/card/card-controller';

let session: Session;
let page: Page;
let card: () => Promise<CardState>;

beforeAll(async () => {
  session = await startSession();
  ({ page } = await session.openPage('seed-article.html'));
  await waitForMarks(page, { min: 10 });
  card = await cardProbe(page);
});
afterAll(() => session?.close());

const jeffreyQuote = () => page.locator('sourcelight-mark[data-part="content"]', { hasText: 'taken advantage' }).first();
const awayFromMarks = async () => page.mouse.move(1200, 880);
/**
 * Rests the pointer on a mark's first line (a box's centre can fall between the lines of a wrapped mark),
 * scrolled into view first as a reader would: where a mark falls depends on the browser's fonts and layout.
 */
const hoverMark = async (mark: ReturnType<typeof jeffreyQuote>) => {
  await mark.scrollIntoViewIfNeeded();
  const r = await mark.evaluate((m) => {
    const first = m.getClientRects()[0]!;
    return { x: first.left + Math.min(20, first.width / 2), y: first.top + first.height / 2 };
  });
  await awayFromMarks(); // a pointer already resting there sends no new pointerover
  await page.mouse.move(r.x, r.y);
};
const closed = async () => {
  await page.keyboard.press('Escape');
  await awayFromMarks();
  await expect.poll(async () => (await card()).open, { timeout: 3000 }).toBe(false);
};

describe('the hover card', () => {
  it('opens with hover intent (not on a pass), naming the source, its kind and role, the cue and the count', async () => {
    // Timed in the page, whatever the machine's speed: when the pointer last came onto a mark, and when the
    // card's host joined the page (its first opening on this page). How a pass opens nothing is timed in
    // test/unit/highlight/card-controller.test.ts, with the clock in the test's hands.
    await page.evaluate(() => {
      const w = window as unknown as { arrivedAt?: number; openedAt?: number };
      document.addEventListener('pointerover', (e) => {
        if (w.openedAt === undefined && (e.target as Element).closest?.('sourcelight-mark')) w.arrivedAt = e.timeStamp;
      }, true);
      new MutationObserver(() => {
        if (w.openedAt === undefined && document.querySelector('sourcelight-card')) w.openedAt = performance.now();
      }).observe(document.documentElement, { childList: true });
    });
    await hoverMark(jeffreyQuote());
    await expect.poll(async () => (await card()).open, { timeout: 3000 }).toBe(true);
    const rested = await page.evaluate(() => {
      const w = window as unknown as { arrivedAt?: number; openedAt?: number };
      return w.openedAt! - w.arrivedAt!;
    });
    // The card waited for the pointer to rest (the page's clock is coarsened to 0.1 ms).
    expect(rested).toBeGreaterThanOrEqual(OPEN_DELAY - 0.1);
    const box = (await jeffreyQuote().boundingBox())!;
    const { text, box: cardBox } = await card();
    expect(text).toContain('James Jeffrey');
    expect(text).toContain('Person');
    expect(text).toContain('State Department envoy');
    expect(text).toContain('“said”');
    expect(text).toMatch(/Cited (once|\d+ times) in this article/);
    // Beside the mark, below or above it.
    expect(cardBox!.top >= box.y + box.height || cardBox!.bottom <= box.y).toBe(true);
  });

  it('stays open while the pointer rests on it, and closes when the pointer leaves', async () => {
    const { box } = await card();
    expect(box).not.toBeNull();
    // Straight onto the card: the grace for crossing the gap is a timer, timed in card-controller.test.ts.
    await page.mouse.move(box!.left + 30, box!.top + 20);
    await page.waitForTimeout(2 * CLOSE_DELAY); // nothing closes a card the pointer rests on
    expect((await card()).open).toBe(true);
    await awayFromMarks();
    await expect.poll(async () => (await card()).open, { timeout: 3000 }).toBe(false);
  });

  it('closes on Escape and on scrolling the mark away', async () => {
    const mark = jeffreyQuote();
    await hoverMark(mark);
    await expect.poll(async () => (await card()).open, { timeout: 3000 }).toBe(true);
    await page.keyboard.press('Escape');
    expect((await card()).open).toBe(false);

    await hoverMark(mark);
    await expect.poll(async () => (await card()).open, { timeout: 3000 }).toBe(true);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect.poll(async () => (await card()).open, { timeout: 3000 }).toBe(false);
    await page.evaluate(() => window.scrollTo(0, 0));
  });

  it('never blocks the page: its host takes no room, links under it stay clickable, text stays selectable', async () => {
    // The first quotation, in the article's first lines: the navigation above it stays in view.
    await page.evaluate(() => window.scrollTo(0, 0));
    await hoverMark(page.locator('sourcelight-mark[data-part="content"]').first());
    await expect.poll(async () => (await card()).open, { timeout: 3000 }).toBe(true);
    const host = await page.evaluate(() => {
      const h = document.querySelector('sourcelight-card')!;
      const r = h.getBoundingClientRect();
      return { w: r.width, h: r.height, pointer: getComputedStyle(h).pointerEvents };
    });
    expect(host).toEqual({ w: 0, h: 0, pointer: 'none' });
    // Outside the card itself the page gets the pointer: the navigation link is what is under it.
    const nav = (await page.locator('nav a').first().boundingBox())!;
    expect(nav.y, 'the navigation link is in view').toBeGreaterThanOrEqual(0);
    const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.textContent, { x: nav.x + 5, y: nav.y + 5 });
    expect(hit).toBe('Middle East');
    await closed();

    // Drag-select across marked text.
    await jeffreyQuote().scrollIntoViewIfNeeded();
    const quote = (await jeffreyQuote().boundingBox())!;
    await page.mouse.move(quote.x + 2, quote.y + quote.height / 2);
    await page.mouse.down();
    await page.mouse.move(quote.x + quote.width - 2, quote.y + quote.height / 2, { steps: 5 });
    await page.mouse.up();
    expect(await page.evaluate(() => getSelection()!.toString())).toMatch(/haven’t taken/);
    await page.evaluate(() => getSelection()!.removeAllRanges());
  });

  it('stays inside the viewport for a mark at the edge of a small window', async () => {
    await page.setViewportSize({ width: 420, height: 480 });
    try {
      const marks = page.locator('sourcelight-mark[data-part="content"]');
      const count = await marks.count();
      for (const index of [0, count - 1]) {
        await closed();
        const mark = marks.nth(index);
        await mark.scrollIntoViewIfNeeded();
        // Put the mark's last line at the very bottom of the viewport.
        await mark.evaluate((m) => {
          const rects = m.getClientRects();
          const last = rects[rects.length - 1]!;
          window.scrollBy(0, last.bottom - innerHeight + 2);
        });
        const rects = await mark.evaluate((m) => Array.from(m.getClientRects(), (r) => ({ x: r.right - 6, y: r.top + r.height / 2 })));
        const spot = rects.filter((r) => r.y > 0 && r.y < 480).pop()!;
        await page.mouse.move(spot.x, spot.y);
        await expect.poll(async () => (await card()).open, { timeout: 3000 }).toBe(true);
        const { box } = await card();
        expect(box!.left).toBeGreaterThanOrEqual(0);
        expect(box!.top).toBeGreaterThanOrEqual(0);
        expect(box!.right).toBeLessThanOrEqual(420);
        expect(box!.bottom).toBeLessThanOrEqual(480);
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
      await closed();
    }
  });
});

describe('keyboard reading', () => {
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      return el?.localName === 'sourcelight-mark' ? `${el.getAttribute('data-attribution')}:${el.getAttribute('data-part')}` : (el?.textContent ?? '').trim();
    });

  it('steps through the quotes in reading order, announcing each card once, and Escape returns focus', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('.cat-links a').focus();
    const order = await page.evaluate(() => {
      const seen: string[] = [];
      for (const m of Array.from(document.querySelectorAll('sourcelight-mark'))) {
        const id = m.getAttribute('data-attribution')!;
        if (!seen.includes(id)) seen.push(id);
      }
      return seen;
    });
    await page.keyboard.press('Alt+Shift+ArrowDown');
    const first = await focused();
    expect(first.split(':')[0]).toBe(order[0]);
    await expect.poll(async () => (await card()).open).toBe(true);
    const firstCard = await card();
    expect(firstCard.announced).toContain(firstCard.text.split(' ')[0]!);

    await page.keyboard.press('Alt+Shift+ArrowDown');
    expect((await focused()).split(':')[0]).toBe(order[1]);
    await page.keyboard.press('Alt+Shift+ArrowDown');
    expect((await focused()).split(':')[0]).toBe(order[2]);
    await page.keyboard.press('Alt+Shift+ArrowUp');
    expect((await focused()).split(':')[0]).toBe(order[1]);
    expect((await card()).announced).toMatch(/Cited/);

    await page.keyboard.press('Escape');
    expect(await focused()).toBe('Middle East');
    expect((await card()).open).toBe(false);
    // Marks never join the page's tab order.
    expect(await page.locator('sourcelight-mark[tabindex]').count()).toBe(0);
  });

  it('leaves keys typed into a text field alone', async () => {
    await page.locator('#comment').focus();
    await page.keyboard.press('Alt+Shift+ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('comment');
  });
});

describe('privacy', () => {
  it('made no network request beyond 127.0.0.1 and the extension', () => {
    session.network.assertNoOutsideRequests();
  });
});
