/**
 * Keyboard reading: Alt+Shift+ArrowDown / Alt+Shift+ArrowUp step to the next / previous quote in reading
 * order, focusing its first mark (which opens and announces the card); Escape returns focus and scroll
 * to where the reader was before the first step. Keys typed into fields and editable regions are left alone.
 */
import type { Scope } from '../../content/scope';
import type { Marker } from '../marker';
import type { CardController } from './card-controller';

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

export interface QuoteNav {
  /** Focuses the next (1) or previous (-1) attribution's first mark; returns false when there is none. */
  step(direction: 1 | -1): boolean;
  /** The first mark of each attribution, in reading order (document order). */
  firstMarks(): HTMLElement[];
}

/** The first mark in document order of every attribution that has marks, in document order. */
export function firstMarksInOrder(marker: Marker): HTMLElement[] {
  const first = new Map<string, HTMLElement>();
  for (const el of marker.all()) {
    const id = marker.markOf(el)?.attributionId;
    if (!id || !el.isConnected) continue;
    const seen = first.get(id);
    if (!seen || el.compareDocumentPosition(seen) & FOLLOWING) first.set(id, el);
  }
  return [...first.values()].sort((a, b) => (a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || el.nodeType !== 1) return false;
  return el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName);
}

/** Installs the keyboard steps; released when `scope` ends (tabindex attributes included). */
export function installQuoteNav(doc: Document, scope: Scope, marker: Marker, card: CardController): QuoteNav {
  const win = doc.defaultView!;
  let current: HTMLElement | null = null;
  let returnTo: { focus: Element | null; x: number; y: number } | null = null;

  const release = (el: HTMLElement | null) => {
    if (!el) return;
    el.removeAttribute('tabindex');
    marker.setFocusRing(el, false);
  };

  const focusMark = (el: HTMLElement) => {
    if (!returnTo) returnTo = { focus: doc.activeElement, x: win.scrollX, y: win.scrollY };
    if (current !== el) release(current);
    current = el;
    // Focusable only while it is the reader's current quote: marks never join the page's tab order.
    el.setAttribute('tabindex', '-1');
    marker.setFocusRing(el, true);
    el.focus({ preventScroll: true });
    el.scrollIntoView?.({ block: 'center', inline: 'nearest' });
    card.openFor(el, { announce: true });
  };

  const step = (direction: 1 | -1): boolean => {
    const marks = firstMarksInOrder(marker);
    if (marks.length === 0) return false;
    let index: number;
    const at = current ? marks.findIndex((m) => marker.markOf(m)?.attributionId === marker.markOf(current!)?.attributionId) : -1;
    if (at >= 0) index = at + direction;
    else {
      // First step: start from what the reader is looking at, not from the top of the article.
      const below = marks.findIndex((m) => m.getBoundingClientRect().bottom > 0);
      index = direction === 1 ? (below < 0 ? marks.length : below) : (below < 0 ? marks.length : below) - 1;
    }
    const target = marks[index];
    if (!target) return false;
    focusMark(target);
    return true;
  };

  scope.listen<KeyboardEvent>(win, 'keydown', (e) => {
    if (e.defaultPrevented || isTyping(e.target)) return;
    if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      if (step(e.key === 'ArrowDown' ? 1 : -1)) e.preventDefault();
    } else if (e.key === 'Escape' && returnTo) {
      const back = returnTo;
      returnTo = null;
      release(current);
      current = null;
      card.close();
      const focus = back.focus as HTMLElement | null;
      if (focus && focus.isConnected && focus !== doc.body && typeof focus.focus === 'function') focus.focus({ preventScroll: true });
      else (doc.activeElement as HTMLElement | null)?.blur?.();
      win.scrollTo(back.x, back.y);
    }
  });

  scope.listen<FocusEvent>(doc, 'focusout', (e) => {
    if (e.target === current && e.relatedTarget !== null) {
      release(current);
      current = null;
      returnTo = null;
    }
  });

  scope.onEnd(() => release(current));
  return { step, firstMarks: () => firstMarksInOrder(marker) };
}
