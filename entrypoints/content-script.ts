import { browser } from 'wxt/browser';
import { bootContent } from '../src/content/boot';

// Injected on every http(s) page (declared in wxt.config.ts's manifest hook), so it stays small: the
// settings, the cheap article check, the tab's messages and the live watcher. The reader, the engine's
// caller and the highlighter load on demand.
//
// Not WXT's content-script wrapper: its context, built in the script's first task, had the browser build the
// extension API there (its event names hold the extension's id), dispatched a "started" event and set up a
// URL watcher, on every page; and the context it ended, on a page's forged event, was not believed anyway.
// The script's first task now holds only its own compile and start; the extension API is first touched
// in the next (src/content/native-browser.ts resolves it on first use), and the script's life ends when the
// extension's does (bootContent's watcher of the extension's port).
export default defineUnlistedScript(() => {
  void bootContent({
    signal: new AbortController().signal,
    doc: document,
    bundleUrl: (path) => browser.runtime.getURL(path),
  });
});
