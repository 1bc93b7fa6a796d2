// Runs on every page the reader opens, before anything else: a few DOM queries, no full-page text work,
// and no imports, so that the content script can decide cheaply to do nothing at all.

// Readability's isProbablyReaderable measure: a paragraph counts from 140 characters, and scores
// sqrt(length - 140); a page reads as an article from a score of 20 (three or four real paragraphs).
const MIN_PARAGRAPH_LENGTH = 140;
const MIN_SCORE = 20;
// One long block (a product description, a pasted wall of text) is not yet an article: capping each
// block's share below MIN_SCORE asks for at least two.
const MAX_BLOCK_SCORE = 15;
// Enough paragraphs to find any article; a giant feed stops being examined here.
const MAX_PARAGRAPHS = 400;
const OUTSIDE_ARTICLE = 'form, nav, aside, footer, [contenteditable]:not([contenteditable="false"])';
// A search box that arrives filled in is a results page (a news page's search box is empty).
const FILLED_SEARCH = 'input[type="search"][value], input[name="q"][value], input[name="query"][value], input[name="search"][value]';
const PRODUCT_ITEMS = '[itemtype*="schema.org/Product" i], [itemtype*="schema.org/Offer" i]';

function isShopOrResults(doc: Document): boolean {
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.toLowerCase() ?? '';
  if (ogType.startsWith('product')) return true;
  if (doc.querySelectorAll(PRODUCT_ITEMS).length >= 2) return true;
  for (const input of doc.querySelectorAll(FILLED_SEARCH)) {
    if ((input.getAttribute('value') ?? '').trim() !== '') return true;
  }
  return false;
}

/**
 * Cheap guess whether a document shows one article: long paragraphs that sit together in one container.
 * Search results (a filled-in search box), shops (product markup), feeds and listings (long texts each in
 * their own card), web apps and empty pages all fail it. Never throws on a document without a body.
 */
export function isProbablyArticle(doc: Document): boolean {
  if (!doc.body || isShopOrResults(doc)) return false;
  // Scores are summed per container: the paragraph's parent and grandparent, so that an article whose
  // paragraphs are each wrapped in a div still adds up, while cards in a feed never do.
  const scores = new Map<Element, number>();
  const add = (el: Element | null, score: number): boolean => {
    if (!el) return false;
    const total = (scores.get(el) ?? 0) + score;
    scores.set(el, total);
    return total > MIN_SCORE;
  };
  const blocks = doc.querySelectorAll('p, div > br');
  const n = Math.min(blocks.length, MAX_PARAGRAPHS);
  for (let i = 0; i < n; i++) {
    let block = blocks[i]!;
    if (block.localName.toLowerCase() === 'br') block = block.parentElement!;
    const length = block.textContent?.length ?? 0;
    if (length < MIN_PARAGRAPH_LENGTH || block.closest(OUTSIDE_ARTICLE)) continue;
    const score = Math.min(MAX_BLOCK_SCORE, Math.sqrt(length - MIN_PARAGRAPH_LENGTH));
    const parent = block.parentElement;
    if (add(parent, score) || add(parent?.parentElement ?? null, score)) return true;
  }
  return false;
}
