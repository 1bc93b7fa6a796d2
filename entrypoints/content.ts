import { browser } from 'wxt/browser';
import { bootContent } from '../src/content/boot';
import { lifetimeOf } from '../src/content/lifetime';

// Injected on every http(s) page, so it stays small: the settings, the cheap article check, the tab's
// messages and the live watcher. The reader, the engine's caller and the highlighter load on demand.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT would otherwise announce every start to the page with window.postMessage, naming the extension.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    await bootContent({
      signal: lifetimeOf(ctx.signal, () => !!browser.runtime?.id),
      doc: document,
      bundleUrl: (path) => browser.runtime.getURL(path),
    });
  },
});
