/**
 * What a web page can learn about Sourcelight or do to it (issue 6, privacy): nothing. It sees no message
 * naming the extension, it cannot reach the extension's messaging, and it cannot make the content script
 * take its annotations away by forging the "newer copy started" event that WXT's content-script context
 * listened for (`<extension id>:content:wxt:content-script-started` on document), before the content script
 * became a script of our own (entrypoints/content-script.ts).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, waitForMarks, type Session } from './lib';

let session: Session;
let page: Page;
let marks = 0;

beforeAll(async () => {
  session = await startSession();
  page = await session.browser.context.newPage();
  // The page's own script, from the first byte: it records every window message it receives.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    addEventListener('message', (e) => seen.push(typeof e.data === 'string' ? e.data : JSON.stringify(e.data)));
  });
  await page.goto(session.server.url('seed-article.html'));
  marks = (await waitForMarks(page)).length;
});

afterAll(() => session?.close());

describe('a web page and Sourcelight', () => {
  it('the page receives no window message that reveals the extension', async () => {
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    const revealing = seen.filter((m) => m.includes(session.browser.extensionId) || /wxt|sourcelight/i.test(m));
    expect(revealing).toEqual([]);
  });

  it('the page cannot reach the extension through runtime messaging', async () => {
    const reachable = await page.evaluate(() => {
      const c = (window as unknown as { chrome?: { runtime?: { sendMessage?: unknown; connect?: unknown } } }).chrome;
      return !!(c?.runtime?.sendMessage || c?.runtime?.connect);
    });
    expect(reachable).toBe(false);
  });

  it('a forged "newer content script started" event does not make Sourcelight take its marks away', async () => {
    expect(marks).toBeGreaterThan(10);
    await page.evaluate((id) => {
      for (const name of [`${id}:content:wxt:content-script-started`, 'wxt:content-script-started']) {
        document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'content', messageId: 'forged-by-page' } }));
        window.postMessage({ type: name, contentScriptName: 'content', messageId: 'forged-by-page' }, '*');
      }
    }, session.browser.extensionId);
    await page.waitForTimeout(1_000);
    expect(await page.locator('sourcelight-mark').count()).toBe(marks);
  });

  it('sent nothing beyond 127.0.0.1', () => {
    session.network.assertNoOutsideRequests();
  });
});
