// Runs on every page the reader opens, before anything else: a few DOM queries, no full-page text work,
// and no imports but a text counter that builds no strings, so that the content script can decide
// cheaply to do nothing at all.
import { blockLength } from './text-length';

// After Readability's isProbablyReaderable: a paragraph scores sqrt(length - 80), and a page reads as an
// article from a score of 20 (four or five paragraphs). Readability starts at 140 characters; news
// paragraphs of one sentence are shorter, so we start at 80.
const MIN_PARAGRAPH_LENGTH = 80;
const MIN_SCORE = 20;
// A page that declares itself an article (og:type, article:published_time, schema.org Article markup)
// needs less: a short news story of four or five paragraphs.
const MIN_SCORE_DECLARED = 8;
const DECLARED_ARTICLE = 'meta[property="article:published_time"], [itemtype*="Article"]';
// One long block (a product description, a pasted wall of text) is not yet an article: capping each
// block's share below MIN_SCORE asks for at least two.
const MAX_BLOCK_SCORE = 15;
// Enough paragraphs to find any article; a giant feed stops being examined here.
const MAX_PARAGRAPHS = 400;
const OUTSIDE_ARTICLE = 'form, nav, aside, footer, [contenteditable]:not([contenteditable="false"])';
// A search box that arrives filled in is a results page (a news page's search box is empty).
const FILLED_SEARCH = 'input[type="search"][value], input[name="q"][value], input[name="query"][value], input[name="search"][value]';
// A feed or a listing: many <article> cards, and the page does not say it is one article.
const FEED_CARDS = 5;
const PRODUCT_ITEMS = '[itemtype*="schema.org/Product" i], [itemtype*="schema.org/Offer" i]';

function ogType(doc: Document): string {
  return doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase() ?? '';
}

/** A filled-in search box: the <input> elements only, each matched against FILLED_SEARCH. */
function hasFilledSearch(doc: Document): boolean {
  const inputs = doc.getElementsByTagName('input');
  for (let i = 0, input = inputs.item(0); input; input = inputs.item(++i)) {
    if (input.matches(FILLED_SEARCH) && (input.getAttribute('value') ?? '').trim() !== '') return true;
  }
  return false;
}

/**
 * Cheap guess whether a document shows one article: long paragraphs that sit together in one container.
 * Search results (a filled-in search box), shops (product markup), feeds and listings (long texts each in
 * their own card), web apps and empty pages all fail it. Never throws on a document without a body.
 */
export function isProbablyArticle(doc: Document): boolean {
  // Never due, so the steps never pause: one call runs them to the verdict.
  const r = articleCheckSteps(doc).next();
  return r.done === true && r.value;
}

/**
 * The same check in steps, for a caller that runs them in slices: after the paragraphs, each search of
 * the whole document is a step of its own (about 1 ms each on a page of 100,000 nodes, four times that on a
 * slow laptop, and up to five of them), and the steps yield between them when `due()` says the slice is used.
 * The paragraphs come first: most pages that are not articles fail there after a few elements, without a
 * single search of the whole document.
 */
export function* articleCheckSteps(doc: Document, due: () => boolean = () => false): Generator<void, boolean, void> {
  if (!doc.body) return false;
  // A page that says it is an article needs a score over MIN_SCORE_DECLARED; one that does not, MIN_SCORE.
  const score = paragraphScorer(doc);
  if (score(MIN_SCORE_DECLARED) <= MIN_SCORE_DECLARED) return false;
  if (due()) yield;
  const og = ogType(doc);
  if (due()) yield;
  const declared = og === 'article' || doc.querySelector(DECLARED_ARTICLE) !== null;
  if (!declared && score(MIN_SCORE) <= MIN_SCORE) return false;
  if (og.startsWith('product')) return false;
  if (!declared) {
    // A feed or a listing: the FEED_CARDS-th <article>, not `.length`, which walks the whole document.
    if (due()) yield;
    if (doc.getElementsByTagName('article').item(FEED_CARDS - 1) !== null) return false;
    // Product markup: a scan for attributes, a pass over every element.
    if (due()) yield;
    if (doc.querySelectorAll(PRODUCT_ITEMS).length >= 2) return false;
  }
  if (due()) yield;
  return !hasFilledSearch(doc);
}

// Scores are summed per container, the paragraph's parent: an article's paragraphs sit together, while
// the snippets of search results, products and feed posts each sit in their own card.
// The scorer looks at paragraphs until the best container's score is over what it is asked for, and
// resumes from there when asked for more: a page that declares itself an article stops early.
function paragraphScorer(doc: Document): (enough: number) => number {
  const scores = new Map<Element, number>();
  let best = 0;
  const add = (el: Element | null, score: number) => {
    if (!el) return;
    const total = (scores.get(el) ?? 0) + score;
    scores.set(el, total);
    if (total > best) best = total;
  };
  const consider = (block: Element) => {
    const length = blockLength(block);
    if (length < MIN_PARAGRAPH_LENGTH || block.closest(OUTSIDE_ARTICLE)) return;
    const score = Math.min(MAX_BLOCK_SCORE, Math.sqrt(length - MIN_PARAGRAPH_LENGTH));
    const parent = block.parentElement;
    add(parent, score);
    // A wrapper that holds nothing but this paragraph passes it up: <div class="para"><p>...</p></div>.
    // Asked of the paragraph's neighbours, not the parent's childElementCount, which counts every child
    // (1.3 ms for an article of 4,000 paragraphs, asked again for each paragraph looked at).
    if (parent !== null && block.previousElementSibling === null && block.nextElementSibling === null) add(parent.parentElement, score);
  };
  // Live collections: walked lazily, so a long page costs only as many elements as are looked at. Asked
  // with item(i), never [i]: Chromium answers the first [i] by counting the whole collection (16 ms for
  // 50,000 paragraphs on a slow laptop), item(i) by walking to the i-th element only.
  const paragraphs = doc.getElementsByTagName('p');
  let p = 0;
  // Old pages write paragraphs as text between <br>s in a div: looked at once the paragraphs are done.
  let breaks: HTMLCollectionOf<HTMLBRElement> | null = null;
  let b = 0;
  const seen = new Set<Element>();
  return (enough) => {
    for (; best <= enough && p < MAX_PARAGRAPHS; p++) {
      const el = paragraphs.item(p);
      if (!el) p = MAX_PARAGRAPHS;
      else consider(el);
    }
    if (best <= enough) breaks ??= doc.getElementsByTagName('br');
    for (; breaks && best <= enough && b < MAX_PARAGRAPHS; b++) {
      const br = breaks.item(b);
      if (!br) b = MAX_PARAGRAPHS;
      else {
        const div = br.parentElement;
        if (!div || div.localName.toLowerCase() !== 'div' || seen.has(div)) continue;
        seen.add(div);
        consider(div);
      }
    }
    return best;
  };
}
