/**
 * The extension API in the content script's world, as the browser provides it: `browser` (Firefox, and
 * Chromium since it added the namespace) or `chrome`. The content script bundles (content-script.js,
 * annotator.js, reader.js) get this module in place of webextension-polyfill (see wxt.config.ts): they only
 * ask for `runtime.id`, `runtime.getURL`, `runtime.connect` and `storage.local`, and messaging goes through
 * @webext-core/messaging, which calls the browser's own API. Loading the polyfill there cost a task on every
 * page: where `browser` exists, the CommonJS interop copies every one of its properties on load, and each copy
 * makes the browser build that part of the API.
 *
 * The API is looked up on first use, not when the script loads: the first touch has the browser build its
 * bindings (about 3 ms, four times that on a slow machine), which belongs in a task after the one that
 * compiles and starts the script.
 */
type Api = Record<PropertyKey, unknown>;
const g = globalThis as { browser?: { runtime?: { id?: string } }; chrome?: unknown };

let api: Api | undefined;
const resolve = (): Api => (api ??= (g.browser?.runtime?.id ? g.browser : g.chrome) as Api);

export default new Proxy({} as Api, {
  get: (_target, key) => resolve()[key],
  has: (_target, key) => key in resolve(),
});
