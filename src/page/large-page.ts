// Readability slows down much faster than a page grows (seconds on a page of 50,000 paragraphs, see the
// generated pages in test/fixtures/pathological), and the page would freeze while it runs. Past a size,
// the reader takes the element holding the most paragraph text instead: one pass, no clone.

/** Pages with more elements than this are read with the large-page path. */
export const LARGE_PAGE_ELEMENTS = 8000;
// A paragraph this short (a caption, a link list item) does not vote for its container.
const MIN_PARAGRAPH_LENGTH = 40;

/** The live element whose child paragraphs hold the most text, or null when no paragraph is long enough. */
export function largestParagraphContainer(doc: Document): Element | null {
  const scores = new Map<Element, number>();
  let best: Element | null = null;
  let bestScore = 0;
  for (const p of doc.querySelectorAll('p')) {
    const length = p.textContent?.length ?? 0;
    const parent = p.parentElement;
    if (length < MIN_PARAGRAPH_LENGTH || !parent) continue;
    const score = (scores.get(parent) ?? 0) + length;
    scores.set(parent, score);
    if (score > bestScore) {
      best = parent;
      bestScore = score;
    }
  }
  return best;
}

/** The headline of a page read without Readability: og:title, else the first h1, else the document title. */
export function pageTitle(doc: Document): string | null {
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim();
  if (og) return og;
  const h1 = doc.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim();
  if (h1) return h1;
  return doc.title.trim() || null;
}
