/** The names Sourcelight puts on a page: the page contract of ../shared/docs/REPORT.md ("On the page"). */

/** Every annotation is one of these; a custom element name, so page CSS written for real tags leaves it alone. */
export const MARK_TAG = 'sourcelight-mark';
/** The host of the hover card and the live region (a shadow root inside). */
export const CARD_TAG = 'sourcelight-card';

export type MarkPart = 'content' | 'cue' | 'mention';

/** `sourcelight-mark` elements in `root` (our own, whatever page code did to them). */
export function marksIn(root: ParentNode): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(MARK_TAG));
}
