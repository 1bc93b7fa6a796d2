/**
 * A page the browser prerenders (Speculation Rules) runs its content scripts before the reader has opened
 * it, maybe never. Sourcelight waits for the page to be shown before it reads, marks or reports anything:
 * no work for a page nobody looks at, and no state sent for a tab that does not show it yet.
 */

/**
 * Resolves true once `doc` is shown to the reader: at once for a page that is not being prerendered, else
 * on its `prerenderingchange` event. Resolves false when `signal` ends first (the script's context ended).
 */
export function whenActivated(doc: Document, signal: AbortSignal): Promise<boolean> {
  if (!(doc as Document & { prerendering?: boolean }).prerendering) return Promise.resolve(true);
  if (signal.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    doc.addEventListener('prerenderingchange', () => resolve(true), { once: true, signal });
    signal.addEventListener('abort', () => resolve(false), { once: true });
  });
}
