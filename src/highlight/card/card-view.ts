/**
 * The hover card and the screen-reader live region, in a closed shadow root on our own host element:
 * page CSS cannot reach in, ours cannot leak out. Built with DOM calls and textContent only: every
 * string on it may come from the page.
 */
import { CARD_TAG } from '../names';
import type { CardContent } from './card-content';
import { placeCard, type Box } from './card-position';

const CSS = `
:host{all:initial!important;display:block!important;position:fixed!important;left:0!important;top:0!important;width:0!important;height:0!important;overflow:visible!important;z-index:2147483647!important;pointer-events:none!important}
.card{position:fixed;box-sizing:border-box;width:max-content;max-width:min(340px,calc(100vw - 16px));max-height:calc(100vh - 16px);overflow:auto;pointer-events:auto;
 font:13px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1d2230;background:#fff;border:1px solid rgb(0 0 0 / .14);border-left:4px solid var(--tone);
 border-radius:8px;box-shadow:0 6px 24px rgb(0 0 0 / .18);padding:9px 12px;text-align:left;overflow-wrap:anywhere}
.card[hidden]{display:none}
.name{font-weight:650;font-size:14px;margin:0}
.kind{color:#566079;font-size:12px;margin:1px 0 0}
.row{margin:6px 0 0}
.label{color:#566079}
.resolves{margin:6px 0 0;font-style:italic}
.sr{position:fixed;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
@media (prefers-color-scheme:dark){.card{color:#e9ecf3;background:#1e2230;border-color:rgb(255 255 255 / .16);box-shadow:0 6px 24px rgb(0 0 0 / .5)}.kind,.label{color:#aab2c5}}
`;

let sheet: CSSStyleSheet | null = null;

// A constructed stylesheet: a page's Content-Security-Policy (style-src) cannot block it, unlike a <style>
// element. Where constructed sheets cannot be adopted from a content script, a <style> is the fallback.
function adoptCss(root: ShadowRoot, doc: Document): void {
  try {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
    }
    root.adoptedStyleSheets = [sheet];
    if (root.adoptedStyleSheets.length === 1) return;
  } catch {
    // fall through to the <style> element
  }
  const style = doc.createElement('style');
  style.textContent = CSS;
  root.append(style);
}

export class CardView {
  readonly host: HTMLElement;
  readonly card: HTMLElement;
  private readonly live: HTMLElement;
  private readonly doc: Document;

  constructor(doc: Document) {
    this.doc = doc;
    this.host = doc.createElement(CARD_TAG);
    const root = this.host.attachShadow({ mode: 'closed' });
    adoptCss(root, doc);
    this.card = doc.createElement('div');
    this.card.className = 'card';
    this.card.setAttribute('role', 'tooltip');
    this.card.hidden = true;
    this.live = doc.createElement('div');
    this.live.className = 'sr';
    this.live.setAttribute('role', 'status');
    this.live.setAttribute('aria-live', 'polite');
    root.append(this.card, this.live);
  }

  /** Puts the host on the page (once); it holds nothing visible until `show`. */
  attach(): void {
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
  }

  get isOpen(): boolean {
    return !this.card.hidden;
  }

  /** Fills and shows the card next to `anchor` (viewport coordinates), inside the viewport. */
  show(content: CardContent, anchor: Box, toneRgb: string): void {
    this.attach();
    const d = this.doc;
    const line = (cls: string, text: string, label?: string) => {
      const p = d.createElement('p');
      p.className = cls;
      if (label) {
        const l = d.createElement('span');
        l.className = 'label';
        l.textContent = `${label} `;
        p.append(l);
      }
      p.append(d.createTextNode(text));
      return p;
    };
    const parts = [line('name', content.name), line('kind', content.role ? `${content.kindLabel} · ${content.role}` : content.kindLabel)];
    if (content.resolves) parts.push(line('resolves', content.resolves));
    // A quotation that continues its speaker's has no cue of its own: no cue row.
    if (content.cue) parts.push(line('row', content.cueQuoted, content.cueLabel));
    parts.push(line('row', content.countLabel));
    this.card.replaceChildren(...parts);
    this.card.style.setProperty('--tone', `rgb(${toneRgb})`);
    this.card.hidden = false;
    this.place(anchor);
  }

  /** Moves the open card next to `anchor` again (after a scroll). */
  place(anchor: Box): void {
    const view = this.doc.defaultView;
    const size = this.card.getBoundingClientRect();
    const spot = placeCard(anchor, size, { width: view?.innerWidth ?? 0, height: view?.innerHeight ?? 0 });
    this.card.style.left = `${spot.left}px`;
    this.card.style.top = `${spot.top}px`;
  }

  hide(): void {
    this.card.hidden = true;
  }

  /** Says `text` once to screen readers through the polite live region. */
  announce(text: string): void {
    this.attach();
    this.live.textContent = '';
    // A fresh text node after the clear is what makes screen readers speak the same words twice in a row.
    this.live.append(this.doc.createTextNode(text));
  }

  /** Removes the host from the page. */
  destroy(): void {
    this.host.remove();
  }
}
