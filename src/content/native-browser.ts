/**
 * The extension API in the content script's world, as the browser provides it: `browser` (Firefox, and
 * Chromium since it added the namespace) or `chrome`. The content script bundles (content.js, annotator.js)
 * get this module in place of webextension-polyfill (see wxt.config.ts): they only ask for
 * `runtime.id`, `runtime.getURL` and `runtime.connect`, synchronous in every browser, and messaging and
 * storage go through @webext-core/messaging and @wxt-dev/storage, which call the browser's own API. Loading
 * the polyfill there cost a task on every page: where `browser` exists, the CommonJS interop copies every
 * one of its properties on load, and each copy makes the browser build that part of the API.
 */
const g = globalThis as { browser?: { runtime?: { id?: string } }; chrome?: unknown };

export default g.browser?.runtime?.id ? g.browser : g.chrome;
