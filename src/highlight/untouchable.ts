/**
 * Where Sourcelight never writes: form fields, editable regions, scripts and styles, code, SVG, frames,
 * and inside its own marks or card. Checked for every Text node before it is split.
 */
import { CARD_TAG, MARK_TAG } from './names';

const FORBIDDEN = `input,textarea,select,option,button,script,style,noscript,template,code,pre,kbd,samp,svg,math,iframe,frame,object,embed,canvas,video,audio,${MARK_TAG},${CARD_TAG}`;
const EDITABLE = '[contenteditable]:not([contenteditable="false"])';

// Whitespace in these parents is never rendered; wrapping it would put an inline element where only
// rows, items or options belong.
const NO_INLINE_PARENT = new Set(['TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'UL', 'OL', 'DL', 'SELECT', 'COLGROUP', 'HTML', 'HEAD']);
const ONLY_SPACE = /^\s*$/;

/** True when `node` must not be split or wrapped: detached, inside a forbidden or editable element (at any depth), or unrendered whitespace. */
export function isUntouchable(node: Text): boolean {
  const parent = node.parentElement;
  if (!parent || !node.isConnected) return true;
  if (parent.closest(FORBIDDEN) || parent.closest(EDITABLE)) return true;
  // A document in design mode is editable throughout. (Not `isContentEditable`: asking it makes the browser
  // bring the page's style up to date first, once per node while our marks keep changing the page.)
  if (parent.ownerDocument.designMode === 'on') return true;
  return NO_INLINE_PARENT.has(parent.tagName.toUpperCase()) && ONLY_SPACE.test(node.data);
}
