/**
 * The content script's start (src/content/boot.ts): the watchers the first verdict does not need (the
 * settings' and the extension's life) start only once the page has its verdict, and a settings change made
 * before they listened is acted on all the same.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { bootContent } from '../../../src/content/boot';

// A page that is no article: a heading and one short paragraph.
const NOT_ARTICLE = '<!DOCTYPE html><html><head><title>Sign in</title></head><body><h1>Sign in</h1><p>Enter your e-mail address.</p></body></html>';

interface Sent {
  type: string;
  data: { state?: string; url?: string };
}

let sent: Sent[];
let onSend: ((message: Sent) => void) | null;
let controller: AbortController;

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const until = async (what: () => boolean, ms = 5_000) => {
  for (const end = Date.now() + ms; !what(); ) {
    if (Date.now() > end) throw new Error('timed out');
    await wait(10);
  }
};
const states = () => sent.filter((m) => m.type === 'contentPageState').map((m) => m.data.state);

beforeEach(() => {
  fakeBrowser.reset();
  document.open();
  document.write(NOT_ARTICLE);
  document.close();
  sent = [];
  onSend = null;
  // The background: records every message the content script sends.
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    sent.push(message as Sent);
    onSend?.(message as Sent);
    return undefined;
  });
  // The port to the background that tells the script when the extension is gone (not in the fake browser).
  vi.spyOn(fakeBrowser.runtime, 'connect').mockReturnValue({
    onDisconnect: { addListener: () => {} },
    disconnect: () => {},
  } as never);
  controller = new AbortController();
});

afterEach(() => {
  controller.abort();
  vi.restoreAllMocks();
});

describe('the content script’s start', () => {
  it('starts the settings and extension watchers only after the page’s first verdict', async () => {
    const watchSettings = vi.spyOn(fakeBrowser.storage.local.onChanged, 'addListener');
    const connect = vi.mocked(fakeBrowser.runtime.connect);
    let watchersAtVerdict: number | null = null;
    onSend = (message) => {
      if (message.type === 'contentPageState' && watchersAtVerdict === null) watchersAtVerdict = watchSettings.mock.calls.length + connect.mock.calls.length;
    };
    await bootContent({ signal: controller.signal, doc: document, bundleUrl: () => 'unused' });
    expect(states()).toEqual(['not-article']);
    expect(watchersAtVerdict).toBe(0);
    expect(watchSettings).toHaveBeenCalledTimes(1);
    expect(connect).toHaveBeenCalledTimes(1);
  });

  it('acts on a settings change made after the settings were read but before the watcher listened', async () => {
    const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    // The reader turns Sourcelight off just after the script read its settings: no watcher hears that write.
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementationOnce(async (keys) => {
      const values = await get(keys);
      await fakeBrowser.storage.local.set({ annotationsEnabled: false });
      return values;
    });
    await bootContent({ signal: controller.signal, doc: document, bundleUrl: () => 'unused' });
    await until(() => states().includes('disabled'));
    expect(states()).toEqual(['not-article', 'disabled']);
  });

  it('does not act again when the settings read once more are unchanged', async () => {
    // Turned off: each time the script acts on its settings, it says so.
    await fakeBrowser.storage.local.set({ annotationsEnabled: false });
    await bootContent({ signal: controller.signal, doc: document, bundleUrl: () => 'unused' });
    await wait(100);
    expect(states()).toEqual(['disabled']);
  });
});
