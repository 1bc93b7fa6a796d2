// What the page reader never reads. Two kinds: elements whose text we must never touch (the page is
// sacred: form fields, editable regions, code, scripts) and page chrome inside the article (captions,
// bylines, share bars, ads, pull quotes, related-link boxes) that is not the article's prose.

/** Text inside these is never read nor mapped, wherever they sit. */
const UNTOUCHABLE_TAGS = new Set([
  'input', 'textarea', 'select', 'option', 'button', 'script', 'style', 'noscript', 'template',
  'code', 'pre', 'kbd', 'samp', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio',
]);

/** Tags that are chrome wherever they appear inside an article. */
const CHROME_TAGS = new Set(['figcaption', 'aside', 'nav', 'form', 'footer', 'dialog', 'menu', 'label']);
// An article's <header> is chrome (kicker, headline, byline, date) unless it holds prose: some sites put the
// standfirst or the whole first paragraph there (medicalnewstoday in ../shared/corpus/pages).
// Prose is what is left without the headings and dates: more than a kicker and a byline.
const HEADER_PROSE_LENGTH = 100;
const HEADER_NOT_PROSE = 'h1, h2, h3, h4, h5, h6, time';

const CHROME_ROLES = new Set(['navigation', 'complementary', 'banner', 'contentinfo', 'search', 'form', 'dialog', 'toolbar', 'menu']);

// Class/id fragments that name chrome. Matched as substrings: these words do not occur inside the
// names of article containers (checked on the 35 pages of ../shared/corpus/pages).
const CHROME_NAME = /share|sharing|social|related|pull-?quote|(?<!no[_-])caption|byline|dateline|author|newsletter|subscribe|signup|advert|sponsor|promo|outbrain|taboola|breadcrumb|comment|recirc|read-?more|more-?stories|most-?popular|toolbar|widget|sidebar|timestamp|credit|disclaimer|visually-?hidden|sr-only|screen-?reader/i;
// Inside a paragraph only these name chrome: an inline <a class="meta-org"> (nytimes) is prose.
const INLINE_CHROME_NAME = /byline|author|caption|credit|share|social|advert|sponsor|timestamp|dateline|visually-?hidden|sr-only|screen-?reader/i;
// Short words that name chrome only as a whole token of a class or id ("ad-slot", "post_meta", "tags").
const CHROME_TOKEN = /(?:^|[\s_-])(?:ad|ads|adv|adslot|dfp|meta|tags?|print|rail|share|date|time|label|kicker)(?:$|[\s_-])/i;

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'tr', 'ul', 'caption', 'picture', 'legend', 'option', 'select', 'textarea', 'video', 'audio',
]);

export const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Matches every element the page reader treats as more than the text inside it (collect.ts): a line break,
 * a block, anything untouchable or chrome by its tag, and any element with an attribute the chrome and
 * untouchable rules read (class and id included). Inside an element holding none of these, the article
 * text is its Text nodes in document order.
 */
export const NOT_PLAIN_INLINE = [
  ...new Set(['br', 'header', ...HEADING_TAGS, ...BLOCK_TAGS, ...UNTOUCHABLE_TAGS, ...CHROME_TAGS]),
  ...['contenteditable', 'hidden', 'aria-hidden', 'role', 'rel', 'itemprop', 'class', 'id'].map((a) => `[${a}]`),
].join(',');

// A short block that holds a byline ("By <span class="byline">Jane Doe</span>") is the byline: dropping only
// the name would leave a stray "By" paragraph (nytimes-5's article cards).
const BYLINE_INSIDE = '[class*="byline" i], [class*="author" i], [rel="author"], [itemprop="author"]';
const BYLINE_BLOCK_MAX_LENGTH = 100;
const SPACES = /\s+/g;

/** The length of an element's text with whitespace collapsed, or `cap` or more when it is long (cheap then). */
function collapsedLength(el: Element, cap: number): number {
  const text = el.textContent ?? '';
  if (text.length > cap * 4) return text.length;
  return text.replace(SPACES, ' ').trim().length;
}

function headerProseLength(header: Element): number {
  let length = collapsedLength(header, HEADER_PROSE_LENGTH * 4);
  for (const el of header.querySelectorAll(HEADER_NOT_PROSE)) length -= collapsedLength(el, HEADER_PROSE_LENGTH * 4);
  return length;
}

/** True for the characters JavaScript's \s matches (what the reader collapses). */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The collapsed length of an element's text when it is at most `cap`, else Infinity; reads no more than
 * about 4·cap characters of a long element and builds no string (it runs for every block of a page).
 */
function lengthUpTo(el: Element, cap: number): number {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  let raw = 0;
  let length = 0;
  let space = false;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const data = (n as Text).data;
    raw += data.length;
    if (raw > cap * 4) return Infinity;
    for (let i = 0; i < data.length; i++) {
      if (isSpace(data.charCodeAt(i))) {
        space = length > 0;
      } else {
        length += space ? 2 : 1;
        space = false;
      }
    }
  }
  return length > cap ? Infinity : length;
}

/**
 * True for a short block (a child of the article, never the article itself) that holds a byline inside
 * it ("By <span class="byline">Jane Doe</span>"): the whole block is the byline. Asked of each block as the
 * reader meets it, so that a page of 100,000 elements is never searched whole for bylines at once.
 */
export function isBylineBlock(el: Element): boolean {
  // The browser's selector matching first: it hands us no node and rules out almost every block, while
  // measuring the text reads it character by character.
  if (el.firstElementChild === null || el.querySelector(BYLINE_INSIDE) === null) return false;
  return lengthUpTo(el, BYLINE_BLOCK_MAX_LENGTH) <= BYLINE_BLOCK_MAX_LENGTH;
}

/** True for elements whose text the reader must never read, alone (ancestors are the caller's job). */
export function isUntouchableElement(el: Element): boolean {
  if (UNTOUCHABLE_TAGS.has(el.localName.toLowerCase())) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

/** True for an element that starts a new paragraph. */
export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.localName.toLowerCase());
}

/**
 * True for an element inside the article that is page chrome rather than prose: by tag, ARIA role,
 * hidden state, or a class/id that names chrome (a shorter list for inline elements, which are usually
 * prose). Blockquotes are prose unless their class says otherwise.
 */
export function isChrome(el: Element, block: boolean): boolean {
  const tag = el.localName.toLowerCase();
  if (CHROME_TAGS.has(tag)) return true;
  if (tag === 'header' && headerProseLength(el) < HEADER_PROSE_LENGTH) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role');
  if (role !== null && CHROME_ROLES.has(role.toLowerCase())) return true;
  if (el.getAttribute('rel') === 'author' || el.getAttribute('itemprop') === 'author') return true;
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (names.length < 2) return false;
  if (!block) return INLINE_CHROME_NAME.test(names);
  return CHROME_NAME.test(names) || CHROME_TOKEN.test(names);
}
