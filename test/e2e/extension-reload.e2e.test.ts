/**
 * An extension reload while an annotated page stays open (what an update does): the old content script
 * removes its marks within moments, leaving the page exactly as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pristineBodyHtml, startSession, waitForMarks, type Session } from './lib';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());

describe('an extension reload with the page open', () => {
  it('removes the old marks within a second or two and restores the page exactly', async () => {
    const { page } = await session.openPage('seed-article.html');
    await waitForMarks(page, { min: 10 });
    const pristine = await pristineBodyHtml(page);
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await session.browser.serviceWorker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => {
      // the worker is gone before it can answer
    });
    await expect.poll(() => page.locator('sourcelight-mark').count(), { timeout: 3000, interval: 100 }).toBe(0);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(pristine);
    expect(await page.evaluate(() => document.querySelectorAll('sourcelight-card').length)).toBe(0);
    expect(errors.filter((e) => /Extension context invalidated/i.test(e))).toEqual([]);
  });
});
