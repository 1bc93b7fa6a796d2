/**
 * The content script's one MutationObserver, and its one eye on the URL. Our own writes run with the
 * observer disconnected (`quietly`), the page's mutations are filtered, debounced until the page settles, and
 * a huge burst is not even looked at: it just means "rescan once". No polling: the URL is checked when the
 * Navigation API, popstate or a DOM mutation says something happened (a single-page app that changes its
 * URL always changes its DOM too).
 */
import { textLength } from '../page/text-length';
import type { Scope } from './scope';

export type Change = 'url' | 'content';

export interface LiveWatchOptions {
  /** Which mutations matter (e.g. inside the article); called only for bursts under `burst` records. */
  isRelevant: (records: MutationRecord[]) => boolean;
  onChange: (change: Change) => void;
  /** Quiet time before a content change is reported. */
  settleMs?: number;
  /** A change is reported after this long even when the page never stops mutating. */
  maxWaitMs?: number;
  /** More records than this in one callback count as relevant without being read. */
  burst?: number;
  /**
   * A cheap measure of the page (default: the body's text length), compared before and after the observer
   * rests (see CHURN_CALLBACKS): a change of a paragraph's worth counts as a content change.
   */
  fingerprint?: () => number;
  /** The observer's first rest, ms (REST_MS). */
  restMs?: number;
}

// A page that keeps changing in small ways (a ticker, a clock, a counter written into the DOM on every
// frame) would have us read its records sixty times a second for as long as it stays open. After this many
// callbacks without a relevant change inside CHURN_WINDOW_MS, the observer rests (REST_MS, doubling while
// the churn goes on, at most MAX_REST_MS); when it wakes, the fingerprint tells whether a paragraph's worth
// of text came or went meanwhile, and the address is checked again.
const CHURN_CALLBACKS = 10;
const CHURN_WINDOW_MS = 1000;
const REST_MS = 2000;
const MAX_REST_MS = 30_000;
const FINGERPRINT_CHANGE = 80;

export interface LiveWatch {
  /**
   * Runs our own writes with the observer disconnected, so they cost no MutationRecords at all (thousands
   * of marks would otherwise queue tens of thousands). Records the page queued before are still handled.
   */
  quietly<T>(write: () => T): T;
  setRelevance(isRelevant: (records: MutationRecord[]) => boolean): void;
  /**
   * Drops a content change seen but not yet reported: the caller is about to read the page as it is now,
   * so the change is in what it reads. (Reported anyway, it would have the page read twice, the second time
   * after the first read had published its state.) Changes recorded from now on are reported as usual.
   */
  forget(): void;
  /** The URL we last reported, without its #fragment. */
  readonly url: string;
}

const withoutHash = (href: string) => href.replace(/#.*$/, '');

/** Starts watching `doc`; stops when `scope` ends. */
export function watchLive(doc: Document, scope: Scope, options: LiveWatchOptions): LiveWatch {
  const win = doc.defaultView!;
  const settleMs = options.settleMs ?? 600;
  const maxWaitMs = options.maxWaitMs ?? 3000;
  const burst = options.burst ?? 500;
  let isRelevant = options.isRelevant;
  let url = withoutHash(win.location.href);
  let cancelSettle: (() => void) | null = null;
  let firstPending = 0;

  const checkUrl = (): boolean => {
    const now = withoutHash(win.location.href);
    if (now === url) return false;
    url = now;
    cancelSettle?.();
    cancelSettle = null;
    // The new view usually renders just after the URL changes: give it a moment, then re-read.
    scope.timeout(() => options.onChange('url'), settleMs / 2);
    return true;
  };

  const contentChanged = () => {
    const now = performance.now();
    if (!cancelSettle) firstPending = now;
    cancelSettle?.();
    const wait = Math.max(0, Math.min(settleMs, firstPending + maxWaitMs - now));
    cancelSettle = scope.timeout(() => {
      cancelSettle = null;
      if (!checkUrl()) options.onChange('content');
    }, wait);
  };

  const fingerprint = options.fingerprint ?? (() => (doc.body ? textLength(doc.body) : 0));
  let churn = 0;
  let churnSince = 0;
  const firstRest = options.restMs ?? REST_MS;
  let rest = firstRest;
  let resting = false;

  const handle = (records: MutationRecord[]) => {
    if (checkUrl()) return;
    if (records.length > burst || isRelevant(records)) {
      churn = 0;
      rest = firstRest;
      contentChanged();
      return;
    }
    const now = performance.now();
    if (churn === 0 || now - churnSince > CHURN_WINDOW_MS) {
      churn = 0;
      churnSince = now;
    }
    if (++churn >= CHURN_CALLBACKS) restAWhile();
  };
  const observer = new MutationObserver(handle);
  const OPTIONS: MutationObserverInit = { childList: true, subtree: true, characterData: true };
  // The document itself, not its root element: the same changes (and a replaced root element too), and no
  // element handed to our world here (the world's first element wrapper costs one to two milliseconds, paid
  // in the article check's slices instead).
  observer.observe(doc, OPTIONS);
  scope.own(observer);

  function restAWhile(): void {
    resting = true;
    churn = 0;
    observer.disconnect();
    const before = fingerprint();
    scope.timeout(() => {
      resting = false;
      observer.observe(doc, OPTIONS);
      if (checkUrl()) return;
      if (Math.abs(fingerprint() - before) >= FINGERPRINT_CHANGE) {
        rest = firstRest;
        contentChanged();
      } else rest = Math.min(MAX_REST_MS, rest * 2);
    }, rest);
  }

  const nav = (win as unknown as { navigation?: EventTarget }).navigation;
  // The Navigation API fires before the URL changes; check once the navigation has committed.
  if (nav && typeof nav.addEventListener === 'function') scope.listen(nav, 'navigatesuccess', () => checkUrl());
  scope.listen(win, 'popstate', () => checkUrl());

  return {
    quietly(write) {
      if (resting) return write();
      const pending = observer.takeRecords();
      observer.disconnect();
      try {
        return write();
      } finally {
        if (!scope.ended) observer.observe(doc, OPTIONS);
        if (pending.length > 0) handle(pending);
      }
    },
    setRelevance: (fn) => {
      isRelevant = fn;
    },
    forget() {
      cancelSettle?.();
      cancelSettle = null;
    },
    get url() {
      return url;
    },
  };
}

/** Relevance before an article is found: some real text was added (a late-rendering article). */
export function addsText(records: MutationRecord[], minChars = 80): boolean {
  let chars = 0;
  for (const r of records) {
    for (const n of Array.from(r.addedNodes)) {
      chars += textLength(n, minChars);
      if (chars >= minChars) return true;
    }
  }
  return false;
}

/**
 * True when one record adds a node holding at least `minChars` of text, or rewrites a Text node to that
 * length: a paragraph's worth of change. Many small edits (a ticker, a counter) never add up to one.
 */
export function addsParagraph(records: MutationRecord[], minChars = 80): boolean {
  for (const r of records) {
    if (r.type === 'characterData') {
      if ((r.target as CharacterData).length >= minChars) return true;
      continue;
    }
    for (const n of Array.from(r.addedNodes)) {
      if (textLength(n, minChars) >= minChars) return true;
    }
  }
  return false;
}
