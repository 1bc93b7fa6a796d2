/**
 * Opens the hover card on marks: with hover intent (the pointer rests on a mark), on keyboard focus, and
 * keeps it open while the pointer travels onto it. Closes on Escape, on scroll-away and when the pointer
 * leaves. Listens passively and never cancels a page event, so selecting and clicking work as before.
 */
import type { Report } from '../../engine/types';
import type { Scope } from '../../content/scope';
import type { Marker } from '../marker';
import { MARK_TAG } from '../names';
import { toneColor } from '../palette';
import { cardContent } from './card-content';
import type { Box } from './card-position';
import { CardView } from './card-view';

export const OPEN_DELAY = 350; // ms the pointer rests on a mark before the card opens: a pass on the way elsewhere opens nothing
export const CLOSE_DELAY = 300; // ms of grace to travel from the mark onto the card

export interface CardController {
  /** Opens the card for one of our marks; `announce` also speaks it through the live region (keyboard use). */
  openFor(mark: HTMLElement, options?: { announce?: boolean; pointer?: { x: number; y: number } }): void;
  close(): void;
  /** The card's view, made on first use (null until a card was opened). */
  readonly view: CardView | null;
  /** The mark the open card belongs to, or null. */
  readonly anchor: HTMLElement | null;
}

/** The mark line nearest to the pointer (a mark can wrap over several lines), or its first line. */
function anchorBox(mark: HTMLElement, pointer?: { x: number; y: number }): Box {
  const rects = Array.from(mark.getClientRects());
  const hit = pointer ? rects.find((r) => pointer.y >= r.top && pointer.y <= r.bottom) : undefined;
  const r = hit ?? rects[0] ?? mark.getBoundingClientRect();
  return { left: r.left, top: r.top, width: r.width, height: r.height };
}

/**
 * Installs the card on `doc` for the marks of `marker`; everything is released when `scope` ends.
 * `onShown` hears the attribution the card shows whenever that changes (null: closed), so the side panel
 * can keep the same quote in view.
 */
export function installCard(
  doc: Document,
  scope: Scope,
  marker: Marker,
  getReport: () => Report | null,
  onShown?: (attributionId: string | null) => void,
): CardController {
  const win = doc.defaultView!;
  // Made on first use: most readers never hover a mark, and the page load should not pay for the card.
  let view: CardView | null = null;
  const ensureView = (): CardView => {
    if (view) return view;
    const made = new CardView(doc);
    scope.listen(made.card, 'pointerenter', stopClosing, { passive: true });
    scope.listen(made.card, 'pointerleave', closeSoon, { passive: true });
    scope.onEnd(() => made.destroy());
    return (view = made);
  };
  const isOpen = () => view?.isOpen ?? false;
  let anchor: HTMLElement | null = null;
  let cancelOpen: (() => void) | null = null;
  let cancelClose: (() => void) | null = null;
  let framePending = false;
  let shown: string | null = null;
  const tell = (attributionId: string | null) => {
    if (attributionId === shown) return;
    shown = attributionId;
    onShown?.(attributionId);
  };

  const ourMark = (target: EventTarget | null): HTMLElement | null => {
    const el = target && (target as Node).nodeType === 1 ? (target as Element).closest(MARK_TAG) : null;
    return el && marker.markOf(el) ? (el as HTMLElement) : null;
  };
  const stopOpening = () => {
    cancelOpen?.();
    cancelOpen = null;
  };
  const stopClosing = () => {
    cancelClose?.();
    cancelClose = null;
  };
  const close = () => {
    stopOpening();
    stopClosing();
    view?.hide();
    anchor = null;
    tell(null);
  };
  const closeSoon = () => {
    if (!isOpen() || cancelClose) return;
    cancelClose = scope.timeout(() => {
      cancelClose = null;
      close();
    }, CLOSE_DELAY);
  };

  const openFor: CardController['openFor'] = (mark, options = {}) => {
    const report = getReport();
    const planned = marker.markOf(mark);
    if (!report || !planned) return;
    const content = cardContent(report, planned.attributionId);
    if (!content) return;
    stopOpening();
    stopClosing();
    anchor = mark;
    const v = ensureView();
    v.show(content, anchorBox(mark, options.pointer), toneColor(planned.kind, planned.tone));
    if (options.announce) v.announce(content.announcement);
    tell(planned.attributionId);
  };

  scope.listen<PointerEvent>(doc, 'pointerover', (e) => {
    if (view && e.target === view.host) {
      stopClosing(); // travelled onto the card
      return;
    }
    const mark = ourMark(e.target);
    if (!mark) {
      stopOpening();
      closeSoon();
      return;
    }
    const same = anchor && marker.markOf(anchor)?.attributionId === marker.markOf(mark)?.attributionId;
    if (same && isOpen()) {
      stopClosing();
      return;
    }
    stopOpening();
    const pointer = { x: e.clientX, y: e.clientY };
    cancelOpen = scope.timeout(() => {
      cancelOpen = null;
      if (mark.isConnected) openFor(mark, { pointer });
    }, OPEN_DELAY);
  }, { passive: true });

  // The pointer left the window altogether.
  scope.listen<PointerEvent>(doc, 'pointerout', (e) => {
    if (e.relatedTarget === null) {
      stopOpening();
      closeSoon();
    }
  }, { passive: true });

  scope.listen<FocusEvent>(doc, 'focusin', (e) => {
    const mark = ourMark(e.target);
    if (mark) openFor(mark, { announce: true });
  });

  scope.listen<KeyboardEvent>(win, 'keydown', (e) => {
    if (e.key === 'Escape' && isOpen()) close();
  }, { capture: true });

  // Scrolling: keep the card beside its mark, and close it once the mark has left the viewport.
  scope.listen(win, 'scroll', () => {
    if (!isOpen() || framePending) return;
    framePending = true;
    scope.frame(() => {
      framePending = false;
      if (!anchor || !view || !view.isOpen) return;
      const box = anchorBox(anchor);
      if (!anchor.isConnected || box.top + box.height < 0 || box.top > win.innerHeight) close();
      else view.place(box);
    });
  }, { passive: true, capture: true });
  scope.listen(win, 'resize', close, { passive: true });

  return {
    openFor,
    close,
    get view() {
      return view;
    },
    get anchor() {
      return anchor;
    },
  };
}
