/** A prerendered page (src/content/prerender.ts): Sourcelight waits until the reader is shown it. */
import { afterEach, describe, expect, it } from 'vitest';
import { whenActivated } from '../../../src/content/prerender';

function setPrerendering(on: boolean) {
  Object.defineProperty(document, 'prerendering', { value: on, configurable: true });
}
afterEach(() => setPrerendering(false));

describe('whenActivated', () => {
  it('resolves at once for a page that is shown', async () => {
    await expect(whenActivated(document, new AbortController().signal)).resolves.toBe(true);
  });

  it('waits for a prerendered page to be activated', async () => {
    setPrerendering(true);
    let settled: boolean | null = null;
    const waiting = whenActivated(document, new AbortController().signal).then((v) => (settled = v));
    await new Promise((r) => setTimeout(r, 20));
    expect(settled).toBeNull();
    setPrerendering(false);
    document.dispatchEvent(new Event('prerenderingchange'));
    await waiting;
    expect(settled).toBe(true);
  });

  it('gives up, with false, when the script ends before the page is shown', async () => {
    setPrerendering(true);
    const controller = new AbortController();
    const waiting = whenActivated(document, controller.signal);
    controller.abort();
    await expect(waiting).resolves.toBe(false);
    document.dispatchEvent(new Event('prerenderingchange')); // too late: nothing left listening
  });
});
