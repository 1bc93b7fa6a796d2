/**
 * The content script's lifetime, derived from WXT's context. WXT ends a context when the extension's
 * runtime goes away, and also when it sees a "newer copy of this script started" event on the document;
 * a page can forge that event (it only needs the extension id), and would then make Sourcelight take its
 * marks away. So a context that ends while our runtime is still alive is not believed: this script is
 * injected once per page and never re-injected while the extension lives (Chrome never re-injects; Firefox
 * re-injects only after a reload, when the old runtime is gone).
 */
export function lifetimeOf(context: AbortSignal, runtimeAlive: () => boolean): AbortSignal {
  const life = new AbortController();
  const end = () => {
    if (!runtimeAlive()) life.abort();
  };
  if (context.aborted) end();
  else context.addEventListener('abort', end, { once: true });
  return life.signal;
}
