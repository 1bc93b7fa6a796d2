/** Waiting for Sourcelight's annotations on a page, in the demo and its screenshots. */
import type { Page } from 'playwright-core';

/**
 * Resolves with the number of `<sourcelight-mark>` elements once it has stopped changing for `settleMs`;
 * resolves with 0 when none appeared within `timeoutMs` (a build without a content script, a page it skips).
 */
export async function waitForMarks(page: Page, timeoutMs = 20_000, settleMs = 500): Promise<number> {
  const appeared = await page
    .waitForSelector('sourcelight-mark', { state: 'attached', timeout: timeoutMs })
    .then(() => true, () => false);
  if (!appeared) return 0;
  let last = -1;
  for (;;) {
    const count = await page.locator('sourcelight-mark').count();
    if (count === last) return count;
    last = count;
    await page.waitForTimeout(settleMs);
  }
}
