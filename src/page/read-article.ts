import { Readability } from '@mozilla/readability';
import { CloneMap } from './clone-map';
import { domRangesFor } from './dom-ranges';
import { LARGE_PAGE_ELEMENTS, largestParagraphContainer, pageTitle } from './large-page';
import { HEADING_TAGS, bylineBlocks, isBlock, isChrome, isUntouchableElement } from './skip-rules';
import { TextBuilder } from './text-builder';
import { headingRepeatsTitle } from './title-match';
import type { ArticleText, TextSegment } from './types';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
// An element holding more than this share of the article's characters is the article itself, even
// when its class says "comments" or "share": chrome rules only ever remove a minor part.
const CHROME_MAX_SHARE = 0.5;
const NON_SPACE = /\S/;
const SPACES = /\s+/g;
// When no attempt finds an article, Readability still returns its best one: a menu, a footer. Below this
// many characters of prose there is no article worth reading for attributions.
const MIN_ARTICLE_LENGTH = 200;

/** Caches, per live element, whether it or an ancestor is untouchable (form field, code, script...). */
function untouchableChecker(): (el: Element | null) => boolean {
  const cache = new Map<Element, boolean>();
  return function check(start) {
    const chain: Element[] = [];
    let verdict = false;
    for (let el = start; el; el = el.parentElement) {
      const known = cache.get(el);
      if (known !== undefined) {
        verdict = known;
        break;
      }
      chain.push(el);
      if (isUntouchableElement(el)) {
        verdict = true;
        break;
      }
    }
    for (const el of chain) cache.set(el, verdict);
    return verdict;
  };
}

type Resolve = (t: Text) => Text[];

/**
 * Walks an article element block by block, feeding live Text nodes to the builder: Readability's article
 * in the clone (`resolve` leads to the live nodes), or a live element (`resolve` is the identity).
 */
function collect(article: Element, title: string | null, resolve: Resolve, builder: TextBuilder, total: number): void {
  const untouchable = untouchableChecker();
  const bylines = bylineBlocks(article);
  const visit = (el: Element): void => {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        const live = resolve(child as Text);
        if (live.length === 0) builder.softSpace();
        for (const node of live) {
          if (untouchable(node.parentElement)) builder.softSpace();
          else builder.addText(node);
        }
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const e = child as Element;
      const tag = e.localName.toLowerCase();
      if (tag === 'br') {
        builder.softSpace();
        continue;
      }
      if (isUntouchableElement(e)) continue;
      const block = isBlock(e);
      if (isChrome(e, block) && (e.textContent?.length ?? 0) <= total * CHROME_MAX_SHARE) {
        if (block) builder.breakParagraph();
        else builder.softSpace();
        continue;
      }
      if (block && bylines.has(e)) {
        builder.breakParagraph();
        continue;
      }
      if (HEADING_TAGS.has(tag) && headingRepeatsTitle(e.textContent ?? '', title)) continue;
      if (block) builder.breakParagraph();
      visit(e);
      if (block) builder.breakParagraph();
    }
  };
  visit(article);
}

/**
 * The live <header> of the article Readability picked, when Readability left it out and it holds prose
 * (a standfirst): Readability keeps the body of a story and drops its header wholesale.
 */
function leadingHeader(article: Element, map: CloneMap): Element | null {
  let first: Text | null = null;
  for (const t of textsOf(article)) {
    first = map.peek(t);
    if (first) break;
  }
  const story = first?.parentElement?.closest('article');
  if (!first || !story) return null;
  for (const header of story.querySelectorAll('header')) {
    if (header.contains(first) || header.closest('article') !== story) continue;
    // DOCUMENT_POSITION_FOLLOWING: the story's body comes after its header.
    if (header.compareDocumentPosition(first) & 4 && !isChrome(header, true)) return header;
  }
  return null;
}

// In a header, a paragraph shorter than this is a date line, a kicker or a link ("Posted on April 21").
const HEADER_PARAGRAPH_MIN = 60;

/** The parts of a live header that are prose: its long paragraphs, or the header when prose sits right in it. */
function headerProse(header: Element): Element[] {
  const paragraphs = Array.from(header.querySelectorAll('p')).filter((p) => {
    for (let el: Element | null = p; el && el !== header; el = el.parentElement) if (isChrome(el, isBlock(el))) return false;
    return (p.textContent ?? '').replace(SPACES, ' ').trim().length >= HEADER_PARAGRAPH_MIN;
  });
  if (paragraphs.length > 0) return paragraphs;
  // No paragraph element: prose written straight into the header (medicalnewstoday's standfirst).
  let own = '';
  for (let c = header.firstChild; c; c = c.nextSibling) if (c.nodeType === TEXT_NODE) own += (c as Text).data;
  return own.replace(SPACES, ' ').trim().length >= HEADER_PARAGRAPH_MIN ? [header] : [];
}

function* textsOf(root: Element): Generator<Text> {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (NON_SPACE.test((n as Text).data)) yield n as Text;
}

/** The smallest live element that contains every segment's node. */
function commonRoot(segments: readonly TextSegment[]): Element | null {
  const first = segments[0];
  if (!first) return null;
  let root = first.node.parentElement;
  for (const seg of segments) {
    while (root && !root.contains(seg.node)) root = root.parentElement;
  }
  return root;
}

/**
 * Finds the article of a parsed document: its title, its paragraphs (page chrome, form fields and code
 * left out) and the mapping of the text back to the document's live Text nodes. Never changes `doc`
 * (Readability reads a clone; pages of more than 8,000 elements skip it and take the element with the most
 * paragraph text). Returns null when the page holds no article (under 200 characters of prose);
 * never throws on odd markup.
 */
export function readArticle(doc: Document): ArticleText | null {
  if (!doc.documentElement) return null;
  if (doc.getElementsByTagName('*').length > LARGE_PAGE_ELEMENTS) return readLargePage(doc);
  const clone = doc.cloneNode(true) as Document;
  const map = new CloneMap(doc, clone);
  let parsed: ReturnType<Readability<Element>['parse']>;
  try {
    parsed = new Readability<Element>(clone, { serializer: (el) => el as Element, keepClasses: true }).parse();
  } catch {
    return null;
  }
  if (!parsed?.content) return null;
  const title = parsed.title?.trim() || null;
  const builder = new TextBuilder();
  const article = parsed.content;
  const total = article.textContent?.length ?? 0;
  try {
    const header = leadingHeader(article, map);
    if (header) for (const part of headerProse(header)) collect(part, title, (t) => [t], builder, total);
    collect(article, title, (t) => map.resolve(t), builder, total);
  } catch {
    return null; // markup deeper than the call stack: no article rather than an error
  }
  return finish(builder, title);
}

/** The article of a very large page: the container with the most paragraph text, read in place. */
function readLargePage(doc: Document): ArticleText | null {
  const root = largestParagraphContainer(doc);
  if (!root) return null;
  const title = pageTitle(doc);
  const builder = new TextBuilder();
  try {
    collect(root, title, (t) => [t], builder, root.textContent?.length ?? 0);
  } catch {
    return null;
  }
  return finish(builder, title);
}

function finish(builder: TextBuilder, title: string | null): ArticleText | null {
  const text = builder.text();
  if (text.length < MIN_ARTICLE_LENGTH) return null;
  const segments = builder.segments;
  return {
    title,
    text,
    paragraphStarts: builder.paragraphStarts,
    segments,
    root: commonRoot(segments),
    domRangesFor: (start, end) => domRangesFor(segments, start, end),
  };
}
