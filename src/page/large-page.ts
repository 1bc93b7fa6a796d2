// Readability slows down much faster than a page grows (seconds on a page of 50,000 paragraphs, see the
// generated pages of scripts/pathological-pages.ts) and runs as one step that cannot pause, so the page
// would freeze while it runs. Past a size, the reader takes the element holding the most paragraph text
// instead: one pass over the live page, no clone, pausing as often as it must.
import type { Steps } from './collect';
import { blockLength } from './text-length';

/** Pages with more elements than this are read with the large-page path. */
export const LARGE_PAGE_ELEMENTS = 8000;
/** ... and so are pages whose paragraphs hold more characters than this (one megabyte in one <p>). */
export const LARGE_PAGE_TEXT = 150_000;
/** ... and so are pages with elements nested deeper than this (real pages stay far below: about 30). */
export const MAX_DEPTH = 150;
// A paragraph this short (a caption, a link list item) does not vote for its container.
const MIN_PARAGRAPH_LENGTH = 40;
// Paragraphs scored at most: far more than any article has, and the reader reads 100,000 characters at most.
// Past it, each paragraph only costs the page's main thread (a wrapper each, and the collector's work on it).
const MAX_SCORED_PARAGRAPHS = 5_000;
// Paragraphs looked at between two looks at the clock.
const PARAGRAPHS_PER_CHECK = 16;

/**
 * True when Readability would be too slow for `doc`: too many elements, too much paragraph text, or
 * elements nested deeper than MAX_DEPTH (Readability measures every ancestor's text: quadratic in depth).
 * In steps that yield when `due`: counting 8,000 elements alone takes tens of ms on a slow laptop.
 */
export function* isLargePageSteps(doc: Document, due: () => boolean): Steps<boolean> {
  if (moreElementsThan(doc, LARGE_PAGE_ELEMENTS)) return true;
  if (due()) yield;
  if (deeperThan(doc, MAX_DEPTH)) return true;
  let chars = 0;
  let i = 0;
  // Under LARGE_PAGE_ELEMENTS elements, so this loop is bounded; counting builds no string.
  for (const p of doc.getElementsByTagName('p')) {
    if (++i % PARAGRAPHS_PER_CHECK === 0 && due()) yield;
    chars += blockLength(p);
    if (chars > LARGE_PAGE_TEXT) return true;
  }
  return false;
}

/**
 * True when the document holds more than `max` elements. The browser walks them without handing us a single
 * node: every node our script touches gets a wrapper in the content script's world, and on a page of 100,000
 * nodes the garbage collector's work on those wrappers is what holds the main thread longest (minor GCs of
 * 40 ms and more on a slow laptop).
 */
function moreElementsThan(doc: Document, max: number): boolean {
  // Not `.length`: that counts every element of the page (20 ms for 100,000 at CPU 4x), where asking for
  // the one past `max` stops there.
  return doc.getElementsByTagName('*').item(max) !== null;
}

/**
 * True when some element is more than `max` levels below the root element. Asked of the browser's selector
 * matching (`:root > * > * …`), which walks no node into our world: a walk of our own would hand every
 * element of the page to script (see moreElementsThan). Matching goes up the parents of each element and
 * stops at the first match.
 */
function deeperThan(doc: Document, max: number): boolean {
  return doc.querySelector(deepSelector(max)) !== null;
}

let deepSelectorCache: [number, string] | null = null;
function deepSelector(max: number): string {
  if (deepSelectorCache?.[0] !== max) deepSelectorCache = [max, `:root${' > *'.repeat(max + 1)}`];
  return deepSelectorCache[1];
}

/**
 * The live element whose child paragraphs hold the most text, with that many characters (the size of the
 * article, without measuring its whole text again), or null when no paragraph is long enough. In steps
 * that yield when `due`: a page may hold 50,000 paragraphs.
 */
export function* largestParagraphContainerSteps(doc: Document, due: () => boolean): Steps<{ root: Element; chars: number } | null> {
  const scores = new Map<Element, number>();
  let best: Element | null = null;
  let bestScore = 0;
  // The paragraphs only (see moreElementsThan: no wrapper for the elements between them), asked with item(i) one by one
  // (the first [i] would count the whole collection first: see is-probably-article.ts).
  const paragraphs = doc.getElementsByTagName('p');
  for (let i = 0; ; i++) {
    if (i % PARAGRAPHS_PER_CHECK === PARAGRAPHS_PER_CHECK - 1 && due()) yield;
    const p = paragraphs.item(i);
    if (!p || i >= MAX_SCORED_PARAGRAPHS) break; // the end, or the page removed paragraphs while we paused
    const length = blockLength(p);
    const parent = p.parentElement;
    if (length < MIN_PARAGRAPH_LENGTH || !parent) continue;
    const score = (scores.get(parent) ?? 0) + length;
    scores.set(parent, score);
    if (score > bestScore) {
      best = parent;
      bestScore = score;
    }
  }
  return best ? { root: best, chars: bestScore } : null;
}

/** The headline of a page read without Readability: og:title, else the first h1, else the document title. */
export function pageTitle(doc: Document): string | null {
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim();
  if (og) return og;
  const h1 = doc.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim();
  if (h1) return h1;
  return doc.title.trim() || null;
}
