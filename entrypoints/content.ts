import { browser } from 'wxt/browser';
import { bootContent } from '../src/content/boot';

// Injected on every http(s) page, so it stays small: the settings, the cheap article check, the tab's
// messages and the live watcher. The reader, the engine's caller and the highlighter load on demand.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    await bootContent({ signal: ctx.signal, doc: document, annotatorUrl: browser.runtime.getURL('/annotator.js') });
  },
});
